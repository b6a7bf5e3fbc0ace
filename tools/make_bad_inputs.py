"""Regenerates the YAML of tests/bad_inputs/: one defect per folder, derived from ks2.yml.

Run: python tools/make_bad_inputs.py   then review each expected.txt (written only when
missing, so a change in an error message shows up as a failing test, not a silent update).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "bad_inputs"
KS2 = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text(encoding="utf-8")


def edit(old: str, new: str, count: int = 1) -> str:
    assert old in KS2, old
    return KS2.replace(old, new, count)


SIMPLE: dict[str, bytes | str] = {
    "tab-indent": "id: x\nkind: lesson\ntitle:\n\tbad: 1\n",
    "unclosed-quote": 'id: x\ntitle: "Going live\nsubtitle: oops\n',
    "python-tag": "id: !!python/object/apply:os.system ['echo pwned']\nkind: lesson\n",
    "duplicate-key": "kind: lesson\nid: a\nid: b\n",
    "empty-file": "\n\n",
    "not-utf8": "id: caf\xe9\n".encode("latin-1"),
    "unknown-kind": "kind: assembly\nid: x\n",
    "top-level-list": "- kind: lesson\n- id: x\n",
    "alias-bomb": "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)),
}

LESSON_EDITS: dict[str, str] = {
    "unknown-field": edit("duration_minutes: 55", "duration_minutes: 55\nlevel: easy"),
    "text-too-long": edit("title: \"Going live", "title: \"" + "Very " * 12 + "Going live"),
    "wrong-type": edit("viewers: ", "viewers: lots #", 1),
    "missing-field": edit("outcome: >-\n  I can spot good and bad attention on a live stream, keep "
                          "personal information private, and use\n  Stop, Block, Report, Tell.\n",
                          ""),
    "outcome-not-i-can": edit("outcome: >-\n  I can", "outcome: >-\n  We will"),
    "two-correct-answers": edit('''          - text: "Great trick! Keep practising."
            correct: true
          - text:''', '''          - text: "Great trick! Keep practising."
            correct: true
          - correct: true
            text:'''),
    "unknown-signpost": edit("[trusted_adult, childline, ceop]",
                             "[trusted_adult, childlines, ceop]"),
    "timing-mismatch": edit("duration_minutes: 55", "duration_minutes: 50"),
    "unknown-fact": edit("{{ fact.liveskills_8_10 }}", "{{ fact.liveskills }}"),
    "jinja-syntax": edit("{{ fact.liveskills_8_10 }}", "{{ fact.liveskills_8_10 }"),
    "unknown-source": edit("sources: [S1, ", "sources: [S999, S1, "),
}


def main() -> None:
    for name, text in {**SIMPLE, **LESSON_EDITS}.items():
        folder = CASES / name
        folder.mkdir(parents=True, exist_ok=True)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        (folder / "lesson.yml").write_bytes(data)
    dup = CASES / "duplicate-id"
    dup.mkdir(exist_ok=True)
    (dup / "a.yml").write_text(KS2, encoding="utf-8")
    (dup / "b.yml").write_text(KS2, encoding="utf-8")
    for folder in sorted(CASES.iterdir()):
        expected = folder / "expected.txt"
        if folder.is_dir() and not expected.exists():
            run = subprocess.run(
                [sys.executable, "-m", "lessonpack", "build", "-k", "ks2", "--content",
                 str(folder.relative_to(ROOT)), "--out", "/tmp/lessonpack-bad-input"],
                cwd=ROOT, capture_output=True, text=True, check=False)
            expected.write_text("\n".join(run.stderr.strip().splitlines()[:-1]) + "\n")
            print(f"{folder.name}: wrote expected.txt (review it)")


if __name__ == "__main__":
    main()
