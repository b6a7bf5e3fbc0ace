"""The timeline drawn: an arrow across the slide naming the stages in order, under each
stage its steps as numbered cards (numbered through the whole story), and at the foot of
each stage a green-edged card saying how help breaks the chain there. Theme colours only;
one text size for every step, never below 18 pt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.slide import Slide

from lessonpack.check.measure import MIN_SLIDE_PT as MIN_PT
from lessonpack.check.measure import count_lines
from lessonpack.content.brand import Brand
from lessonpack.kinds.look import Look
from lessonpack.kinds.timeline import TIMELINE, Stage
from lessonpack.render.deck_cards import EMU_PT, INCH, PAD, _lines_height, fit_size
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.kinds import supply

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]
ARROW_H = int(0.46 * INCH)
HELP_H = int(0.7 * INCH)
GAP = int(0.08 * INCH)
HELP_GAP = int(0.12 * INCH)  # clear space above the help row
INSET = int(0.045 * INCH)  # padding above and below a step's words
HELP_INSET = int(0.14 * INCH)  # the help card's words from its sides
# A step's number disc; its words keep clear of it by a sixth of an inch (badges touched
# words) and of the card's right edge (padding: the words never touch its edges).
DISC = int(0.36 * INCH)
FOOT_GAP = int(0.2 * INCH)  # render/deck_design.FOOT_GAP: clear above our footer band


def draw_timeline(filler: Filler, stages: Sequence[Stage]) -> bool:
    from lessonpack.render.deck_design import in_body

    def draw(region: Box) -> list[str]:
        # Clear of the footer as every drawing is, where the steps still fit (under a
        # one-line title the area starts higher: deck_title_room); else the whole height.
        x, y, w, h = region
        clear = (x, y, w, h - FOOT_GAP)
        if filler.resolved.how == "name" and _steps_fit(clear, stages, filler.brand,
                                                        filler.look):
            region = clear
        return _timeline(filler.slide, region, stages, filler.brand, filler.look)

    return in_body(filler, draw, clear=False)


def _step_room(box: Box, stages: Sequence[Stage]) -> tuple[int, int, int]:
    """A step card's width, height and its words' width in ``box``."""
    _x, _y, w, h = box
    gap = int(0.2 * INCH)
    col_w = (w - gap * (len(stages) - 1)) // len(stages)
    steps_h = h - ARROW_H - HELP_H - GAP - HELP_GAP
    most = max(len(s.steps) for s in stages)
    step_h = (steps_h - GAP * (most - 1)) // most
    inner_w = col_w - DISC - int(0.26 * INCH) - int(0.12 * INCH)
    return col_w, step_h, inner_w


def _steps_fit(box: Box, stages: Sequence[Stage], brand: Brand, look: Look) -> bool:
    """Whether every step's words fit its card in ``box`` at the size they would get."""
    _col_w, step_h, inner_w = _step_room(box, stages)
    font = brand.body_font
    size = min(fit_size([(step, font, False, 0)], inner_w, step_h - 2 * INSET, look.card_pt)
               for stage in stages for step in stage.steps)
    return all(_lines_height([(step, font, False, size)], inner_w) * EMU_PT
               <= step_h - 2 * INSET for stage in stages for step in stage.steps)


def _help_size(stages: Sequence[Stage], heading: str, width: int) -> int:
    """One size for the three help pills: the largest that keeps each on one line (a pill
    sized for a line held "Say no. Tell someone you / trust.", designer s9 final), else the
    largest at which each fits the pill in two."""
    for size in range(22, MIN_PT - 1, -1):
        # An em to spare: a renderer setting the line a little wider keeps it on one.
        if all(count_lines(s.help, heading, size, width / EMU_PT - size, True) == 1
               for s in stages):
            return size
    return min(fit_size([(s.help, heading, True, 0)], width, HELP_H - HELP_INSET // 2, 22)
               for s in stages)


def _timeline(slide: Slide, box: Box, stages: Sequence[Stage], brand: Brand, look: Look
              ) -> list[str]:
    x, y, w, h = box
    gap = int(0.2 * INCH)
    col_w, step_h, inner_w = _step_room(box, stages)
    arrow = new_shape(slide.shapes, MSO_SHAPE.PENTAGON, (x, y, w, ARROW_H), T.TEXT_2,
                      "Timeline arrow")
    arrow.text_frame.text = ""
    font, heading = brand.body_font, brand.heading_font
    steps_top = y + ARROW_H + GAP
    disc = DISC
    size = min(fit_size([(step, font, False, 0)], inner_w, step_h - 2 * INSET,
                        look.card_pt) for stage in stages for step in stage.steps)
    # Measured a little narrower than drawn: the words keep clear of the outline.
    help_size = _help_size(stages, heading, col_w - 2 * HELP_INSET - int(0.2 * INCH))
    misfits: list[str] = []
    number = 0
    for i, stage in enumerate(stages):
        cx = x + i * (col_w + gap)
        # The stage's name on the arrow, in order along it.
        new_label(slide.shapes, (cx + PAD, y, col_w - 2 * PAD, ARROW_H),
                  [(f"{i + 1}. {stage.name}", T.BACKGROUND_1, True)], 22, heading,
                  f"Stage {i + 1} name", align=PP_ALIGN.CENTER)
        top = steps_top
        for step in stage.steps:
            number += 1
            new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, top, col_w, step_h),
                      T.BACKGROUND_2, f"Step {number}", radius=0.1)
            dot = new_shape(slide.shapes, MSO_SHAPE.OVAL,
                            (cx + int(0.1 * INCH), top + (step_h - disc) // 2, disc, disc),
                            T.ACCENT_1, f"Step {number} number")
            write_runs(dot, [(str(number), T.BACKGROUND_1, True)], 18, heading,
                       align=PP_ALIGN.CENTER)
            text_box = (cx + disc + int(0.26 * INCH), top + INSET, inner_w,
                        step_h - 2 * INSET)
            if _lines_height([(step, font, False, size)], inner_w) * EMU_PT > text_box[3]:
                misfits.append(TextMisfit(
                    f"the text of timeline step {number} does not fit its box at 18 pt"))
            new_label(slide.shapes, text_box, [(step, T.TEXT_1, False)], size, font,
                      f"Step {number} text")
            top += step_h + GAP
        help_box = (cx, y + h - HELP_H, col_w, HELP_H)
        card = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, help_box, T.BACKGROUND_1,
                         f"Stage {i + 1} help", radius=0.12)
        card.line.fill.solid()
        card.line.fill.fore_color.theme_color = T.ACCENT_1
        card.line.width = int(3 * EMU_PT)
        card.text_frame.text = ""
        # The words use the card's height: two lines at 18 pt stay clear of its outline.
        new_label(slide.shapes, (cx + HELP_INSET, help_box[1] + HELP_INSET // 4,
                                 col_w - 2 * HELP_INSET, HELP_H - HELP_INSET // 2),
                  [(stage.help, T.TEXT_2, True)], help_size, heading, f"Stage {i + 1} help text",
                  align=PP_ALIGN.CENTER)
    return misfits


SUPPLIES = (supply(TIMELINE, draw_timeline),)
