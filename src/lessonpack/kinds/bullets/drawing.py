"""The bullets kind's drawing: the agree-disagree line under a statement (KS1's votes)."""

from __future__ import annotations

from lessonpack.kinds.base import supply
from lessonpack.kinds.bullets import SCALE
from lessonpack.render.deck_scale import scale_under

SUPPLIES = (supply(SCALE, scale_under),)
