"""The checked answers: one row per question with its number, the right answer's letter and
the answer; or, for two questions (a Year 3-4 class's quiz), each checked whole, the
question a label over the answer and why under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide

from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.payloads import Answer
from lessonpack.render.deck_card_fit import (
    INCH,
    MIN_PT,
    PAD,
    Box,
    fit_size,
    lines_height,
    longest_word,
)
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_options import letter_disc

# explanation a size step under it, the question a small label over it (points under the
# answer). A question set larger than its answer made the class read the wrong line.
WHY_UNDER = 6
QUESTION_UNDER = 8
# The gaps after the question label and after the answer, as shares of the answer's size.
_LABEL_GAP, _ANSWER_GAP = 0.25, 0.35


def draw_answers(slide: Slide, box: Box, answers: Sequence[Answer], brand: Brand, look: Look
                 ) -> list[str]:
    """One row per question: its number, the letter of the right answer, and the answer.
    Two questions (a Year 3-4 class's quiz) are each checked whole instead: the rows share
    the area, each with the question as a label, the answer large and why under it."""
    if len(answers) <= 2 and all(a.question for a in answers):
        return _answers_explained(slide, box, answers, brand, look)
    x, y, w, h = box
    gap = int(0.14 * INCH)
    row_h = min(int(1.15 * INCH), (h - gap * (len(answers) - 1)) // max(1, len(answers)))
    font = brand.body_font
    disc = int(min(row_h - 0.16 * INCH, 0.75 * INCH))
    number_w = int(0.75 * INCH)
    text_left = x + PAD + number_w + disc + PAD
    text_w = x + w - PAD - text_left
    size = min(fit_size([(a.answer, font, False, 0)], text_w, row_h - int(0.1 * INCH),
                        look.card_pt) for a in answers)
    misfits: list[str] = []
    for n, answer in enumerate(answers):
        top = y + n * (row_h + gap)
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, row_h), T.BACKGROUND_2,
                  f"Answer {answer.number} row", radius=min(0.5, look.radius * 2))
        new_label(slide.shapes, (x + PAD, top, number_w, row_h),
                  [(f"{answer.number}.", T.TEXT_2, True)], max(size, 24),
                  brand.heading_font, f"Question {answer.number} number")
        if answer.letter:
            letter_disc(slide, (x + PAD + number_w, top + (row_h - disc) // 2, disc, disc),
                        answer.letter, brand.heading_font, f"Answer {answer.number} letter")
        if lines_height([(answer.answer, font, False, size)], text_w) * EMU_PT > row_h:
            misfits.append(TextMisfit(f"answer {answer.number} does not fit its row at 18 pt"))
        new_label(slide.shapes, (text_left, top, text_w, row_h),
                  [(answer.answer, T.TEXT_1, False)], size, font, f"Answer {answer.number}")
    return misfits


def _explained(answer: Answer, font: str) -> list[tuple[str, str, bool, int]]:
    """An explained answer's stack for ``fit_size``: the answer, its question and why, each
    with its offset from the answer's size."""
    return [(answer.answer, font, True, 0), (answer.question, font, False, -QUESTION_UNDER),
            (answer.explanation, font, False, -WHY_UNDER)]


def _answers_explained(slide: Slide, box: Box, answers: Sequence[Answer], brand: Brand,
                       look: Look) -> list[str]:
    """Rows sharing the whole area, each holding its answer's letter on a disc, then the
    question (a label), the answer (bold, the largest) and why (under it), as one block
    centred in the row. One set of sizes for every row, so the answers read as a pair.
    The shapes are named "Checked answer …": sizes are evened across a deck by name, and the
    quiz slides' "Answer A" panels hold another size for another use."""
    x, y, w, h = box
    gap = int(0.2 * INCH)
    row_h = (h - gap * (len(answers) - 1)) // max(1, len(answers))
    font = brand.body_font
    disc = int(min(row_h - 0.3 * INCH, 0.95 * INCH))
    text_left = x + PAD + disc + PAD
    text_w = x + w - PAD - text_left
    room = row_h - int(0.3 * INCH)

    def gaps(size: int) -> int:
        return int((_LABEL_GAP + _ANSWER_GAP) * size * EMU_PT)

    size = min(_fitted(_explained(a, font), text_w, room, gaps, look.card_pt + 10)
               for a in answers)
    sizes = (size, max(MIN_PT, size - QUESTION_UNDER), max(MIN_PT, size - WHY_UNDER))
    misfits: list[str] = []
    for n, answer in enumerate(answers):
        top = y + n * (row_h + gap)
        number = answer.number
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, row_h), T.BACKGROUND_2,
                  f"Checked answer {number} row", radius=min(0.5, look.radius * 2))
        if answer.letter:
            letter_disc(slide, (x + PAD, top + (row_h - disc) // 2, disc, disc),
                        answer.letter, brand.heading_font, f"Checked answer {number} letter")
        heights = [int(lines_height([(t, font, b, s)], text_w) * EMU_PT)
                   for (t, _f, b, _o), s in zip(_explained(answer, font),
                                                 (sizes[0], sizes[1], sizes[2]), strict=True)]
        answer_h, question_h, why_h = heights
        block = question_h + answer_h + why_h + gaps(size)
        if block > row_h:
            misfits.append(TextMisfit(f"answer {number} and why do not fit their row"))
        at = top + max(0, (row_h - block) // 2)
        new_label(slide.shapes, (text_left, at, text_w, question_h),
                  [(answer.question, T.TEXT_2, False)], sizes[1], font,
                  f"Checked answer {number} question", anchor=MSO_ANCHOR.TOP)
        at += question_h + int(_LABEL_GAP * size * EMU_PT)
        new_label(slide.shapes, (text_left, at, text_w, answer_h),
                  [(answer.answer, T.TEXT_1, True)], sizes[0], font,
                  f"Checked answer {number}", anchor=MSO_ANCHOR.TOP)
        at += answer_h + int(_ANSWER_GAP * size * EMU_PT)
        new_label(slide.shapes, (text_left, at, text_w, why_h),
                  [(answer.explanation, T.TEXT_1, False)], sizes[2], font,
                  f"Checked answer {number} why", anchor=MSO_ANCHOR.TOP)
    return misfits


def _fitted(stack: list[tuple[str, str, bool, int]], width: int, room: int,
            gaps: Callable[[int], int], largest: int) -> int:
    """The largest answer size at which ``stack`` and the gaps between its parts fit
    ``room`` (the slide's floor when none does)."""
    for size in range(largest, MIN_PT - 1, -1):
        sized = [(t, f, b, max(MIN_PT, size + o)) for t, f, b, o in stack]
        if (lines_height(sized, width) * EMU_PT <= room - gaps(size)
                and longest_word(sized) * EMU_PT <= width):
            return size
    return MIN_PT
