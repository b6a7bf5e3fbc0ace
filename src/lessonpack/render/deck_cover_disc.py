"""Where the picture disc goes inside a template's cover circle: as large as it can be,
inside the circle with a ring of the circle's colour round it, and clear of the layout's
other shapes drawn over the circle (Brightpath's small translucent circle at its foot).

Centred at a fixed share of the circle, the disc ran under that ornament and the two read
as one blob with an odd shadow; drawn over it, the template's own composition was lost. The
disc moves away from an ornament only as far as it must, and shrinks only as much as it
must; with nothing over the circle it is centred, at RING_SHARE of it.
"""

from __future__ import annotations

import math

from lessonpack.render.deck_geometry import Box

# The disc's share of the circle's diameter where nothing is drawn over the circle: a ring
# of the template's colour stays round it, so the circle still reads as the template's own.
RING_SHARE = 0.86
STEPS = 40  # candidate centres across the circle's diameter, each way


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
    """The disc's box inside ``circle``: the largest whose ring to the circle's rim is at
    least the centred disc's, and which stays half that ring's width clear of every ornament
    (box, is_round); among equals, the nearest the circle's centre. Where the ornaments
    leave less than half the centred disc, the centred disc (the picture matters more)."""
    x, y, w, h = circle
    radius = min(w, h) / 2
    cx, cy = x + w / 2, y + h / 2
    inner = radius * RING_SHARE
    ring = radius - inner
    best = (inner if not ornaments else -1.0, 0.0, cx, cy)
    if ornaments:
        step = 2 * radius / STEPS
        for i in range(STEPS + 1):
            for j in range(STEPS + 1):
                px, py = x + i * step, y + j * step
                off = math.hypot(px - cx, py - cy)
                size = min([inner - off] + [_distance_to((px, py), o) - ring / 2
                                            for o in ornaments])
                candidate = (size, -off, px, py)
                if candidate > best:
                    best = candidate
    size, _off, px, py = best
    if size < inner / 2:
        size, px, py = inner, cx, cy
    d = max(0, int(2 * size))
    return (round(px - d / 2), round(py - d / 2), d, d)
