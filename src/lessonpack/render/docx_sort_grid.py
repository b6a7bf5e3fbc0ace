"""A sort's cards to cut out: how many to a row, and a short row centred under the full ones.

Every card is one size (a wider card reads as a weightier one in a sorting task). Seven cards
four to a row of the A4 text width were 4.4 cm wide and, stretched to fill the page, 9.5 cm
tall: a few words floating in a tall thin slip, and an empty place after the short row that
looked like a missing card. Here the row is as wide as keeps a card
landscape for its words (their height at most ``LANDSCAPE`` of its width), the cards grow
to fill the page no taller than they are wide (``SQUARE``), the rows share the
cards evenly (seven at three a row: 2, 2 and 3), and a short row sits centred, a half card's
blank either side, so no empty place reads as a card: the cut lines frame real cards only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from lessonpack.check.measure import count_lines

# The widths a sort's grid may take are those whose cards hold their words in at most this
# share of their width: landscape, as a playing card lies on a desk, not a slip.
LANDSCAPE = 0.75
# Filling the page, a card grows no taller than it is wide (three rows of landscape cards
# left the lower third of Year 4's clue sheet blank: card stock printed for nothing).
SQUARE = 1.0
WIDEST = 4  # five across the A4 text width broke a sentence a word to a line
LINE = 1.17  # a line's height at its size (Word's and LibreOffice's single spacing)


def balanced(cards: int, columns: int) -> tuple[int, ...]:
    """Cards in each row, at most ``columns``, the rows as even as they go, the fuller last
    (the row under the heading cards is the shorter: it never lines up under them)."""
    if cards <= 0:
        return ()
    rows = math.ceil(cards / columns)
    base, extra = divmod(cards, rows)
    return tuple(base + (k >= rows - extra) for k in range(rows))


def card_need(texts: Sequence[str], font: str, size: float, width_twips: int,
              side_twips: int, end_twips: int) -> int:
    """Twips the tallest card's words take in a card ``width_twips`` wide (its side margins
    ``side_twips`` each, its top and bottom ones ``end_twips`` each)."""
    room = max(1.0, (width_twips - 2 * side_twips) / 20)
    lines = max((count_lines(t, font, size, room) for t in texts), default=1)
    return round(lines * size * LINE * 20) + 2 * end_twips


def sort_rows(texts: Sequence[str], font: str, size: float, total_twips: int, per_row: int,
              headings: int, margins: tuple[int, int]) -> tuple[int, ...]:
    """Cards in each row of a sort's grid. The widths tried (two to ``WIDEST``) are ranked,
    in order: no card alone in a row (a sheet ending in one card looked unfinished); every
    card landscape for its words; no two full rows as wide as the headings (columns of cards
    straight under the heading cards read as an answer key on the uncut sheet); nearest
    ``per_row``; the fewer rows."""
    cards = len(texts)
    end, side = margins

    def cost(columns: int) -> tuple[bool, bool, bool, int, int]:
        counts = balanced(cards, columns)
        width = total_twips // max(counts)
        tall = card_need(texts, font, size, width, side, end) > LANDSCAPE * width
        lined = max(counts) == headings and counts.count(headings) > 1
        return (cards > 1 and min(counts) == 1, tall, lined, abs(max(counts) - per_row),
                len(counts))

    if cards <= 1:
        return balanced(cards, 1)
    best = min(range(2, min(WIDEST, cards) + 1), key=cost)
    return balanced(cards, best)


def centred_rows(counts: Sequence[int], half_widths: Sequence[int], card_cell: str
                 ) -> list[list[str]]:
    """The rows' cells on a grid of half cards (two grid columns a card): a full row's cards
    side by side, a short row's centred between two blank cells with no lines of their own
    (the cards' dashed frames are the only cuts). ``card_cell`` is a cell's XML with
    ``{width}`` and ``{span}`` to fill."""
    columns = max(counts)
    rows = []
    for count in counts:
        blank = columns - count  # half cards either side
        cells = []
        start = 0
        if blank:
            cells.append(_blank(sum(half_widths[:blank]), blank))
            start = blank
        for k in range(count):
            at = start + 2 * k
            cells.append(card_cell.format(width=sum(half_widths[at:at + 2]), span=2))
        if blank:
            cells.append(_blank(sum(half_widths[-blank:]), blank))
        rows.append(cells)
    return rows


def _blank(width: int, span: int) -> str:
    """A cell with no borders and nothing in it, ``span`` half cards wide."""
    spanned = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    nil = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right"))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{spanned}'
            f"<w:tcBorders>{nil}</w:tcBorders></w:tcPr><w:p/></w:tc>")
