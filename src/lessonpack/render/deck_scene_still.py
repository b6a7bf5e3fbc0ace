"""A story's room drawn as a still from its stream's video, in a white mount: the room the
case study draws (deck_room for a room of clues, deck_stream_scene for a streamer at their
desk) without the stream around it (no header, no chat, no words to read). An older class's
section slide opens on it, and its checks show it beside the question, so a quiz slide shows
whose story it asks about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE

from lessonpack.plan.scenes import has_room
from lessonpack.render import deck_drawings as dd
from lessonpack.render.deck_body_text import INCH
from lessonpack.render.deck_drawings import Box, T
from lessonpack.render.deck_room import draw_room
from lessonpack.render.deck_stream_scene import draw_scene

if TYPE_CHECKING:
    from pptx.slide import Slide

    from lessonpack.kinds.payloads import StreamScreen

MOUNT = 0.08  # inches of white round the still


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
