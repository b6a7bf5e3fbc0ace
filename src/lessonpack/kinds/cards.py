"""Cards across the slide, each with a picture: key words (the word, what it means) and
ground rules. Drawn in the body area of a title-and-content layout; the words are also kept as
points, so they stay readable in an outline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.content.picture_library import Picture
from lessonpack.kinds.base import BODY, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class Card:
    """A key word, ground rule or help card: a heading, text and a picture. A text of
    several lines ends with a bold one (a help card's contact)."""

    heading: str
    text: str = ""
    picture: Picture | None = None


@dataclass(frozen=True)
class CardsSlide:
    kind: ClassVar[str] = "cards"
    cards: tuple[Card, ...]


def _fill(filler: Filler, _slide: Slide, payload: CardsSlide) -> None:
    if not filler.draw.card_grid(filler, payload.cards):
        # A trainer's layout with no text body: the cards as points in a stand-in box.
        filler.put("body", [c.text or c.heading for c in payload.cards],
                   bold_prefix=tuple(f"{c.heading}: " if c.text else "" for c in payload.cards))


KIND = SlideKind(
    "cards", CardsSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=25)
