"""The checklist kind's drawing: a row per point (a box to tick, a number, a picture), or
steps side by side with arrows."""

from __future__ import annotations

from lessonpack.kinds.checklist import ROWS
from lessonpack.render.deck_task import draw_checklist
from lessonpack.render.kinds import supply

SUPPLIES = (supply(ROWS, draw_checklist),)
