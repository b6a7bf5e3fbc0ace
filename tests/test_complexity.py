"""A ratchet on the package's most tangled functions: none may grow more complex, and no new
one may join them.

McCabe complexity is ruff's C901 count (branches and loops, plus one). ``pyproject.toml`` sets
ruff's ``max-complexity`` to the worst function's count when this file was written, so
``ruff check`` (first in CI) already refuses anything worse. This test is finer: every
function above ``LIMIT`` is listed in ``tests/complexity-baseline.txt`` with its count, and
may only go down. One that drops must be lowered in the list (or removed, at ``LIMIT`` or
under), so the ratchet keeps what a refactor won. docs/development.md says how.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "complexity-baseline.txt"
# Above this a function is listed: ruff's usual default, and where a function stops fitting
# in a reader's head.
LIMIT = 10
_MESSAGE = re.compile(r"`(?P<name>[^`]+)` is too complex \((?P<count>\d+) > \d+\)")


def measured() -> dict[str, int]:
    """Each function over LIMIT in src/lessonpack, "path:name" to its complexity (a name
    twice in a file: the higher)."""
    run = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "src/lessonpack", "--select", "C901",
         "--config", f"lint.mccabe.max-complexity={LIMIT}", "--output-format", "json",
         "--no-cache", "--exit-zero"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    found: dict[str, int] = {}
    for item in json.loads(run.stdout):
        match = _MESSAGE.search(item["message"])
        assert match, item["message"]
        path = Path(item["filename"]).resolve().relative_to(ROOT).as_posix()
        key = f"{path}:{match['name']}"
        found[key] = max(found.get(key, 0), int(match["count"]))
    return found


def baseline() -> dict[str, int]:
    """The recorded counts: "count path:name" a line; # comments and blank lines skipped."""
    recorded: dict[str, int] = {}
    for line in BASELINE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            count, key = line.split(maxsplit=1)
            recorded[key] = int(count)
    return recorded


def test_no_function_grows_past_its_recorded_complexity() -> None:
    recorded, now = baseline(), measured()
    worse = [f"{key}: {count} (recorded {recorded.get(key, LIMIT)})"
             for key, count in sorted(now.items()) if count > recorded.get(key, LIMIT)]
    assert not worse, ("more complex than recorded: split the function (docs/development.md, "
                       "'Complexity') rather than raise the record:\n" + "\n".join(worse))


def test_the_record_keeps_what_a_refactor_won() -> None:
    recorded, now = baseline(), measured()
    looser = [f"{key}: recorded {count}, now {now.get(key, f'{LIMIT} or less')}"
              for key, count in sorted(recorded.items()) if now.get(key, 0) < count]
    assert not looser, ("simpler than recorded: lower (or remove) these lines of "
                        "tests/complexity-baseline.txt:\n" + "\n".join(looser))


def test_ruff_s_ceiling_is_the_worst_recorded() -> None:
    """pyproject's max-complexity is the highest count listed: lowered with the worst."""
    setting = re.search(r"^max-complexity = (\d+)$",
                        (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE)
    assert setting is not None
    assert int(setting[1]) == max(baseline().values(), default=LIMIT)
