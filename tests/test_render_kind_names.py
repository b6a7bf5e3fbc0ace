"""The renderer's shared steps never branch on a kind's name: what a kind adds to its
slides is its own ``decorate`` (maintainer s7 M1: after_fill tested "scenario",
"signposting", "bullets"; a new kind could not get the same treatment without editing it)."""

from __future__ import annotations

import ast
import inspect

from lessonpack.kinds.registry import kinds
from lessonpack.render import deck_design


def _strings(source: str) -> set[str]:
    return {node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_after_fill_names_no_kind() -> None:
    source = inspect.getsource(deck_design.after_fill)
    names = {kind.name for kind in kinds()}
    assert names, "no kinds registered"
    assert not (_strings(source) & names), _strings(source) & names
    assert "kind.name" not in source


def test_the_kinds_that_had_branches_decorate_themselves() -> None:
    by_name = {kind.name: kind for kind in kinds()}
    for name in ("scenario", "signposting", "bullets"):
        assert by_name[name].decorate is not None, name
