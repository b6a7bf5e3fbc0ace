"""A ratchet on the package's most tangled functions: none may grow more complex, no new one
may join them, and a rename does not escape its record.

The count is tools/complexity.py's: McCabe's, plus each conditional expression and each
comprehension's ``for`` and ``if`` (ruff's C901 counts neither, and so never saw a function
of 36 conditional expressions). Every function above ``LIMIT`` is listed in
``tests/complexity-baseline.txt`` by ``path:Qualname`` with its count, and may only go down;
one that drops must be lowered in the list (``python tools/complexity.py --lower``), so the
ratchet keeps what a refactor won; a listed function that no longer exists fails until its
line is moved to the new name. docs/development.md says how.
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from complexity import LIMIT, baseline, count, functions, lowered, measured  # noqa: E402

now_measured = cache(measured)  # the package's files parsed once for the three checks


def test_no_function_grows_past_its_recorded_complexity() -> None:
    recorded, now = baseline(), now_measured()
    worse = [f"{key}: {n} (recorded {recorded.get(key, LIMIT)})"
             for key, n in sorted(now.items()) if n > recorded.get(key, LIMIT)]
    assert not worse, ("more complex than recorded: split the function (docs/development.md, "
                       "'Complexity') rather than raise the record:\n" + "\n".join(worse))


def test_the_record_keeps_what_a_refactor_won() -> None:
    recorded, now = baseline(), now_measured()
    looser = [f"{key}: recorded {n}, now {now[key]}"
              for key, n in sorted(recorded.items()) if key in now and now[key] < n]
    assert not looser, ("simpler than recorded: run python tools/complexity.py --lower "
                        "(or lower these lines of tests/complexity-baseline.txt):\n"
                        + "\n".join(looser))


def test_every_recorded_function_exists() -> None:
    """A record is keyed by path and qualified name: a function renamed or moved leaves its
    line behind, and the line must move with it (same count), not be dropped."""
    now = now_measured()
    gone = sorted(key for key in baseline() if key not in now)
    assert not gone, ("no such function (renamed or moved?): move each line of "
                      "tests/complexity-baseline.txt to its new path:Qualname, same count:\n"
                      + "\n".join(gone))


def _counted(source: str) -> dict[str, int]:
    return {name: count(node) for name, node in functions(ast.parse(source))}


def test_conditional_expressions_and_comprehensions_count() -> None:
    counted = _counted(
        "def plain(x):\n    return x\n"
        "def chooses(x, y):\n    return 'a' if x else 'b' if y else 'c'\n"
        "def filters(xs):\n    return [x for x in xs if x and x > 1]\n"
        "def branches(x):\n    if x:\n        return 1\n    elif x is None:\n        return 2\n"
        "    try:\n        return 3\n    except ValueError:\n        return 4\n")
    assert counted == {"plain": 1, "chooses": 3, "filters": 4, "branches": 4}


def test_methods_and_nested_functions_are_their_own_entries() -> None:
    counted = _counted(
        "class A:\n    def run(self, x):\n        def inner(y):\n"
        "            return 1 if y else 2\n        return inner(x)\n"
        "def run(x):\n    return [1 if x else 2]\n")
    assert counted == {"A.run": 1, "A.run.inner": 2, "run": 2}


def test_lowering_never_raises_or_drops_a_renamed_line() -> None:
    recorded = {"a.py:f": 20, "a.py:g": 20, "a.py:h": 20, "a.py:gone": 20}
    now = {"a.py:f": 18, "a.py:g": 25, "a.py:h": LIMIT}
    assert lowered(recorded, now) == {"a.py:f": 18, "a.py:g": 20, "a.py:gone": 20}
