"""kinds.base.Drawing (the shared toolkit a kind may ask ``filler.draw`` for) and
render/deck_draw.py (what the renderer offers) list the same drawings with the same
parameters, and every drawing a kind declares of its own (kinds.base.DrawingSlot) is supplied
by the kind (its module or its package's drawing) with the parameters the kind declares: a
drawing missing on one side fails here, not as an AttributeError in the middle of a build."""

from __future__ import annotations

import inspect
import sys
from typing import Any

from lessonpack.kinds.base import Drawing
from lessonpack.render import deck_draw


def _declared() -> dict[str, inspect.Signature]:
    names = [n for n, v in vars(Drawing).items()
             if inspect.isfunction(v) and not n.startswith("_")]
    return {n: inspect.signature(getattr(Drawing, n)) for n in names}


def test_the_renderer_offers_every_drawing_kinds_may_ask_for_and_no_other() -> None:
    assert sorted(deck_draw.__all__) == sorted(_declared())


def test_each_drawing_takes_the_parameters_its_declaration_names() -> None:
    for name, declared in _declared().items():
        wanted = [p.name for p in declared.parameters.values() if p.name != "self"]
        offered = list(inspect.signature(getattr(deck_draw, name)).parameters)
        assert offered == wanted, f"filler.draw.{name}: declared {wanted}, offered {offered}"


def test_every_drawing_takes_the_filler_first() -> None:
    """One calling convention: the filler first, misfits recorded on it by the drawing (a
    drawing that returned them could be called and its misfits dropped)."""
    for name, declared in _declared().items():
        first = next(p for p in declared.parameters if p != "self")
        assert first == "filler", f"filler.draw.{name} takes {first} first"
        assert declared.return_annotation not in ("list[str]",), name


def _slots() -> dict[Any, tuple[str, type]]:
    """Every DrawingSlot a kind module declares: slot -> (kind module, call protocol)."""
    import typing

    from lessonpack.kinds import registry
    from lessonpack.kinds.base import DrawingSlot

    found = {}
    for kind in registry.kinds():
        # The module declaring the kind: its fill may be a helper another module holds.
        module = sys.modules[registry.home(kind)]
        hints = typing.get_type_hints(module)
        for name, value in vars(module).items():
            if isinstance(value, DrawingSlot):
                found[value] = (module.__name__, typing.get_args(hints[name])[0])
    return found


def test_every_drawing_a_kind_declares_is_supplied_with_its_parameters() -> None:
    from lessonpack.render.kind_drawings import supplied

    slots = _slots()
    assert {"timeline", "cards", "stream", "statistics"} <= {s.name for s in slots}
    assert set(supplied()) == set(slots)
    for slot, (module, protocol) in slots.items():
        name = slot.name
        wanted = [p for p in inspect.signature(protocol.__call__).parameters if p != "self"]
        drawn = supplied()[slot]
        assert callable(drawn), f"{module}: drawing {name} supplied as {drawn!r}"
        offered = list(inspect.signature(drawn).parameters)
        assert offered == wanted, f"{module}: drawing {name} declared {wanted}, offered {offered}"
        assert wanted[0] == "filler", f"{module}: drawing {name} takes {wanted[0]} first"


def test_a_drawing_nothing_supplies_is_an_internal_error() -> None:
    import pytest

    from lessonpack.errors import InternalError
    from lessonpack.kinds.base import DrawingSlot
    from lessonpack.render.kind_drawings import drawing

    with pytest.raises(InternalError, match="no slide kind supplies the drawing 'glossary'"):
        drawing(DrawingSlot("glossary"))


def test_a_drawing_supplied_outside_the_drawing_module_is_refused(
        tmp_path: Any, monkeypatch: Any) -> None:
    """A kind package's drawings are read from its module and its drawing.py only: a
    SUPPLIES in another of its modules (a helper) would be ignored without a word, so it is
    refused, naming the module."""
    import importlib

    import pytest

    from lessonpack.errors import InternalError
    from lessonpack.kinds import registry
    from lessonpack.render.kind_drawings import supplied

    package = tmp_path / "glossary_kind_for_a_test"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from dataclasses import dataclass\n"
        "from typing import ClassVar\n"
        "from lessonpack.kinds.base import BODY, SlideKind, layout\n"
        "@dataclass(frozen=True)\n"
        "class GlossarySlide:\n"
        "    kind: ClassVar[str] = 'glossary_for_a_test'\n"
        "KIND = SlideKind('glossary_for_a_test', GlossarySlide, layout('LP Bullets', "
        "body=BODY), 'a title and content layout', lambda filler, slide, payload: None)\n")
    (package / "drawing.py").write_text("SUPPLIES = ()\n")
    (package / "terms.py").write_text("SUPPLIES = ()\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    kind = importlib.import_module("glossary_kind_for_a_test").KIND
    with registry.registered(kind), pytest.raises(
            InternalError, match=r"glossary_kind_for_a_test\.terms declares SUPPLIES, which "
                                 r"only glossary_kind_for_a_test or its drawing\.py may"):
        supplied()


def test_the_shared_toolkit_names_no_kinds_payload() -> None:
    """kinds/base.py imports no kind module: a kind's own drawing is its own slot."""
    import ast

    import lessonpack.kinds.base as base

    imported = {node.module for node in ast.walk(ast.parse(inspect.getsource(base)))
                if isinstance(node, ast.ImportFrom) and node.module}
    assert not {m for m in imported if m.startswith("lessonpack.kinds.")} - {
        "lessonpack.kinds.look"}, imported


def _kinds_reaching(drawing: str) -> set[str]:
    """The kinds whose functions call ``filler.draw.<drawing>``, themselves or through helper
    functions in kinds/ they use (``_shared``, another kind's), read from the source."""
    import ast
    from pathlib import Path

    import lessonpack.kinds as package
    from lessonpack.kinds.registry import home, kinds

    calls: dict[tuple[str, str], tuple[set[str], set[tuple[str, str]]]] = {}
    folder = Path(package.__path__[0])
    # A kind's module or its package's __init__ (its drawing modules draw, never ask).
    for path in [*folder.glob("*.py"), *folder.glob("*/__init__.py")]:
        module = path.parent.name if path.name == "__init__.py" else path.stem
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.asname or alias.name: (node.module.rsplit(".", 1)[-1], alias.name)
                    for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and (node.module or "").startswith("lessonpack.kinds.")
                    for alias in node.names}
        for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            draws = {n.attr for n in ast.walk(fn) if isinstance(n, ast.Attribute)
                     and isinstance(n.value, ast.Attribute) and n.value.attr == "draw"}
            used = {imported.get(n.id, (module, n.id)) for n in ast.walk(fn)
                    if isinstance(n, ast.Name)}
            calls[(module, fn.name)] = (draws, used)
    reaching = set()
    for kind in kinds():
        module = home(kind).rsplit(".", 1)[-1]
        todo = [key for key in calls if key[0] == module]
        seen: set[tuple[str, str]] = set()
        while todo:
            key = todo.pop()
            if key in seen or key not in calls:
                continue
            seen.add(key)
            draws, used = calls[key]
            if drawing in draws:
                reaching.add(kind.name)
            todo += used
    return reaching


def test_each_shared_drawing_is_used_by_two_kinds_or_more() -> None:
    """The toolkit is what kinds share: a drawing only one kind uses is that kind's own
    (a DrawingSlot it supplies itself), so kinds/base.Drawing does not grow a
    method per slide."""
    for name in _declared():
        users = _kinds_reaching(name)
        assert len(users) >= 2, f"filler.draw.{name} is used by {sorted(users) or 'no kind'}"


def test_the_reach_of_a_drawing_is_read_through_helpers() -> None:
    """The check above can fail: picture_beside is reached only through kinds/_shared."""
    assert {"bullets", "key_messages", "vote_rows", "write_on"} <= _kinds_reaching(
        "picture_beside")
    assert _kinds_reaching("no_such_drawing") == set()
