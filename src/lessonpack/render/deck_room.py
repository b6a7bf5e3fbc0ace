"""A streamer's room with clues in it (KS2's Mei), drawn as one scene from native shapes.

The clues carry their own words, written on the things themselves as they would be in a
real room: the street's name on the sign seen through the window, the child's full name on
the certificate on the wall, the school's name on the badge of her jumper, the address on
the parcel's label. Nothing is a loose tag laid over a picture, so no label can cover
another, and a ring drawn around a clue goes around the whole thing (the window, the frame,
the parcel, the badge), never through its words: pupils spot what gives a child away, not
a word to find. The room's furniture and the child's drawing are deck_room_things'.

The room is laid out by measure, not by fixed fractions: each thing's least size follows
from its words at 18 pt (readable from the back of a classroom), an arrangement is chosen
that fits the area (one row in a wide area, wall above desk in a squarer one), and the whole
scene grows with the area, words included, up to 28 pt. An area too small for the words at
18 pt draws the things without words and says so (the close-up slide shows them all).
The stream drawn around a large room (its header and chat column) is deck_room_stream's.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from lessonpack.check.measure import text_width
from lessonpack.plan.scenes import DISTRACTORS, ROOM_CLUES, TEEN_DISTRACTORS
from lessonpack.render.deck_drawings import Box, T, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_room_kitchen import (
    KITCHEN_THINGS,
    draw_kitchen_thing,
    draw_tiles,
    draw_worktop,
)
from lessonpack.render.deck_room_things import (
    BADGE,
    draw_badge,
    draw_cat,
    draw_chair,
    draw_hood,
    draw_side_walls,
)
from lessonpack.render.deck_room_things import solid as _fill  # fill alone: no outline
from lessonpack.render.ooxml import set_lang, text_body

if TYPE_CHECKING:
    from pptx.shapes.shapetree import GroupShapes

    from lessonpack.kinds.base import StreamsShown
    from lessonpack.kinds.scenario import StreamScreen
    from lessonpack.plan.model import Picture

IN = int(Inches(1))
# What the room draws as its clues and fixtures; anything else in the scene is a harmless
# thing on the desk.
CLUE_THINGS = frozenset({*ROOM_CLUES, "parcel", "school-top", "moon", "cat"})
# The harmless things added only so that finding the clues takes a look: the room takes
# them while it has space. Anything else the story puts on the desk (Mei's paint palette)
# is drawn in every size of room, since a clue card may send pupils to look for it.
SPARE_THINGS = frozenset({*DISTRACTORS, *TEEN_DISTRACTORS})
BASE_PT = 18  # the words' size at scale 1: the least a class can read from the back
MAX_PT = 28
# A close-up's words may grow further: the room alone fills the slide, and its clues are
# what the class searches (at 28 pt the room sat small in the middle of a wide panel).
CLOSE_UP_MAX_PT = 40
GAP = 0.25  # inches between things side by side at scale 1: room for a ring round each
GAP_V = 0.15  # inches between rows
DESK = 0.35  # inches: the desk's front, at scale 1
RING = 0.09  # inches from a clue's words to the ring round them
# Real-world colours for real-world things (a brand's colours stay on the stream around
# the room); every word sits on white, so it reads whatever the brand.
SKY = RGBColor(0xCF, 0xE8, 0xF7)
WOOD = RGBColor(0xB9, 0x84, 0x52)
WOOD_TOP = RGBColor(0xD6, 0xA5, 0x72)
CARD = RGBColor(0xC6, 0x8E, 0x4E)
TAPE = RGBColor(0xA8, 0x72, 0x38)
GOLD = RGBColor(0xD9, 0xA4, 0x41)
POST = RGBColor(0x8A, 0x8F, 0x98)
SIGN_GREEN = RGBColor(0x1B, 0x6E, 0x3C)  # a street sign's: white words reach 6:1 on it
SIGN_EDGE = RGBColor(0xFF, 0xFF, 0xFF)
BRICK = RGBColor(0xA8, 0x5A, 0x44)  # a garden wall outside the window
CURTAIN = RGBColor(0xE2, 0x8C, 0x6E)  # a warm plain curtain, unlike any frame on the wall
CURTAIN_IN = 0.17  # each curtain's width, inches at scale 1
SILL = RGBColor(0xF4, 0xF1, 0xEA)  # a painted sill, lighter than the wall's tint
SILL_EDGE = RGBColor(0x9A, 0x94, 0x88)
DANGER = RGBColor(0xC8, 0x10, 0x2E)  # red whatever the brand: what gives a child away
# The fictional child's school top is one fixed neutral grey, never a brand colour: the
# lesson is about how a uniform identifies a school, so the character must not wear what
# may be the host school's own uniform colour.
JUMPER = RGBColor(0x7D, 0x83, 0x8C)
JUMPER_COLLAR = RGBColor(0x4E, 0x53, 0x5B)


def emu(v: float) -> int:
    """EMU of ``v`` inches."""
    return round(v * IN)


@dataclass
class Thing:
    """One thing in the room: its least size in inches at scale 1 and where it stands."""

    name: str  # the picture library's name (street-sign, certificate, school-top, parcel...)
    w: float
    h: float
    on_desk: bool  # stands on the desk (else hangs on the wall, or is the streamer)
    words: str = ""
    picture: Picture | None = None
    lines: tuple[str, ...] = ()  # the words as drawn, a line each
    hood: bool = False  # the streamer's top is a hoodie (drawn with its hood and cords)
    box: Box = (0, 0, 0, 0)  # placed, EMU
    # How much larger than the room's scale the thing is drawn: a close-up's streamer sits
    # nearer the camera than the wall behind her (_close_up).
    near: float = 1.0
    # Inches at scale 1 of the thing's top that may reach up past its row's top, into the
    # row above: a close-up's streamer's head between the window and the certificate.
    rise: float = 0.0


@dataclass
class Plan:
    scale: float
    rows: list[list[Thing]]
    desk: float  # the desk's height, inches at scale 1
    things: list[Thing] = field(default_factory=list)
    most_pt: int = MAX_PT  # the words' largest size
    # A close-up (the slide pupils search): every clue shows its words. In the stream the
    # street sign, outside and far off, and the small badge on the jumper are drawn at
    # their own small size, without words: at 18 pt the sign filled the window pane like
    # a caption on the glass and the badge covered the child's chest.
    close: bool = False

    @property
    def pt(self) -> int:
        return int(min(self.most_pt, BASE_PT * self.scale))


def _width(text: str, font: str) -> float:
    """Inches the words take in bold at 18 pt, with a margin for renderers that set glyphs a
    shade wider than they measure (LibreOffice)."""
    return text_width(text, font, BASE_PT, True) * 1.08 / 72


def _lines(words: str, font: str, widest: float) -> tuple[str, ...]:
    """The words on one line, or on two split where the lines come out most even when one
    line is wider than ``widest`` inches."""
    parts = words.split()
    if _width(words, font) <= widest or len(parts) < 2:
        return (words,)
    cuts = [(" ".join(parts[:n]), " ".join(parts[n:])) for n in range(1, len(parts))]
    return min(cuts, key=lambda c: max(_width(c[0], font), _width(c[1], font)))


LINE_IN = BASE_PT * 1.2 / 72  # one line of words, inches at scale 1


def things(screen: StreamScreen, font: str, words: bool = True) -> tuple[list[Thing], Thing,
                                                                        list[Thing]]:
    """The clues and the story's own things (wall and desk), the streamer, and the spare
    harmless things, at their least sizes. ``words`` False: drawn without their words (an
    area too small to read them)."""
    said = {p.name: label for label, p in screen.cast if label and label != "on screen"}
    by_name = {p.name: p for _, p in screen.cast}
    clues: list[Thing] = []
    sign = said.get("street-sign", "") if words else ""
    if "street-sign" in by_name:
        plate = max(1.0, _width(sign, font) + 0.3) if sign else 1.0
        # A window: its curtains are inside this box, over its frame (_draw_window).
        clues.append(Thing("street-sign", max(1.5, plate + 0.3), 1.47, False,
                           sign,
                           by_name.get("moon"), (sign,) if sign else ()))
    cert = said.get("certificate", "") if words else ""
    if "certificate" in by_name:
        clues.append(Thing("certificate", max(1.3, _width(cert, font) + 0.4), 1.45, False,
                           cert, None, (cert,) if cert else ()))
    label = said.get("parcel", "") if words else ""
    if "parcel" in by_name:
        clues.append(Thing("parcel", max(1.2, _width(label, font) + 0.22), 1.0, True, label,
                           None, (label,) if label else ()))
    school = said.get("school-top", "") if words else ""
    lines = _lines(school, font, 1.5) if school else ()
    badge = max((_width(line, font) for line in lines), default=0.6) + 0.25
    person = next((p for n, p in screen.cast if n == "on screen"), None)
    head = 1.0
    figure = Thing("school-top" if "school-top" in by_name else "person",
                   max(1.7, badge + 0.5), head * 0.88 + len(lines) * LINE_IN + 0.45, False,
                   school, person, lines,
                   hood=screen.hood)
    story, extras = _desk_things(screen)
    return [*clues, *story], figure, extras


def _desk_things(screen: StreamScreen) -> tuple[list[Thing], list[Thing]]:
    """The things on the desk that are no clue: the story's own (drawn always) and the
    spare ones (SPARE_THINGS, drawn while there is room)."""
    on_desk = [Thing(p.name, 0.6, 0.6, True, "", p) for label, p in screen.cast
               if p.name not in CLUE_THINGS and label != "on screen"]
    # A kitchen's kettle stands on its worktop (deck_room_kitchen), always drawn.
    kitchen = [Thing(name, w, h, True) for name, w, h in KITCHEN_THINGS] if screen.kitchen \
        else []
    return ([*[t for t in on_desk if t.name not in SPARE_THINGS], *kitchen],
            [t for t in on_desk if t.name in SPARE_THINGS])


def plan(w: int, h: int, screen: StreamScreen, font: str, words: bool = True,
         least_scale: float = 1.0, harmless: int | None = None) -> Plan | None:
    """The arrangement whose least size, scaled up as far as the area allows, is largest;
    None when none fits at ``least_scale`` (1: the words would be under 18 pt). Harmless
    things join the desk while the scene keeps most of its size (finding the clues should
    take a look); the first ``harmless`` of them where given (as many as another plan took)."""
    clues, figure, extras = things(screen, font, words)
    extras = extras[:harmless]  # all of them where None
    wall = [t for t in clues if not t.on_desk]
    desk = [t for t in clues if t.on_desk]
    options = [[[*wall, figure, *desk]], [wall, [*desk[:1], figure, *desk[1:]]]]
    best: Plan | None = None
    for rows in options:
        rows = [r for r in rows if r]
        scale = _scale(rows, w / IN, h / IN)
        if scale >= least_scale and (best is None or scale > best.scale):
            best = Plan(scale, rows, DESK)
    if best is None:
        return None
    least = max(1.0, min(best.scale, MAX_PT / BASE_PT) * 0.85)
    last = best.rows[-1]
    taken: list[Thing] = []
    for extra in extras:
        trial = [*best.rows[:-1], [*last, *taken, extra]]
        scale = _scale(trial, w / IN, h / IN)
        if scale < least:
            break
        taken.append(extra)
        best.scale = scale
    # Spread along the desk's row: one in each gap after the first thing, round and round.
    row = list(last)
    for n, extra in enumerate(taken):
        at = 1 + (n % len(last))
        row.insert(row.index(last[at - 1]) + 1, extra)
    best.rows[-1] = row
    best.scale = min(best.scale, MAX_PT / BASE_PT)
    return best


def _scale(rows: list[list[Thing]], w: float, h: float) -> float:
    """How far the rows can grow in a w x h in area (1: they just fit)."""
    wide = max(sum(t.w for t in row) + GAP * (len(row) - 1) + 0.2 for row in rows)
    tall = sum(max(t.h - t.rise for t in row) for row in rows) + GAP_V * len(rows) + DESK
    return min(w / wide, h / tall)


def place(p: Plan, box: Box) -> None:
    """Each thing's box where ``positions`` puts it, the things listed in drawing order."""
    for thing, at in positions(p, box):
        thing.box = at
        p.things.append(thing)


def positions(p: Plan, box: Box) -> list[tuple[Thing, Box]]:
    """Where each thing of ``p`` stands in ``box`` (EMU), row by row, without placing it: the
    rows stacked down the wall, the last row on the desk, each row's things spread evenly
    across the width (a row a streamer's head rises into: parted round it, _lefts)."""
    _x, y, _w, h = box
    s = p.scale
    desk_h = emu(p.desk * s)
    desk_top = y + h - desk_h
    heights = [emu(max(t.h - t.rise for t in row) * s) for row in p.rows]
    gap_y = (desk_top - y - sum(heights)) // (len(p.rows) + 1)
    top = y + gap_y
    found: list[tuple[Thing, Box]] = []
    head = _head_span(p, box)
    for row, row_h in zip(p.rows, heights, strict=True):
        widths = [emu(t.w * s) for t in row]
        last = row is p.rows[-1]
        for thing, tw, left in zip(row, widths, _lefts(widths, box, head, s, last),
                                   strict=True):
            th = emu(thing.h * s)
            if thing.on_desk:  # stands on the desk's top
                ty = desk_top + desk_h // 5 - th
            elif thing.name in ("school-top", "person") and last:
                ty = desk_top - th  # sits behind the desk, seen from the waist up
            else:
                ty = top + (row_h - th) // 2
            found.append((thing, (left, ty, tw, th)))
        top += row_h + gap_y
    return found


def _spread(widths: list[int], x: int, w: int) -> list[int]:
    """Left edges of things this wide spread evenly across ``w`` from ``x``."""
    spare = (w - sum(widths)) // (len(widths) + 1)
    lefts, left = [], x + spare
    for tw in widths:
        lefts.append(left)
        left += tw + spare
    return lefts


def _lefts(widths: list[int], box: Box, head: tuple[int, int] | None, s: float,
           last: bool) -> list[int]:
    """A row's left edges: spread evenly; in a row above a streamer whose head rises into it
    (``head``: its left and right, EMU, clear of rings), those left of her head moved in
    beside it on the left, the others beside it on the right, as near as the stream had
    them; evenly spread where that leaves a thing off the wall."""
    x, _y, w, _h = box
    even = _spread(widths, x, w)
    if head is None or last:
        return even
    mid = (head[0] + head[1]) // 2
    gap = emu(GAP * s)
    side = [left + tw // 2 < mid for left, tw in zip(even, widths, strict=True)]
    lefts = list(even)
    edge = head[0]
    for n in reversed([n for n, on_left in enumerate(side) if on_left]):
        edge = min(edge, even[n] + widths[n])
        lefts[n] = edge - widths[n]
        edge = lefts[n] - gap
    edge = head[1]
    for n in [n for n, on_left in enumerate(side) if not on_left]:
        edge = max(edge, even[n])
        lefts[n] = edge
        edge += widths[n] + gap
    inside = all(x <= left and left + tw <= x + w
                 for left, tw in zip(lefts, widths, strict=True))
    return lefts if inside else even


def _head_span(p: Plan, box: Box) -> tuple[int, int] | None:
    """The left and right (EMU) of a streamer's head that rises into the row above hers, a
    ring's margin and the chair's edge each side; None where none rises."""
    row = p.rows[-1]
    figure = next((t for t in row if t.rise), None)
    if figure is None or len(p.rows) < 2:
        return None
    x, _y, w, _h = box
    s = p.scale
    widths = [emu(t.w * s) for t in row]
    n = row.index(figure)
    centre = _spread(widths, x, w)[n] + widths[n] // 2
    half = emu(figure.near * s) // 2 + emu((0.12 * figure.near + 2 * RING) * s)
    return centre - half, centre + half


# The stream's video is about as wide as it is tall (4.5 x 4.1 in on our layouts, 4.2 x 4.05
# on a trainer's): a close-up arranges the room's things as in these proportions (the same
# rows, the same order, the harmless things the stream's video had room for, no more), so
# it shows the room the stream showed.
STREAM_VIDEO_ASPECT = 1.1
STREAM_VIDEO_H = int(4.1 * IN)
# Then it grows them to fill the slide's height, spread over a wall up to this much wider
# than tall, more of the same wall and desk either side: in the stream's own proportions
# the room took the middle third of a wide panel, small, under empty sky.
CLOSE_UP_ASPECT = 1.9


# How many harmless things the stream's video of a scene took, by scene and font: the
# stream slide is drawn before its close-ups, which show the same (a palette on the
# close-up's desk that the stream did not show made it another room). The count is the
# stream's room plan's (``_harmless``), passed on in the deck's render state
# (kinds.base.StreamsShown, one per deck rendered: nothing is kept between decks, so
# another build's template or size cannot change this deck's close-ups). Where this deck
# did not draw the stream (a kept slide), estimated from the usual video's size.


def _scene_key(screen: StreamScreen, font: str) -> tuple[str, tuple[str, ...], str]:
    return (screen.streamer, tuple(p.name for _label, p in screen.cast), font)


def _harmless(p: Plan) -> int:
    return sum(t.name in SPARE_THINGS for t in p.rows[-1])


def _remember(streamed: StreamsShown | None, screen: StreamScreen, font: str, p: Plan
              ) -> None:
    """A stream's room plan's count of harmless things, in the deck's record (none kept
    for a drawing on its own)."""
    if streamed is not None:
        streamed[_scene_key(screen, font)] = _harmless(p)


def _as_streamed(box: Box, screen: StreamScreen, font: str, streamed: StreamsShown | None
                 ) -> tuple[Box, int]:
    """A close-up's room: the middle of ``box`` in the stream's video proportions (where
    the box is wider), and how many harmless things the deck's stream showed."""
    x, y, w, h = box
    seen = min(w, int(h * STREAM_VIDEO_ASPECT))
    harmless = (streamed or {}).get(_scene_key(screen, font))
    if harmless is None:
        usual = plan(int(STREAM_VIDEO_H * STREAM_VIDEO_ASPECT), STREAM_VIDEO_H, screen, font)
        harmless = _harmless(usual) if usual else 0
    return (x + (w - seen) // 2, y, seen, h), harmless


def _room_plan(w: int, h: int, screen: StreamScreen, font: str, harmless: int | None
               ) -> tuple[Plan, list[str]]:
    """The room's plan with its words; else without them (said in the misfit)."""
    p = plan(w, h, screen, font, harmless=harmless)
    if p is not None:
        return p, []
    misfits: list[str] = [TextMisfit("the text of the clues in the room (drawn without it) "
                                     "does not fit its box at 18 pt")]
    p = plan(w, h, screen, font, words=False)
    if p is None:
        # Smaller than its least size: the whole room, Mei too, at its own proportions
        # (scaled alike both ways), as large as the area allows.
        p = plan(w, h, screen, font, words=False, least_scale=0.0)
        assert p is not None  # no least scale: some arrangement is always best
    return p, misfits


def draw_room(g: GroupShapes, screen: StreamScreen, box: Box, font: str,
              circled: bool = False, as_streamed: bool = False,
              streamed: StreamsShown | None = None) -> list[str]:
    """The room in ``box``: wall, desk, the clues with their words, the streamer, the
    harmless things; with ``circled``, a red ring round each clue's words. ``as_streamed``
    (a close-up): the things where the stream's video had them, in its proportions, in the
    middle of a wider wall: a room laid out anew for a wide area (window far left, the
    parcel far right) read as another room. ``streamed``: the deck's record of what its
    streams showed (a stream adds to it, a close-up reads it); None: a drawing on its own."""
    p, room, misfits = _arranged(screen, box, font, as_streamed, streamed)
    if not as_streamed:  # a stream: what it showed, for its close-ups
        _remember(streamed, screen, font, p)
    place(p, room)
    _x, y, _w, h = room
    desk_h = emu(p.desk * p.scale)
    _draw_walls(g, screen, box, y + h - desk_h, p.scale)
    figure = next((t for t in p.things if t.name in ("school-top", "person")), None)
    rings: list[Box] = []
    for thing in p.things:
        if thing is figure or thing.on_desk:
            continue
        rings += _draw_wall_thing(g, thing, p, font)
    if figure is not None:
        rings += _draw_figure(g, figure, p, font)
    _draw_desk(g, screen, box, y + h - desk_h, p.scale)
    for thing in p.things:
        if thing.on_desk:
            rings += _draw_desk_thing(g, thing, p, font)
    drawing = next((pic for _, pic in screen.cast if pic.name == "cat"), None)
    if drawing is not None:
        _pin_up(g, drawing, room, p)
    if circled:
        for n, ring in enumerate(rings, 1):
            _ring(g, ring, n, p.scale)
    return misfits


# Inches at scale 1 of wall tiles above a kitchen's worktop.
TILES = 0.9


def _draw_walls(g: GroupShapes, screen: StreamScreen, box: Box, desk_top: int,
                scale: float) -> None:
    """The back wall, a kitchen's tiles along its foot, and the side walls."""
    new_shape(g, MSO_SHAPE.RECTANGLE, box, T.BACKGROUND_2, "Wall")
    if screen.kitchen:
        tiles = emu(TILES * scale)
        draw_tiles(g, (box[0], desk_top - tiles, box[2], tiles), scale)
    draw_side_walls(g, box, desk_top)


def _draw_desk(g: GroupShapes, screen: StreamScreen, box: Box, top: int, scale: float) -> None:
    """The desk across the room's foot from ``top``; a kitchen's worktop in a kitchen."""
    bx, by, bw, bh = box
    if screen.kitchen:
        draw_worktop(g, (bx, top, bw, by + bh - top), scale)
        return
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (bx, top, bw, by + bh - top), None, "Desk"), WOOD)
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (bx, top, bw, (by + bh - top) // 4), None,
                    "Desk top"), WOOD_TOP)


def _arranged(screen: StreamScreen, box: Box, font: str, as_streamed: bool,
              streamed: StreamsShown | None) -> tuple[Plan, Box, list[str]]:
    """The room's plan, the box it is placed in and what did not fit, placing nothing: a
    stream's room as planned in ``box``; a close-up's as the stream showed it, grown to
    fill the area (``_close_up``) where its words fit."""
    room, harmless = _as_streamed(box, screen, font, streamed) if as_streamed else (box, None)
    p, misfits = _room_plan(room[2], room[3], screen, font, harmless)
    if as_streamed and not misfits:
        p, room = _close_up(p, box, room)
    return p, room, misfits


def _close_up(p: Plan, box: Box, streamed_room: Box) -> tuple[Plan, Box]:
    """The close-up's room and where it goes: ``p`` (arranged as the stream's, in
    ``streamed_room``) grown to fill ``box``'s height (to CLOSE_UP_MAX_PT words), in the
    middle of it, up to CLOSE_UP_ASPECT wide. Where the things in one row, left to right as
    the stream had them (the wall's beside the streamer's head), grow a fifth larger than in
    the stream's rows, one row: a window above a streamer's head kept a wide close-up to a
    strip. ``p`` is left as it was; nothing is placed."""
    x, y, w, h = box
    wide = min(w, int(h * CLOSE_UP_ASPECT))
    most = CLOSE_UP_MAX_PT / BASE_PT
    room = (x + (w - wide) // 2, y, wide, h)
    rows, scale = p.rows, min(_scale(p.rows, wide / IN, h / IN), most)
    options = [_nearer(rows, scale, room, p.desk)]
    if len(p.rows) > 1:
        row = [t for t, at in sorted(positions(p, streamed_room),
                                     key=lambda found: found[1][0] + found[1][2] / 2)]
        one = min(_scale([row], wide / IN, h / IN), most)
        if one >= ONE_ROW_GAIN * scale:
            options.append(_nearer([row], one, room, p.desk))
    # The arrangement that draws the streamer largest, her badge a badge on her top (the
    # stream's own rows where alike).
    rows, scale = max(options, key=lambda found: _streamer_size(*found))
    grown = Plan(scale, rows, p.desk, most_pt=CLOSE_UP_MAX_PT, close=True)
    return grown, room


def _streamer_size(rows: list[list[Thing]], scale: float) -> float:
    """How large the streamer of ``rows`` is drawn at ``scale``: her nearness times it."""
    return scale * max((t.near for row in rows for t in row if _is(t, "figure")), default=1.0)


# How much larger a close-up draws the streamer than the room behind her, at most: she sits
# nearer the camera than the wall, so her school badge, its words at 18 pt, is a badge on a
# jumper (about a third of its width), not a label across her chest.
NEAR_MOST = 1.8
# The share of the streamer's head (1 in at scale 1) that may rise into the row above, clear
# of the things hanging there: above the chair's back (drawn from 0.6 of the head down).
HEAD_RISE = 0.6

# The window's widest in a close-up, beside its least (the sign's plate and a margin): the
# street sign is seen small, outside, in the lower pane, not across the whole pane.
WINDOW_WIDE = 1.45


def _nearer(rows: list[list[Thing]], scale: float, room: Box, desk: float
            ) -> tuple[list[list[Thing]], float]:
    """``rows`` with the streamer grown nearer the camera (her head rising between the
    things on the wall where it is clear of them) and the window widened, each as far as
    the words still reach 18 pt and the scene keeps most of its size; the scale."""
    least = max(1.0, scale * 0.85)
    most_scale = CLOSE_UP_MAX_PT / BASE_PT
    # The window first: a sign across its whole pane read as a caption on the glass.
    for grow, name, most in ((_wider, "street-sign", WINDOW_WIDE), (_near, "figure", NEAR_MOST)):
        for step in range(10, 0, -1):
            k = 1.0 + (most - 1.0) * step / 10
            trial = [[grow(t, k, len(rows) > 1) if _is(t, name) else t for t in row]
                     for row in rows]
            got = min(_scale(trial, room[2] / IN, room[3] / IN), most_scale)
            if got >= least and _head_clear(Plan(got, trial, desk), room):
                rows, scale = trial, got
                break
    return rows, scale


def _head_clear(p: Plan, room: Box) -> bool:
    """Whether a streamer whose head rises into the row above keeps it (and the chair round
    her shoulders) clear of everything hanging there, by a ring's margin and more."""
    found = positions(p, room)
    figure = next(((t, b) for t, b in found if _is(t, "figure")), None)
    if figure is None or figure[0].rise == 0:
        return True
    thing, (x, y, w, _h) = figure
    head = emu(thing.near * p.scale)
    side = emu(0.12 * thing.near * p.scale) + emu(2 * RING * p.scale)
    chair_top = y + int(head * 0.6)
    head_box = (x + (w - head) // 2 - side, y - side, head + 2 * side, chair_top - y)
    chair = (x - side, chair_top, w + 2 * side, emu(thing.rise * p.scale))
    return not any(_overlaps(b, part) for t, b in found if not t.on_desk and t is not thing
                   for part in (head_box, chair))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _is(thing: Thing, name: str) -> bool:
    return thing.name in ("school-top", "person") if name == "figure" else thing.name == name


def _near(thing: Thing, k: float, rises: bool) -> Thing:
    """The streamer ``k`` times nearer; with ``rises`` (a row above hers), her head may rise
    into it."""
    return replace(thing, w=thing.w * k, h=thing.h * k, near=k,
                   rise=HEAD_RISE * k if rises else 0.0)


def _wider(thing: Thing, k: float, _rises: bool) -> Thing:
    return replace(thing, w=thing.w * k)


# How much larger one row must draw a close-up's things than the stream's rows to be taken.
ONE_ROW_GAIN = 1.2


def _words(g: GroupShapes, box: Box, thing: Thing, p: Plan, font: str, colour: T = T.TEXT_1,
           pt: int | None = None, plate: RGBColor | None = None) -> Box:
    """The clue's words on a white plate (``plate``: of that colour), centred in ``box`` (at
    ``pt``, else the scene's size); returns the plate's box."""
    x, y, w, h = box
    label = new_shape(g, MSO_SHAPE.RECTANGLE, box, T.BACKGROUND_1, f"Clue words: {thing.name}")
    if plate is not None:
        _fill(label, plate)
    write_runs(label, [(thing.lines[0], colour, True)], pt or p.pt, font, align=PP_ALIGN.CENTER)
    # A second line is a second paragraph, made like the first.
    body = text_body(label.text_frame)
    first = body.find(qn("a:p"))
    for line in thing.lines[1:]:
        para = copy.deepcopy(first)
        para.find(f"{qn('a:r')}/{qn('a:t')}").text = line
        body.append(para)
    if len(thing.lines) > 1:
        set_lang(body, "en-GB")
    return (x, y, w, h)


def _plate_h(thing: Thing, p: Plan) -> int:
    return emu((len(thing.lines) * LINE_IN + 0.14) * p.scale)


def _plate_w(thing: Thing, p: Plan, font: str) -> int:
    widest = max((_width(line, font) for line in thing.lines), default=0)
    return emu((widest + 0.2) * p.scale)


def _draw_wall_thing(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    x, y, w, h = thing.box
    s = p.scale
    if thing.name == "street-sign":
        return _draw_window(g, thing, p, font)
    # A certificate in a gold frame: a star at the top, the name across it.
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, h), None, "In the video: certificate"),
          GOLD)
    edge = emu(0.1 * s)
    inner = new_shape(g, MSO_SHAPE.RECTANGLE, (x + edge, y + edge, w - 2 * edge, h - 2 * edge),
                      T.BACKGROUND_1, "Certificate paper")
    inner.text_frame.text = ""
    star_box = (x + w // 2 - emu(0.22 * s), y + edge + emu(0.1 * s), emu(0.44 * s),
                emu(0.42 * s))
    star = new_shape(g, MSO_SHAPE.STAR_5_POINT, star_box, None, "Certificate star")
    _fill(star, GOLD)
    plate_h = _plate_h(thing, p)
    if thing.lines:
        plate_w = _plate_w(thing, p, font)
        _words(g, (x + (w - plate_w) // 2, y + h - edge - emu(0.12 * s) - plate_h,
                   plate_w, plate_h), thing, p, font)
    return [(x, y, w, h)]


def _draw_window(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    """A window: a white frame on a sill, sky, the moon in a top pane, and outside, beyond
    the glass, a street sign on its posts behind a garden wall; returns the window's box
    (the clue). The plain framed square of sky read as another picture on the wall, so it
    has what only a window has: glazing bars, curtains on a rail and a sill, all inside the
    box the room was laid out with. The sign is drawn as seen through the glass: smaller
    than the room's other words, standing behind a wall, its far end hidden by the frame;
    a label across the pane read as a caption pasted on the glass."""
    x, y, w, h = thing.box
    s = p.scale
    sill_h, rail_h, curtain = emu(0.1 * s), emu(0.05 * s), emu(CURTAIN_IN * s)
    fx, fw, fh = x + curtain // 2, w - curtain, h - sill_h
    new_shape(g, MSO_SHAPE.RECTANGLE, (fx, y + rail_h, fw, fh - rail_h), T.BACKGROUND_1,
              "Window")
    edge = emu(0.1 * s)
    pane = (fx + edge, y + rail_h + edge, fw - 2 * edge, fh - rail_h - 2 * edge)
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, pane, None, "Window sky"), SKY)
    sign = _outside(g, thing, p, font, pane)
    # The transom a little above the sign; the top panes' bar down to it.
    bar = emu(0.06 * s)
    transom_y = sign[1] - emu(0.1 * s) - bar
    if transom_y - pane[1] >= emu(0.25 * s):
        new_shape(g, MSO_SHAPE.RECTANGLE, (pane[0], transom_y, pane[2], bar),
                  T.BACKGROUND_1, "Window transom")
        new_shape(g, MSO_SHAPE.RECTANGLE, (x + w // 2 - bar // 2, pane[1], bar,
                                           transom_y - pane[1]), T.BACKGROUND_1,
                  "Window bar")
        top_pane = (x + w // 2 + bar // 2, transom_y)
    else:
        top_pane = (pane[0] + pane[2], sign[1] - emu(0.2 * s))
    # The moon in the right top pane, clear of the bars and of the sign.
    side = min(emu(0.4 * s), top_pane[1] - pane[1] - emu(0.08 * s),
               pane[0] + pane[2] - top_pane[0] - emu(0.1 * s))
    if thing.picture is not None and side >= emu(0.22 * s):
        add_picture(g, thing.picture, (pane[0] + pane[2] - side - emu(0.06 * s),
                                       pane[1] + emu(0.04 * s), side, side),
                    f"In the video: {thing.picture.name}")
    # The frame's right side again, over the sign's far end: the sign is behind it.
    new_shape(g, MSO_SHAPE.RECTANGLE, (pane[0] + pane[2], y + rail_h, edge, fh - rail_h),
              T.BACKGROUND_1, "Window frame side")
    # Curtains drawn back at each side over the frame's edge, on a rail across the top.
    for n, cx in enumerate((x, x + w - curtain)):
        _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (cx, y, curtain, fh), None,
                        f"Window curtain {n + 1}"), CURTAIN)
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, rail_h), None, "Curtain rail"), POST)
    # The sill: the whole box's width, deeper than the frame, on the wall under it.
    sill = _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y + fh, w, sill_h), None,
                           "Window sill"), SILL)
    sill.line.color.rgb = SILL_EDGE
    return [(x, y, w, h)]


# How large the sign's words are beside the room's (never under 18 pt): it is outside,
# further off than the things in the room.
SIGN_SIZE = 0.75
# A far sign's width as a share of the pane it is seen through (the stream's small view).
SIGN_FAR = 0.34


def _outside(g: GroupShapes, thing: Thing, p: Plan, font: str, pane: Box) -> Box:
    """What is seen through the lower pane: a garden wall along its foot and a street sign
    on two posts behind it, the sign's far end running on behind the window's frame (drawn
    over it afterwards). A street sign's green plate, white words and white edge: white
    with a black edge, it was the same label as the parcel's address. Returns the sign's
    box as seen."""
    px0, py0, pw, ph = pane
    pt = max(BASE_PT, round(p.pt * SIGN_SIZE))
    k = pt / BASE_PT  # the sign's own scale
    words = p.close and bool(thing.lines)
    if words:
        widest = max(_width(line, font) for line in thing.lines)
        sign_w = min(pw, emu((widest + 0.2) * k))
        sign_h = max(emu((len(thing.lines) * LINE_IN + 0.14) * k), emu(0.4 * k))
    else:  # far off, in the stream's small view: a sign, its words too small to read
        sign_w = int(pw * SIGN_FAR)
        sign_h = sign_w * 3 // 10
    wall_h = max(emu(0.08 * p.scale), ph // 12)
    sx = px0 + pw - sign_w - min(emu(0.06 * p.scale), pw - sign_w)
    sy = py0 + ph - wall_h - emu(0.08 * p.scale) - sign_h
    tail = emu(0.15 * p.scale)  # the part behind the frame (and its curtain), unseen
    for n, post_x in enumerate((sx + sign_w // 4, sx + sign_w * 3 // 4)):
        _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (post_x - emu(0.03 * k), sy + sign_h,
                                                 emu(0.06 * k), py0 + ph - sy - sign_h),
                        None, f"Sign post {n + 1}"), POST)
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (sx, sy, sign_w + tail, sign_h), None,
                    "Street sign plate"), SIGN_GREEN)
    if words:
        _words(g, (sx, sy, sign_w, sign_h), thing, p, font, T.BACKGROUND_1, pt=pt,
               plate=SIGN_GREEN)
    _outline(g, (sx, sy, sign_w + tail, sign_h), "In the video: street-sign")
    # The garden wall in front of the posts' feet: brick, with a paler coping along its top.
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (px0, py0 + ph - wall_h, pw, wall_h), None,
                    "Garden wall"), BRICK)
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (px0, py0 + ph - wall_h, pw, max(1, wall_h // 4)),
                    None, "Garden wall coping"), SILL)
    return (sx, sy, sign_w, sign_h)


def _free_wall(box: Box, p: Plan) -> Box:
    """The largest square of bare wall above a thing on the desk, a margin clear of
    everything, where a drawing fits there (the stream's square room put it there; a
    close-up's wider wall, bare beside its window, moved it); else beside or between the
    things of a row."""
    margin = emu(0.15 * p.scale)
    least = emu(0.55 * p.scale) + 2 * margin
    spots = [b for b in _over_desk(box, p) if min(b[2], b[3]) >= least] or [
        *_over_desk(box, p), *_between(box, p)]
    best = max(spots, key=lambda b: min(b[2], b[3]) if b[2] > 0 and b[3] > 0 else 0)
    side = min(best[2], best[3]) - 2 * margin
    return (best[0] + (best[2] - side) // 2, best[1] + (best[3] - side) // 2, side, side)


def _over_desk(box: Box, p: Plan) -> list[Box]:
    """The wall above each thing on the desk, below anything hanging over it."""
    y = box[1]
    spots: list[Box] = []
    for thing in p.things:
        tx, ty, tw, _th = thing.box
        if thing.on_desk:
            over = [b[1] + b[3] for b in (t.box for t in p.things)
                    if b[1] < ty and b[0] < tx + tw and b[0] + b[2] > tx]
            top = max([y, *over])
            spots.append((tx, top, tw, ty - top))
    return spots


def _between(box: Box, p: Plan) -> list[Box]:
    """The wall beside and between the things of each row, down to the desk."""
    x, y, w, h = box
    desk_top = y + h - emu(p.desk * p.scale)
    spots: list[Box] = []
    for row in p.rows:
        placed = sorted((t.box for t in row), key=lambda b: b[0])
        top = min(b[1] for b in placed)
        bottom = min(desk_top, max(b[1] + b[3] for b in placed))
        edges = [x, *[e for b in placed for e in (b[0], b[0] + b[2])], x + w]
        for left, right in zip(edges[::2], edges[1::2], strict=True):
            spots.append((left, top, right - left, bottom - top))
    return spots


def _pin_up(g: GroupShapes, drawing: Picture, box: Box, p: Plan) -> None:
    """The streamer's own drawing (her purple cat) pinned up on the bare wall, where the
    class can see it: a sheet of paper, a red pin, the drawing. Nothing to circle: it gives
    nothing away. Left out when no bare wall is large enough to show it."""
    x, y, w, _h = _free_wall(box, p)
    s = p.scale
    if w < emu(0.55 * s):
        return
    w = min(w, emu(1.3 * s))
    sheet = new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, w), T.BACKGROUND_1, "Drawing paper")
    sheet.text_frame.text = ""
    sheet.line.fill.solid()
    sheet.line.color.rgb = POST
    sheet.line.width = Pt(1)
    inset = max(emu(0.08 * s), w // 10)
    draw_cat(g, (x + inset, y + inset + w // 20, w - 2 * inset, w - 2 * inset), drawing.alt)
    pin = emu(0.12 * s)
    _fill(new_shape(g, MSO_SHAPE.OVAL, (x + (w - pin) // 2, y + emu(0.03 * s), pin, pin), None,
                    "Drawing pin"), DANGER)


def _outline(g: GroupShapes, box: Box, name: str) -> None:
    """A street sign's white edge, drawn over its green plate."""
    edge = new_shape(g, MSO_SHAPE.RECTANGLE, box, None, name)
    edge.line.fill.solid()
    edge.line.color.rgb = SIGN_EDGE
    edge.line.width = Pt(2)


def _draw_figure(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    """The streamer from the waist up on a chair: a jumper with the school's badge on its
    chest, the head set into its neck (one figure, no gap), the chair's back behind her
    shoulders and the desk in front hiding the rest. Returns the badge's box (the clue).
    A close-up draws her ``near`` times the room's scale: nearer the camera than the wall."""
    x, y, w, h = thing.box
    s = p.scale * thing.near
    head = emu(1.0 * s)
    body_top = y + int(head * 0.82)
    body_h = y + h + emu(p.desk * p.scale) // 2 - body_top  # down behind the desk
    # The chair's back shows round her shoulders, inside the gap to the next thing.
    side = emu(0.12 * s)
    draw_chair(g, (x - side, y + int(head * 0.6), w + 2 * side, h - int(head * 0.6)))
    jumper = new_shape(g, MSO_SHAPE.ROUND_2_SAME_RECTANGLE, (x, body_top, w, body_h), None,
                       f"In the video: {thing.name}", radius=0.3)
    _fill(jumper, JUMPER)
    jumper.text_frame.text = ""
    if thing.hood:
        draw_hood(g, (x + w // 2, body_top), s)
    # The neck of the jumper, a darker band the head sits in.
    collar = new_shape(g, MSO_SHAPE.OVAL, (x + w // 2 - emu(0.33 * s), body_top - emu(0.06 * s),
                                           emu(0.66 * s), emu(0.3 * s)), None, "Jumper collar")
    _fill(collar, JUMPER_COLLAR)
    collar.text_frame.text = ""
    if thing.picture is not None:
        add_picture(g, thing.picture, (x + (w - head) // 2, y, head, head),
                    "In the video: " + thing.picture.name)
    return [_badge(g, thing, p, font, body_top, s)]


# A badge without words (the stream's small view): its share of the jumper's width, about a
# school logo's on a real jumper.
BADGE_SHARE = 0.22


def _badge(g: GroupShapes, thing: Thing, p: Plan, font: str, body_top: int, s: float) -> Box:
    """The school's badge as a badge: a shield sewn on the left of the chest, where a school
    top has it. On a close-up the school's name is on it at 18 pt (the least a class reads
    from the back) so pupils have to look for it, as for the other clues; in the stream it
    is a small shield at a logo's size, its name too small to read there. Returns the
    shield's box."""
    x, _y, w, _h = thing.box
    top = body_top + emu(0.12 * s)
    room = thing.box[1] + thing.box[3] - top  # down to the desk's top
    words = p.close and bool(thing.lines)
    if words:
        edge = emu(0.05)
        widest = max(_width(line, font) for line in thing.lines)
        words_h = emu(len(thing.lines) * LINE_IN + 0.12)
        shield_w = emu(widest + 0.16) + 2 * edge
        # A pointed shield with a star where the jumper has room for it; else a shield with
        # a rounded foot, its words filling it.
        pointed = int((words_h + 2 * edge) / BADGE_TOP) <= room
        shield_h = int((words_h + 2 * edge) / (BADGE_TOP if pointed else 0.92))
    else:
        shield_w = max(int(w * BADGE_SHARE), emu(0.2))
        edge, pointed = max(1, shield_w // 14), True
        shield_h = min(int(shield_w * 1.2), room)
    left = x + w // 2 + max(emu(0.1 * s), (w // 2 - shield_w) // 2)
    left = min(left, x + w - shield_w - emu(0.08 * s))
    shield = (left, top, shield_w, shield_h)
    inside = draw_badge(g, shield, edge, pointed)
    if words:
        _words(g, inside, thing, p, font, T.BACKGROUND_1, pt=BASE_PT, plate=BADGE)
    return shield


# The share of a badge's height above its star and point: its words' room.
BADGE_TOP = 0.74


def _draw_desk_thing(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    x, y, w, h = thing.box
    s = p.scale
    if thing.name in {name for name, _w, _h in KITCHEN_THINGS}:
        draw_kitchen_thing(g, thing.name, thing.box)
        return []
    if thing.name != "parcel":
        if thing.picture is not None:
            add_picture(g, thing.picture, thing.box, f"In the video: {thing.picture.name}")
        return []
    # A cardboard parcel, taped, with its address label on the front.
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, thing.box, None, "In the video: parcel"), CARD)
    _fill(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, emu(0.12 * s)), None, "Parcel tape"), TAPE)
    if thing.lines:
        plate_w, plate_h = _plate_w(thing, p, font), _plate_h(thing, p)
        label = (x + (w - plate_w) // 2,
                 y + emu(0.12 * s) + (h - emu(0.12 * s) - plate_h) // 2, plate_w, plate_h)
        _words(g, label, thing, p, font)
    return [thing.box]


def _ring(g: GroupShapes, box: Box, n: int, scale: float) -> None:
    """A red rounded ring round a clue (the whole window, frame, parcel or badge: what gives
    the child away, not only its words), clear of it on every side."""
    x, y, w, h = box
    m = emu(RING * scale)
    ring = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x - m, y - m, w + 2 * m, h + 2 * m), None,
                     f"Clue circled {n}", radius=0.12)
    ring.line.fill.solid()
    ring.line.color.rgb = DANGER
    ring.line.width = Pt(4.5)


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
