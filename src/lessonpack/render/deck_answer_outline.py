"""The right answer's outline on a quiz's reveal in a colour that shows on its panel (a
trainer's template).

The outline is the theme's first accent (render/deck_options._outline). A Google Slides
export's first accent is a slate close to its charcoal cards: the right answer's panel was
outlined almost invisibly and the reveal looked like the question. On a trainer's template
the outline takes the first of the theme's accents that stands out from the panel's own
fill at 3:1 (WCAG's ratio for the parts of a graphic that carry meaning), never a red.
"""

from __future__ import annotations

from typing import Any

from lessonpack import contrast
from lessonpack.check.colour import RGB, Theme, hex_rgb
from lessonpack.check.pptx_shapes import NS, shape_fill
from lessonpack.render.deck_contrast import view_of


def _red(rgb: RGB) -> bool:
    """A red accent: not for a right answer (red means danger in these lessons)."""
    red, green, blue = rgb
    return red > 0.6 and green < 0.35 and blue < 0.35


def _shows(theme: Theme, slot: str, panel: RGB) -> bool:
    """Whether the theme's ``slot`` colour, not a red, stands out from ``panel`` at 3:1."""
    rgb = hex_rgb(theme.colours.get(slot, "") or "")
    return rgb is not None and not _red(rgb) and contrast.ratio(rgb, panel) >= GRAPHIC_RATIO


ACCENTS = tuple(f"accent{n}" for n in range(1, 7))
GRAPHIC_RATIO = 3.0


def outline_right_answer(slide: Any) -> str | None:
    """The accent the right answer's outline now takes, where it had to change; else None."""
    view = view_of(slide)
    for item in view.items:
        if not item.name.endswith(" panel") or not item.name.startswith("Answer "):
            continue
        line = item.el.find("p:spPr/a:ln/a:solidFill/a:schemeClr", NS)
        if line is None:
            continue
        paint = shape_fill(item, view.theme, view.clr_maps[item.layer])
        if paint.unknown or len(paint.colours) != 1:
            continue
        panel = paint.colours[0]
        if _shows(view.theme, line.get("val", ""), panel):
            return None
        better = next((slot for slot in ACCENTS if _shows(view.theme, slot, panel)), None)
        if better is None:
            return None
        for child in list(line):
            line.remove(child)
        line.set("val", better)
        return better
    return None
