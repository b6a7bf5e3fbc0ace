"""A template with two text layouts, one a title slide's design (a short content area under a
title set mid-slide, as LibreOffice's first master in lo5 "sakura"), the other a content
design with most of the slide free: lesson slides take the roomy one whichever comes first.
With the short one first, KS2's answers and cards were squeezed into 2 in and overlapped."""

from __future__ import annotations

from pptx import Presentation

from lessonpack.kinds.base import Match
from lessonpack.render.deck_match import make_idx_unique, match_kind
from squeezed_template import placed


def _layouts() -> tuple[object, list[object]]:
    prs = Presentation()  # python-pptx's default, 10 x 7.5 in
    layouts = list(prs.slide_masters[0].slide_layouts)
    tall = next(lay for lay in layouts if lay.name == "Title and Content")
    short = next(lay for lay in layouts if lay.name == "Section Header")
    short.name = "Title and Content 2"  # the same name's bonus: only the room differs
    title, body = (ph for ph in short.placeholders if ph.placeholder_format.idx in (0, 1))
    placed(title, (0.5, 3.0, 9, 1.4))
    placed(body, (0.5, 4.6, 9, 2.2))
    return prs, [short, tall]


def test_roomy_text_layout_wins_over_a_short_one_listed_first() -> None:
    prs, ordered = _layouts()
    make_idx_unique(ordered)  # type: ignore[arg-type]
    size = (prs.slide_width, prs.slide_height)  # type: ignore[attr-defined]
    found = match_kind("bullets", Match.TEXT, ordered, size, {})  # type: ignore[arg-type]
    assert found is not None and found.layout.name == "Title and Content"


def test_short_text_layout_still_serves_alone() -> None:
    prs, ordered = _layouts()
    size = (prs.slide_width, prs.slide_height)  # type: ignore[attr-defined]
    found = match_kind("bullets", Match.TEXT, ordered[:1], size, {})  # type: ignore[arg-type]
    assert found is not None and found.layout.name == "Title and Content 2"
