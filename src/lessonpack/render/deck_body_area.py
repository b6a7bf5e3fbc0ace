"""Drawings in the body placeholder's area: the placeholder goes and its area is drawn
(by a kind: cards, a question's answer panels, a reveal's answer rows), clear of the footer
on lessonpack's own layouts."""

from __future__ import annotations

from collections.abc import Callable

from lessonpack.kinds.base import Filler
from lessonpack.render.deck_body_text import FOOT_GAP, box_of
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_title_room import settle_body
from lessonpack.render.deck_under_title import clear_of_title
from lessonpack.render.ooxml.placeholders import placeholder


def _take(filler: Filler, role: str) -> Box | None:
    """The box of a role's placeholder, which then goes (its area is drawn instead)."""
    settle_body(filler)
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is not None:
        box = filler.resolved.drawn_in.get(role) or box_of(ph)
        ph.element.getparent().remove(ph.element)
        return box
    return filler.resolved.boxes.get(role)


def in_body(filler: Filler, draw: Callable[[Box], list[str]], clear: bool = True) -> bool:
    """Draw in the body placeholder's area (the placeholder goes), collecting what does not
    fit; False when the layout has no body area."""
    region = _take(filler, "body")
    if region is None:
        return False
    if clear and filler.resolved.how == "name":
        # A clear gap above the footer: panels, rows and cards ending on the footer band
        # read as overflow. Our own layouts; a trainer's keeps its area.
        # ``clear=False``: a drawing that needs the whole height (KS4's seven-step timeline).
        x, y, w, h = region
        region = (x, y, w, h - FOOT_GAP)
    region = clear_of_title(filler, region)  # a trainer's title wrapped to two lines
    filler.misfits += draw(region)
    return True
