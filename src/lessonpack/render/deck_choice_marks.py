"""The three answers of an agree-or-disagree row drawn as marks on a slide: a tick, a cross
and a question mark, each on a disc. A projected slide shows which column is which answer;
the pupils tick their own sheet, so nothing on the screen is an empty box waiting for a tick
(an empty box on a screen reads as an unfinished form field). Lines, not glyphs: a tick or a
cross character is missing from many brand fonts and falls back to another face. Theme
colours only."""

from __future__ import annotations

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu, Pt

from lessonpack.render.deck_drawings import T, new_shape, write_runs

Box = tuple[int, int, int, int]

# Each answer's mark, by the worksheet column's word (kinds/vote_rows/drawing.COLUMNS).
TICK, CROSS, QUERY = "tick", "cross", "query"
MARKS = {"Agree": TICK, "Disagree": CROSS, "Not sure": QUERY}


def choice_mark(slide: Slide, box: Box, word: str, font: str, name: str) -> None:
    """The mark for the answer ``word`` on a white disc filling ``box`` (a square, EMU): the
    disc named ``name``, its line drawing ``name`` + " mark"."""
    x, y, side, _ = box
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, box, T.BACKGROUND_1, name)
    mark = MARKS[word]
    if mark == QUERY:
        # Sized to the disc with no floor: a floor larger than a small disc allows (a
        # trainer's small content area shrinks the discs) would spill the mark out of it.
        write_runs(disc, [("?", T.ACCENT_1, True)], max(1, int(side / 12700 * 0.7)), font,
                   align=PP_ALIGN.CENTER)
        return
    disc.text_frame.text = ""
    # The strokes inside the disc's middle 44%, so the round caps stay clear of its edge.
    left, top, span = x + int(side * 0.28), y + int(side * 0.28), int(side * 0.44)
    if mark == TICK:
        strokes = [[(left, top + span * 55 // 100), (left + span * 38 // 100, top + span),
                    (left + span, top + span * 8 // 100)]]
    else:
        strokes = [[(left, top), (left + span, top + span)],
                   [(left + span, top), (left, top + span)]]
    _lines(slide, strokes, max(Pt(2.5), side // 14), f"{name} mark")


def _lines(slide: Slide, strokes: list[list[tuple[int, int]]], width: int, name: str) -> Shape:
    """One shape of open strokes (each a list of points, EMU) in the accent colour."""
    (first, *rest_points), *rest = strokes
    builder = slide.shapes.build_freeform(first[0], first[1], scale=1.0)
    builder.add_line_segments(rest_points, close=False)
    for stroke in rest:
        builder.move_to(*stroke[0])
        builder.add_line_segments(stroke[1:], close=False)
    shape = builder.convert_to_shape()
    shape.name = name
    style = shape.element.find(qn("p:style"))
    if style is not None:
        shape.element.remove(style)
    shape.fill.background()
    shape.line.fill.solid()
    shape.line.fill.fore_color.theme_color = T.ACCENT_1
    shape.line.width = Emu(width)
    shape.element.spPr.find(qn("a:ln")).set("cap", "rnd")
    return shape
