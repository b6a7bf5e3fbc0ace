"""The section kind's drawing: its picture on a disc at the right, its title
as written."""

from __future__ import annotations

from lessonpack.kinds.section import AS_WRITTEN, PICTURE
from lessonpack.render.deck_cover_art import section_picture
from lessonpack.render.deck_section_case import section_title_as_written
from lessonpack.render.kinds import supply

SUPPLIES = (supply(PICTURE, section_picture), supply(AS_WRITTEN, section_title_as_written))
