"""The vote-rows kind's drawing: a row per statement with the worksheet's boxes."""

from __future__ import annotations

from lessonpack.kinds.vote_rows import ROWS
from lessonpack.render.deck_votes import draw_ticks
from lessonpack.render.kinds import supply

SUPPLIES = (supply(ROWS, draw_ticks),)
