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

from lessonpack.kinds.registry import kind_of, kinds
from lessonpack.plan.model import Slide
from lessonpack.render.deck_resolved import ResolvedLayout
from lessonpack.render.kind_drawings import layout_edit


def edit_layouts(layouts: Mapping[str, ResolvedLayout], slides: Iterable[Slide]) -> None:
    """The deck's layouts as its slides need them: each kind that declares an edit of its
    layout (``SlideKind.edit_layout``) makes it, given the deck's slides of that kind, on
    the layout they use. No kind is named here: a new kind's edit is its own."""
    slides = list(slides)
    for kind in kinds():
        if kind.edit_layout is None or kind.name not in layouts:
            continue
        own = [spec for spec in slides if kind_of(spec) is kind]
        if own:
            layout_edit(kind.edit_layout)(layouts[kind.name].layout, own)
