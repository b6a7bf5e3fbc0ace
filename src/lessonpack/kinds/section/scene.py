"""An older class's section slide opening on its story: the room of the cycle's stream, as
a still from its video, large at the right of the divider, where a younger class's has its
picture disc.

The room is the one the case study draws (render/deck_room for a room of clues,
render/deck_stream_scene for a streamer at their desk), without the stream around it (no
header, no chat, no words to read), so the divider shows where the part's story happens and
says nothing the case study says. A white mount round it, as round a photograph, keeps its wall
clear of the template's own colour; nothing rounded or cartoon-like is added, so it reads
as a still, not a sticker (11-16s' decks looked like worksheets with no pictures between the parts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE

from lessonpack.kinds.base import Filler
from lessonpack.kinds.look import Look
from lessonpack.plan.scenes import has_room
from lessonpack.render import deck_drawings as dd
from lessonpack.render.deck_body_text import INCH
from lessonpack.render.deck_cover_art import section_disc, text_left_of
from lessonpack.render.deck_drawings import Box, T
from lessonpack.render.deck_room import draw_room
from lessonpack.render.deck_stream_scene import draw_scene

if TYPE_CHECKING:
    from pptx.slide import Slide

    from lessonpack.kinds.payloads import StreamScreen

# The still's height as a share of the slide's, and its width as a share of its height
# (a video's landscape shape, a little squarer so the streamer stays large), at most
# WIDEST of the slide's width: a 4:3 slide keeps its text column.
TALL = 0.52
ASPECT = 1.28
WIDEST = 0.46
MOUNT = 0.08  # inches of white round the still


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


def draw_still(slide: Slide, box: Box, scene: StreamScreen, after: bool, font: str) -> None:
    """The room in ``box`` with a white mount round it (outside the box), as one group
    with its alt text; ``after``: the room once the stream is over."""
    x, y, w, h = box
    group = dd.new_group(slide, "Story scene", still_alt(scene, after))
    mount = int(MOUNT * INCH)
    dd.new_shape(group.shapes, MSO_SHAPE.RECTANGLE,
                 (x - mount, y - mount, w + 2 * mount, h + 2 * mount), T.BACKGROUND_1,
                 "Scene mount")
    # Its words are the case study's to show: a room too small for them here is drawn
    # without them, which is no misfit on a still.
    if has_room(scene.cast):
        draw_room(group.shapes, scene, box, font)
    else:
        draw_scene(group.shapes, scene, box, after)
    dd.close_group(group)


def still_alt(scene: StreamScreen, after: bool) -> str:
    """The still's alt text: whose room it is, when, and whether they are in it."""
    when = " at night" if scene.night else ""
    if after:
        return (f"Drawing: {scene.streamer}'s room{when} after the stream, the chair empty "
                "and a message lit on the phone on the desk.")
    return f"Drawing: {scene.streamer}'s room{when}, as seen on their live stream."
