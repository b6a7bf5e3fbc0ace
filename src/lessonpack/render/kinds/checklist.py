"""The checklist kind's drawing: a row per point (a box to tick, a number, a picture), or
steps side by side with arrows."""

from __future__ import annotations

from lessonpack.kinds.checklist import ROWS
from lessonpack.render.kinds import supply
from lessonpack.render.kinds.task import draw_checklist

SUPPLIES = (supply(ROWS, draw_checklist),)
