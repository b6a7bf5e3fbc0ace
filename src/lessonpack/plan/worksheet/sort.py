"""A sort's table on the pupil worksheet: its cards in printed order, its columns' widths."""

from __future__ import annotations

import hashlib

from lessonpack.content.model import SortActivity, SortItem
from lessonpack.plan.model import Table


def printed_order(sort: SortActivity) -> list[SortItem]:
    """Items as printed: an ordering task shows them shuffled (stable for the same content)."""
    if not sort.ordered:
        return list(sort.items)
    return sorted(sort.items, key=lambda i: hashlib.sha256(i.text.encode()).hexdigest())


# Relative widths of an ordering task's two text columns: the number, then the card.
ORDER_WIDTHS = (0.8, 5.0)
CARD_WIDTH = ORDER_WIDTHS[1]


def sort_table(sort: SortActivity, on_cards: str = "") -> Table:
    """The sort's table. ``on_cards``: the year bands that sort on cards instead, on a sheet
    for every year ("Years 3–4", worksheet/bands.on_cards), said in its first heading cell,
    where the child looks to start: a line over the table took the room Part 1's sort needed
    under its story, and the sort went overleaf alone (a fifth side). One line: a second
    pushed Part 1's sort off its side too."""
    order = ("Order",) if sort.ordered else ()
    write = (sort.write_in,) if sort.write_in else ()
    # The card's words take the width, so most cards print on one line; each tick column is
    # as wide as its heading (the renderer measures it in the template's font). A sort is
    # done as a whole: it is never split over a page turn.
    widths: tuple[float, ...] = ()  # no order, no write-in: the renderer shares the rest
    if order or write:
        widths = (*ORDER_WIDTHS[:len(order)], CARD_WIDTH, *(WRITE_IN_WIDTH for _ in write))
    header = (*order, sort.heading, *write, *sort.columns)
    if on_cards:
        header = (f"{header[0]} ({on_cards}: sort on your cards, not here)", *header[1:])
    return Table(header=header,
                 rows=tuple((*("" for _ in order), item.text, *("" for _ in write),
                             *("" for _ in sort.columns))
                            for item in printed_order(sort)),
                 widths=widths, tick_columns=len(sort.columns), keep_whole=True,
                 row_lines=WRITE_IN_ROW_CM if write else 0)


# A sort's write-in column beside the card (relative widths): room for two words such as
# "special treatment" in a 14-year-old's hand, "special" over "treatment" (about 4.5 cm on
# A4; at under 4 cm pupils could not fit the word "treatment").
WRITE_IN_WIDTH = 4.2
# A write-in sort's least row height (cm): a 14-year-old's two words over two lines with
# room round them. At the cards' own height (two lines' type) pupils wrote in 1.1 cm rows
# while the foot of KS3's Part 2 side sat blank.
WRITE_IN_ROW_CM = 1.5
