"""A bar chart of research figures (a native, editable chart) with the points it makes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.kinds.base import REGION, SIDE, Filler, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class ChartBar:
    label: str
    value: float
    # Words shown on the bar instead of the number ("almost 1 in 8"); "" shows the value.
    shown: str = ""


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[ChartBar, ...]
    alt_text: str
    number_format: str = '0"%"'


@dataclass(frozen=True)
class ChartSlide:
    kind: ClassVar[str] = "chart"
    chart: BarChart
    # What the figures mean, beside the chart.
    points: tuple[str, ...] = ()


def _fill(filler: Filler, _slide: Slide, payload: ChartSlide) -> None:
    from lessonpack.render.deck_drawings import draw_chart

    filler.put("side", payload.points)
    draw_chart(filler.slide, filler.region(), payload.chart, filler.brand)


KIND = SlideKind(
    "chart", ChartSlide, layout("LP Chart", ("side",), side=SIDE, region=REGION),
    "a title only layout with an empty area for the chart", _fill, match="chart", order=90)
