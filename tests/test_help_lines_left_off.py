"""A help card's words that run into its contacts are named in a warning, not left off the
slide without a word (on a trainer's template the build's own misfit is re-measured on the
slide, where words never drawn cannot be found)."""

from __future__ import annotations

from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.payloads import Card
from lessonpack.render.deck_help import _lines_left_off, _under

INCH = int(Inches(1))


def test_words_that_meet_the_contacts_are_returned_and_not_drawn() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    under = [("Free, confidential support for children.", False, 18, INCH // 3),
             ("Run by the NSPCC.", False, 18, INCH // 3),
             ("0800 1111", True, 18, INCH // 3)]
    left = _under(slide, (0, 0, 3 * INCH, INCH), under, DEFAULT_BRAND, "Help card 1",
                  PP_ALIGN.LEFT)
    assert left == ["Run by the NSPCC."]
    drawn = [sh.text_frame.text for sh in slide.shapes]
    assert "Run by the NSPCC." not in drawn and "0800 1111" in drawn
    (warning,) = _lines_left_off(1, Card("Childline", ""), left)
    assert "Childline" in warning and "Run by the NSPCC." in warning


def test_a_card_with_room_leaves_nothing_off() -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    under = [("Free, confidential support.", False, 18, INCH // 3),
             ("0800 1111", True, 18, INCH // 3)]
    assert _under(slide, (0, 0, 3 * INCH, 2 * INCH), under, DEFAULT_BRAND, "Help card 1",
                  PP_ALIGN.LEFT) == []
    assert _lines_left_off(1, Card("Childline", ""), []) == []
