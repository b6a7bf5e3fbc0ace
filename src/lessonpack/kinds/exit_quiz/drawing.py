"""The exit quiz kind's drawing: two questions side by side, each with its number and its
lettered options on panels under it (letter beside the words, as on the answers slide)."""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide

from lessonpack.content.brand import Brand
from lessonpack.content.parts import option_letter
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import supply
from lessonpack.kinds.exit_quiz import EXIT_QUIZ
from lessonpack.kinds.look import Look
from lessonpack.kinds.payloads import Question
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, PAD, fit_size, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_options import letter_disc
from lessonpack.render.deck_rows import number_disc
from lessonpack.render.deck_title_breaks import even_lines

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]
# Between one question's column and the next: more than between its own panels, so each
# question and its options read as one group.
BETWEEN = int(0.45 * INCH)
UNDER = int(0.15 * INCH)  # between a question's words and its first option
ROW_GAP = int(0.1 * INCH)  # between one option's panel and the next (the padding needs it)
NUMBER = int(0.6 * INCH)  # the question's number disc
# The tallest an option's panel grows: sized to its words (panels stretched to fill the
# slide read as empty pale bars).
PANEL_MOST = int(1.2 * INCH)
LETTER = int(0.6 * INCH)  # an option's letter disc, beside its words
ROOMY_PT = 20  # options at this size or more keep their panels' full padding
# The least padding an option's panel keeps (over and under its words together): at half
# the full padding (0.055 in each side) KS3's three-line options read as touching their
# panels: 0.08 in each side, at 19 pt in the room two questions a slide leave them.
PAD_LEAST = int(0.16 * INCH)


def draw_exit_quiz(filler: Filler, questions: Sequence[Question],
                   like: Sequence[Sequence[str]] = ()) -> bool:
    """The questions in the body area, top down from under the title. False when the
    layout has no body area."""
    return in_body(filler, lambda region: _quiz(filler.slide, region, questions, filler.brand,
                                                filler.look, like))


def _quiz(slide: Slide, box: Box, questions: Sequence[Question], brand: Brand, look: Look,
          like: Sequence[Sequence[str]]) -> list[str]:
    """The questions side by side, each a column: its number and words on top, its options
    one under another on panels as tall as the longest option of the quiz needs."""
    x, y, w, h = box
    n = max(1, len(questions))
    col_w = (w - BETWEEN * (n - 1)) // n
    font = brand.body_font
    head_w = col_w - NUMBER - PAD // 2
    # One size for the question lines, the largest at which each takes at most a quarter of
    # the height (the options need the rest); the options one size too (this slide's and
    # the quiz's other slide's).
    # A question alone on its slide (11-16s): its words a step larger, at the body size.
    lift = _lift(n, look)
    head_size = min(fit_size([(q.text, font, True, 0)], head_w, h // 4,
                             look.card_pt + 2 + lift) for q in questions)
    head = max(NUMBER, max(ceil(lines_height([(q.text, font, True, head_size)], head_w)
                                * EMU_PT) for q in questions))
    rows = max(len(q.options) for q in questions)
    row_room = min(PANEL_MOST, (h - head - UNDER - ROW_GAP * (rows - 1)) // rows)
    words_w = col_w - 3 * PAD - LETTER
    options = [o for q in questions for o in q.options] + [o for other in like for o in other]
    size, inset = _option_size(options, font, words_w, row_room, look.card_pt + lift)
    need = max(ceil(lines_height([(o, font, False, size)], words_w) * EMU_PT) for o in options)
    row_h = min(row_room, max(LETTER, need) + inset)
    misfits: list[str] = []
    # Rows shorter than a letter (a short content area, Apache POI "KEY02": one-line options
    # in 0.39 in rows) take a smaller letter: at 0.6 in the discs stood over each other.
    letter_side = min(LETTER, row_h - PAD // 4)
    for c, q in enumerate(questions):
        left = x + c * (col_w + BETWEEN)
        number_disc(slide, (left, y + (head - NUMBER) // 2 if head < 2 * NUMBER else y,
                            NUMBER, NUMBER), str(q.number), brand.heading_font,
                    f"Question {q.number} number")
        if lines_height([(q.text, font, True, head_size)], head_w) * EMU_PT > head:
            misfits.append(TextMisfit(f"exit quiz question {q.number} does not fit its line"))
        new_label(slide.shapes, (left + NUMBER + PAD // 2, y, head_w, head),
                  [(q.text, T.TEXT_1, True)], head_size, font, f"Question {q.number}",
                  anchor=MSO_ANCHOR.MIDDLE)
        for i, option in enumerate(q.options):
            letter = option_letter(i)
            name = f"Question {q.number} option {letter}"
            top = y + head + UNDER + i * (row_h + ROW_GAP)
            new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (left, top, col_w, row_h),
                      T.BACKGROUND_2, f"{name} panel", radius=min(0.3, look.radius * 2))
            letter_disc(slide, (left + PAD, top + (row_h - letter_side) // 2, letter_side,
                                letter_side), letter, brand.heading_font, f"{name} letter")
            if lines_height([(option, font, False, size)], words_w) * EMU_PT > row_h:
                misfits.append(TextMisfit(f"option {letter} of exit quiz question {q.number} "
                                          f"does not fit its panel at {size:g} pt"))
            label = new_label(slide.shapes, (left + 2 * PAD + LETTER, top, words_w, row_h),
                              [(option, T.TEXT_1, False)], size, font, name,
                              anchor=MSO_ANCHOR.MIDDLE)
            even_lines(label, font, size)  # "…leave him / alone" evened
    return misfits


def _option_size(options: Sequence[str], font: str, width: int, room: int, largest: int
                 ) -> tuple[int, int]:
    """The options' one size and their panels' padding (top and bottom together): where the
    full padding would set them under ``ROOMY_PT`` (KS3's three-line options, two
    questions a slide, at 18 pt), the padding gives way down to PAD_LEAST if that sets
    them larger; above it the panels keep their air (a point more for Brightpath's Year 4
    made them look cramped)."""
    size = min(fit_size([(o, font, False, 0)], width, room - PAD, largest) for o in options)
    if size >= ROOMY_PT:
        return size, PAD
    tight = min(fit_size([(o, font, False, 0)], width, room - PAD_LEAST, largest)
                for o in options)
    return (tight, PAD_LEAST) if tight > size else (size, PAD)


def _lift(count: int, look: Look) -> int:
    """Points over the look's card sizes: 4 for an 11-16 question alone on its slide (an odd
    quiz's last: the whole slide's width for its options), else none (two a slide)."""
    return 4 if count == 1 and look.name in ("ks3", "ks4") else 0


SUPPLIES = (supply(EXIT_QUIZ, draw_exit_quiz),)
