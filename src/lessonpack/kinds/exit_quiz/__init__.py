"""Readers' exit quiz questions on a slide, each with its lettered options (A, B, C) as
panels under it: pupils ring their answer on the worksheet, and a weaker reader or a pupil
learning English follows the options on the screen as the teacher reads them aloud."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.parts import option_letter
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, SlideKind, layout
from lessonpack.kinds.payloads import Question

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide

# Questions on one slide at most: with three options each, a third question's panels would
# be too short for two lines of words at a size read from the back of a classroom.
PER_SLIDE = 2


@dataclass(frozen=True)
class ExitQuizSlide:
    kind: ClassVar[str] = "exit_quiz"
    questions: tuple[Question, ...]
    # Every option of the whole quiz (on this slide and the other): one size for the panels'
    # words on each of its slides.
    like: tuple[tuple[str, ...], ...] = ()


class DrawsExitQuiz(Protocol):
    def __call__(self, filler: Filler, questions: Sequence[Question],
                 like: Sequence[Sequence[str]] = ()) -> bool: ...


# Each question with its option panels, in the body area (False: it has none):
# kinds/exit_quiz/drawing.py.
EXIT_QUIZ: DrawingSlot[DrawsExitQuiz] = DrawingSlot("exit_quiz")


def _fill(filler: Filler, _slide: Slide, payload: ExitQuizSlide) -> None:
    """Question by question, its options lettered under it; a trainer's layout without a
    body area gets the same as lines in its stand-in box."""
    if filler.drawing(EXIT_QUIZ)(filler, payload.questions, payload.like):
        return
    lines: list[str] = []
    prefixes: list[str] = []
    for q in payload.questions:
        lines.append(q.text)
        prefixes.append(f"{q.number}.   ")
        lines += q.options
        prefixes += [f"{option_letter(i)}   " for i in range(len(q.options))]
    filler.put("body", lines, bold_prefix=tuple(prefixes))


# The answers slide's layout (title and one body area) where a template has none named for
# the quiz: the two slides of the quiz's end sit alike.
KIND = SlideKind(
    "exit_quiz", ExitQuizSlide, layout("LP Exit Quiz", body=BODY),
    "a title and content layout (title + one text box)", _fill, fallback="quiz_answers",
    order=55, splittable=True)
