"""Drawing areas kept clear of the logo the brand puts on a trainer's template.

A trainer's layouts are matched (deck_match) before the brand's logo goes on their masters
(deck_master), so the largest empty area a title-only layout leaves for help cards or a
mock live stream can run down into the corner where the logo then goes: a help card drawn
over the school's crest on the very slide that names the school's own safeguarding lead.
So once the logos are placed, each drawing area that meets one is cut back to clear it by
GAP: from below or above where that keeps most of the area (the cards keep the title's left
edge and the slide's width), else from the side.
"""

from __future__ import annotations

from dataclasses import replace

from pptx.slide import SlideLayout
from pptx.util import Inches

from lessonpack.render.deck_geometry import Box, box_of, overlaps, shows_master_shapes
from lessonpack.render.deck_logo_plate import PLATE_NAME
from lessonpack.render.deck_resolved import ResolvedLayout
from lessonpack.render.shape_names import LOGO_NAMES

LOGO_SHAPES = frozenset({*LOGO_NAMES, PLATE_NAME})
GAP = int(Inches(0.12))
# A cut from the side costs this much more than one from below: it moves the cards' left
# edge off the title's, or their right edge in from the slide's.
SIDE_COST = 1.25


def logo_boxes(layout: SlideLayout) -> list[Box]:
    """Where the brand's logos (and their plates) are drawn on slides of ``layout``."""
    shapes = list(layout.shapes)
    if shows_master_shapes(layout):
        shapes += list(layout.slide_master.shapes)
    return [box for shape in shapes if shape.name in LOGO_SHAPES
            and (box := box_of(shape)) is not None]


def _cuts(area: Box, logo: Box) -> list[tuple[float, Box]]:
    """``area`` cut back to clear ``logo`` each of four ways, with what each costs."""
    x, y, w, h = area
    lx, ly, lw, lh = logo
    found = [
        (1.0, (x, y, w, ly - GAP - y)),  # above the logo
        (1.0, (x, ly + lh + GAP, w, y + h - (ly + lh + GAP))),  # below it
        (SIDE_COST, (x, y, lx - GAP - x, h)),  # left of it
        (SIDE_COST, (lx + lw + GAP, y, x + w - (lx + lw + GAP), h)),  # right of it
    ]
    return [(cost, box) for cost, box in found if box[2] > 0 and box[3] > 0]


def clear_of(area: Box, logos: list[Box]) -> Box:
    """``area``, cut back until it meets none of ``logos`` (the cheapest cut each time);
    unchanged where no cut leaves anything."""
    for logo in logos:
        if not overlaps(area, logo):
            continue
        cuts = _cuts(area, logo)
        if not cuts:
            return area
        area = max(cuts, key=lambda c: c[1][2] * c[1][3] / c[0])[1]
    return area


def clear_of_logos(layouts: dict[str, ResolvedLayout]) -> dict[str, ResolvedLayout]:
    """Each kind's drawing areas (its region and the boxes it draws in) clear of the logos
    on its layout."""
    cleared: dict[str, ResolvedLayout] = {}
    for kind, resolved in layouts.items():
        logos = logo_boxes(resolved.layout)
        if not logos:
            cleared[kind] = resolved
            continue
        region = clear_of(resolved.region, logos) if resolved.region is not None else None
        drawn_in = {role: clear_of(box, logos) for role, box in resolved.drawn_in.items()}
        if region == resolved.region and drawn_in == dict(resolved.drawn_in):
            cleared[kind] = resolved
        else:
            cleared[kind] = replace(resolved, region=region, drawn_in=drawn_in)
    return cleared
