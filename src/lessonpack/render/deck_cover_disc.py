"""Where the picture disc goes inside a template's cover circle: on the circle's centre,
so the ring of the circle's colour round it is the same width all the way round, and small
enough to stay clear of the layout's other shapes drawn over the circle (Brightpath's small
translucent circle at its foot).

A disc stepped aside from that ornament left the ring a crescent, heavy on one side, and
read as misplaced; a disc the size of the circle hid the ring and the template's own
composition with it. Centred and clear, the circle, the ring and the ornament each show;
where clearing the ornament would leave the pictures too small, the disc is drawn over it.
"""

from __future__ import annotations

import math

from lessonpack.render.deck_geometry import Box

# The disc's share of the circle's diameter where nothing is drawn over the circle: a ring
# of the template's colour stays round it, so the circle still reads as the template's own.
RING_SHARE = 0.86
# The least gap between the disc and an ornament over the circle, as a share of the
# circle's radius: touching, the two read as one blob with an odd shadow.
ORNAMENT_GAP = 0.06
# Below this share of the circle an ornament would leave the disc too small for its
# picture: the disc keeps RING_SHARE and goes over the ornament (the picture matters more).
# At 0.5, Brightpath's small circle left KS1's bunny and owl in a disc about 35 mm across,
# a third of their size on the other covers, while 6-year-olds settle in front of it; its
# disc now overlaps the small circle by a fifth of its width, plainly in front of it
# (barely touching, the two read as one blob).
LEAST_SHARE = 0.7


def _distance_to(point: tuple[float, float], ornament: tuple[Box, bool]) -> float:
    """From ``point`` to the ornament's edge (0 inside it): an ellipse's by its radius
    (circles: Office ornaments are round), any other shape's by its box."""
    (x, y, w, h), round_ = ornament
    px, py = point
    if round_:
        r = min(w, h) / 2
        return max(0.0, math.hypot(px - (x + w / 2), py - (y + h / 2)) - r)
    dx = max(x - px, 0.0, px - (x + w))
    dy = max(y - py, 0.0, py - (y + h))
    return math.hypot(dx, dy)


def clear_disc(circle: Box, ornaments: list[tuple[Box, bool]]) -> Box:
    """The disc's box: centred on ``circle``, RING_SHARE of it across, or smaller where an
    ornament (box, is_round) comes nearer the centre, keeping ORNAMENT_GAP clear of it.
    Where that leaves less than LEAST_SHARE of the circle, the RING_SHARE disc."""
    x, y, w, h = circle
    radius = min(w, h) / 2
    cx, cy = x + w / 2, y + h / 2
    size = min([radius * RING_SHARE] + [_distance_to((cx, cy), o) - radius * ORNAMENT_GAP
                                        for o in ornaments])
    if size < radius * LEAST_SHARE:
        size = radius * RING_SHARE
    d = max(0, int(2 * size))
    return (round(cx - d / 2), round(cy - d / 2), d, d)
