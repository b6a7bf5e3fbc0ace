"""Names lessonpack gives the shapes it adds to a slide, read back by the modules that find
them again (the kicker's contrast, its place above the title, the back link).

A module of its own so that a module the kicker's code imports (deck_contrast) can read the
name without importing deck_kicker, which would be a cycle.
"""

from __future__ import annotations

from typing import Final

KICKER_NAME: Final = "Kicker"  # the text box render/pptx.py adds for the "kicker" role

# The logos lessonpack places on a master or layout (render/deck_master) and the panels
# behind them, read back where a slide keeps clear of them (deck_cover, deck_logo_room).
# check/logo_seen keeps its own pair (check may not import render); a test holds them equal.
LOGO: Final = "Logo"
LOGO_PANEL: Final = "Logo panel"
TRAINER_LOGO: Final = "Trainer logo"
TRAINER_PANEL: Final = "Trainer logo panel"
LOGO_NAMES: Final = (LOGO_PANEL, LOGO, TRAINER_PANEL, TRAINER_LOGO)
