"""Research figures that speak: each figure large on its own tile, what it counts under it
and its source and year at its foot, with the points they make beside them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.kinds.base import REGION, SIDE, Filler, Match, SlideKind, layout

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


def _fill(filler: Filler, _slide: Slide, payload: StatisticSlide) -> None:
    filler.put("side", payload.points)
    filler.draw.statistics(filler, payload.statistics)
    _side_ends_with_tiles(filler)


def _side_ends_with_tiles(filler: Filler) -> None:
    """A trainer's layout has no caption panel: the points go in a stand-in panel ("Side")
    as tall as the area. It ends where the figures' tiles end, the source line under both
    (otherwise the points' panel runs past the tiles down to the footer)."""
    from pptx.util import Emu  # python-pptx only while drawing (planning imports payloads)

    tiles = [sh for sh in filler.slide.shapes
             if sh.name.startswith("Statistic ") and sh.name.split()[-1].isdigit()]
    side = next((sh for sh in filler.slide.shapes if sh.name == "Side"
                 and not sh.is_placeholder), None)
    if not tiles or side is None:
        return
    bottom = max(sh.top + sh.height for sh in tiles)
    if side.top < bottom < side.top + side.height:
        side.height = Emu(bottom - side.top)


KIND = SlideKind(
    "statistic", StatisticSlide, layout("LP Chart", ("side",), side=SIDE, region=REGION),
    "a title only layout with an empty area for the figures", _fill, match=Match.FIGURES, order=91,
    # The figures are read first, as they sit left of the points about them.
    drawing_read_first=True, read_last=("Statistics source",))
