"""A slide of points: ground rules, objectives, key words, tasks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds._shared import fill_points, points_with_picture
from lessonpack.kinds.base import BODY, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class BulletSlide:
    kind: ClassVar[str] = "bullets"
    bullets: tuple[str, ...]
    # Optional bold lead-in per bullet (a keyword, a number); empty or one per bullet.
    leads: tuple[str, ...] = ()
    # Statements to place on an agree-disagree line drawn under them (a starter, a look
    # back): render/deck_scale.py.
    scale: bool = False


class DrawsScale(Protocol):
    def __call__(self, filler: Filler, role: str, look: Look,
                 pictures: Sequence[Picture] = ()) -> None: ...


# The agree-disagree line under the statements: kinds/bullets/drawing.py (render/deck_scale).
SCALE: DrawingSlot[DrawsScale] = DrawingSlot("scale_under")


def arrange_points(filler: Filler, slide: Slide, points: Sequence[str], look: Look, *,
                   scale: bool = False) -> None:
    """The picture beside the points (or the points grown), then, in our own layout, where
    the words sit: one sentence ("If a message in a chat worried me, I would...") large and
    centred; a text-led slide of points with no picture (readers: no decoration) large, read
    from the back of a hall. Points start at the body's top, under the title, as every
    content slide's rows and cards do: centred, the first line sat at a different height on
    each slide. What the vote-rows and write-on kinds fall back to where their drawing has
    no room."""
    if scale:
        filler.drawing(SCALE)(filler, "body", look, slide.pictures)
    else:
        points_with_picture(filler, slide, look)
    if filler.resolved.how != "name":
        return
    if len(points) == 1 and not scale:
        filler.draw.grow_text(filler, "body", look, 36)
        filler.draw.centred(filler, "body")
    elif not look.decorative and not slide.pictures:  # KS2 up, parents: text-led slides
        filler.draw.grow_text(filler, "body", look, 30)


def _decorate(filler: Filler, slide: Slide, payload: BulletSlide, look: Look) -> None:
    arrange_points(filler, slide, payload.bullets, look, scale=payload.scale)


KIND = SlideKind(
    "bullets", BulletSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", fill_points, match=Match.TEXT, order=20,
    decorate=_decorate)
