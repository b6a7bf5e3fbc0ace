"""Regenerates tests/validate_fixtures/: one folder per `lessonpack validate` rule.

Each folder is a --content folder holding a copy of the committed ks2.yml or parents.yml (same
id, so it replaces the built-in one) with one defect, and expected.txt with the exact lines
`lessonpack validate` prints before its summary line.

Run: python tools/make_validate_fixtures.py   then review each expected.txt (written only when
missing, so a changed message shows up as a failing test, not a silent update).
The base is ks2.yml as committed (git HEAD), not the working copy, so drafts in progress
never leak into the fixtures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "validate_fixtures"


def committed(name: str) -> str:
    return subprocess.run(["git", "show", f"HEAD:content/live-streaming/{name}"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout


KS2 = committed("ks2.yml")
PARENTS = committed("parents.yml")


def edit(old: str, new: str, base: str = KS2) -> str:
    assert base.count(old) == 1, old
    return base.replace(old, new)


HARD = (
    '      - "Synchronous broadcasting platforms facilitate instantaneous audience interaction."\n'
    '      - "Commentators\' motivations are heterogeneous and occasionally manipulative."\n'
    '      - "Unsolicited communication frequently constitutes problematic behaviour."\n'
    '      - "Solicitations for confidential information necessitate immediate disengagement."\n'
)

LESSONS: dict[str, str] = {
    # 1. schema and length budgets (the loader's own check, reported by validate)
    "schema-budget": edit('title: "Going live: fun, safe and smart"',
                          'title: "' + "Very " * 12 + 'Going live"'),
    # 2. reading level: adult jargon in a KS2 explanation
    "reading-level": edit(
        '      - "Going live lets you share a talent and chat with viewers as it happens."\n'
        '      - "Good attention gives: praise, thanks or a helpful tip. It wants nothing back."\n'
        '      - "Unkind comments are mean or rude. They are bad attention."\n'
        '      - "Red-flag comments want something: secrets, private chats, dares or your '
        'details."\n',
        HARD),
    # 3. a phrase that must never be used ("not your fault" elsewhere in ks2 stays allowed)
    "never-say": edit('      - "It\'s not Kofi\'s fault, even though he took the coins at first."',
                      '      - "If you took the coins, it is your fault, so tell a grown-up."'),
    # 4. signposting without childline or trusted_adult
    "signposting": edit("signposting: [trusted_adult, childline, ceop]",
                        "signposting: [ceop, nspcc_helpline]"),
    # 4. (warning) ground rules without the right to pass
    "safeguarding-advice": edit('    - "You can pass if you don\'t want to answer."',
                                '    - "Put your hand up if you want to answer."'),
    # 5. exactly one correct option (enforced by the schema, reported by validate)
    "quiz-two-correct": edit('''          - text: "Great trick! Now tell me where you live."''',
                             '''          - text: "Great trick! Now tell me where you live."
            correct: true'''),
    # 5. "all of the above"
    "quiz-all-of-the-above": edit('''          - text: "Great trick! Let's chat in private."''',
                                  '''          - text: "All of the above"'''),
    # 5. a true/false option
    "quiz-true-false": edit('''          - text: "Great trick! Let's chat in private."''',
                            '''          - text: "False"'''),
    # 5. two identical options
    "quiz-identical-options": edit('''          - text: "Great trick! Let's chat in private."''',
                                   '''          - text: "great trick! keep practising"'''),
    # 6. figures typed into the text instead of {{ fact.* }}
    "unsourced-figure": edit(
        "      Background (S9): {{ fact.liveskills_8_10 }}",
        "      Background (S9): {{ fact.liveskills_8_10 }} About 92% of children enjoy it, and\n"
        "      1 in 8 have gone live."),
    # 6. (warning) a fact whose source is missing from the lesson's sources
    "uncited-fact": edit("sources: [S1, S9, S11,", "sources: [S1, S11,"),
    # 6. a chart value that is not the figure its fact states (parents' session)
    "chart-value": edit("          value: 98\n", "          value: 89\n", PARENTS),
}

# 3. the never-say list itself: a content folder adding a broken entry
BROKEN_RULES = """phrases:
  - regex: '(unclosed'
    category: scare
    why: a broken pattern
    instead: anything
"""


def main() -> None:
    for name, text in LESSONS.items():
        folder = CASES / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "lesson.yml").write_text(text, encoding="utf-8")
    rules = CASES / "never-say-list" / "_rules"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "never-say.yml").write_text(BROKEN_RULES, encoding="utf-8")
    for folder in sorted(CASES.iterdir()):
        expected = folder / "expected.txt"
        if folder.is_dir() and not expected.exists():
            run = subprocess.run(
                [sys.executable, "-m", "lessonpack", "validate", "--content",
                 str(folder.relative_to(ROOT))],
                cwd=ROOT, capture_output=True, text=True, check=False)
            expected.write_text("\n".join(run.stderr.strip().splitlines()[:-1]) + "\n")
            print(f"{folder.name}: wrote expected.txt (review it)")


if __name__ == "__main__":
    main()
