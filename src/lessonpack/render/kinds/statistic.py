"""The statistic kind's drawing: each figure on its own tile in the drawing area."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.kinds.base import Filler
from lessonpack.kinds.statistic import STATISTICS, Statistic
from lessonpack.render.deck_cards import draw_statistics
from lessonpack.render.kinds import supply


def statistics(filler: Filler, stats: Sequence[Statistic]) -> None:
    """Each figure on its own tile in the drawing area; points already put beside them in a
    stand-in panel end where the tiles end."""
    # Full area: the chart area already keeps the source line's strip above the footer,
    # and the tiles end with the layout's caption panel.
    region = filler.region(clear=False)
    filler.misfits += draw_statistics(filler.slide, region, stats, filler.brand, filler.look)
    _side_ends_with_tiles(filler)


def _side_ends_with_tiles(filler: Filler) -> None:
    """A trainer's layout has no caption panel: the points go in a stand-in panel ("Side",
    render/pptx.py) as tall as the area. It ends where the figures' tiles ("Statistic N",
    deck_cards) end, the source line under both (else the panel runs down to the footer)."""
    from pptx.util import Emu

    tiles = [sh for sh in filler.slide.shapes
             if sh.name.startswith("Statistic ") and sh.name.split()[-1].isdigit()]
    side = next((sh for sh in filler.slide.shapes if sh.name == "Side"
                 and not sh.is_placeholder), None)
    if not tiles or side is None:
        return
    bottom = max(sh.top + sh.height for sh in tiles)
    if side.top < bottom < side.top + side.height:
        side.height = Emu(bottom - side.top)


SUPPLIES = (supply(STATISTICS, statistics),)
