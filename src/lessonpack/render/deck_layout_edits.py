"""What a deck changes on its template's layouts, once, before any of its slides is drawn
or reused.

A slide's drawing reads its layout and never changes it: a slide kept from an earlier build
(render/slide_cache) is added as its bytes without being drawn, so a layout edit made while
drawing one was lost on the next build of the same slides in that process (a trainer's
second deck kept a stray accent rule on its section layout). Every edit a deck's slides
imply is made here, on the deck's own copy of the template, from its plan alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lessonpack.kinds.registry import kind_of
from lessonpack.plan.model import Slide
from lessonpack.render.deck_cover_art import drop_section_rule
from lessonpack.render.deck_resolved import ResolvedLayout


def edit_layouts(layouts: Mapping[str, ResolvedLayout], slides: Iterable[Slide]) -> None:
    """The deck's layouts as its slides need them: a section layout whose slides carry a
    picture loses the short accent rule the picture's side would leave alone
    (deck_cover_art.drop_section_rule)."""
    pictured = {kind_of(spec).name for spec in slides if spec.pictures}
    if "section" in pictured and "section" in layouts:
        drop_section_rule(layouts["section"].layout)
