"""Statements pupils tick privately on their worksheet (KS2-KS4 starter and look back): a row
each with the sheet's Agree / Disagree / Not sure boxes, under one instruction ("Tick the
Start row on your sheet, privately"). Children who cannot read yet (KS1) answer with their
thumbs: the same rows, each with the three thumbs pictures to copy. No layout of its own:
the bullets slides'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import BODY, DrawingSlot, Filler, SlideKind, layout
from lessonpack.kinds.bullets import arrange_points

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class VoteRowsSlide:
    kind: ClassVar[str] = "vote_rows"
    statements: tuple[str, ...]
    caption: str  # the instruction over the rows: which row of the sheet to tick
    # Thumbs up, thumbs down, a thinking face (yes, no, not sure): drawn in every row in
    # place of the sheet's marks, for children who answer with their hands.
    thumbs: tuple[Picture, ...] = ()


class DrawsRows(Protocol):
    def __call__(self, filler: Filler, statements: Sequence[str], caption: str,
                 thumbs: Sequence[Picture] = ()) -> bool: ...


# The rows in the body area: drawn by kinds/vote_rows/drawing.py.
ROWS: DrawingSlot[DrawsRows] = DrawingSlot("vote_rows")


def _fill(filler: Filler, _slide: Slide, payload: VoteRowsSlide) -> None:
    # The statements as text first: what a layout with no body area keeps, and what the
    # rows replace where they are drawn.
    filler.put("body", payload.statements)


def _decorate(filler: Filler, slide: Slide, payload: VoteRowsSlide, look: Look) -> None:
    if not filler.drawing(ROWS)(filler, payload.statements, payload.caption, payload.thumbs):
        arrange_points(filler, slide, payload.statements, look)  # no body area: the points


KIND = SlideKind(
    "vote_rows", VoteRowsSlide, layout("LP Vote Rows", body=BODY),
    "a title and content layout (title + one text box)", _fill, fallback="bullets",
    decorate=_decorate)
