"""Comments and docstrings say why, in their own words, never "designer s11 final #3".

The review notes those labels pointed to are not shipped (``docs/reviews/`` is left out of the
sdist), so to a contributor reading src/ or tests/ such a label pointed nowhere, and the reason
it stood for was never written down. Each comment and docstring of the package and the tests
is read; one naming a review session fails with its file and line.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A session ("s12", "session 13"), a reviewer's read ("designer s11 final", "DSL start",
# "trainer review s7"), a review file ("final-designer.md") or a numbered item ("final #3").
CITATION = re.compile(
    r"(?-i:\bs\d{1,2}(?:\b|start|final))(?!-)"  # lower case: "S41" is a source's code
    r"|\bsession \d+\b"
    r"|\b(?:designer|trainer|teacher|dsl|maintainer|pshe(?: lead)?|reviewer)s?(?:'s)?"
    r"(?: review)?(?: s?\d+)? (?:start|mid|final)\b"
    r"|\b(?:start|mid|final)-(?:designer|trainer|teacher|dsl|maintainer|pshe)"
    r"|\b(?:start|final) #\d+",
    re.IGNORECASE)


def _texts(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every comment and docstring in ``path``."""
    source = path.read_text(encoding="utf-8")
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.start[0], token.string
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                      | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc is not None:
                first = node.body[0].lineno
                for n, line in enumerate(doc.splitlines()):
                    yield first + n, line


def citations(path: Path) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{line}: {text.strip()}"
            for line, text in _texts(path) if CITATION.search(text)]


def _sources() -> list[Path]:
    """The package's, the tests' and the tools' Python, but this file (its examples)."""
    return sorted(p for folder in ("src", "tests", "tools") for p in (ROOT / folder).rglob("*.py")
                  if "__pycache__" not in p.parts and p != Path(__file__).resolve())


def test_no_comment_or_docstring_cites_a_review() -> None:
    found = [c for path in _sources() for c in citations(path)]
    assert not found, "say the reason, not the review it came from:\n" + "\n".join(found)


def test_the_check_finds_the_labels_it_is_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Teacher s13: the cards say where to look."""\n'
        "# designer s11 final #3: one size\n"
        "# trainer review s7 put it there\n"
        "# see final-maintainer.md\n"
        "# Session 12 moved it\n"
        "# as every drawing does (designer s9final M1)\n"
        "s1 = 2  # a variable, not a session; and this comment gives a reason\n"
        "# the 2026 safeguarding sessions, the final slide\n", encoding="utf-8")
    lines = [line for line, text in _texts(sample) if CITATION.search(text)]
    assert lines == [2, 3, 4, 5, 6, 1]
