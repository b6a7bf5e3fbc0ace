"""The quiz question kind's drawing: lettered answer panels, the right one marked on a
reveal slide."""

from __future__ import annotations

from lessonpack.kinds.base import supply
from lessonpack.kinds.quiz_question import QUESTION
from lessonpack.render.deck_body_area import draw_question

SUPPLIES = (supply(QUESTION, draw_question),)
