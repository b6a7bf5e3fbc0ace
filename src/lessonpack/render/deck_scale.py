"""Drawings under and behind a slide's statements. An agree-disagree line under them (a
starter's "confidence line", the plenary's look back): pupils stand or point along it. Its
ends and middle are labelled "Disagree", "Not sure", "Agree", with the vote pictures at the
stops where the slide has them (KS2); the statements sit above it, numbered, so no picture
lines up with a statement and reads as its answer. KS1's one statement a slide has a row of
thumbs under it instead, labelled "No", "Not sure", "Yes". Theme colours only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches, Pt

from lessonpack.check.measure import LINE, count_lines
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_body_text import (
    box_of,
    grow_text,
)
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import insets, text_height
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_title_room import settle_body
from lessonpack.render.ooxml.placeholders import placeholder

IN = int(Inches(1))
STOPS = ("Disagree", "Not sure", "Agree")
# The thumbs row is only for children who cannot read yet: the teacher says "thumbs down for
# no, thumbs up for yes", so the words under the thumbs are theirs. The
# shapes keep the stops' names, which say what each is for.
THUMB_WORDS = {"Disagree": "No", "Not sure": "Not sure", "Agree": "Yes"}
STATEMENT_PT = 40  # KS1's one statement a slide


def _i(v: float) -> int:
    return int(v * IN)


def scale_under(filler: Any, role: str, look: Any, pictures: Sequence[Any] = ()) -> None:
    """The role's placeholder keeps the top of its area for the statements (text grown to
    what it has); the line is drawn across the foot. ``pictures``: agree, disagree and not
    sure (the plan's order), drawn at their stops."""
    settle_body(filler)  # the area starts under the title's last line
    ph = placeholder(filler.slide, filler.slots.get(role))
    if ph is None:
        return
    x, y, w, h = box_of(ph)
    if len(ph.text_frame.paragraphs) == 1 and len(pictures) == 3:
        # One statement (KS1): the sentence large and centred, and under it a row of the
        # three thumbs to copy, each with its word: the response row, no line to explain.
        # The statement and its row together in the middle of the area (the
        # statement high, the thumbs low, an empty band between them).

        gap = _i(0.35)
        least_row = _i(2.3)
        left, top_in, right, bottom_in = insets(ph, filler.resolved.layout)
        # The largest size whose lines fit above the thumbs (a longer KS2-KS4 statement
        # steps down towards the look's body size rather than overflowing its box).
        for size in (STATEMENT_PT, 36, 32, min(32, look.body_pt)):
            lines = count_lines(ph.text_frame.text, filler.brand.body_font, size,
                                w / EMU_PT - left - right)
            text_h = int((lines * size * LINE + top_in + bottom_in) * EMU_PT) + _i(0.1)
            if text_h <= h - least_row - gap:
                break
        row_h = min(_i(2.9), max(least_row, h - gap - text_h))
        text_h = min(text_h, h - row_h - gap)
        top = y + max(0, (h - text_h - gap - row_h) // 2)
        set_box(ph.element, (x, top, w, text_h))
        ph.text_frame.vertical_anchor = MSO_ANCHOR.BOTTOM
        for para in ph.text_frame.paragraphs:
            para.alignment = PP_ALIGN.CENTER
            for run in para.runs:
                run.font.size = Pt(size)
        draw_row(filler.slide, (x, top + text_h + gap, w, row_h), filler.brand.heading_font,
                 pictures)
        return
    side = _i(0.8) if pictures else 0
    scale_h = _i(1.35) + side
    gap = _i(0.2)
    set_box(ph.element, (x, y, w, h - scale_h - gap))
    grow_text(filler, role, look)
    # The statements and the line under them together, in the middle of the area, when the
    # statements leave room (KS3's plenary: the line at the foot, a band of nothing above).

    text_h = min(h - scale_h - gap, text_height(ph, filler.brand.body_font,
                                                filler.resolved.layout) + _i(0.1))
    # A clear gap over the line (renderers set lines a little taller than measured).
    gap = min(_i(0.4), h - scale_h - text_h)
    top = y + (h - text_h - gap - scale_h) // 2
    set_box(ph.element, (x, top, w, text_h))
    ph.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    draw_scale(filler.slide, (x, top + text_h + gap, w, scale_h), filler.brand.heading_font,
               pictures)


def draw_row(slide: Any, box: tuple[int, int, int, int], font: str,
             pictures: Sequence[Any]) -> None:
    """Three thumbs side by side (no, not sure, yes), each large with its word."""
    x, y, w, h = box
    agree, disagree, unsure = pictures
    side = h - _i(0.6)
    step = w // 3
    for n, (word, picture) in enumerate(zip(STOPS, (disagree, unsure, agree), strict=True)):
        left = x + n * step
        add_picture(slide, picture, (left + (step - side) // 2, y, side, side),
                    f"Line: {word} picture")
        new_label(slide.shapes, (left, y + side + _i(0.05), step, _i(0.5)),
                  [(THUMB_WORDS[word], T.TEXT_2, True)], 24, font, f"Line: {word}",
                  align=PP_ALIGN.CENTER)


def draw_scale(slide: Any, box: tuple[int, int, int, int], font: str,
               pictures: Sequence[Any] = ()) -> None:
    """The line: a double-headed arrow with a stop at each end and in the middle, each stop
    labelled under it (and its picture above it)."""
    x, y, w, _h = box
    by_stop = {}
    if len(pictures) == 3:  # agree, disagree, not sure -> along the line
        agree, disagree, unsure = pictures
        by_stop = {"Disagree": disagree, "Not sure": unsure, "Agree": agree}
    side = _i(0.8) if by_stop else 0
    line_y = y + side + _i(0.25)
    thick = _i(0.34)
    arrow = new_shape(slide.shapes, MSO_SHAPE.LEFT_RIGHT_ARROW, (x, line_y, w, thick), T.TEXT_2,
                      "Agree-disagree line")
    arrow.text_frame.text = ""
    label_w = _i(2.2)
    stop = _i(0.3)
    for n, word in enumerate(STOPS):
        centre = x + _i(0.55) + (w - _i(1.1)) * n // 2
        dot = new_shape(slide.shapes, MSO_SHAPE.OVAL, (centre - stop // 2, line_y + (thick - stop)
                                                       // 2, stop, stop), T.BACKGROUND_1,
                        f"Line stop {n + 1}")
        dot.line.fill.solid()
        dot.line.fill.fore_color.theme_color = T.ACCENT_1
        dot.line.width = _i(0.04)
        dot.text_frame.text = ""
        left = min(max(x, centre - label_w // 2), x + w - label_w)
        align = PP_ALIGN.LEFT if n == 0 else PP_ALIGN.RIGHT if n == 2 else PP_ALIGN.CENTER
        new_label(slide.shapes, (left, line_y + thick + _i(0.12), label_w, _i(0.5)),
                  [(word, T.TEXT_2, True)], 24, font, f"Line: {word}", align=align)
        picture = by_stop.get(word)
        if picture is not None:
            add_picture(slide, picture, (centre - side // 2, y, side, side),
                        f"Line: {word} picture")
