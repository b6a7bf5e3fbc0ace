"""One quiz question: the question is the slide title, the options are lettered A, B, C."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class Question:
    number: int
    text: str
    options: tuple[str, ...]
    # One per option, for children who cannot read yet (empty: words only).
    pictures: tuple[Picture, ...] = ()
    # On an answer-reveal slide: the right option's index (outlined and ticked, the others
    # dimmed) and why it is right. Why is given to the question slide before a reveal too:
    # shown only on the reveal, but the strip under the panels is sized to it on both.
    answer: int | None = None
    explanation: str = ""
    # On the question slide: how to answer ("Show 1, 2 or 3 fingers."), in the strip where
    # the reveal puts its reason, so the reveal only adds a layer (nothing moves). A reveal
    # carries it too, unshown: both strips are sized to the longer of it and the reason.
    prompt: str = ""
    # The answers of every quiz question in the deck: the panels' words at the size the
    # longest of them allows, one size for the role across the deck (sized one by one,
    # a deck set one question's answers at 32 pt and the rest at 25 pt).
    like: tuple[tuple[str, ...], ...] = ()
    # The whole question, asked above the panels where the slide's title is a short one
    # (content's ``title``), the same on the question and its reveal; empty: the title asks.
    asked: str = ""


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
    reveals=lambda payload: payload.reveal)
