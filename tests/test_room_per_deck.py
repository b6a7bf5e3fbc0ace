"""What a stream showed is remembered per deck, not per process: a close-up in one deck must
not take the count another build left (another template, another size), and two builds in
two threads must not see each other's."""

from __future__ import annotations

import gc

from pptx import Presentation

from lessonpack.render import deck_room


def _shapes(prs: object) -> object:
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # type: ignore[attr-defined]
    return slide.shapes


def test_each_deck_has_its_own_memory_of_its_streams() -> None:
    first, second = Presentation(), Presentation()
    mine = deck_room._streamed_in(_shapes(first))  # type: ignore[arg-type]
    mine[("Mei", ("mei",), "Arial")] = 3
    assert deck_room._streamed_in(_shapes(first)) is mine  # type: ignore[arg-type]
    assert deck_room._streamed_in(_shapes(second)) == {}  # type: ignore[arg-type]


def test_a_finished_deck_leaves_nothing_behind() -> None:
    gc.collect()  # decks of earlier tests go first
    before = len(deck_room._STREAMED)
    prs = Presentation()
    deck_room._streamed_in(_shapes(prs))[("Kofi", (), "Arial")] = 1  # type: ignore[arg-type]
    assert len(deck_room._STREAMED) == before + 1
    del prs
    gc.collect()
    assert len(deck_room._STREAMED) == before
