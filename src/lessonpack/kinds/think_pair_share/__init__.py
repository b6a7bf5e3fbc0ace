"""Think, pair, share: a question at the top of the slide, then three panels across it,
Think (on your own, 1 minute), Pair (with a partner, 2 minutes) and Share (with the class),
each with the short line content gives it. Made from a cycle's ``think_pair_share`` (its
schema part: content/kind_parts/think_pair_share.py) where the cycle's notes teach the step
"Think, pair, share (N min): …" (``in_cycle``): before the checks, or straight after the story
when the step opens the cycle (the class talks about the story before the big ideas)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import BODY, CyclePlace, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.content.kind_parts.think_pair_share import ThinkPairShare
    from lessonpack.content.model import LearningCycle
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class Stage:
    name: str  # "Think"
    how: str  # "On your own · 1 minute": who with, and for how long
    line: str  # what pupils do, as content words it


# The stages' names, who with and for how long: the routine's, the same in every lesson
# (content gives only each stage's line). Share has no time: the teacher takes answers.
STAGES = (("Think", "On your own · 1\u00a0minute"), ("Pair", "With a partner · 2\u00a0minutes"),
          ("Share", "With the class"))


@dataclass(frozen=True)
class ThinkPairShareSlide:
    kind: ClassVar[str] = "think_pair_share"
    question: str
    stages: tuple[Stage, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        """The slide's words as text, in reading order: the question, then each stage."""
        return (self.question, *(f"{s.name} ({s.how.lower()}): {s.line}"
                                 for s in self.stages))


def made_from(part: ThinkPairShare) -> ThinkPairShareSlide:
    """The slide content's ``think_pair_share`` makes."""
    lines = (part.think, part.pair, part.share)
    return ThinkPairShareSlide(part.question, tuple(
        Stage(name, how, line) for (name, how), line in zip(STAGES, lines, strict=True)))


class _Beat(Protocol):
    """What the cycle's planner gives (plan/deck/beat.Beat) that the slide is made from."""

    @property
    def cycle(self) -> LearningCycle: ...
    @property
    def readers(self) -> bool: ...
    @property
    def label(self) -> str: ...


def slides(beat: _Beat) -> list[Slide]:
    """The cycle's think, pair, share, for readers; its notes are the step "Think, pair,
    share (N min)" (the planner puts its paragraph first), then how to run it."""
    from lessonpack.plan.model import Slide

    part = beat.cycle.think_pair_share
    if part is None or not beat.readers:
        return []
    return [Slide(
        "Think, pair, share", kicker=f"{beat.label} · Discuss",
        payload=made_from(part),
        notes="\n".join(line.strip() for line in (f"Read the question aloud: {part.question}",
                         "Think: a minute in silence, on their own. Pair: two minutes with a "
                         "partner. Share: take a few pairs' ideas; nobody has to share.")))]


class DrawsThinkPairShare(Protocol):
    def __call__(self, filler: Filler, payload: ThinkPairShareSlide) -> bool: ...


# The question and the three panels in the body area: drawing.py.
PANELS: DrawingSlot[DrawsThinkPairShare] = DrawingSlot("think_pair_share")


def _fill(filler: Filler, _slide: Slide, payload: ThinkPairShareSlide) -> None:
    if not filler.drawing(PANELS)(filler, payload):
        # A trainer's layout with no body area to draw in: the question and stages as text.
        filler.put("body", list(payload.lines))


KIND = SlideKind(
    "think_pair_share", ThinkPairShareSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT,
    in_cycle=CyclePlace("think", slides, after="story", field="think_pair_share",
                        readers_only=True))
