"""Which brand colour a deck's call-out bars are drawn in, and which colours read as a
warning: what the theme (deck_theme, its accent6 slot) and the accent's drawing
(deck_accent, which reads the theme) both ask, in a module of their own so that neither
imports the other for it.
"""

from __future__ import annotations

import colorsys

from lessonpack.content.brand import Brand


def callout_role(brand: Brand) -> str:
    """The brand colour (role) call-out bars are drawn in: the accent a brand chose, unless
    it is a warning colour. The bars sit on the goal, the key messages and the reflection,
    all good news; in a red or orange (Oakfield's brick red) they read as error bars, and
    that colour is kept for what warns (the LIVE badge, red flags)."""
    if "accent" in brand.model_fields_set and not warns(brand.accent):
        return "accent"
    return "secondary"


# Hues (degrees) that read as a warning: red through orange. Pinks and purples past 320 do
# not (a raspberry reads as a brand colour, a scarlet as an alarm).
WARNING_HUES = ((0.0, 40.0), (345.0, 360.0))
WARNING_SATURATION = 0.45  # greyer than this, no colour says "warning"


def warns(colour: str) -> bool:
    """Whether ``colour`` (#RRGGBB) reads as a warning: a saturated red or orange."""
    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < WARNING_SATURATION or not 0.15 < lightness < 0.85:
        return False
    return any(low <= hue * 360 < high for low, high in WARNING_HUES)
