"""The bullets kind's drawing: the agree-disagree line under a statement (KS1's votes)."""

from __future__ import annotations

from lessonpack.kinds.bullets import SCALE
from lessonpack.render.deck_scale import scale_under
from lessonpack.render.kinds import supply

SUPPLIES = (supply(SCALE, scale_under),)
