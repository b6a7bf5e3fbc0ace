"""A sentence to finish (the reflection's "After today, one thing I will do when I stream or
watch a stream is..."), drawn as a frame: the sentence large at the top of a tinted panel with
a bar down its left, and under it where to finish it (on the pupil's own sheet, which has
the lines to write on: ruled lines on a projected slide invited nobody to write). One
sentence alone in a blank slide read as unfinished on a projector. The thinking picture
(KS2's face, KS3-KS4's line-drawn bulb) sits at the frame's left, as the goal's does, the
sentence beside it: at the right, small, it left the panel's middle empty. Theme colours
only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide

from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import supply
from lessonpack.kinds.look import Look
from lessonpack.kinds.write_on import FRAME
from lessonpack.render.deck_accent import callout_colour
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, fit_size, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_help import no_lone_word
from lessonpack.render.deck_pictures import add_picture

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]
LARGEST_PT = 36
# Where the sentence is finished, said under it (the sheet has the lines, not the slide), and
# who reads it: the teacher passes a worry on, so the line never promises secrecy.
HOW = ("Finish it on your sheet. Your teacher reads it, to help; nobody else in the class "
       "sees it.")
HOW_PT = 24
BAR = int(0.14 * INCH)
PAD = int(0.45 * INCH)
GAP = int(0.3 * INCH)  # between the sentence and the line under it
# The slide's picture at the frame's left, centred down it: as large as the goal's beside
# its sentence (at 1.3 in, then 2 in, at the right it sat small in a wide empty frame), the
# panel's height less its padding at most.
PICTURE = int(3.2 * INCH)


def draw_write_on(filler: Filler, sentence: str, picture: Picture | None = None) -> bool:
    """The sentence in its frame in the body area, ``picture`` at its left; False when the
    layout has none."""
    return in_body(filler, lambda region: _frame(filler.slide, region, sentence, filler.brand,
                                                 filler.look, picture))


def _frame(slide: Slide, box: Box, sentence: str, brand: Brand, look: Look,
           picture: Picture | None = None) -> list[str]:
    x, y, w, h = box
    panel_h = h - GAP  # clear of the footer band
    side = min(PICTURE, panel_h - 2 * PAD) if picture is not None else 0
    inner_w = w - BAR - 2 * PAD - (side + PAD if side else 0)
    how_size = HOW_PT
    how_h = int(lines_height([(HOW, brand.body_font, False, how_size)], inner_w) * EMU_PT)
    # The sentence as large as fits above the line under it (never over LARGEST_PT).
    room = h - 2 * PAD - GAP - how_h
    size = fit_size([(sentence, brand.body_font, False, 0)], inner_w, room, LARGEST_PT)
    text_h = int(lines_height([(sentence, brand.body_font, False, size)], inner_w) * EMU_PT)
    # The panel fills the area under the title, its words centred in it: a panel as tall
    # as its words, centred down the area, left the slide's top third blank (and, moved
    # up, its bottom third).
    top = y
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, top, w, panel_h), T.BACKGROUND_2,
              "Write-on panel").text_frame.text = ""
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, top, BAR, panel_h), callout_colour(slide),
              "Write-on panel bar").text_frame.text = ""
    left = x + BAR + PAD + (side + PAD if side else 0)
    words_top = top + (panel_h - text_h - GAP - how_h) // 2
    # Never one word alone on the last line ("…, I / would…"): the picture beside the
    # words narrows their line.
    shown = no_lone_word(sentence, brand.body_font, size, inner_w, False)
    new_label(slide.shapes, (left, words_top, inner_w, text_h), [(shown, T.TEXT_1, False)],
              size, brand.body_font, "Write-on sentence", anchor=MSO_ANCHOR.TOP)
    new_label(slide.shapes, (left, words_top + text_h + GAP, inner_w, how_h),
              [(HOW, T.TEXT_2, False)], how_size, brand.body_font, "Write-on where",
              anchor=MSO_ANCHOR.TOP)
    if picture is not None:
        add_picture(slide, picture, (x + BAR + PAD, top + (panel_h - side) // 2, side, side))
    misfits: list[str] = []
    if text_h > room:
        misfits.append(TextMisfit("the sentence to finish does not fit its frame at 18 pt"))
    return misfits


SUPPLIES = (supply(FRAME, draw_write_on),)
