"""Print the sha256 of every file the sample batch builds, to check a change keeps bytes.

    python tools/sample_hashes.py > tests/sample-hashes.txt

regenerates the committed baseline that tests/test_sample_hashes.py compares a build with, so
a change that alters output on purpose shows as a diff of that file in the commit, and one
that should not alter output fails the test.

Builds examples/packs.yml (every audience in the built-in look and each example brand, and a
trainer's template) with one worker and then with two, into scratch folders, and fails if the
two differ: a speed-up that keeps what kept slides and shapes share must give the same bytes
whichever worker builds a pack, and in whatever order.

The first line names the font files text is measured with (lessonpack.check.measure): the
renderer sizes text by real font metrics, so other files for Arial or Calibri give other
bytes, and the baseline only holds where the same fonts are found.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The families the sample batch uses: the built-in look and the example brands set Arial and
# Calibri, and the trainer's template's theme sets Calibri.
FAMILIES = ("Arial", "Calibri")


def fonts_line() -> str:
    """'# fonts: <file> <sha256 prefix> …' for each font file the sample batch measures with."""
    from lessonpack.check.measure import font_path

    found = []
    for family in FAMILIES:
        for bold in (False, True):
            path = font_path(family, bold)
            found.append(f"{family}{' bold' if bold else ''}=" + (
                f"{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"
                if path else "estimated"))
    return "# fonts: " + " ".join(found)


def hashes(out: Path, jobs: int) -> list[str]:
    subprocess.run([sys.executable, "-m", "lessonpack", "batch", "examples/packs.yml", "--out",
                    str(out), "--jobs", str(jobs), "--force", "-q"], check=True, cwd=ROOT)
    return [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(out)}"
            for p in sorted(out.rglob("*")) if p.suffix in (".pptx", ".docx")]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        one, two = hashes(Path(tmp, "one"), 1), hashes(Path(tmp, "two"), 2)
    if one != two:
        sys.exit("one worker and two workers built different bytes")
    print("\n".join([fonts_line(), *one]))


if __name__ == "__main__":
    main()
