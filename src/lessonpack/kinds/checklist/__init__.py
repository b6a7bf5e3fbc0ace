"""Points on rows that fill the slide, each numbered: "Check your work" (pupils check their
own work point by point: a number the teacher can name, never an empty box nobody can tick
on a screen), "Big ideas"; points each with its picture (parents' sections); or steps in
order drawn as a flow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class ChecklistSlide:
    kind: ClassVar[str] = "checklist"
    points: tuple[str, ...]
    # One picture per point, beside it (an icon of what the point says), or none.
    pictures: tuple[Picture, ...] = ()
    # The points are steps in order: side by side with arrows between (what to do).
    flow: bool = False


class DrawsRows(Protocol):
    def __call__(self, filler: Filler, points: Sequence[str],
                 pictures: Sequence[Picture] = (), flow: bool = False) -> bool: ...


# The rows (or the flow) in the body area: kinds/checklist/drawing.py.
ROWS: DrawingSlot[DrawsRows] = DrawingSlot("checklist")


def _fill(filler: Filler, _slide: Slide, payload: ChecklistSlide) -> None:
    if not filler.drawing(ROWS)(filler, payload.points,
                                   pictures=payload.pictures, flow=payload.flow):
        filler.put("body", payload.points)  # a trainer's layout with no text body


KIND = SlideKind(
    "checklist", ChecklistSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=46)
