"""Units and the one spacing that both a slide kind and its drawing reason about, defined
once: Office measures in EMU (English Metric Units), 12700 to a point, 914400 to an inch."""

from __future__ import annotations

EMU_PT = 12700  # EMU in a point
EMU_INCH = 914400  # EMU in an inch
# The gap between two cards side by side on a slide (a quarter inch): the help cards' room
# (kinds/signposting.card_room) and the cards drawn (render/deck_card_fit.GAP) share it.
CARD_GAP = EMU_INCH // 4
