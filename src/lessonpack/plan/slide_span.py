"""A run of slides by number, as the plans print it ("slides 4–6", "slide 5").

Kept as numbers from where the deck is counted to where the words are printed: read back
out of "4–6", a page's slide numbers depended on how a range happened to be written.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SlideSpan:
    """Slides ``first`` to ``last``, counted from 1 (one slide: the two equal)."""

    first: int
    last: int

    def __str__(self) -> str:
        """"4–6", or "5" for one slide."""
        return f"{self.first}–{self.last}" if self.last > self.first else str(self.first)

    @property
    def label(self) -> str:
        """"slides 4–6", or "slide 5"."""
        return f"slides {self}" if self.last > self.first else f"slide {self}"
