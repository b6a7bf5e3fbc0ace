"""Cards across the slide, each with a picture: key words (the word, what it means) and
ground rules. Drawn in the body area of a title-and-content layout; the words are also kept as
points, so they stay readable in an outline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import BODY, Box, DrawingSlot, Filler, Match, SlideKind, layout
from lessonpack.kinds.payloads import Card

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class CardsSlide:
    kind: ClassVar[str] = "cards"
    cards: tuple[Card, ...]


class DrawsCardGrid(Protocol):
    def __call__(self, filler: Filler, cards: Sequence[Card]) -> bool: ...


class DrawsCards(Protocol):
    def __call__(self, filler: Filler, cards: Sequence[Card], *, box: Box | None = None,
                 cols: int | None = None, name: str = "Card",
                 like: Sequence[Card] = ()) -> None: ...


# The cards in the layout's body area (False: it has none); and cards in any box, as the
# help cards are drawn (kinds/signposting/). Supplied by kinds/cards/drawing.py.
CARD_GRID: DrawingSlot[DrawsCardGrid] = DrawingSlot("card_grid")
CARDS: DrawingSlot[DrawsCards] = DrawingSlot("cards")


def _fill(filler: Filler, _slide: Slide, payload: CardsSlide) -> None:
    if not filler.drawing(CARD_GRID)(filler, payload.cards):
        # A trainer's layout with no text body: the cards as points in a stand-in box.
        filler.put("body", [c.text or c.heading for c in payload.cards],
                   bold_prefix=tuple(f"{c.heading}: " if c.text else "" for c in payload.cards))


KIND = SlideKind(
    "cards", CardsSlide, layout("LP Bullets", body=BODY),
    "a title and content layout (title + one text box)", _fill, match=Match.TEXT, order=25)
