"""A kicker hug_kicker cannot hang over its title (no title here: the same early way out as
a title on its own band) still keeps below the EXAMPLE band's strip on a banded deck
(render/deck_band_room leaves the kicker's box out of the strip's squeeze, counting on it),
and stays where it is on a deck without the band."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches

from lessonpack.render.deck_band_room import STRIP
from lessonpack.render.deck_kicker import hug_kicker
from lessonpack.render.shape_names import KICKER_NAME


def _slide_with_a_kicker_at_the_top() -> object:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank: no title to hang
    box = slide.shapes.add_textbox(Inches(0.8), Inches(0.15), Inches(6), Inches(0.4))
    box.name = KICKER_NAME
    box.text_frame.text = "GETTING HELP"
    return slide


def _kicker_top(slide: object) -> int:
    return next(int(s.top) for s in slide.shapes if s.name == KICKER_NAME)  # type: ignore[attr-defined]


def test_a_kicker_left_at_the_top_moves_below_the_strip_on_a_banded_deck() -> None:
    slide = _slide_with_a_kicker_at_the_top()
    hug_kicker(slide, clear_of=STRIP)
    assert _kicker_top(slide) == STRIP


def test_without_the_band_the_kicker_stays() -> None:
    slide = _slide_with_a_kicker_at_the_top()
    hug_kicker(slide)
    assert _kicker_top(slide) == Inches(0.15)
