"""A slide of points: ground rules, objectives, key words, tasks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.kinds._shared import fill_points, points_with_picture
from lessonpack.kinds.base import BODY, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
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
    # Statements ticked privately on the worksheet (KS2-KS4): a row each with the sheet's
    # boxes, under this instruction ("Tick the Start row on your sheet"); render/deck_votes.py.
    ticks: str = ""
    # One sentence to finish (a reflection) in a frame with lines to write on, where no
    # picture goes with it (KS3, KS4): render/deck_write_on.py.
    write_on: bool = False


def _decorate(filler: Filler, slide: Slide, payload: BulletSlide, look: Look) -> None:
    """The picture beside the points (or the points grown), then, in our own layout, where
    the words sit: KS1's beside their picture, centred; one sentence to finish ("If a
    message in a chat worried me, I would...") large and centred; a text-led slide of points
    with no picture (adults, teenagers: no decoration) large and centred, read from the back
    of a hall."""
    if payload.ticks and filler.draw.ticks(filler, payload.bullets, payload.ticks):
        return
    if payload.write_on and len(payload.bullets) == 1 and not slide.pictures \
            and filler.draw.write_on(filler, payload.bullets[0]):
        return
    points_with_picture(filler, slide, look, scale=payload.scale)
    if filler.resolved.how != "name":
        return
    if look.name == "ks1" and slide.pictures:
        filler.draw.centred(filler, "body")
    if len(payload.bullets) == 1 and not payload.scale:
        filler.draw.grow_text(filler, "body", look, 36)
        filler.draw.centred(filler, "body")
    elif not look.decorative and not slide.pictures:  # parents, KS3, KS4: text-led slides
        filler.draw.grow_text(filler, "body", look, 30)
        filler.draw.centred(filler, "body")


KIND = SlideKind(
    "bullets", BulletSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", fill_points, match=Match.TEXT, order=20,
    decorate=_decorate)
