"""The title kind's drawings: the age's pictures on our cover, or in a trainer's own."""

from __future__ import annotations

from lessonpack.kinds.base import supply
from lessonpack.kinds.title import COVER_ART, TITLE_ART
from lessonpack.render.deck_cover import cover_art
from lessonpack.render.deck_cover_art import title_art

SUPPLIES = (supply(TITLE_ART, title_art), supply(COVER_ART, cover_art))
