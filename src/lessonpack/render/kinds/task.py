"""The task kind's drawing: the task's cards, messages or frames in the body area."""

from __future__ import annotations

from lessonpack.kinds.task import TASK
from lessonpack.render.deck_task import draw_task
from lessonpack.render.kinds import supply

SUPPLIES = (supply(TASK, draw_task),)
