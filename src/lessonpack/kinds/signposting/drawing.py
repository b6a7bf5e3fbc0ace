"""The signposting kind's drawing where there are too many services for cards: a row each."""

from __future__ import annotations

from lessonpack.kinds.base import Filler, supply
from lessonpack.kinds.signposting import SIGNPOSTS
from lessonpack.plan.model import Signpost
from lessonpack.render.deck_drawings import draw_signposts


def signposts(filler: Filler, signposts: tuple[Signpost, ...]) -> None:
    """One card per service, as rows, in the drawing area."""
    filler.misfits += draw_signposts(filler.slide, filler.region(), signposts, filler.brand)


SUPPLIES = (supply(SIGNPOSTS, signposts),)
