"""How tangled each function in src/lessonpack is: the count tests/test_complexity.py holds
every function to, keyed so that renaming or moving one does not escape its record.

The count is McCabe's (one, plus one for each ``if``/``elif``, loop, ``except``, ``case`` and
each ``and``/``or``), plus what ruff's C901 leaves out and a reader still has to hold in
their head: each conditional expression (``a if x else b``) and each ``for`` and ``if`` of a
comprehension. ruff did not see ``plan/visit_brief/brief_rows.py`` ``day_rows``, whose 36
choices were nearly all conditional expressions. A nested function or class is its own
entry; a lambda counts in the function it is written in.

A function is keyed ``path:Qualname`` (``src/lessonpack/render/docx.py:DocxRenderer.render``),
so two methods of one name in a file are two entries, and a record whose function no longer
exists fails the test: a rename moves its line, at the same count.

    python tools/complexity.py            print every function over LIMIT, baseline format
    python tools/complexity.py --lower    rewrite tests/complexity-baseline.txt with each
                                          line lowered to its function's count (removed at
                                          LIMIT or under); never raises one, never drops a
                                          line whose function is gone
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "lessonpack"
BASELINE = ROOT / "tests" / "complexity-baseline.txt"
# Above this a function is listed. Counting conditional expressions and comprehensions puts
# a function about half as high again as McCabe's count alone: 15 stands where ruff's usual
# 10 did, where a function stops fitting in a reader's head.
LIMIT = 15
_HEADER = """\
# How tangled each function over 15 in src/lessonpack is (tools/complexity.py: McCabe, plus
# conditional expressions and comprehensions' for/if), keyed path:Qualname.
# Counts may only fall: lower a line when a function gets simpler (tools/complexity.py
# --lower), remove it at 15 or under. Renamed or moved: move its line, same count.
# Never raise one: split the function instead (docs/development.md, 'Complexity').
"""

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_BRANCHES = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.IfExp, ast.ExceptHandler,
             ast.match_case)


def _own_nodes(function: ast.AST) -> Iterator[ast.AST]:
    """The nodes of ``function``'s body, not those of a function or class defined in it."""
    stack = list(ast.iter_child_nodes(function))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))


def count(function: ast.AST) -> int:
    """One, plus one for each choice ``function`` makes in its own body."""
    total = 1
    for node in _own_nodes(function):
        if isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            continue
        if isinstance(node, _BRANCHES):
            total += 1
        elif isinstance(node, ast.BoolOp):
            total += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            total += 1 + len(node.ifs)
    return total


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.AST]]:
    """Each function and method in ``tree`` with its qualified name ("Class.method",
    "outer.inner")."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            name = f"{prefix}{node.name}"
            if not isinstance(node, ast.ClassDef):
                yield name, node
            yield from functions(node, f"{name}.")
        else:
            yield from functions(node, prefix)


def measured(package: Path = PACKAGE) -> dict[str, int]:
    """Every function in ``package``, "path:Qualname" to its count (a name defined twice in
    one scope, as by ``if TYPE_CHECKING``: the higher)."""
    found: dict[str, int] = {}
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for name, node in functions(tree):
            key = f"{where}:{name}"
            found[key] = max(found.get(key, 0), count(node))
    return found


def baseline(path: Path = BASELINE) -> dict[str, int]:
    """The recorded counts: "count path:Qualname" a line; # comments and blank lines skipped."""
    recorded: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            number, key = line.split(maxsplit=1)
            recorded[key] = int(number)
    return recorded


def _lines(counts: dict[str, int]) -> str:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return _HEADER + "".join(f"{n} {key}\n" for key, n in ordered)


def lowered(recorded: dict[str, int], now: dict[str, int]) -> dict[str, int]:
    """The record with each line down to its function's count, removed at LIMIT or under;
    a line never raised, and one whose function is gone kept (a rename moves it by hand)."""
    out = {}
    for key, was in recorded.items():
        if key not in now:
            out[key] = was
        elif now[key] > LIMIT:
            out[key] = min(was, now[key])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lower", action="store_true",
                        help="lower the baseline's lines to the counts now (never raise)")
    args = parser.parse_args(argv)
    now = measured()
    if args.lower:
        BASELINE.write_text(_lines(lowered(baseline(), now)), encoding="utf-8")
        return 0
    sys.stdout.write(_lines({k: n for k, n in now.items() if n > LIMIT}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
