"""The section kind's drawing: its picture on a disc at the right."""

from __future__ import annotations

from lessonpack.kinds.section import PICTURE
from lessonpack.render.deck_design import section_picture
from lessonpack.render.kinds import supply

SUPPLIES = (supply(PICTURE, section_picture),)
