"""A template whose first design sets its title in the band at the slide's foot where its
footer line and slide number sit (lo5 "leaf": a photo design with the title in a green band,
the footer and number printed over it) and whose second design puts the title at the top:
lesson slides take the second whichever comes first. Built on the first, every lesson slide
had its footer words over its title (LPC307)."""

from __future__ import annotations

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from lessonpack.kinds.base import Match
from lessonpack.render.deck_match import make_idx_unique, match_kind
from squeezed_template import placed


def _layouts() -> tuple[object, list[object]]:
    """python-pptx's default (10 x 7.5 in, footers at 6.95 in): its "Title and Content", and
    a copy of that shape whose title is moved down over the footers, listed first. (A
    title-only layout's title at the foot leaves no drawing area under it, so it never
    served cards: the two designs here are the template's only ones, as in "leaf".)"""
    prs = Presentation()
    layouts = list(prs.slide_masters[0].slide_layouts)
    top = next(lay for lay in layouts if lay.name == "Title and Content")
    foot = next(lay for lay in layouts if lay.name == "Section Header")
    foot.name = top.name + " 2"  # the same name's bonus: only the title's place differs
    for ph in foot.placeholders:
        kind = ph.placeholder_format.type
        if kind == PP_PLACEHOLDER.TITLE:
            placed(ph, (0.5, 6.6, 9, 0.9))
        elif kind == PP_PLACEHOLDER.BODY:
            placed(ph, (0.5, 1.6, 9, 4.8))
    make_idx_unique([foot, top])  # type: ignore[list-item]
    return prs, [foot, top]


def _size(prs: object) -> tuple[int, int]:
    return (prs.slide_width, prs.slide_height)  # type: ignore[attr-defined]


def test_text_slide_takes_the_layout_whose_title_keeps_off_the_footers() -> None:
    prs, ordered = _layouts()
    found = match_kind("bullets", Match.TEXT, ordered, _size(prs), {})  # type: ignore[arg-type]
    assert found is not None and found.layout.name == "Title and Content"


def test_cards_slide_takes_the_layout_whose_title_keeps_off_the_footers() -> None:
    prs, ordered = _layouts()
    found = match_kind("cards", Match.CARDS, ordered, _size(prs), {})  # type: ignore[arg-type]
    assert found is not None and found.layout.name == "Title and Content"


def test_a_title_on_the_footers_still_serves_alone() -> None:
    prs, ordered = _layouts()
    found = match_kind("bullets", Match.TEXT, ordered[:1], _size(prs),
                       {})  # type: ignore[arg-type]
    assert found is not None and found.layout.name == "Title and Content 2"
