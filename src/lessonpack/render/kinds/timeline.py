"""The timeline kind's drawing: an arrow through the stages, their steps and help beneath."""

from __future__ import annotations

from lessonpack.kinds.timeline import TIMELINE
from lessonpack.render.deck_timeline import draw_timeline
from lessonpack.render.kinds import supply

SUPPLIES = (supply(TIMELINE, draw_timeline),)
