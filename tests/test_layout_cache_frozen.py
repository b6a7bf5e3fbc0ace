"""What layout matching works out once is handed to many callers, so none may change it.

While ``deck_match.matching`` runs, every slide kind scored against a layout is handed the
same ``Roles``; a template's layouts are inspected once and kept (render/pptx.py), so every
look and deck built on it is handed the same ``ResolvedLayout`` values. Both are frozen, and
the answers with the cache are the answers without it, over the wild templates (which take
the derived-layout paths: ``_derive`` and ``_derive_from_blank`` add layouts while matching)."""

from __future__ import annotations

import dataclasses
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from lessonpack.render import deck_layouts
from lessonpack.render.deck_layouts import find_layouts
from lessonpack.render.deck_match import matching, roles
from lessonpack.render.pptx import inspect_deck

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATES = [*sorted((FIXTURES / "wild").glob("*.pptx")),
             FIXTURES / "templates" / "deck-libreoffice.pptx"]


def _found(template: Path) -> list[tuple[Any, ...]]:
    """Every kind's layout as found in a fresh copy of ``template``, in plain values."""
    layouts, gaps = find_layouts(Presentation(str(template)), template.name)
    return [*((r.describe(), dict(r.slots), r.region, dict(r.boxes), dict(r.drawn_in),
               sorted(r.clones)) for r in layouts.values()), sorted(gaps.needs.items())]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_matching_finds_with_its_cache_what_it_finds_without(
        template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _found(template)
    monkeypatch.setattr(deck_layouts, "matching", nullcontext)
    assert _found(template) == kept


def test_a_layouts_roles_handed_out_while_matching_cannot_be_changed() -> None:
    prs = Presentation(str(FIXTURES / "wild" / "google-slides-export.pptx"))
    with matching():
        found = next(r for layout in prs.slide_masters[0].slide_layouts
                     if (r := roles(layout)).bodies)
        layout = next(lay for lay in prs.slide_masters[0].slide_layouts if roles(lay) is found)
        assert roles(layout) is found  # one answer for every caller ...
        with pytest.raises(dataclasses.FrozenInstanceError):
            found.title = None  # type: ignore[misc]
        with pytest.raises(AttributeError):
            found.bodies.append(found.bodies[0])  # type: ignore[attr-defined]
        with pytest.raises(TypeError):
            found.headings[99] = found.bodies[0]  # type: ignore[index]
        assert roles(layout) == found  # ... and it is the answer worked out


def test_one_looks_change_to_a_kept_templates_layouts_never_reaches_the_next() -> None:
    """The kept inspection refuses a change, so the next look built on the template is
    handed what matching found."""
    template = FIXTURES / "wild" / "lo-cft-fire-red.pptx"
    first = inspect_deck(template, template.name)[0]
    said = [r.describe() for r in first.values()]
    some = next(iter(first.values()))
    with pytest.raises(TypeError):
        first["title"] = some  # type: ignore[index]
    with pytest.raises(TypeError):
        some.slots["body"] = 99  # type: ignore[index]
    with pytest.raises(TypeError):
        some.boxes["kicker"] = (0, 0, 1, 1)  # type: ignore[index]
    again = inspect_deck(template, template.name)[0]
    assert [r.describe() for r in again.values()] == said
    assert next(iter(again.values())).slots == some.slots
