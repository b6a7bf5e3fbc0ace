"""Write the "Problem codes" table of docs/cli.md from lessonpack.rules, the one table of codes.

Run: python tools/codes_table.py   after adding or changing a rule; tests/test_codes.py fails
until docs/cli.md matches. --check only compares (exit 1 when it is out of date).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.rules import markdown_table  # noqa: E402

START, END = "<!-- codes:start (tools/codes_table.py) -->\n", "<!-- codes:end -->\n"


def with_table(readme: str) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return before + START + markdown_table("../") + END + after


def main() -> int:
    path = ROOT / "docs" / "cli.md"
    text = path.read_text(encoding="utf-8")
    new = with_table(text)
    if "--check" in sys.argv[1:]:
        return 0 if new == text else 1
    if new != text:
        path.write_text(new, encoding="utf-8")
        print("docs/cli.md: codes table updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
