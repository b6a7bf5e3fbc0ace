"""The shared drawing toolkit slide kinds ask for through their filler
(``filler.draw.grow_text(...)``): kinds say what a slide holds, the renderer how it is drawn,
and a kind's module never imports the renderer at its top, where the planners import it
(the layers run content → kinds → plan → render; tests/test_layers.py).

Each name here is one entry of lessonpack.kinds.base.Drawing, which names no kind's payload.
A drawing of one kind's own (its cards, its timeline) is not listed here: the kind declares
it (kinds.base.DrawingSlot) and supplies it from its own drawing
(kinds/<kind>/drawing.py). One calling convention for all: a drawing takes the filler first
and records what it could not fit on ``filler.misfits`` itself (reported as LP131), so a
kind can never drop a misfit by forgetting a return value (tests/test_drawing_protocol.py).
"""

from __future__ import annotations

from lessonpack.render.deck_body_text import centred, grow_text, picture_beside
from lessonpack.render.deck_title_stack import restack_title

__all__ = ["centred", "grow_text", "picture_beside", "restack_title"]
