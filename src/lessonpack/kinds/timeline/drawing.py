"""The timeline drawn: an arrow across the slide (the story's time) naming the stages, under
each stage its steps as numbered cards (each card's number as on the sort slide), and at the
foot of each stage a green-edged card saying how help breaks the chain there. Steps that
each start with their time ("8.05pm: ...") lead with it in bold and carry no number: the
sort's shuffled card numbers (2, 6 / 1, 4 / 3, 5, 7) ran against the times down the
columns. Theme colours only; one text size for every step, never below 18 pt."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import supply
from lessonpack.kinds.look import Look
from lessonpack.kinds.timeline import TIMELINE, Stage
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, PAD, fit_size, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]
ARROW_H = int(0.46 * INCH)
HELP_H = int(0.7 * INCH)
GAP = int(0.08 * INCH)
HELP_GAP = int(0.12 * INCH)  # clear space above the help row
INSET = int(0.07 * INCH)  # padding above and below a step's words (0.045 in touched)
HELP_INSET = int(0.2 * INCH)  # the takeaway card's words clear of its outline (0.14 in touched)
# A step's time at its start, with the colon after it: "8.05pm: ", "20:05 - ".
TIME = re.compile(r"^\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)?\s*[:\u2013-]", re.IGNORECASE)
# The arrow's point ends this far inside the grid's right edge: at the edge itself it stood
# past the cards' rounded corners.
TIP_INSET = int(0.08 * INCH)


def timed(stages: Sequence[Stage]) -> bool:
    """Whether every step starts with its time (then the cards are read by it)."""
    return all(TIME.match(step) for stage in stages for step in stage.steps)


def draw_timeline(filler: Filler, stages: Sequence[Stage]) -> bool:
    def draw(region: Box) -> list[str]:
        return _timeline(filler.slide, region, stages, filler.brand, filler.look)

    # Clear of the footer band like every other drawing: the help row ended 0.1 in above
    # it; the steps give up the height instead.
    return in_body(filler, draw)


def _timeline(slide: Slide, box: Box, stages: Sequence[Stage], brand: Brand, look: Look
              ) -> list[str]:
    x, y, w, h = box
    gap = int(0.2 * INCH)
    col_w = (w - gap * (len(stages) - 1)) // len(stages)
    font, heading = brand.body_font, brand.heading_font
    # The stages' names on the arrow at one size, to 22 pt, on one line where 18 pt allows;
    # else the arrow deep enough for two lines (a 4:3 template's 2.4 in stage: "Fake or
    # too-fast trust" ran in two lines of 22 pt out of a 0.46 in arrow, off its colour).
    name_w = col_w - 2 * PAD
    name_size = min(fit_size([(s.name, heading, True, 0)], name_w, ARROW_H, 22)
                    for s in stages)
    arrow_h = max(ARROW_H, max(int(lines_height([(s.name, heading, True, name_size)], name_w)
                                   * EMU_PT) for s in stages) + int(0.08 * INCH))
    arrow = new_shape(slide.shapes, MSO_SHAPE.PENTAGON, (x, y, w - TIP_INSET, arrow_h),
                      T.TEXT_2, "Timeline arrow")
    arrow.text_frame.text = ""
    steps_top = y + arrow_h + GAP
    # Measured a little narrower than drawn: the words keep clear of the outline. One line
    # when every help fits one at 18 pt or more, else two lines and a card tall enough for
    # them with its padding ("Say no. Tell someone you trust." wrapped in a one-line pill).
    help_w = col_w - 2 * HELP_INSET - int(0.1 * INCH)
    help_size = min(fit_size([(s.help, heading, True, 0)], help_w,
                             HELP_H - HELP_INSET // 2, 22) for s in stages)
    help_lines = max(lines_height([(s.help, heading, True, help_size)], help_w)
                     for s in stages)
    help_h = max(HELP_H, int(help_lines * EMU_PT) + int(0.2 * INCH))
    steps_h = h - arrow_h - help_h - GAP - HELP_GAP
    most = max(len(s.steps) for s in stages)
    step_h = (steps_h - GAP * (most - 1)) // most
    by_time = timed(stages)
    disc, text_left, inner_w = _card_columns(col_w, by_time)
    size = min(fit_size([(step, font, False, 0)], inner_w, step_h - 2 * INSET,
                        look.card_pt) for stage in stages for step in stage.steps)
    heights = _step_heights(stages, step_h, steps_h, font, size, inner_w)
    misfits: list[str] = []
    number = 0
    for i, stage in enumerate(stages):
        cx = x + i * (col_w + gap)
        # The stage's name on the arrow, unnumbered: the arrow is the story's time, and the
        # signs come in any order (numbered stages read as steps).
        new_label(slide.shapes, (cx + PAD, y, name_w, arrow_h),
                  [(stage.name, T.BACKGROUND_1, True)], name_size, heading,
                  f"Stage {i + 1} name", align=PP_ALIGN.CENTER)
        top = steps_top
        for j, (step, step_h) in enumerate(zip(stage.steps, heights[i], strict=True)):
            number += 1
            label = stage.cards[j] if len(stage.cards) == len(stage.steps) else number
            new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, top, col_w, step_h),
                      T.BACKGROUND_2, f"Step {number}", radius=0.1)
            if disc:
                _number(slide, (cx + int(0.1 * INCH), top + (step_h - disc) // 2, disc, disc),
                        str(label), heading, f"Step {number} number")
            # The words centred in their card (a label's text is anchored in the middle).
            inset = min(INSET, max(0, (step_h - int(lines_height(
                [(step, font, False, size)], inner_w) * EMU_PT)) // 2))
            text_box = (cx + text_left, top + inset, inner_w, step_h - 2 * inset)
            if lines_height([(step, font, False, size)], inner_w) * EMU_PT > text_box[3]:
                misfits.append(TextMisfit(
                    f"the text of timeline step {number} does not fit its box at 18 pt"))
            new_label(slide.shapes, text_box, _step_runs(step, by_time), size, font,
                      f"Step {number} text")
            top += step_h + GAP
        help_box = (cx, y + h - help_h, col_w, help_h)
        card = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, help_box, T.BACKGROUND_1,
                         f"Stage {i + 1} help", radius=0.12)
        card.line.fill.solid()
        card.line.fill.fore_color.theme_color = T.ACCENT_1
        card.line.width = int(3 * EMU_PT)
        card.text_frame.text = ""
        # The words use the card's height: two lines at 18 pt stay clear of its outline.
        new_label(slide.shapes, (cx + HELP_INSET, help_box[1] + HELP_INSET // 4,
                                 col_w - 2 * HELP_INSET, help_h - HELP_INSET // 2),
                  [(stage.help, T.TEXT_2, True)], help_size, heading, f"Stage {i + 1} help text",
                  align=PP_ALIGN.CENTER)
    return misfits


def _card_columns(col_w: int, by_time: bool) -> tuple[int, int, int]:
    """A step card's number disc (none where the cards are read by time), where its words
    start and how wide they are."""
    if by_time:
        # A bold time is measured as regular: a tenth of an inch to spare for its width.
        return 0, int(0.2 * INCH), col_w - int(0.2 * INCH) - int(0.22 * INCH)
    disc = int(0.36 * INCH)
    # Padding inside each card: the words never touch its edges. Clear of the number's
    # disc by a sixth of an inch (badges touched words).
    return disc, disc + int(0.26 * INCH), col_w - disc - int(0.26 * INCH) - int(0.12 * INCH)


def _number(slide: Slide, box: Box, label: str, font: str, name: str) -> None:
    dot = new_shape(slide.shapes, MSO_SHAPE.OVAL, box, T.ACCENT_1, name)
    write_runs(dot, [(label, T.BACKGROUND_1, True)], 18, font, align=PP_ALIGN.CENTER)


def _step_runs(step: str, by_time: bool) -> list[tuple[str, T, bool]]:
    """A step's words, its time first in bold where the cards are read by time."""
    lead = TIME.match(step) if by_time else None
    if lead is None:
        return [(step, T.TEXT_1, False)]
    return [(step[:lead.end()], T.TEXT_1, True), (step[lead.end():], T.TEXT_1, False)]


def _step_heights(stages: Sequence[Stage], step_h: int, steps_h: int, font: str, size: int,
                  inner_w: int) -> list[list[int]]:
    """Each stage's step heights: one height for every step (rows line up across the
    stages) when every step's words fit it; else each step as tall as its words need, down
    its stage's column, where every column then fits the height the steps have. On a 4:3
    or scaled 10 x 5.625 in template a stage's three steps of three lines overflowed equal
    rows, their cards were grown after drawing and pushed that stage's help card below the
    others (and the last step ran out of its card where the help card could not move)."""
    def need(step: str, inset: int = INSET) -> int:
        return int(lines_height([(step, font, False, size)], inner_w) * EMU_PT) + 2 * inset

    # Every column filled down to the help row, its steps sharing its height: equal rows
    # left a hole under the stages with fewer steps (two, two and three cards).
    same = [_filled([step_h] * len(stage.steps), steps_h) for stage in stages]
    if all(need(step) <= step_h for stage in stages for step in stage.steps):
        return same
    # Short steps no shorter than a line's card would be in the equal rows; the words'
    # padding above and below halved in a column the full padding leaves too tall.
    least = min(step_h, need("x") + int(0.1 * INCH))
    by_need = []
    for stage in stages:
        for inset in (INSET, INSET // 2):
            col = [max(least, need(step, inset)) for step in stage.steps]
            if sum(col) + GAP * (len(col) - 1) <= steps_h:
                by_need.append(_filled(col, steps_h))
                break
        else:
            return same
    return by_need


def _filled(col: list[int], steps_h: int) -> list[int]:
    """A column's step heights grown alike to fill ``steps_h`` with their gaps."""
    spare = steps_h - sum(col) - GAP * (len(col) - 1)
    return [height + max(0, spare) // len(col) for height in col]


SUPPLIES = (supply(TIMELINE, draw_timeline),)
