"""A template's slide number (or footer) given the height its text needs.

A LibreOffice design (KDE "traeth-glas") draws its slide number in a box 0.2 in high at the
slide's foot, 14 pt with no insets: the number needs 17 pt, so every slide lessonpack
numbered ran its number out of the box and past the slide's edge (LPC301 on each slide).
The box copied onto a slide is made as tall as the check measures its text needs, growing
upwards from its foot (never past the slide's), where that takes it over nothing else the
slide, its layout or its master draws; otherwise it stays as the template has it.
"""

from __future__ import annotations

import math
from typing import Any

from lessonpack.check.pptx_shapes import Item, SlideView
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import overflow, too_narrow
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_geometry import Box, overlaps

FILLED = ("sldNum", "ftr")  # the footers a build writes into (the date it leaves out)
SPARE_PT = 1.0  # above what the text measures, so a rounding never reopens the misfit


def room_for_footers(slide: Any) -> None:
    """Each slide number or footer on ``slide`` whose text the check finds running out of
    its box is given the height it needs, upwards from its foot, where that is free."""
    view = view_of(slide)
    for item in view.items:
        if item.ph is None or item.ph.type not in FILLED or item.group is not None:
            continue
        frame = text_frame(item, view)
        if frame is None or too_narrow(item, frame):
            continue
        found = overflow(item, frame)
        if found is None:
            continue
        needed, holds = found
        grown = _grown(item.box, needed - holds, view.size[1])
        if grown is not None and not any(overlaps(grown, other) for other in
                                         _obstacles(view, item)):
            set_box(item.el, grown)
            item.box = grown


def _grown(box: Box, more_pt: float, slide_h: int) -> Box | None:
    """``box`` ``more_pt`` points taller, its foot where it was or at the slide's foot if it
    ran past it; None when its top would leave the slide."""
    x, y, w, h = box
    foot = min(y + h, slide_h)
    height = h + math.ceil((more_pt + SPARE_PT) * EMU_PT)
    top = foot - height
    return None if top < 0 else (x, top, w, height)


def _obstacles(view: SlideView, item: Item) -> list[Box]:
    """What the grown box must keep clear of: every other shape on the slide and the text
    its layout and master draw (a decoration as large as the slide, a background's
    picture, is under everything and no obstacle)."""
    width, height = view.size
    boxes = [other.box for other in view.items if other is not item]
    boxes += [other.box for other in view.beneath if other.text.strip()]
    return [b for b in boxes if not (b[2] >= width * 0.9 and b[3] >= height * 0.9)]
