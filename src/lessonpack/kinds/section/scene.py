"""An older class's section slide opening on its story: the room of the cycle's stream, as
a still from its video, large at the right of the divider, where a younger class's has its
picture disc.

The room is the one the case study draws, without the stream around it
(render/deck_scene_still), so the divider shows where the part's story happens and says
nothing the case study says. A white mount round it, as round a photograph, keeps its wall
clear of the template's own colour; nothing rounded or cartoon-like is added, so it reads
as a still, not a sticker (11-16s' decks looked like worksheets with no pictures between the parts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.kinds.base import Filler
from lessonpack.kinds.look import Look
from lessonpack.render.deck_cover_art import section_disc, text_left_of
from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_scene_still import draw_still

if TYPE_CHECKING:
    from lessonpack.kinds.payloads import StreamScreen

# The still's height as a share of the slide's, and its width as a share of its height
# (a video's landscape shape, a little squarer so the streamer stays large), at most
# WIDEST of the slide's width: a 4:3 slide keeps its text column.
TALL = 0.52
ASPECT = 1.28
WIDEST = 0.46


def scene_box(slide: object) -> Box:
    """Where the still goes (EMU): its right edge where the picture disc's is, centred down
    the slide, so a template's section layout places it as it places the disc."""
    presentation = slide.part.package.presentation_part.presentation  # type: ignore[attr-defined]
    width, height = int(presentation.slide_width), int(presentation.slide_height)
    x, _y, side = section_disc(slide)
    h = int(height * TALL)
    w = min(int(h * ASPECT), int(width * WIDEST))
    h = min(h, int(w / ASPECT * 1.15))
    return x + side - w, (height - h) // 2, w, h


def section_scene(filler: Filler, scene: StreamScreen, after: bool, look: Look) -> None:
    """The cycle's story room at the right of its section slide, in a white mount, the
    section's text in a column clear of it; ``after``: the room once the stream is over."""
    slide = filler.slide
    x, y, w, h = scene_box(slide)
    text_left_of(filler, x, "scene")
    draw_still(slide, (x, y, w, h), scene, after, filler.brand.body_font)  # type: ignore[arg-type]
