"""Reading order on a slide of a trainer's template, as `check` (LPC104) reads it.

Screen readers follow the shape tree. A slide starts with its layout's placeholders in the
layout's order, which a template may keep in any order (a content placeholder before the
title, the slide number before the footer beside it); lessonpack then adds text boxes and
drawings. After a slide is filled, any text read before something that sits above it (in
the same column) or to its left (in the same row) is moved after it, by the check's own
test, so the check finds the order right. The title may be read first wherever it is.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from lessonpack.check.pptx_rules import group_box, visually_before, with_overline
from lessonpack.check.pptx_shapes import TITLE_TYPES, SlideView
from lessonpack.render.deck_contrast import view_of

Box = tuple[int, int, int, int]


def _units(view: SlideView) -> list[tuple[etree._Element, Box, bool]]:
    """Text-bearing top-level shapes in tree order: (element, box, is title); a group with
    text counts once, at the group's box (as check._text_units)."""
    units: list[tuple[etree._Element, Box, bool]] = []
    seen: set[int] = set()
    for item in view.items:
        if item.decorative or item.tag != "sp" or not item.text.strip():
            continue
        if item.group is None:
            units.append((item.el, item.box,
                          item.ph is not None and item.ph.type in TITLE_TYPES))
        elif id(item.group) not in seen:
            seen.add(id(item.group))
            units.append((item.group, group_box(item.group), False))
    return with_overline(units)  # the kicker over the title is read with it, as check reads


def read_in_visual_order(view: SlideView) -> int:
    """Move shapes on the slide of ``view`` until no text is read before something that sits
    above or left of it; returns how many moves it took. A shape is never moved past one
    that overlaps it: the tree is also the stacking order, and the text would go under it."""
    boxes = _top_level_boxes(view)
    moves = 0
    units = _units(view)
    limit = len(units) * len(units)  # each move fixes a pair; never loop for ever
    while moves < limit:
        pair = _first_wrong_pair(units, boxes)
        if pair is None:
            break
        i, j, forward = pair
        if forward:  # read j where i was
            units[i][0].addprevious(units[j][0])
            units.insert(i, units.pop(j))
        else:  # read i just after j
            units[j][0].addnext(units[i][0])
            units.insert(j, units.pop(i))
        moves += 1
    return moves


def _top_level_boxes(view: SlideView) -> dict[int, Box]:
    boxes: dict[int, Box] = {}
    for item in view.items:
        if item.group is None:
            boxes[id(item.el)] = item.box
        elif id(item.group) not in boxes:
            boxes[id(item.group)] = group_box(item.group)
    return boxes


def _overlap(a: Box, b: Box) -> bool:
    return (a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3]
            and b[1] < a[1] + a[3])


def _free_between(first: etree._Element, last: etree._Element, box: Box,
                  boxes: dict[int, Box]) -> bool:
    """Nothing strictly between ``first`` and ``last`` in the tree overlaps ``box``."""
    el = first.getnext()
    while el is not None and el is not last:
        other = boxes.get(id(el))
        if other is not None and _overlap(other, box):
            return False
        el = el.getnext()
    return el is last


def _first_wrong_pair(units: list[tuple[etree._Element, Box, bool]],
                      boxes: dict[int, Box]) -> tuple[int, int, bool] | None:
    """(i, j, forward): unit j should be read before unit i; forward when j can move up to
    i's place, else i moves down after j; None when no such pair can be mended."""
    for i, (el, a_box, a_title) in enumerate(units):
        if a_title:
            continue
        for j in range(i + 1, len(units)):
            other, b_box, _ = units[j]
            if not visually_before(b_box, a_box) or _overlap(a_box, b_box):
                continue
            if _free_between(el, other, b_box, boxes):
                return i, j, True
            if _free_between(el, other, a_box, boxes):
                return i, j, False
    return None


def fix_reading_order(slide: Any) -> int:
    """The same for a python-pptx slide."""
    return read_in_visual_order(view_of(slide))
