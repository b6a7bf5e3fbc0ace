"""A sort's cards to cut out: two full-width columns, a spare card filling the last row.

Every card is one size (a wider card reads as a weightier one in a sorting task). Seven cards
four to a row were 4.4 by 9.5 cm slips; seven as rows of 2, 2 and 3 (the short rows centred)
were one size, but no cut ran edge to edge: a TA with a guillotine cut each row on its own,
some 25 cuts a sheet, and the stepped frame looked unfinished beside the full-width 2 by 3
comment sort on the page before. Here every sort is that page's form: two columns across the
text width, as many rows as the cards need, and an odd set's last place drawn as a dashed
spare card (a pupil writes a card of their own on it), so every cut line runs from edge to
edge of the grid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from lessonpack.check.measure import count_lines

COLUMNS = 2  # cards to a row: the width of the first sort's grid, the card landscape
# A card holds its words in at most this share of its width, and grows no taller than it:
# landscape, as a playing card lies on a desk, not a slip.
LANDSCAPE = 0.75
LINE = 1.17  # a line's height at its size (Word's and LibreOffice's single spacing)
SPARE = "Spare: write your own"


def sort_rows(cards: int, columns: int = COLUMNS) -> tuple[int, int]:
    """Rows of a sort's grid for ``cards`` cards ``columns`` to a row, and the spare cards
    that fill its last row (seven cards: four rows and one spare)."""
    if cards <= 0:
        return 0, 0
    rows = math.ceil(cards / columns)
    return rows, rows * columns - cards


def card_need(texts: Sequence[str], font: str, size: float, width_twips: int,
              side_twips: int, end_twips: int) -> int:
    """Twips the tallest card's words take in a card ``width_twips`` wide (its side margins
    ``side_twips`` each, its top and bottom ones ``end_twips`` each)."""
    room = max(1.0, (width_twips - 2 * side_twips) / 20)
    lines = max((count_lines(t, font, size, room) for t in texts), default=1)
    return round(lines * size * LINE * 20) + 2 * end_twips
