"""The write-on kind's drawing: the sentence in a frame with ruled lines."""

from __future__ import annotations

from lessonpack.kinds.write_on import FRAME
from lessonpack.render.deck_write_on import draw_write_on
from lessonpack.render.kinds import supply

SUPPLIES = (supply(FRAME, draw_write_on),)
