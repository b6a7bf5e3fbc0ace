"""A "Your turn" slide: what to do, and the task's material on screen (the cards to sort,
the questions to answer, the message to reply to), so the class can work from the screen and
not only from a worksheet or the teacher's notes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout
from lessonpack.kinds.payloads import StreamScreen

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class TaskCard:
    """One thing to sort (a comment, a message, something a friend says), with a picture
    for children who cannot read yet."""

    text: str
    picture: Picture | None = None
    # The card's answer (the column it sorts into), printed before its words on the
    # feedback slide: the sort checked on the cards themselves, not in a list beside them.
    verdict: str = ""


@dataclass(frozen=True)
class Message:
    """A direct message the task answers: who sent it and what it says."""

    sender: str
    text: str


@dataclass(frozen=True)
class TaskSlide:
    kind: ClassVar[str] = "task"
    steps: tuple[str, ...]
    minutes: int
    # Where the cards go (the sort's columns), each with an optional picture (a light).
    columns: tuple[tuple[str, Picture | None], ...] = ()
    cards: tuple[TaskCard, ...] = ()
    questions: tuple[str, ...] = ()
    message: Message | None = None
    # A task with no material to show (draw round your hand): its picture, large.
    picture: Picture | None = None
    # Non-readers hear the steps; the slide shows only the material.
    show_steps: bool = True
    clock: Picture | None = None  # beside the minutes
    story: str = ""  # a story to read before the questions, on a card of its own
    # A stream's video close up, filling the slide (the room with the clues to spot), and
    # whether its clues are circled (the feedback after the spotting task).
    scene: StreamScreen | None = None
    circled: bool = False
    # Places to draw someone in (a helping hand: a grown-up at home, one at school), each
    # with its picture: drawn as empty frames under the question, for non-readers.
    slots: tuple[tuple[str, Picture | None], ...] = ()


class DrawsTask(Protocol):
    def __call__(self, filler: Filler, payload: TaskSlide) -> bool: ...


# The task in the body area (False: it has none): kinds/task/drawing.py.
TASK: DrawingSlot[DrawsTask] = DrawingSlot("task")


def _fill(filler: Filler, slide: Slide, payload: TaskSlide) -> None:
    if not filler.drawing(TASK)(filler, payload):
        # A trainer's layout with no text body: the steps, then the material, as lines.
        lines = [*payload.steps, *([payload.story] if payload.story else []),
                 *(f"{c.verdict}: {c.text}" if c.verdict else c.text
                   for c in payload.cards), *payload.questions]
        if payload.message is not None:
            lines.insert(len(payload.steps), f"{payload.message.sender}: "
                                             f"“{payload.message.text}”")
        filler.put("body", lines)


KIND = SlideKind(
    "task", TaskSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=45,
    splittable=True)
