"""A streamer's room with clues in it (KS2's Mei), drawn as one scene from native shapes:
the entry the stream and its close-ups call.

The clues carry their own words, written on the things themselves as they would be in a
real room: the street's name on the sign seen through the window, the child's full name on
the certificate on the wall, the school's name on the badge of her jumper, the address on
the parcel's label. Nothing is a loose tag laid over a picture, so no label can cover
another, and a ring drawn around a clue goes around the whole thing (the window, the frame,
the parcel, the badge), never through its words: pupils spot what gives a child away, not
a word to find.

Each part has its own module: what is in the room and where it stands,
deck_room_plan; a close-up as its stream showed it, deck_room_close_up; the wall, desk and
the things on them, deck_room_draw; the window, deck_room_window; the streamer,
deck_room_figure; the furniture's parts, deck_room_things; a kitchen's,
deck_room_kitchen. The stream drawn around a large room (its header and chat column) is
deck_room_stream's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_room_close_up import arranged, remember
from lessonpack.render.deck_room_draw import (
    draw_certificate,
    draw_desk,
    draw_desk_thing,
    draw_ring,
    draw_walls,
    pin_up,
)
from lessonpack.render.deck_room_figure import draw_figure
from lessonpack.render.deck_room_plan import DESK, GAP, GAP_V, IN, emu, place, plan, things
from lessonpack.render.deck_room_window import draw_window

if TYPE_CHECKING:
    from pptx.shapes.shapetree import GroupShapes

    from lessonpack.kinds.base import StreamsShown
    from lessonpack.kinds.payloads import StreamScreen

# What draws a thing that hangs on the wall: the window (its street sign seen through it),
# else the certificate.
ON_WALL = {"street-sign": draw_window}


def draw_room(g: GroupShapes, screen: StreamScreen, box: Box, font: str,
              circled: bool = False, as_streamed: bool = False,
              streamed: StreamsShown | None = None) -> list[str]:
    """The room in ``box``: wall, desk, the clues with their words, the streamer, the
    harmless things; with ``circled``, a red ring round each clue's words. ``as_streamed``
    (a close-up): the things where the stream's video had them, in its proportions, in the
    middle of a wider wall: a room laid out anew for a wide area (window far left, the
    parcel far right) read as another room. ``streamed``: the deck's record of what its
    streams showed (a stream adds to it, a close-up reads it); None: a drawing on its own."""
    p, room, misfits = arranged(screen, box, font, as_streamed, streamed)
    if not as_streamed:  # a stream: what it showed, for its close-ups
        remember(streamed, screen, font, p)
    place(p, room)
    _x, y, _w, h = room
    desk_h = emu(p.desk * p.scale)
    draw_walls(g, screen, box, y + h - desk_h, p.scale)
    figure = next((t for t in p.things if t.name in ("school-top", "person")), None)
    rings: list[Box] = []
    for thing in p.things:
        if thing is figure or thing.on_desk:
            continue
        rings += ON_WALL.get(thing.name, draw_certificate)(g, thing, p, font)
    if figure is not None:
        rings += draw_figure(g, figure, p, font)
    draw_desk(g, screen, box, y + h - desk_h, p.scale)
    for thing in p.things:
        if thing.on_desk:
            rings += draw_desk_thing(g, thing, p, font)
    drawing = next((pic for _, pic in screen.cast if pic.name == "cat"), None)
    if drawing is not None:
        pin_up(g, drawing, room, p)
    if circled:
        for n, ring in enumerate(rings, 1):
            draw_ring(g, ring, n, p.scale)
    return misfits


def room_height(w: int, screen: StreamScreen, font: str) -> int:
    """EMU of height the room takes across ``w`` at its own proportions (without its words,
    at most its least size): a stream's video in a trainer's small area is given this much,
    not a strip the room is squeezed into (4:3 templates)."""
    clues, figure, _extras = things(screen, font, words=False)
    rows = [[*[t for t in clues if not t.on_desk], figure, *[t for t in clues if t.on_desk]]]
    wide = sum(t.w for t in rows[0]) + GAP * (len(rows[0]) - 1) + 0.2
    tall = max(t.h for t in rows[0]) + GAP_V + DESK
    return emu(tall * min(1.0, w / IN / wide))


def fits_words(box: Box, screen: StreamScreen, font: str) -> bool:
    """Whether a room this size shows its clues' words at 18 pt or more."""
    return plan(box[2], box[3], screen, font) is not None
