"""Names lessonpack gives the shapes it adds to a slide, read back by the modules that find
them again (the kicker's contrast, its place above the title, the back link).

A module of its own so that a module the kicker's code imports (deck_contrast) can read the
name without importing deck_kicker, which would be a cycle.
"""

from __future__ import annotations

from typing import Final

KICKER_NAME: Final = "Kicker"  # the text box render/pptx.py adds for the "kicker" role
