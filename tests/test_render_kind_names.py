"""The renderer's shared steps never branch on a kind's name: what a kind adds to its
slides is its own ``decorate`` (a step that tested "scenario", "signposting" or "bullets"
would give a new kind no way to get the same treatment without editing it)."""

from __future__ import annotations

import ast
import inspect

from lessonpack.kinds.registry import kinds
from lessonpack.render import deck_after_fill


def _strings(source: str) -> set[str]:
    return {node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def test_after_fill_names_no_kind() -> None:
    source = inspect.getsource(deck_after_fill.after_fill)
    names = {kind.name for kind in kinds()}
    assert names, "no kinds registered"
    assert not (_strings(source) & names), _strings(source) & names
    assert "kind.name" not in source


def test_the_kinds_that_had_branches_decorate_themselves() -> None:
    by_name = {kind.name: kind for kind in kinds()}
    for name in ("scenario", "signposting", "bullets"):
        assert by_name[name].decorate is not None, name


def test_no_render_or_kind_module_sniffs_or_asserts_a_payload() -> None:
    """Asking ``getattr(spec.payload, "comments", None)`` made every kind whose payload had a
    ``comments`` field a stream; what one kind needs is that kind's hook (SlideKind.notes),
    and the hooks get the payload typed as the kind declares it, so no kind asserts its type
    (an ``assert`` is gone under ``python -O``)."""
    import re
    from pathlib import Path

    import lessonpack.kinds
    import lessonpack.render

    sniffing = re.compile(r"getattr\(\s*[\w.]*payload\s*,|assert isinstance\(\s*[\w.]*payload")
    found = [f"{path.name}:{n}" for package in (lessonpack.render, lessonpack.kinds)
             for path in Path(package.__file__).parent.rglob("*.py")
             # The registry checks each payload class a kind declares, once, at import.
             if path.name != "registry.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if sniffing.search(line)]
    assert found == []
