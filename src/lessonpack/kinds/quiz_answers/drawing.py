"""The quiz answers kind's drawing: a row per answer with its letter."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.kinds.base import Filler, supply
from lessonpack.kinds.payloads import Answer
from lessonpack.kinds.quiz_answers import ANSWER_ROWS
from lessonpack.render.deck_answers import draw_answers
from lessonpack.render.deck_body_area import in_body


def draw_answer_rows(filler: Filler, answers: Sequence[Answer]) -> bool:
    """A row per answer, with its letter, in the body area."""
    return in_body(filler, lambda region: draw_answers(filler.slide, region, answers,
                                                         filler.brand, filler.look))


SUPPLIES = (supply(ANSWER_ROWS, draw_answer_rows),)
