"""The one search for sizes that share a slide: of the candidates (a strip's heights, a list's
type sizes), the one where the smaller of the two measured sizes is largest, then the one
whose sizes add up to most, the earliest in the order given on a tie. Steps at 24 pt over
18 pt cards read no better than the other way round; a long reason under 18 pt answers, or
at 18 pt under 24 pt ones, both read as the lesser text.

The caller measures each candidate with the arrangement it will draw (the same function,
the same columns, key and padding), so the size chosen is the size drawn.

The live stream's chat is not chosen here: its larger size is taken only where it loses
nothing the smaller one keeps (``deck_drawings._keeps``: a comment, the stream's title, the
room its video's things need), since what it would trade is a comment or a picture, not a
point of type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

C = TypeVar("C")


def best_balance(candidates: Iterable[C], sizes: Callable[[C], tuple[int, int]]) -> C:
    """The candidate whose two ``sizes`` (as drawn with it) have the largest smaller one,
    then the largest sum; on a tie the earliest, so order the candidates by preference."""
    def balance(candidate: C) -> tuple[int, int]:
        first, second = sizes(candidate)
        return min(first, second), first + second

    return max(candidates, key=balance)
