"""The quiz answers kind's drawing: a row per answer with its letter."""

from __future__ import annotations

from lessonpack.kinds.base import supply
from lessonpack.kinds.quiz_answers import ANSWER_ROWS
from lessonpack.render.deck_body_area import draw_answer_rows

SUPPLIES = (supply(ANSWER_ROWS, draw_answer_rows),)
