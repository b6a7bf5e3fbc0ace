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

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "validate_fixtures"


def committed(name: str) -> str:
    return subprocess.run(["git", "show", f"HEAD:content/live-streaming/{name}"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout


# The date the expected lines were written for (the stale-fact rule compares with it).
TODAY = "2026-12-03"
KS2 = committed("ks2.yml")
PARENTS = committed("parents.yml")
KS1 = committed("ks1.yml")


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
    "schema-budget": edit('title: "Live streams: watching safely and getting help"',
                          'title: "' + "Very " * 12 + 'Live streams"'),
    # 2. reading level: adult jargon in a KS2 explanation
    "reading-level": edit(
        '      - "Live streams are fun: a talent, a game or a bake, with people cheering."\n'
        '      - "Good attention gives praise, thanks or a tip. It wants nothing back."\n'
        '      - "Unkind comments are mean or rude. Don\'t reply: tell a grown-up."\n'
        '      - "Red flag: asks for private things, offers rewards, pressures, or splits you '
        'from family."\n',
        HARD),
    # 3. a phrase that must never be used ("not your fault" elsewhere in ks2 stays allowed)
    "never-say": edit('      - "It\'s not Kofi\'s fault, even though he said yes to the first '
                      'dare."',
                      '      - "If you sent a photo, it is your fault, so tell a grown-up."'),
    # 3b. figures called the newest (category dating): they go stale within a year
    "never-say-dating": edit('  - title: "What the figures show: IWF 2024, NCA 2025"',
                             '  - title: "The newest figures: IWF 2024, NCA 2025"', PARENTS),
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
    # 5. answers not spread: A keyed for three of the five exit-quiz questions
    "quiz-key-spread": edit('  - question: "What could happen to a live stream after it '
                            'ends?"\n    key: B',
                            '  - question: "What could happen to a live stream after it '
                            'ends?"\n    key: A'),
    # 5. an explanation that points at an option by its position (options are shown shuffled)
    "quiz-position": edit('          "Keep practising" gives praise and wants nothing back.',
                          '          Only the first comment gives praise and wants nothing '
                          'back.'),
    # 6. figures typed into the text instead of {{ fact.* }}
    "unsourced-figure": edit(
        "Background: {{ fact.liveskills_8_10 }}",
        "Background: {{ fact.liveskills_8_10 }} About 92% of children enjoy it, and\n"
        "      1 in 8 have gone live."),
    # 6. (warning) a fact whose source is missing from the lesson's sources
    "uncited-fact": edit("S1, S9, S13,", "S1, S13,"),
    # 6. a chart value that is not the figure its fact states (parents' session)
    "chart-value": edit("\n            value: 79\n", "\n            value: 89\n", PARENTS),
    # 7. an authoring note printed for teachers (issue 11 found "…not available to us")
    "internal-note": edit(
        "      private; if unsure or pressured, tell a trusted adult (paraphrased).",
        "      private; if unsure or pressured, tell a trusted adult (paraphrased; "
        "statements were\n      not available to us)."),
    # 7. a source-register code in teacher prose
    "citation-code": edit("Background: {{ fact.liveskills_8_10 }}",
                          "Background (CEOP, S9): {{ fact.liveskills_8_10 }}"),
    # 8. timed steps that do not add up, and a task step that is not the task's own minutes
    "timed-steps": edit("Task (6 min): pairs sort the comments",
                        "Task (7 min): pairs sort the comments"),
    # 11. advice to save evidence with no "never the image" (the parents' slide the DSL
    # review found: what parents photograph must carry the qualifier, not only the notes)
    "evidence-advice": edit(
        "      - Screenshot the messages, usernames and demands, never the image. Don't pay. "
        "Then block and report\n",
        "      - Screenshot the evidence first. Don't pay. Then block and report\n", PARENTS),
    # 11. platform age rules on a slide with no "as of" date (the rules change often)
    "undated-age-rules": edit(
        '"13 for an account. Go live: TikTok 18, YouTube 16, Instagram a parent\'s OK (checked '
        '{{ rules_checked }})."',
        '"13 for an account. Go live: TikTok 18, YouTube 16, Instagram a parent\'s OK."'),
    # 12. sayings taught with actions, two written in single quotes: the KS1 'Say it and show
    # it' slide would silently be left out (the planner reads "No!" (action) only)
    "saying-form": edit('"No!" (flat hand up, like a stop sign),\n      "Stop!" (both hands up)',
                        "'No!' (flat hand up, like a stop sign),\n      'Stop!' (both hands up)",
                        KS1),
    # 13. a KS1 lesson whose ground rules the topic's picture words give no picture (LP156):
    # children who cannot read find a rule by its picture
    "picture-words": edit("    - We listen.\n    - We are kind.",
                          "    - We take turns.\n    - We help each other.", KS1),
    # 14. a learning cycle's steps named so the deck cannot place one (LP157): its notes all
    # stay on the big ideas slide, before the story
    "step-names": edit("      Story (2 min): show Zainab's", "      Hook (2 min): show Zainab's")
    .replace("      Explain (3 min): good attention", "      Teach (3 min): good attention")
    .replace("      Check (1 min): run the check; pupils",
             "      Quiz (1 min): run the check; pupils")
    .replace("      Task (6 min): read each comment", "      Activity (6 min): read each comment")
    .replace("      Feedback (2 min): go through the answers",
             "      Review (2 min): go through the answers"),
    # 13. a visitor's aside written so the school's own lesson plan could not leave it out
    # a slide named by a number typed into a checklist line, not by its marker
    "slide-number": edit("check age rules ({slides age_rules}, letter:",
                         "check age rules (slides 17–19, letter:"),
    "visitor-aside": edit("check (a visitor asks the class teacher) that no pupil",
                          "check (visitors: ask the class teacher) that no pupil"),
    # 10. a school phase's variant is checked like the section itself: its chart values too
    "phase-variant-chart": PARENTS.replace("                value: 50\n",
                                           "                value: 55\n", 1),
    # 10. two variants of one section for the same phase: which one would a school get?
    # 5. a phase's own quiz is a set of its own: its letters are spread too (LP174)
    "quiz-variant-key-spread": edit("What helps most?\n        key: C",
                                    "What helps most?\n        key: A", PARENTS),
    "phase-variant-twice": edit("      - phases: [all]\n        title: \"What 5–7",
                                "      - phases: [primary]\n        title: \"What 5–7",
                                PARENTS),
}

# 9. facts files in a --content folder: a source cited at a document-sharing site, and a fact
# not checked for over a year (a warning; the stable study figures are not flagged). "Today" is
# pinned by the test (LESSONPACK_TODAY), so the expected lines do not age.
FACTS_CASES: dict[str, str] = {
    "denylisted-source": """sources:
  - id: S22
    title: "8 to 10s online safety toolkit"
    publisher: NCA-CEOP (CEOP Education)
    url: https://www.scribd.com/document/738966204/
facts: []
helplines: []
""",
    "stale-fact": """sources: []
facts:
  - id: nca_fast
    text: "The NCA says some sextortion cases go from first contact to blackmail in under an hour."
    sources: [S37]
    checked: 2024-06-01
  - id: iwf_2018_study
    text: "In a three-month study the Internet Watch Foundation found captures of live streams."
    sources: [S2]
    checked: 2019-01-10
    stable: true
helplines: []
""",
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
    for name, text in FACTS_CASES.items():
        folder = CASES / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "facts.yml").write_text(text, encoding="utf-8")
    # KS1 lessons are drawn with their topic's picture words (content/picture_words.py):
    # their folders hold a copy, as a topic's folder does.
    for name in ("saying-form", "picture-words"):
        (CASES / name / "picture-words.yml").write_text(
            committed("picture-words.yml"), encoding="utf-8")
    rules = CASES / "never-say-list" / "_rules"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "never-say.yml").write_text(BROKEN_RULES, encoding="utf-8")
    for folder in sorted(CASES.iterdir()):
        expected = folder / "expected.txt"
        if folder.is_dir() and not expected.exists():
            run = subprocess.run(
                [sys.executable, "-m", "lessonpack", "validate", "--content",
                 str(folder.relative_to(ROOT))],
                cwd=ROOT, capture_output=True, text=True, check=False,
                env={**os.environ, "LESSONPACK_TODAY": TODAY})
            expected.write_text("\n".join(run.stderr.strip().splitlines()[:-1]) + "\n")
            print(f"{folder.name}: wrote expected.txt (review it)")


if __name__ == "__main__":
    main()
