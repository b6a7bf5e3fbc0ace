"""Research figures that speak: each figure large on its own tile, what it counts under it
and its source and year at its foot, with the points they make beside them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds.base import REGION, SIDE, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class Statistic:
    figure: str  # "98%", "almost 1 in 8"
    label: str  # what it counts
    source: str  # "Source: Internet Watch Foundation, 2018"


@dataclass(frozen=True)
class StatisticSlide:
    kind: ClassVar[str] = "statistic"
    statistics: tuple[Statistic, ...]
    points: tuple[str, ...] = ()


class DrawsStatistics(Protocol):
    def __call__(self, filler: Filler, stats: Sequence[Statistic]) -> None: ...


# Each figure on its own tile in the drawing area: kinds/statistic/drawing.py.
STATISTICS: DrawingSlot[DrawsStatistics] = DrawingSlot("statistics")


def _fill(filler: Filler, _slide: Slide, payload: StatisticSlide) -> None:
    # The points first: the figures' drawing ends a stand-in panel of them where its tiles end.
    filler.put("side", payload.points)
    filler.drawing(STATISTICS)(filler, payload.statistics)


KIND = SlideKind(
    "statistic", StatisticSlide, layout("LP Chart", ("side",), side=SIDE, region=REGION),
    "a title only layout with an empty area for the figures", _fill, match=Match.FIGURES, order=91,
    # The figures are read first, as they sit left of the points about them.
    drawing_read_first=True, read_last=("Statistics source",))
