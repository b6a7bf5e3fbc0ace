"""A drawing on a trainer's template starts clear of a title that wraps.

A trainer's layout puts its body a hair under its title box. A one-line title leaves that
box's lower part empty, but a title that wraps to two lines fills it to the foot, and the
content drawn in the body's area sat about 1 mm under the title's descenders (Coreoz's
"How it escalated this time: / warning-sign sort" over the timeline's column headers).
Where the title's last line ends less than UNDER_TITLE above the drawing area, the area
starts that far under it, its foot kept, as long as it keeps most of its height.
"""

from __future__ import annotations

from typing import Any

from pptx.util import Inches

from lessonpack.check.measure import LINE
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.render.deck_fit import insets, layout_style
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_title_room import title_lines
from lessonpack.render.ooxml.placeholders import placeholder, text_anchor

UNDER_TITLE = int(Inches(0.2))  # between a wrapped title's last line and the content
TITLE_LINES_APART = 0.75  # of a title's line, between its last line and the content
KEEP = 0.85  # the least share of its height the area keeps when it moves down


def clear_of_title(filler: Filler, region: Box, keep: float = KEEP) -> Box:
    """``region`` (the body's area on a trainer's layout) started UNDER_TITLE below the
    title's last line where it starts nearer; as it was where the title is one line, sits
    elsewhere, or moving would cost the area more than ``1 - keep`` of its height (a
    drawing whose rows shrink with their area, the figures', may give more)."""
    title = placeholder(filler.slide, filler.slots.get("title"))
    if filler.resolved.how == "name" or title is None:
        return region
    foot = _text_foot(filler, title)
    x, y, w, h = region
    if foot is None or foot <= int(title.top or 0) or foot > y + h // 2:
        return region
    # Three quarters of one of the title's lines, at least UNDER_TITLE: at 0.2 in under a
    # 40 pt title of two lines, an exit quiz's first question (bold, like a subtitle) read
    # as a third line of the title (Coreoz's 4:3 "Exit quiz: ring A, B or C / on your
    # worksheet").
    size = layout_style(title, filler.resolved.layout)[0]
    shift = foot + max(UNDER_TITLE, int(TITLE_LINES_APART * size * LINE * EMU_PT)) - y
    if shift <= 0 or h - shift < h * keep:
        return region
    return (x, y + shift, w, h - shift)


def _text_foot(filler: Filler, title: Any) -> int | None:
    """EMU from the slide's top to the foot of the title's last line, by its anchor; None
    for a title of one line (its box's room is the layout's design)."""
    layout = filler.resolved.layout
    lines = title_lines(filler, title)
    if lines < 2:
        return None
    size = layout_style(title, layout)[0]
    _left, top, _right, bottom = insets(title, layout)
    text = int(lines * size * LINE * EMU_PT)
    box_top, box_h = int(title.top or 0), int(title.height or 0)
    anchor = text_anchor(title)
    if anchor == "b":
        return box_top + box_h - int(bottom * EMU_PT)
    if anchor == "ctr":
        inner_top = box_top + int(top * EMU_PT)
        inner_h = box_h - int((top + bottom) * EMU_PT)
        return inner_top + (inner_h + text) // 2
    return box_top + int(top * EMU_PT) + text
