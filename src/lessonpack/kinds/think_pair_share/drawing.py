"""Think, pair, share's drawing: the question across the top of the body area, bold, then
three panels in a row, each a numbered disc and the stage's name, who with and for how long,
and the stage's line, all at one size (the largest every panel fits)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Box, supply
from lessonpack.kinds.look import Look
from lessonpack.kinds.think_pair_share import PANELS, Stage, ThinkPairShareSlide
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, MIN_PT, PAD, grid, lines_height, longest_word
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_rows import number_disc

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

GAP = int(0.25 * INCH)  # between the panels, and between the question and the panels
# The question is set this much larger than the panels' lines, and the stage's name larger
# still: the question is what the class reads first, the name what they find again.
QUESTION_MORE = 4
NAME_MORE = 8
DISC = int(0.55 * INCH)
# The question takes at most this share of the area's height.
QUESTION_SHARE = 0.34
# Words are measured this much narrower than drawn (see kinds/idea_cards/drawing.py).
MEASURE_LESS = int(0.1 * INCH)


def draw_think_pair_share(filler: Filler, payload: ThinkPairShareSlide) -> bool:
    """The question and panels in the body area; False when the layout has none."""
    return in_body(filler, lambda region: _draw(filler.slide, region, payload,
                                                filler.brand.body_font, filler.look))


def _height(text: str, font: str, bold: bool, size: int, width: int) -> int:
    return int(lines_height([(text, font, bold, size)], width) * EMU_PT)


def _question(box: Box, question: str, font: str, look: Look) -> tuple[int, int]:
    """The question's size and height: the largest at which it fits the area's width in
    its share of the height."""
    _x, _y, w, h = box
    width = w - MEASURE_LESS
    for size in range(look.body_pt + QUESTION_MORE, MIN_PT - 1, -1):
        height = _height(question, font, True, size, width)
        if (height <= h * QUESTION_SHARE
                and longest_word([(question, font, True, size)]) * EMU_PT <= width):
            return size, height
    return MIN_PT, _height(question, font, True, MIN_PT, width)


def _panel_room(stages: tuple[Stage, ...], font: str, size: int, width: int
                ) -> tuple[int, int, int]:
    """The tallest name, how and line across the panels at ``size``."""
    return (max(DISC, max(_height(s.name, font, True, size + NAME_MORE, width - DISC - PAD)
                          for s in stages)),
            max(_height(s.how, font, True, size, width) for s in stages),
            max(_height(s.line, font, False, size, width) for s in stages))


def _panel_size(stages: tuple[Stage, ...], font: str, look: Look, width: int, height: int
                ) -> tuple[int, tuple[int, int, int], bool]:
    words = [(t, b) for s in stages for t, b in ((s.how, True), (s.line, False))]
    for size in range(look.body_pt, MIN_PT - 1, -1):
        room = _panel_room(stages, font, size, width)
        widest = longest_word([(t, font, b, size) for t, b in words])
        if sum(room) + 2 * PAD <= height and widest * EMU_PT <= width:
            return size, room, True
    return MIN_PT, _panel_room(stages, font, MIN_PT, width), False


def _draw(slide: Slide, box: Box, payload: ThinkPairShareSlide, font: str, look: Look
          ) -> list[str]:
    x, y, w, h = box
    q_size, q_height = _question(box, payload.question, font, look)
    new_label(slide.shapes, (x, y, w, q_height), [(payload.question, T.TEXT_1, True)], q_size,
              font, "Question", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)
    top = y + q_height + GAP
    panels = grid(len(payload.stages), (x, top, w, y + h - top), len(payload.stages), gap=GAP)
    _px, _py, pw, ph = panels[0]
    inner_w = pw - 2 * PAD
    size, room, fits = _panel_size(payload.stages, font, look, inner_w - MEASURE_LESS,
                                   ph - 2 * PAD)
    for n, (stage, panel) in enumerate(zip(payload.stages, panels, strict=True), 1):
        _panel(slide, panel, n, stage, size, room, font, look)
    misfits: list[str] = []
    if q_height > h * QUESTION_SHARE:
        misfits.append(TextMisfit(f"the question does not fit its room at {q_size} pt"))
    if not fits:
        misfits.append(TextMisfit(f"the think, pair, share panels' words do not fit at "
                                  f"{size} pt"))
    return misfits


def _panel(slide: Slide, panel: Box, n: int, stage: Stage, size: int,
           room: tuple[int, int, int], font: str, look: Look) -> None:
    """One panel: its tint, the numbered disc beside the stage's name, who with and for
    how long in bold, then the stage's line; each row at one height across the panels."""
    px, py, pw, ph = panel
    name = f"{stage.name} panel"
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, panel, T.BACKGROUND_2, name,
              radius=min(0.12, look.radius * 2))
    name_h, how_h, line_h = room
    ix, iw = px + PAD, pw - 2 * PAD
    top = py + PAD
    number_disc(slide, (ix, top + (name_h - DISC) // 2, DISC, DISC), str(n), font,
                f"{name} number")
    new_label(slide.shapes, (ix + DISC + PAD, top, iw - DISC - PAD, name_h),
              [(stage.name, T.TEXT_1, True)], size + NAME_MORE, font, f"{name} name",
              align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.MIDDLE)
    top += name_h + PAD // 2
    new_label(slide.shapes, (ix, top, iw, how_h), [(stage.how, T.TEXT_2, True)], size, font,
              f"{name} how", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)
    top += how_h + PAD // 2
    new_label(slide.shapes, (ix, top, iw, min(line_h, py + ph - PAD - top)),
              [(stage.line, T.TEXT_1, False)], size, font, f"{name} text",
              align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)


SUPPLIES = (supply(PANELS, draw_think_pair_share),)
