"""The cards kind's drawings: cards in a layout's body area, and cards in any box (the help
cards of kinds/signposting/ draw with it)."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.kinds.base import Box, Filler, supply
from lessonpack.kinds.cards import CARD_GRID, CARDS
from lessonpack.kinds.payloads import Card
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_cards import draw_cards


def draw_card_grid(filler: Filler, cards: Sequence[Card]) -> bool:
    """Cards in the body area."""
    return in_body(filler, lambda region: draw_cards(filler.slide, region, cards,
                                                       filler.brand, filler.look))


def cards(filler: Filler, cards: Sequence[Card], *, box: Box | None = None,
          cols: int | None = None, name: str = "Card", like: Sequence[Card] = ()) -> None:
    """Rounded cards in ``box``, or the layout's drawing area (``filler.region()``); what
    does not fit is recorded on the filler (LP131)."""
    filler.misfits += draw_cards(filler.slide, box or filler.region(), cards, filler.brand,
                                 filler.look, cols=cols, name=name, like=like,
                                 said=filler.said)


SUPPLIES = (supply(CARD_GRID, draw_card_grid), supply(CARDS, cards))
