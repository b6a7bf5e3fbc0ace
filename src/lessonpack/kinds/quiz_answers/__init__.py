"""The answers to a quiz, numbered as the questions were (explanations go in the notes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout
from lessonpack.kinds.payloads import Answer

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class AnswersSlide:
    kind: ClassVar[str] = "quiz_answers"
    answers: tuple[Answer, ...]


class DrawsAnswerRows(Protocol):
    def __call__(self, filler: Filler, answers: Sequence[Answer]) -> bool: ...


# A row per answer in the body area (False: it has none): kinds/quiz_answers/drawing.py.
ANSWER_ROWS: DrawingSlot[DrawsAnswerRows] = DrawingSlot("answer_rows")


def _fill(filler: Filler, _slide: Slide, payload: AnswersSlide) -> None:
    """A row per question: its number, the letter of the right answer on a disc as on the
    question slide, and the answer."""
    answers = payload.answers
    if not filler.drawing(ANSWER_ROWS)(filler, answers):
        filler.put("body", [a.answer for a in answers],
                   bold_prefix=tuple(f"{a.number}. {a.letter}   " if a.letter else
                                     f"{a.number}.   " for a in answers))


KIND = SlideKind(
    "quiz_answers", AnswersSlide, layout("LP Quiz Answers", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=60)
