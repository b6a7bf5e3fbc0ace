"""The top strip of every slide of an example deck kept for its EXAMPLE band, before any
slide is filled.

The band (deck_example_band) used to be placed after a slide was filled, moving the slide's
shapes: at the foot of one slide and the top of the next, the title of a banded slide a few
pixels lower than its neighbours' (paging to it, the slide jumped), the band cutting the
rounded feet of help cards where the shapes could not move far enough. So the room is made
where the footer's is, in the deck's own copy of the template: every master's and layout's
shapes are set lower (``Squeeze``), so that nothing starts in the strip the band takes;
everything a slide draws is then worked out from those layouts and the drawing areas
matching gave, mapped by the same rule. A master and the layouts that show its shapes share
one rule, so every content slide has the same top edge whether it carries the band or not;
a layout that hides them (a cover, a section) has its own.

The rule keeps the order of what the layout holds, each gap a little shorter: a height
``y`` goes to ``shift + y * (foot - shift) / foot``, ``foot`` being the top of the master's
footer row (nothing from there down moves). On a trainer's template the title is the
template's own, set at its own size over its own rule, so there the strip is taken from the
drawing area alone: everything above the hold line (the foot of the title and its rule,
with the clearance drawn content keeps from the rule, deck_match.ROOM) moves down whole,
title, kicker and rule at their size and spacing, and only the room from that line to the
footer row is shorter. Most trainers' titles start below the strip already: there only the
kicker's box (set by matching at the slide's top edge) is in it, and the kicker is hung over
the title's first line under the strip once the slide is filled (deck_kicker), so nothing
moves and no drawing loses room. The layout's frame stays where it is: a
background, a bar down the whole side, a rule along the top edge that the band covers. A
bar from the top edge that holds the title (a trainer's title bar) keeps its top and grows
with what it holds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.util import Inches

from lessonpack.render.deck_geometry import (
    BACKGROUND_SHARE,
    FOOTER_XML_TYPES,
    Box,
    shows_master_shapes,
    xfrm_box,
)
from lessonpack.render.deck_master import BAND_NAME as FOOTER_BAND
from lessonpack.render.deck_master import FOOTER_NAME, NUMBER_NAME
from lessonpack.render.deck_match import ROOM
from lessonpack.render.deck_resolved import ResolvedLayout
from lessonpack.render.ooxml.placeholders import find_ph

BAND_HEIGHT = int(Inches(0.45))
GAP = int(Inches(0.08))  # between the band and the first thing under it
STRIP = BAND_HEIGHT + GAP
ACROSS = 0.9  # a shape this share of the slide's width (or height) is its frame
_KEEPS_ASPECT = (qn("p:pic"), qn("p:grpSp"))
_TITLES = ("title", "ctrTitle")
KICKER = "kicker"  # the role of the kicker's stand-in box (deck_match._kicker)


@dataclass(frozen=True)
class Squeeze:
    """How a master's slides are set lower: ``shift`` is where the slide's top edge goes,
    ``foot`` where the mapping ends (the footer row's top); above ``hold`` everything moves
    by ``shift`` whole and the gaps from ``hold`` to ``foot`` shrink (0: every gap does)."""

    shift: int
    foot: int
    hold: int = 0

    def y(self, value: int) -> int:
        if self.shift <= 0 or value >= self.foot:
            return value
        # No hold line: the plain squeeze for every height, one above the top edge too.
        if self.hold > 0 and value < self.hold:
            return value + self.shift
        room = self.foot - self.hold
        return self.hold + self.shift + round((value - self.hold) * (room - self.shift) / room)

    def box(self, box: Box) -> Box:
        top, bottom = self.y(box[1]), self.y(box[1] + box[3])
        return box[0], top, box[2], bottom - top


def reserve_band_strip(prs: Presentation, layouts: dict[str, ResolvedLayout], *,
                       hold_titles: bool = False) -> dict[str, ResolvedLayout]:
    """Every master and layout of ``prs`` clear of the top STRIP, and ``layouts`` (the
    deck's, resolved before) with their drawing areas moved the same way. Run once the
    brand's logos are on the masters (they move too) and before any slide is drawn.
    ``hold_titles``: a trainer's template, whose title stack moves down whole (its size
    and its rule's clearance kept) and whose drawing areas alone give up the strip."""
    size = (int(prs.slide_width or 0), int(prs.slide_height or 0))
    squeezes: dict[str, Squeeze] = {}
    # What matching placed without a shape of the layout's (a kicker's box over a trainer's
    # title) starts in the strip as surely as a shape does.
    drawn: dict[str, list[int]] = {}
    for resolved in layouts.values():
        drawn.setdefault(resolved.layout.part.partname, []).extend(
            box[1] for box in _areas(resolved, hugged=hold_titles))
    # Only the layouts the deck draws on set how far its frames move: a layout no slide
    # uses (a trainer's "Content with Caption" from the slide's top edge) would take
    # room from every slide for nothing. Those move with their frame all the same.
    used = {resolved.layout.part.partname for resolved in layouts.values()}
    for master in prs.slide_masters:
        # The master and the layouts that show its shapes are one frame, set lower as one:
        # a content slide's title is where the next one's is, whatever its layout. A layout
        # that hides them (a cover, a section) is a frame of its own.
        framed = [layout for layout in master.slide_layouts if shows_master_shapes(layout)
                  and layout.part.partname in used]
        foot = _foot([master, *master.slide_layouts], size)
        shared = _squeeze([master, *framed], foot, size, drawn, hold_titles)
        for owner in master.slide_layouts:
            squeezes[owner.part.partname] = shared if shows_master_shapes(owner) \
                else _squeeze([owner], foot, size, drawn, hold_titles)
        squeezes[master.part.partname] = shared
        for owner in [master, *master.slide_layouts]:
            squeeze = squeezes[owner.part.partname]
            for element, box in _movable(owner.shapes.element, size):
                _set_box(element, _moved(element, box, squeeze, size))
    return {kind: _remapped(resolved, squeezes[resolved.layout.part.partname])
            for kind, resolved in layouts.items()}


def _areas(resolved: ResolvedLayout, *, hugged: bool = False) -> list[Box]:
    """The boxes matching worked out for a layout: its drawing area, stand-in text boxes,
    areas kept clear of a trainer's rule, master placeholders copied in. ``hugged``: a
    trainer's template, whose kicker is placed again once its slide is filled, over its
    title's first line and clear of the strip (deck_kicker.hug_kicker, given STRIP): where
    matching first put its box (at the slide's top edge, over the template's title) moves
    nothing else down."""
    boxes = [box for role, box in resolved.boxes.items() if not (hugged and role == KICKER)]
    return [box for box in [resolved.region, *boxes, *resolved.drawn_in.values(),
                            *(c.box for c in resolved.clones.values())] if box is not None]


def _foot(owners: list[Any], size: tuple[int, int]) -> int:
    """The top of the footer row of a master and its layouts: nothing from there moves."""
    return min([size[1], *(box[1] for owner in owners for element in owner.shapes.element
                           if _is_footer(element) and (box := xfrm_box(element)) is not None
                           and box[1] >= size[1] // 2)])


def _squeeze(owners: list[Any], foot: int, size: tuple[int, int],
             drawn: dict[str, list[int]], hold_titles: bool) -> Squeeze:
    """The least shift that takes the highest moving shape of ``owners`` (or area matching
    found on them: ``drawn``, by part name) below the strip; none where all already are.
    ``hold_titles``: held under the title stack of the frame (``owners[0]``: _hold)."""
    tops = [box[1] for owner in owners for _e, box in _movable(owner.shapes.element, size)]
    tops += [top for owner in owners for top in drawn.get(owner.part.partname, [])]
    tops = [top for top in tops if top < foot]
    least = min(tops, default=STRIP)
    if least >= STRIP:
        return Squeeze(0, foot)
    hold = _hold(owners, foot, size) if hold_titles else 0
    # hold + shift + (least - hold) * (foot - hold - shift) / (foot - hold) = STRIP, solved
    # for shift; above the hold line (least < hold) that is STRIP - least.
    share = (least - hold) / (foot - hold) if not hold or least >= hold else 0.0
    return Squeeze(math.ceil((STRIP - least) / (1 - share)), foot, hold)


def _hold(owners: list[Any], foot: int, size: tuple[int, int]) -> int:
    """The hold line of a frame (``owners``: its master or layout first, then the layouts
    that show its shapes): the foot of its title and of a rule drawn under it, on the
    master or on any of those layouts, with the clearance drawn content keeps from that
    rule (deck_match.ROOM), so the gap between the rule and the drawing area is the
    template's own after the shift; 0 (every gap shrinks) where the frame has no title of
    its own in its top half."""
    titles = [box for element in owners[0].shapes.element
              if (ph := find_ph(element)) is not None and ph.get("type") in _TITLES
              and (box := xfrm_box(element)) is not None and box[1] + box[3] < foot // 2]
    if not titles:
        return 0
    top, stack = min(b[1] for b in titles), max(b[1] + b[3] for b in titles)
    # A rule (a line, a thin bar) under the title belongs to its stack.
    stack = max([stack, *(box[1] + box[3] for owner in owners
                          for _e, box in _movable(owner.shapes.element, size)
                          if box[3] < ROOM and top <= box[1] <= stack + ROOM)])
    return stack + ROOM


def _movable(tree: Any, size: tuple[int, int]) -> list[tuple[Any, Box]]:
    """The shapes of a master's or layout's tree that move, with their boxes: not the
    frame (a background, a bar down the side, a rule on the top edge under the band), not
    a footer."""
    width, height = size
    found = []
    for element in tree:
        if not isinstance(element.tag, str) or _is_footer(element):
            continue
        box = xfrm_box(element)
        if box is None or box[2] * box[3] >= BACKGROUND_SHARE * width * height \
                or box[3] >= ACROSS * height:
            continue
        if box[1] <= 0 and box[2] >= ACROSS * width and box[3] <= STRIP:
            continue  # a rule along the top edge: the band is drawn over it
        found.append((element, box))
    return found


def _moved(element: Any, box: Box, squeeze: Squeeze, size: tuple[int, int]) -> Box:
    """``box`` mapped: a bar from the top edge keeps its top; a picture or group keeps its
    proportions (scaled from its left edge), a shape takes the mapped height."""
    x, y, w, h = box
    if y <= 0 and w >= ACROSS * size[0]:
        return x, y, w, squeeze.y(y + h) - y
    mapped = squeeze.box(box)
    if element.tag in _KEEPS_ASPECT and h > 0:
        return x, mapped[1], round(w * mapped[3] / h), mapped[3]
    return mapped


def _remapped(resolved: ResolvedLayout, squeeze: Squeeze) -> ResolvedLayout:
    """The areas matching worked out for the layout, mapped as its shapes were."""
    if squeeze.shift <= 0:
        return resolved
    return replace(
        resolved,
        region=squeeze.box(resolved.region) if resolved.region is not None else None,
        boxes={role: squeeze.box(b) for role, b in resolved.boxes.items()},
        drawn_in={role: squeeze.box(b) for role, b in resolved.drawn_in.items()},
        clones={role: replace(c, box=squeeze.box(c.box)) if c.box is not None else c
                for role, c in resolved.clones.items()})


_FOOTER_NAMES = frozenset({FOOTER_NAME, NUMBER_NAME, FOOTER_BAND})


def _is_footer(element: Any) -> bool:
    """A footer placeholder, or our own master's footer row (its band, text and number)."""
    ph = find_ph(element)
    if ph is not None:
        return ph.get("type") in FOOTER_XML_TYPES
    c_nv_pr = next(element.iter(qn("p:cNvPr")), None)
    return c_nv_pr is not None and c_nv_pr.get("name") in _FOOTER_NAMES


def _set_box(element: Any, box: Box) -> None:
    """``box`` (a new top and size) into a shape's or group's own ``a:xfrm``, as xfrm_box
    read it."""
    xfrm = element.find(f"{qn('p:spPr')}/{qn('a:xfrm')}")
    if xfrm is None:
        xfrm = element.find(f"{qn('p:grpSpPr')}/{qn('a:xfrm')}")
    xfrm.find(qn("a:off")).set("y", str(box[1]))
    ext = xfrm.find(qn("a:ext"))
    ext.set("cx", str(box[2]))
    ext.set("cy", str(box[3]))
