"""A fill-in's tint chosen against what it is really drawn on (a trainer's template).

The pale fill-in tint (fill_in_marks.TINT) is made to stand out on white and on the light
cards of lessonpack's own layouts. A trainer's template may paint its slides pale yellow or
cream (klee2: FAFAC8 behind, EEECE1 cards): there the tint was the background's own colour
and "[DSL's name]" showed only its brackets, though the hand-over ("fill in the yellow
fields") depends on them. Each fill-in's backdrop is found as ``lessonpack check`` finds a
run's (its shape's fill, shapes under it, the layout's and master's, the background), and
where the pale tint is too close to any colour of it the deeper one is used.
"""

from __future__ import annotations

import math
from typing import Any

from lessonpack.check.colour import RGB, hex_rgb
from lessonpack.check.pptx_shapes import NS
from lessonpack.check.pptx_text_rules import backdrop
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.fill_in_marks import DEEP_TINT, TINT

# How far (RGB distance, 0-441) a tint must be from what it sits on to read as a mark: the
# pale tint on white is 60 away and reads; on klee2's yellow it was 10 away and on its
# cream cards 34, both seen only as faint.
DISTINCT = 45.0

_PALE = f"a:rPr/a:highlight/a:srgbClr[@val='{TINT}']"


def distance(a: RGB, b: RGB) -> float:
    """Euclidean distance between two colours in 0-255 RGB."""
    return math.dist([channel * 255 for channel in a], [channel * 255 for channel in b])


def stands_out(tint: str, colours: list[RGB]) -> bool:
    """Whether ``tint`` is at least DISTINCT from every colour in ``colours``."""
    rgb = hex_rgb(tint)
    assert rgb is not None, tint
    return all(distance(rgb, colour) >= DISTINCT for colour in colours)


def deepen_fill_ins(slide: Any) -> int:
    """Give every fill-in on ``slide`` whose pale tint does not stand out from its backdrop
    the deeper tint; the number of fill-ins deepened."""
    view = view_of(slide)
    deepened = 0
    for index, item in enumerate(view.items):
        if item.tx_body is None:
            continue
        marks = item.tx_body.findall(f".//a:r/{_PALE}", NS)
        if not marks:
            continue
        colours = backdrop(view, item, [*view.beneath, *view.items[:index]])
        if not colours or stands_out(TINT, colours):
            continue
        for mark in marks:
            mark.set("val", DEEP_TINT)
            deepened += 1
    return deepened
