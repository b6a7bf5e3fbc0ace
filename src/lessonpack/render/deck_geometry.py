"""Boxes on a slide: what a layout shows, where it is empty, where a logo can go.

Used when a trainer's template has no layout for a drawing (the mock stream, help cards, the
research figures): the drawing goes into the largest empty area of a title-only layout. All
values EMU.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.shapes.base import BaseShape
from pptx.slide import SlideLayout, SlideMaster
from pptx.util import Inches

from lessonpack.render.ooxml.placeholders import each_placeholder

Box = tuple[int, int, int, int]  # left, top, width, height
INCH = int(Inches(1))
# A shape covering at least this share of the slide is a background, not an obstacle.
BACKGROUND_SHARE = 0.5
# The footer placeholders (date, footer, slide number): the one list every render module
# reads, as python-pptx's types and as the XML's ``<p:ph type>`` values.
FOOTER_TYPES = (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)
FOOTER_XML_TYPES = frozenset(t.xml_value for t in FOOTER_TYPES)
# PowerPoint's default inner margins of a text box in points, both sides together: 0.1 in
# left and right, 0.05 in top and bottom. A template's placeholder keeps them unless it sets
# its own, so the width its words have is the box's less these.
INSET_W_PT, INSET_H_PT = 14.4, 7.2


def box_of(shape: BaseShape) -> Box | None:
    if shape.left is None or shape.top is None or shape.width is None or shape.height is None:
        return None
    return int(shape.left), int(shape.top), int(shape.width), int(shape.height)


def overlaps(a: Box, b: Box, gap: int = 0) -> bool:
    return (a[0] < b[0] + b[2] + gap and b[0] < a[0] + a[2] + gap
            and a[1] < b[1] + b[3] + gap and b[1] < a[1] + a[3] + gap)


def area(box: Box) -> int:
    return box[2] * box[3]


def inset(box: Box, by: int) -> Box:
    return box[0] + by, box[1] + by, max(0, box[2] - 2 * by), max(0, box[3] - 2 * by)


# A drawing in a layout's picture area stops this far above a footer line or slide number
# that sits in that area's foot (the drawing's own gap to its foot comes on top).
FOOTER_CLEAR = int(0.05 * INCH)
SHOWN_FOOTERS = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER)  # the build fills these


def above_footers(box: Box, layout: SlideLayout) -> Box:
    """``box`` ending above the layout's footer line and slide number where they sit in its
    lowest third: a speaker's picture area runs to the slide's foot with the slide number
    centred in it, and the stream drawn there covered the number's top. A footer beside or
    below the box, or one that would leave it under two thirds of its height, does not
    count."""
    x, y, w, h = box
    bottom = y + h
    for ph in each_placeholder(layout.placeholders):
        if ph.placeholder_format.type not in SHOWN_FOOTERS:
            continue
        footer = box_of(ph)
        if footer is None or not overlaps(box, footer) or footer[1] < y + h * 2 // 3:
            continue
        bottom = min(bottom, footer[1] - FOOTER_CLEAR)
    return x, y, w, bottom - y


def clear_of_edges(box: Box, obstacles: Iterable[Box], room: int, *,
                   least_height: int = 0, below: int | None = None) -> Box:
    """``box`` moved in from the shapes above and below it (a title rule, the footers) so at
    least ``room`` lies between (``below``, where given, under the box): a template's own
    content area often starts a few points under its title rule and ends on its footer,
    which reads as cramped once drawn cards fill it. Shapes beside or inside the box do not
    count. The box stays as it was when clearing would leave it under ``least_height``."""
    x, y, w, h = box
    top, bottom = y, y + h
    under = room if below is None else below
    for ox, oy, ow, oh in obstacles:
        if ox >= x + w or x >= ox + ow:
            continue  # beside the box
        if oy < y and oy + oh <= y + room:
            top = max(top, oy + oh + room)
        elif oy + oh > y + h and oy >= y + h - under:
            bottom = min(bottom, oy - under)
    if bottom - top < max(least_height, 1):
        return box
    return x, top, w, bottom - top


def shows_master_shapes(layout: SlideLayout) -> bool:
    return layout.element.get("showMasterSp") not in ("0", "false")


def _visible_boxes(shapes: Iterable[BaseShape], slide_area: int, *,
                   placeholders: bool) -> Iterator[Box]:
    for shape in shapes:
        if shape.is_placeholder and not placeholders:
            continue
        box = box_of(shape)
        if box is None:
            continue
        if not shape.is_placeholder and area(box) >= BACKGROUND_SHARE * slide_area:
            continue  # a background picture or panel: things go on top of it
        yield box


def layout_obstacles(layout: SlideLayout, size: tuple[int, int], *,
                     skip: Iterable[BaseShape] = ()) -> list[Box]:
    """Boxes a drawing must avoid: the layout's shapes and placeholders (footers included),
    and the master's own shapes when the layout shows them. Backgrounds do not count."""
    slide_area = size[0] * size[1]
    skipped = {id(s.element) for s in skip}
    shapes = [s for s in layout.shapes if id(s.element) not in skipped]
    boxes = list(_visible_boxes(shapes, slide_area, placeholders=True))
    if shows_master_shapes(layout):
        boxes += _visible_boxes(layout.slide_master.shapes, slide_area, placeholders=False)
        # Footers the layout does not override still show in the master's position.
        boxes += [b for ph in each_placeholder(layout.slide_master.placeholders)
                  if ph.placeholder_format.type in FOOTER_TYPES
                  and (b := box_of(ph)) is not None]
    return boxes


def largest_empty_area(bounds: Box, obstacles: list[Box]) -> Box:
    """The largest rectangle inside ``bounds`` that overlaps no obstacle.

    Exhaustive over the obstacles' edges: templates have a handful of shapes, so this is
    a few thousand checks at most.
    """
    left, top, width, height = bounds
    right, bottom = left + width, top + height
    inside = [o for o in obstacles if overlaps(o, bounds)]
    xs = sorted({left, right, *(min(max(v, left), right) for o in inside
                                for v in (o[0], o[0] + o[2]))})
    ys = sorted({top, bottom, *(min(max(v, top), bottom) for o in inside
                                for v in (o[1], o[1] + o[3]))})
    best: Box = (left, top, 0, 0)
    for i, x1 in enumerate(xs):
        for x2 in xs[i + 1:]:
            for j, y1 in enumerate(ys):
                for y2 in ys[j + 1:]:
                    cand = (x1, y1, x2 - x1, y2 - y1)
                    if area(cand) <= area(best):
                        continue
                    if any(overlaps(cand, o) for o in inside):
                        break  # taller boxes from this top edge overlap too
                    best = cand
    return best


def free_corner(size: tuple[int, int], obstacles: list[Box], box_size: tuple[int, int],
                margin: int, preferred: Iterable[tuple[int, int]] = ()) -> Box | None:
    """A box of ``box_size`` clear of every obstacle: at a ``preferred`` top-left point, else
    in a slide corner (bottom-right first), shrinking to 70 % of the size if need be."""
    sw, sh = size
    preferred = list(preferred)
    for scale in (1.0, 0.85, 0.7):
        w, h = int(box_size[0] * scale), int(box_size[1] * scale)
        points = [*preferred, (sw - margin - w, sh - margin - h), (sw - margin - w, margin),
                  (margin, sh - margin - h), (margin, margin)]
        for x, y in points:
            cand = (x, y, w, h)
            if not any(overlaps(cand, o, gap=margin // 2) for o in obstacles):
                return cand
    return None


def master_obstacles(master: SlideMaster, size: tuple[int, int]) -> list[Box]:
    slide_area = size[0] * size[1]
    return list(_visible_boxes(master.shapes, slide_area, placeholders=True))


def xfrm_box(el: Any) -> Box | None:
    """The box a shape's (or a group's) own ``a:xfrm`` gives in slide XML, or None when it
    gives none (a placeholder that takes its layout's)."""
    xfrm = el.find(f"{qn('p:spPr')}/{qn('a:xfrm')}")
    if xfrm is None:
        xfrm = el.find(f"{qn('p:grpSpPr')}/{qn('a:xfrm')}")
    off = xfrm.find(qn("a:off")) if xfrm is not None else None
    ext = xfrm.find(qn("a:ext")) if xfrm is not None else None
    if off is None or ext is None:
        return None
    return (int(off.get("x", "0")), int(off.get("y", "0")), int(ext.get("cx", "0")),
            int(ext.get("cy", "0")))


def slide_boxes(tree: Any) -> list[Box]:
    """The boxes of the shapes in a shape tree's XML (a slide's ``p:spTree``) that give one
    of their own (a placeholder may take its layout's)."""
    return [box for shape in tree if (box := xfrm_box(shape)) is not None]

