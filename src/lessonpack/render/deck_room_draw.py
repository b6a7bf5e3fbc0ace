"""The room of clues drawn from native shapes where its plan placed each thing: the wall and
its side walls, the desk (a kitchen's worktop in a kitchen), the certificate on the wall,
the parcel and the harmless things on the desk, the child's own drawing pinned on the bare
wall, each clue's words on a plate and the red ring round a clue. The window and the
streamer, each a clue of several parts, are deck_room_window's and deck_room_figure's; the
furniture's smaller parts deck_room_things'.

The clues carry their own words, written on the things themselves as they would be in a
real room (the child's full name on the certificate, the address on the parcel's label),
never a loose tag laid over a picture, so no label can cover another, and a ring goes
around the whole thing, never through its words.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from lessonpack.render.deck_drawings import Box, T, new_shape, write_runs
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_room_kitchen import (
    KITCHEN_THINGS,
    draw_kitchen_thing,
    draw_tiles,
    draw_worktop,
)
from lessonpack.render.deck_room_plan import LINE_IN, RING, Plan, Thing, emu, words_width
from lessonpack.render.deck_room_things import draw_cat, draw_side_walls, solid
from lessonpack.render.ooxml import set_lang, text_body

if TYPE_CHECKING:
    from pptx.shapes.shapetree import GroupShapes

    from lessonpack.kinds.payloads import StreamScreen
    from lessonpack.plan.model import Picture

# Real-world colours for real-world things (a brand's colours stay on the stream around
# the room); every word sits on white, so it reads whatever the brand.
WOOD = RGBColor(0xB9, 0x84, 0x52)
WOOD_TOP = RGBColor(0xD6, 0xA5, 0x72)
CARD = RGBColor(0xC6, 0x8E, 0x4E)
TAPE = RGBColor(0xA8, 0x72, 0x38)
GOLD = RGBColor(0xD9, 0xA4, 0x41)
POST = RGBColor(0x8A, 0x8F, 0x98)
DANGER = RGBColor(0xC8, 0x10, 0x2E)  # red whatever the brand: what gives a child away


# Inches at scale 1 of wall tiles above a kitchen's worktop.
TILES = 0.9


def draw_walls(g: GroupShapes, screen: StreamScreen, box: Box, desk_top: int,
               scale: float) -> None:
    """The back wall, a kitchen's tiles along its foot, and the side walls."""
    new_shape(g, MSO_SHAPE.RECTANGLE, box, T.BACKGROUND_2, "Wall")
    if screen.kitchen:
        tiles = emu(TILES * scale)
        draw_tiles(g, (box[0], desk_top - tiles, box[2], tiles), scale)
    draw_side_walls(g, box, desk_top)


def draw_desk(g: GroupShapes, screen: StreamScreen, box: Box, top: int, scale: float) -> None:
    """The desk across the room's foot from ``top``; a kitchen's worktop in a kitchen."""
    bx, by, bw, bh = box
    if screen.kitchen:
        draw_worktop(g, (bx, top, bw, by + bh - top), scale)
        return
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (bx, top, bw, by + bh - top), None, "Desk"), WOOD)
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (bx, top, bw, (by + bh - top) // 4), None,
                    "Desk top"), WOOD_TOP)


def write_words(g: GroupShapes, box: Box, thing: Thing, p: Plan, font: str,
                colour: T = T.TEXT_1, pt: int | None = None, plate: RGBColor | None = None
                ) -> Box:
    """The clue's words on a white plate (``plate``: of that colour), centred in ``box`` (at
    ``pt``, else the scene's size); returns the plate's box."""
    x, y, w, h = box
    label = new_shape(g, MSO_SHAPE.RECTANGLE, box, T.BACKGROUND_1, f"Clue words: {thing.name}")
    if plate is not None:
        solid(label, plate)
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


def plate_height(thing: Thing, p: Plan) -> int:
    return emu((len(thing.lines) * LINE_IN + 0.14) * p.scale)


def plate_width(thing: Thing, p: Plan, font: str) -> int:
    widest = max((words_width(line, font) for line in thing.lines), default=0)
    return emu((widest + 0.2) * p.scale)


def draw_certificate(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    """A certificate in a gold frame, as a school awards one: a gold rule for its heading,
    the child's name across it, lines of print under the name and a gold seal with its
    ribbons in the corner. Returns the frame's box (the clue). A gold star at its top read
    as a star chart, not the certificate the story and the worksheet name."""
    x, y, w, h = thing.box
    s = p.scale
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, h), None, "In the video: certificate"),
          GOLD)
    edge = emu(0.1 * s)
    inner = new_shape(g, MSO_SHAPE.RECTANGLE, (x + edge, y + edge, w - 2 * edge, h - 2 * edge),
                      T.BACKGROUND_1, "Certificate paper")
    inner.text_frame.text = ""
    rule_w = (w - 2 * edge) * 6 // 10
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (x + (w - rule_w) // 2, y + edge + emu(0.1 * s),
                                             rule_w, emu(0.05 * s)), None,
                    "Certificate heading"), GOLD)
    plate_h = plate_height(thing, p)
    plate_top = y + edge + emu(0.2 * s)
    if thing.lines:
        plate_w = plate_width(thing, p, font)
        write_words(g, (x + (w - plate_w) // 2, plate_top, plate_w, plate_h), thing, p, font)
    _seal(g, (x + w - edge - emu(0.42 * s), y + h - edge - emu(0.42 * s), emu(0.34 * s)), s)
    line_top = plate_top + plate_h + emu(0.08 * s)
    left = x + edge + emu(0.12 * s)
    for n, share in enumerate((0.5, 0.36)):
        top = line_top + n * emu(0.1 * s)
        if top + emu(0.04 * s) > y + h - edge - emu(0.04 * s):
            break  # a short certificate (a small room) keeps its name and seal
        solid(new_shape(g, MSO_SHAPE.RECTANGLE, (left, top, int((w - 2 * edge) * share),
                                                 emu(0.035 * s)), None,
                        f"Certificate print {n + 1}"), POST)
    return [(x, y, w, h)]


RIBBON = RGBColor(0x2E, 0x5C, 0x9E)  # a rosette's blue ribbons under the gold seal


def _seal(g: GroupShapes, at: tuple[int, int, int], s: float) -> None:
    """A gold seal (``at``: its left, top and width) with two ribbon tails under it."""
    x, y, d = at
    tail_w, tail_h = d * 3 // 10, d * 6 // 10
    for n, left in enumerate((x + d // 2 - tail_w, x + d // 2), 1):
        tail = new_shape(g, MSO_SHAPE.RECTANGLE, (left, y + d // 2, tail_w, tail_h), None,
                         f"Certificate ribbon {n}")
        tail.rotation = 15.0 if n == 1 else -15.0
        solid(tail, RIBBON)
    solid(new_shape(g, MSO_SHAPE.OVAL, (x, y, d, d), None, "Certificate seal"), GOLD)


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


def pin_up(g: GroupShapes, drawing: Picture, box: Box, p: Plan) -> None:
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
    solid(new_shape(g, MSO_SHAPE.OVAL, (x + (w - pin) // 2, y + emu(0.03 * s), pin, pin), None,
                    "Drawing pin"), DANGER)



def draw_desk_thing(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    """A thing on the desk: a kitchen's kettle, the story's own things as pictures, or the
    parcel with its address label. Returns the parcel's box (the clue), else nothing."""
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
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, thing.box, None, "In the video: parcel"), CARD)
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, emu(0.12 * s)), None, "Parcel tape"), TAPE)
    if thing.lines:
        plate_w, plate_h = plate_width(thing, p, font), plate_height(thing, p)
        label = (x + (w - plate_w) // 2,
                 y + emu(0.12 * s) + (h - emu(0.12 * s) - plate_h) // 2, plate_w, plate_h)
        write_words(g, label, thing, p, font)
    return [thing.box]


def draw_ring(g: GroupShapes, box: Box, n: int, scale: float) -> None:
    """A red rounded ring round a clue (the whole window, frame, parcel or badge: what gives
    the child away, not only its words), clear of it on every side."""
    x, y, w, h = box
    m = emu(RING * scale)
    ring = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x - m, y - m, w + 2 * m, h + 2 * m), None,
                     f"Clue circled {n}", radius=0.12)
    ring.line.fill.solid()
    ring.line.color.rgb = DANGER
    ring.line.width = Pt(4.5)

