"""One quiz question: the question is the slide title, the options are lettered A, B, C."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout
from lessonpack.kinds.payloads import Question

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class QuestionSlide:
    kind: ClassVar[str] = "quiz_question"
    question: Question
    # The tick on the right answer of a reveal slide: the one filled tick in every deck (a
    # mark that carries meaning, not a decorative icon made plain for 11-16s).
    mark: Picture | None = field(default=None, metadata={"plain": False})

    @property
    def reveal(self) -> bool:
        """Whether the slide is its question's answer reveal, marked where the planner
        makes it (the right answer given: plan/deck/quiz ``question_slide``): a later step
        reads this, never the title's "Answer: ", which is printed text."""
        return self.question.answer is not None


class DrawsQuestion(Protocol):
    def __call__(self, filler: Filler, spec: Slide, question: Question,
                 mark: Picture | None = None) -> bool: ...


# Lettered answer panels in the body area (False: it has none):
# kinds/quiz_question/drawing.py.
QUESTION: DrawingSlot[DrawsQuestion] = DrawingSlot("question")


def _fill(filler: Filler, slide: Slide, payload: QuestionSlide) -> None:
    """Large lettered answer panels across the slide, with the slide's picture (a
    character the question names) beside them for younger pupils; a trainer's layout
    without a text body gets the options as lettered lines in its stand-in box."""
    question = payload.question
    if not filler.drawing(QUESTION)(filler, slide, question, payload.mark):
        options = question.options
        # The whole question first where the title is a short one, as on a drawn slide.
        ask = [question.asked] if question.asked else []
        if question.answer is not None:
            # The reveal in a stand-in box: the right answer alone, and why.
            filler.put("body", [*ask, options[question.answer], question.explanation],
                       bold_prefix=("",) * len(ask) + (f"{option_letter(question.answer)}   ", ""))
            return
        filler.put("body", [*ask, *options],
                   bold_prefix=("",) * len(ask) + tuple(f"{option_letter(i)}   "
                                                       for i in range(len(options))))


KIND = SlideKind(
    "quiz_question", QuestionSlide, layout("LP Quiz Question", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=50,
    reveals=lambda payload: payload.reveal, splittable=True)
