"""The key messages kind's drawings: its panel and bar in a trainer's plain text layout, and
11-16s' goal icon on a disc of the brand's colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from pptx.util import Emu

from lessonpack.kinds.base import supply
from lessonpack.kinds.key_messages import GOAL_DISC, PANEL
from lessonpack.render.deck_drawings import T, new_shape
from lessonpack.render.deck_icon_contrast import fix_icon_contrast
from lessonpack.render.deck_scale import outcome_panel

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

# The icon's side as a share of its disc's: a ring of the disc's colour round it.
ICON_SHARE = 0.62


def goal_disc(filler: Filler) -> None:
    """A disc of the brand's primary colour (the theme's tx2) where the goal's picture was
    placed, the picture shrunk into its middle and drawn after it, the line icon then set
    in a colour that shows on the disc (render/deck_icon_contrast: white on a dark brand
    colour; a trainer's template is finished so again, to the same end)."""
    pictures = [sh for sh in filler.slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    if len(pictures) != 1:
        return
    pic = pictures[0]
    side = max(pic.width, pic.height)
    cx, cy = pic.left + pic.width // 2, pic.top + pic.height // 2
    disc = new_shape(filler.slide.shapes, MSO_SHAPE.OVAL,
                     (cx - side // 2, cy - side // 2, side, side), T.TEXT_2, "Goal disc")
    disc.line.fill.background()
    pic.element.addprevious(disc.element)  # behind the icon (decorative: no words in it)
    w, h = int(pic.width * ICON_SHARE), int(pic.height * ICON_SHARE)
    pic.width, pic.height = Emu(w), Emu(h)
    pic.left, pic.top = Emu(cx - w // 2), Emu(cy - h // 2)
    # Our own template is not finished as a trainer's is: the icon is recoloured here.
    fix_icon_contrast(filler.slide)


SUPPLIES = (supply(PANEL, outcome_panel), supply(GOAL_DISC, goal_disc))
