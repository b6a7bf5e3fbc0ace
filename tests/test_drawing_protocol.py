"""kinds.base.Drawing (what a kind may ask ``filler.draw`` for) and render/deck_draw.py (what
the renderer offers) list the same drawings with the same parameters: a drawing added to one
and not the other fails here, not as an AttributeError in the middle of a build."""

from __future__ import annotations

import inspect

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
