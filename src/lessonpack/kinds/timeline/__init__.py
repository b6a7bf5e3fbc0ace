"""How a contact escalates, drawn as a timeline: an arrow through its stages, each stage's
steps in story order beneath it, and under each stage where help can break the chain. The
feedback after sorting a story's warning signs into those stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class Stage:
    name: str
    steps: tuple[str, ...]  # in the order they happened
    help: str  # what breaks the chain at this stage
    # Each step's number on the sort slide's card, so "card 1" is the same card on both
    # slides (numbered afresh in time order, the timeline's card 1 was another card); none:
    # numbered through the story.
    cards: tuple[int, ...] = ()


@dataclass(frozen=True)
class TimelineSlide:
    kind: ClassVar[str] = "timeline"
    stages: tuple[Stage, ...]


class DrawsTimeline(Protocol):
    def __call__(self, filler: Filler, stages: Sequence[Stage]) -> bool: ...


# The arrow through the stages in the body area (False: it has none): kinds/timeline/drawing.py.
TIMELINE: DrawingSlot[DrawsTimeline] = DrawingSlot("timeline")


def _fill(filler: Filler, _slide: Slide, payload: TimelineSlide) -> None:
    if not filler.drawing(TIMELINE)(filler, payload.stages):
        lines = []
        for stage in payload.stages:
            lines += [f"{stage.name}: {step}" for step in stage.steps]
            lines.append(f"Help: {stage.help}")
        filler.put("body", lines)


KIND = SlideKind(
    "timeline", TimelineSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=47,
    splittable=True)
