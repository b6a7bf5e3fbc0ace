"""One sentence to finish (a reflection): large, in a frame with ruled lines to write on, with
the slide's picture small at the frame's right where the look has one (KS2's thinking face;
KS3 and KS4 have none). No layout of its own: the bullets slides'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, SlideKind, layout
from lessonpack.kinds.bullets import arrange_points

if TYPE_CHECKING:
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class WriteOnSlide:
    kind: ClassVar[str] = "write_on"
    sentence: str


class DrawsFrame(Protocol):
    def __call__(self, filler: Filler, sentence: str, picture: Picture | None = None
                 ) -> bool: ...


# The frame in the body area: drawn by kinds/write_on/drawing.py.
FRAME: DrawingSlot[DrawsFrame] = DrawingSlot("write_on")


def _fill(filler: Filler, _slide: Slide, payload: WriteOnSlide) -> None:
    filler.put("body", [payload.sentence])


def _decorate(filler: Filler, slide: Slide, payload: WriteOnSlide, look: Look) -> None:
    picture = slide.pictures[0] if slide.pictures else None
    if not filler.drawing(FRAME)(filler, payload.sentence, picture):
        arrange_points(filler, slide, [payload.sentence], look)  # no body area: large, centred


KIND = SlideKind(
    "write_on", WriteOnSlide, layout("LP Write On", body=BODY),
    "a title and content layout (title + one text box)", _fill, fallback="bullets",
    decorate=_decorate)
