"""Print the sha256 of every file the sample batch builds, to check a change keeps bytes.

    python tools/sample_hashes.py > before.txt
    (change the renderer)
    python tools/sample_hashes.py | diff before.txt -

Builds examples/packs.yml (every audience in the built-in look and each example brand, and a
trainer's template) with one worker and then with two, into scratch folders, and fails if the
two differ: a speed-up that keeps what kept slides and shapes share must give the same bytes
whichever worker builds a pack, and in whatever order.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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
    print("\n".join(one))


if __name__ == "__main__":
    main()
