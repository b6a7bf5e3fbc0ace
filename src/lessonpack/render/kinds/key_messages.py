"""The key messages kind's drawing: its panel and bar in a trainer's plain text layout."""

from __future__ import annotations

from lessonpack.kinds.key_messages import PANEL
from lessonpack.render.deck_scale import outcome_panel
from lessonpack.render.kinds import supply

SUPPLIES = (supply(PANEL, outcome_panel),)
