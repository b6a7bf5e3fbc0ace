"""The video of an older class's or a parents' stream (KS3's Kai, KS4's Ravi, the parents'
Mia and Tobi), drawn as a room that fills the pane: the streamer from the waist up at a desk,
with what the stream is about beside them. A row of pictures on a slate strip read as a
primary class's; these streams are drawn as the room of clues is (deck_room), from native
shapes, beside the same chat column (deck_room_stream lays the two out).

What the stream is doing is the plan's (plan/scenes.py ``setting``): gaming (a monitor with
the game on it, a headset, a controller), drawing (a sketchbook on a stand, a pot of
pencils), music (a kitchen table, a guitar, a microphone), else a plain desk. At night the
window is dark with the moon in it and a desk lamp is on. Calm, real-world colours, never a
brand's, and nothing in the room gives the streamer away: the chat is what these slides ask
about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE

from lessonpack.render.deck_drawings import Box, new_shape
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_room_draw import WOOD, WOOD_TOP
from lessonpack.render.deck_room_kitchen import DOOR, DOOR_LINE, HANDLE, draw_tiles
from lessonpack.render.deck_room_things import draw_chair, draw_side_walls, solid_part
from lessonpack.render.deck_room_window import CURTAIN, SILL, SILL_EDGE, SKY

if TYPE_CHECKING:
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.shapetree import GroupShapes

    from lessonpack.kinds.payloads import StreamScreen

WALL = RGBColor(0xE9, 0xE4, 0xDA)  # a warm off-white wall
WALL_NIGHT = RGBColor(0xD3, 0xCC, 0xC0)  # the same wall by lamplight
NIGHT_SKY = RGBColor(0x24, 0x33, 0x52)
MOON = RGBColor(0xF2, 0xE6, 0xB8)
DARK = RGBColor(0x2A, 0x2F, 0x3A)  # a monitor's bezel, a headset, a controller
DARK_EDGE = RGBColor(0x1A, 0x1D, 0x24)
PAPER = RGBColor(0xFF, 0xFF, 0xFF)
PENCIL = RGBColor(0x5A, 0x5F, 0x6A)  # a sketch's lines
SKETCH = RGBColor(0xCF, 0xE3, 0xC4)  # the sketch's pale green wash
PITCH = RGBColor(0x3E, 0x8E, 0x4F)
PITCH_STRIPE = RGBColor(0x4A, 0x9B, 0x5B)
GAME_SKY = RGBColor(0x8E, 0xC5, 0xE8)
BLOCK = RGBColor(0x9A, 0x9C, 0xA3)  # a building game's grey blocks
GUITAR = RGBColor(0xC8, 0x8A, 0x4A)
GUITAR_DARK = RGBColor(0x5B, 0x3A, 0x22)
LAMP = RGBColor(0xE8, 0xC5, 0x5C)
ALERT = RGBColor(0xC8, 0x10, 0x2E)  # a phone's new-message dot
BOOKS = (RGBColor(0x7A, 0x8C, 0x99), RGBColor(0xB8, 0x6B, 0x4B), RGBColor(0x5E, 0x7D, 0x6B),
         RGBColor(0xD9, 0xB2, 0x5C), RGBColor(0x6B, 0x5B, 0x7A))
LEAF = RGBColor(0x5E, 0x8C, 0x5A)
POT = RGBColor(0xC0, 0x7A, 0x55)
# The streamer's top: one plain colour for each kind of stream, so the same streamer's two
# streams (Kai's) match; never a school's or a brand's colour.
TOPS = {"gaming": RGBColor(0x4A, 0x60, 0x76), "drawing": RGBColor(0x6E, 0x7F, 0x5E),
        "music": RGBColor(0x8C, 0x5A, 0x5A), "desk": RGBColor(0x5B, 0x67, 0x70)}
# A teenager's build: shoulders about one and a half heads across (an adult's are two), so
# the streamer reads as sixteen, not as the grown man the story warns about.
SHOULDERS = 1.55
DESK_SHARE = 0.2  # of the pane's height, the desk's front
# Where the streamer sits, as a share of the pane's width: left of the thing beside them.
CENTRE = {"gaming": 0.36, "drawing": 0.38, "music": 0.4, "desk": 0.45}


def _part(g: GroupShapes, kind: MSO_SHAPE, box: Box, colour: RGBColor, name: str,
          line: RGBColor | None = None, radius: float | None = None) -> Shape:
    """One drawn part: ``kind`` in ``box`` filled with ``colour``, holding no words."""
    return solid_part(new_shape(g, kind, box, None, name, radius=radius), colour, line)


def _at(box: Box, left: float, top: float, wide: float, tall: float) -> Box:
    """The part of ``box`` at these shares of its width and height."""
    x, y, w, h = box
    return x + int(w * left), y + int(h * top), int(w * wide), int(h * tall)


def draw_scene(g: GroupShapes, screen: StreamScreen, box: Box, after: bool = False
               ) -> list[str]:
    """The stream's room in ``box``: wall, window, the streamer at the desk and what the
    stream is about. ``after``: the stream is over (a later part of the story, on its
    section slide): the chair empty, the monitor off, a phone lit on the desk. Returns what
    did not fit (nothing: the room scales with the pane)."""
    x, y, w, h = box
    doing = screen.setting if screen.setting in TOPS else "desk"
    desk_top = y + int(h * (1 - DESK_SHARE))
    _part(g, MSO_SHAPE.RECTANGLE, box, WALL_NIGHT if screen.night else WALL, "Wall")
    if doing == "music":  # a kitchen: tiles above the table, cupboards on the wall
        draw_tiles(g, (x, desk_top - int(h * 0.2), w, int(h * 0.2)), h / 914400 / 3.2)
        _cupboards(g, _at(box, 0.66, 0.0, 0.3, 0.34))
    else:
        _shelf(g, _at(box, 0.64, 0.12, 0.3, 0.17))
    draw_side_walls(g, box, desk_top)
    _window(g, _at(box, 0.05, 0.1, 0.22, 0.38), screen.night)
    # The streamer's face at least 0.8 in where the pane's height allows (seen from the back
    # of a room, as a row of pictures' are), else as the pane's width shares it.
    head = min(int(h * 0.4), max(int(w * 0.26), int(0.8 * 914400)))
    centre = x + int(w * CENTRE[doing])
    if after:
        _empty_chair(g, (centre, desk_top), head)
    else:
        _streamer(g, screen, (centre, desk_top), head, TOPS[doing], h)
    if doing == "gaming" and not after:
        _headset(g, (centre, desk_top - int(head * 1.82)), head)
    if doing == "music" and not after:
        _guitar(g, desk_top, (centre, head))
    _part(g, MSO_SHAPE.RECTANGLE, (x, desk_top, w, y + h - desk_top), WOOD, "Desk")
    _part(g, MSO_SHAPE.RECTANGLE, (x, desk_top, w, int(h * DESK_SHARE) // 5), WOOD_TOP,
          "Desk top")
    if after and doing == "gaming":
        _gaming(g, screen, box, desk_top, (centre, head), on=False)
    else:
        THINGS[doing](g, screen, box, desk_top, (centre, head))
    if after:
        _phone(g, (centre, desk_top), head)
    if screen.night:
        _lamp(g, _at(box, 0.04, 0.5, 0.14, 0.24))
    return []


def _empty_chair(g: GroupShapes, seat: tuple[int, int], head: int) -> None:
    """The streamer's chair with nobody in it, where ``_streamer`` draws it round them."""
    cx, desk_top = seat
    head_top = desk_top - int(head * 1.82)
    body_w = int(head * SHOULDERS)
    side = int(head * 0.12)
    draw_chair(g, (cx - body_w // 2 - side, head_top + int(head * 0.6), body_w + 2 * side,
                   desk_top - head_top - int(head * 0.6)))


def _phone(g: GroupShapes, seat: tuple[int, int], head: int) -> None:
    """A phone standing on the desk in front of the empty chair, its screen lit with a
    message: the story goes on on the phone, after the stream."""
    cx, desk_top = seat
    w, h = int(head * 0.42), int(head * 0.78)
    x, y = cx - w // 2, desk_top + int(head * 0.06) - h
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w, h), DARK, "Phone", DARK_EDGE, radius=0.14)
    edge = max(1, w // 10)
    lit = (x + edge, y + edge * 2, w - 2 * edge, h - edge * 4)
    _part(g, MSO_SHAPE.RECTANGLE, lit, PAPER, "Phone screen")
    bubble = (lit[0] + lit[2] // 8, lit[1] + lit[3] // 5, lit[2] * 3 // 4, lit[3] // 4)
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, bubble, GAME_SKY, "Phone message", radius=0.3)
    dot = max(1, w // 4)
    _part(g, MSO_SHAPE.OVAL, (x + w - dot * 2 // 3, y - dot // 3, dot, dot), ALERT,
          "Phone message alert")


def _streamer(g: GroupShapes, screen: StreamScreen, seat: tuple[int, int], head: int,
              top: RGBColor, pane_h: int) -> None:
    """The streamer from the waist up on a chair, centred on ``seat`` (x, the desk's top):
    a plain top, the head the deck's picture of them set into its neck."""
    cx, desk_top = seat
    head_top = desk_top - int(head * 1.82)
    body_w = int(head * SHOULDERS)
    body_top = head_top + int(head * 0.82)
    side = int(head * 0.12)
    draw_chair(g, (cx - body_w // 2 - side, head_top + int(head * 0.6), body_w + 2 * side,
                   desk_top - head_top - int(head * 0.6)))
    _part(g, MSO_SHAPE.ROUND_2_SAME_RECTANGLE, (cx - body_w // 2, body_top, body_w,
                                                desk_top + int(pane_h * 0.05) - body_top),
          top, "The streamer's top", radius=0.3)
    # A hoodie's hood round the back of the neck, a lighter shade of the top: a dark collar
    # hugging the chin read from the back of a room as a beard.
    _part(g, MSO_SHAPE.OVAL, (cx - int(head * 0.55), body_top - int(head * 0.1),
                              int(head * 1.1), int(head * 0.36)), _lighter(top), "Hood")
    face = next((p for label, p in screen.cast if label == "on screen"), screen.picture)
    if face is not None:
        add_picture(g, face, (cx - head // 2, head_top, head, head),
                    "In the video: " + face.name)


def _lighter(colour: RGBColor) -> RGBColor:
    """``colour`` a third of the way to white: the hood, in the top's own shade."""
    return RGBColor(*(c + (255 - c) // 3 for c in colour))


def _headset(g: GroupShapes, head_at: tuple[int, int], head: int) -> None:
    """A gaming headset over the head at ``head_at`` (its centre's x, its top): a band and
    an ear cup each side."""
    cx, top = head_at
    band = new_shape(g, MSO_SHAPE.BLOCK_ARC, (cx - int(head * 0.56), top - int(head * 0.04),
                                              int(head * 1.12), int(head * 1.0)), None,
                     "Headset band")
    band.adjustments[2] = 0.08
    solid_part(band, DARK)
    for n, left in enumerate((cx - int(head * 0.6), cx + int(head * 0.6) - int(head * 0.2)), 1):
        _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, (left, top + int(head * 0.38), int(head * 0.2),
                                               int(head * 0.34)), DARK, f"Headset ear {n}",
              radius=0.4)


def _window(g: GroupShapes, box: Box, night: bool) -> None:
    """A window with curtains either side: daylight, or the night sky and the moon."""
    x, y, w, h = box
    _part(g, MSO_SHAPE.RECTANGLE, box, SILL, "Window frame", SILL_EDGE)
    edge = max(1, w // 16)
    pane = (x + edge, y + edge, w - 2 * edge, h - 2 * edge)
    _part(g, MSO_SHAPE.RECTANGLE, pane, NIGHT_SKY if night else SKY, "Window pane")
    if night:
        side = w // 4
        _part(g, MSO_SHAPE.MOON, (x + w - edge - side * 3 // 2, y + edge + side // 2,
                                  side // 2, side), MOON, "The moon")
    _part(g, MSO_SHAPE.RECTANGLE, (x + w // 2 - edge // 2, y, edge, h), SILL, "Window bar")
    _part(g, MSO_SHAPE.RECTANGLE, (x - edge, y + h, w + 2 * edge, edge * 2), SILL, "Window sill",
          SILL_EDGE)
    for n, left in enumerate((x - edge * 2, x + w - edge * 2), 1):
        _part(g, MSO_SHAPE.RECTANGLE, (left, y - edge, edge * 4, h + edge * 2), CURTAIN,
              f"Curtain {n}")


def _shelf(g: GroupShapes, box: Box) -> None:
    """A shelf of books and a plant on the wall."""
    x, y, w, h = box
    plank = max(1, h // 8)
    _part(g, MSO_SHAPE.RECTANGLE, (x, y + h - plank, w, plank), WOOD, "Shelf")
    left = x + w // 12
    for n, colour in enumerate(BOOKS):
        tall = h - plank - (n % 3) * h // 10
        wide = w // 11 + (n % 2) * w // 40
        _part(g, MSO_SHAPE.RECTANGLE, (left, y + h - plank - tall, wide, tall), colour,
              f"Book {n + 1}")
        left += wide + w // 80
    pot = (x + w - w // 4, y + h - plank - h * 4 // 10, w // 6, h * 4 // 10)
    _part(g, MSO_SHAPE.OVAL, (pot[0] - w // 16, y, pot[2] + w // 8, h * 6 // 10), LEAF,
          "Plant leaves")
    _part(g, MSO_SHAPE.ROUND_2_SAME_RECTANGLE, pot, POT, "Plant pot", radius=0.15)


def _cupboards(g: GroupShapes, box: Box) -> None:
    """Two kitchen wall cupboards, each with a handle."""
    x, y, w, h = box
    half = w // 2
    for n in range(2):
        _part(g, MSO_SHAPE.RECTANGLE, (x + n * half, y, half, h), DOOR, f"Wall cupboard {n + 1}",
              DOOR_LINE)
        knob = max(1, w // 30)
        _part(g, MSO_SHAPE.OVAL, (x + n * half + (half - knob * 3 if n == 0 else knob * 2),
                                  y + h - knob * 4, knob, knob * 2), HANDLE,
              f"Cupboard handle {n + 1}")


def _lamp(g: GroupShapes, box: Box) -> None:
    """A desk lamp switched on, standing on the desk's left."""
    x, y, w, h = box
    _part(g, MSO_SHAPE.OVAL, (x, y + h - h // 8, w * 7 // 10, h // 6), DARK, "Lamp base")
    _part(g, MSO_SHAPE.RECTANGLE, (x + w * 3 // 10, y + h // 4, max(1, w // 14), h * 3 // 4),
          DARK, "Lamp stem")
    _part(g, MSO_SHAPE.TRAPEZOID, (x + w // 10, y, w * 7 // 10, h * 3 // 10), LAMP, "Lamp shade")


def _gaming(g: GroupShapes, screen: StreamScreen, box: Box, desk_top: int,
            streamer: tuple[int, int], on: bool = True) -> None:
    """A monitor with the game on it beside the streamer (``on`` False: switched off), a
    controller on the desk."""
    _x, _y, _w, h = box
    cx, head = streamer
    mx, my, mon_w, mon_h = _monitor(box, desk_top)
    _part(g, MSO_SHAPE.RECTANGLE, (mx + mon_w * 45 // 100, my + mon_h, mon_w // 10,
                                   int(h * 0.06)), DARK, "Monitor stand")
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, (mx, my, mon_w, mon_h), DARK, "Monitor",
          DARK_EDGE, radius=0.05)
    screen_box = _monitor_screen(box, desk_top)
    if not on:
        _part(g, MSO_SHAPE.RECTANGLE, screen_box, DARK_EDGE, "Monitor switched off")
    elif any(p.name == "football" for _label, p in screen.cast):
        _football(g, screen_box)
    else:
        _blocks(g, screen_box)
    pad_w = int(head * 0.8)
    pad = (cx + int(head * 0.2), desk_top + int(h * 0.07), pad_w, int(pad_w * 0.42))
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, pad, DARK, "Games controller",
          DARK_EDGE, radius=0.45)
    stick = pad[3] * 4 // 10
    for n, left in enumerate((pad[0] + pad_w // 4, pad[0] + pad_w * 3 // 4), 1):
        _part(g, MSO_SHAPE.OVAL, (left - stick // 2, pad[1] + (pad[3] - stick) // 2, stick,
                                  stick), BLOCK, f"Controller stick {n}")


def _monitor(box: Box, desk_top: int) -> Box:
    """The gaming monitor's box, on its stand on the desk right of the streamer."""
    x, _y, w, h = box
    mon_w = int(w * 0.32)
    mon_h = int(mon_w * 0.62)
    return x + int(w * 0.63), desk_top - int(h * 0.06) - mon_h, mon_w, mon_h


def _monitor_screen(box: Box, desk_top: int) -> Box:
    """The monitor's screen, inside its bezel."""
    mx, my, mon_w, mon_h = _monitor(box, desk_top)
    bezel = max(1, mon_w // 24)
    return mx + bezel, my + bezel, mon_w - 2 * bezel, mon_h - 2 * bezel


def _blocks(g: GroupShapes, box: Box) -> None:
    """A game on the monitor: a building game's world, sky over grass and a tower of grey
    blocks (no real game's look)."""
    x, y, w, h = box
    _part(g, MSO_SHAPE.RECTANGLE, box, GAME_SKY, "Game: sky")
    _part(g, MSO_SHAPE.RECTANGLE, (x, y + h * 7 // 10, w, h - h * 7 // 10), PITCH, "Game: grass")
    side = h // 6
    for n, (col, row) in enumerate(((0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2), (2, 2)), 1):
        _part(g, MSO_SHAPE.RECTANGLE, (x + w * 4 // 10 + col * side, y + h * 7 // 10 - (row + 1)
                                       * side, side, side), BLOCK, f"Game: block {n}", DARK)


def _football(g: GroupShapes, box: Box) -> None:
    """The game on the monitor: a football pitch seen from above, its stripes, halfway line
    and centre circle."""
    x, y, w, h = box
    _part(g, MSO_SHAPE.RECTANGLE, box, PITCH, "Game: pitch")
    for n in range(0, 6, 2):
        _part(g, MSO_SHAPE.RECTANGLE, (x + n * w // 6, y, w // 6, h), PITCH_STRIPE,
              f"Game: stripe {n // 2 + 1}")
    line = max(1, h // 30)
    _part(g, MSO_SHAPE.RECTANGLE, (x + w // 2 - line // 2, y, line, h), PAPER,
          "Game: halfway line")
    ring = new_shape(g, MSO_SHAPE.OVAL, (x + w // 2 - h // 5, y + h * 3 // 10, h * 2 // 5,
                                         h * 2 // 5), None, "Game: centre circle")
    ring.fill.background()
    ring.line.color.rgb = PAPER
    ring.text_frame.text = ""
    for n, left in enumerate((x, x + w - w // 10), 1):
        _part(g, MSO_SHAPE.RECTANGLE, (left, y + h * 3 // 10, w // 10, h * 2 // 5), PAPER,
              f"Game: goal area {n}")
        _part(g, MSO_SHAPE.RECTANGLE, (left + (line if n == 1 else 0), y + h * 3 // 10 + line,
                                       w // 10 - line, h * 2 // 5 - 2 * line),
              PITCH_STRIPE if n == 1 else PITCH, f"Game: goal area grass {n}")


def _drawing(g: GroupShapes, screen: StreamScreen, box: Box, desk_top: int,
              streamer: tuple[int, int]) -> None:
    """A sketchbook on a stand beside the streamer, a sketch on its page; a pot of pencils."""
    x, _y, w, h = box
    bx, bw = x + int(w * 0.64), int(w * 0.27)
    bh = int(bw * 1.1)
    by = desk_top + int(h * 0.04) - bh
    _part(g, MSO_SHAPE.RECTANGLE, (bx + bw // 8, by + bh // 3, bw * 3 // 4, bh * 2 // 3),
          WOOD_TOP, "Sketchbook stand", WOOD)
    _part(g, MSO_SHAPE.RECTANGLE, (bx, by, bw, bh), PAPER, "Sketchbook",
          PENCIL)
    _dragon(g, (bx, by, bw, bh))
    _cx, head = streamer
    pot_w = int(head * 0.3)
    pot_x = bx + bw - pot_w // 2  # in front of the sketchbook's corner
    for n, colour in enumerate(BOOKS[:3]):
        _part(g, MSO_SHAPE.RECTANGLE, (pot_x + n * pot_w // 3 + pot_w // 12,
                                       desk_top - int(head * 0.55) + n * head // 12,
                                       pot_w // 6, int(head * 0.6)), colour, f"Pencil {n + 1}")
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, (pot_x, desk_top - int(head * 0.3), pot_w,
                                           int(head * 0.42)), DARK, "Pencil pot",
          radius=0.15)


def _dragon(g: GroupShapes, page: Box) -> None:
    """The request on the page, half coloured in: a small dragon (a body, a raised wing,
    a head and a tail), pencil lines over a pale wash."""
    parts = ((MSO_SHAPE.ISOSCELES_TRIANGLE, (0.3, 0.16, 0.32, 0.34), "wing"),
             (MSO_SHAPE.ISOSCELES_TRIANGLE, (0.08, 0.5, 0.22, 0.3), "tail"),
             (MSO_SHAPE.OVAL, (0.22, 0.44, 0.5, 0.32), "body"),
             (MSO_SHAPE.OVAL, (0.6, 0.26, 0.28, 0.24), "head"),
             (MSO_SHAPE.OVAL, (0.76, 0.33, 0.05, 0.05), "eye"))
    for kind, at, name in parts:
        fill = PENCIL if name == "eye" else SKETCH
        part = _part(g, kind, _at(page, *at), fill, f"Sketch: dragon's {name}", PENCIL)
        if name == "tail":
            part.rotation = 270.0  # pointing away from the body, to the left
    for n, left in enumerate((0.3, 0.52), 1):
        _part(g, MSO_SHAPE.RECTANGLE, _at(page, left, 0.72, 0.06, 0.14), SKETCH,
              f"Sketch: dragon's leg {n}", PENCIL)


def _music(g: GroupShapes, screen: StreamScreen, box: Box, desk_top: int,
           streamer: tuple[int, int]) -> None:
    """A microphone on a stand on the table (the guitar is drawn behind the table's edge,
    ``_guitar``)."""
    x, _y, w, h = box
    mx = x + int(w * 0.8)
    stand_h = int(h * 0.28)
    _part(g, MSO_SHAPE.RECTANGLE, (mx, desk_top - stand_h, max(1, w // 90), stand_h), DARK,
          "Microphone stand")
    _part(g, MSO_SHAPE.OVAL, (mx - w // 30, desk_top - h // 60, w // 15 + w // 90, h // 30),
          DARK, "Microphone base")
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, (mx - w // 50, desk_top - stand_h - h // 8,
                                           w // 25 + w // 90, h // 7), DARK,
          "Microphone", radius=0.5)


def _guitar(g: GroupShapes, desk_top: int, streamer: tuple[int, int]) -> None:
    """A guitar held across the streamer's lap, its foot behind the table's edge and its
    neck reaching out to the left below her shoulders."""
    cx, head = streamer

    def at(left: float, top: float, wide: float, tall: float) -> Box:
        return (cx + int(head * left), desk_top + int(head * top), int(head * wide),
                int(head * tall))

    neck = _part(g, MSO_SHAPE.RECTANGLE, at(-1.12, -0.6, 0.92, 0.12), GUITAR_DARK, "Guitar neck")
    neck.rotation = 10.0  # rising a little to the left, as a guitar is held
    _part(g, MSO_SHAPE.RECTANGLE, at(-1.24, -0.72, 0.2, 0.16), GUITAR_DARK, "Guitar head")
    _part(g, MSO_SHAPE.OVAL, at(-0.45, -0.72, 0.62, 0.52), GUITAR, "Guitar body top",
          GUITAR_DARK)
    _part(g, MSO_SHAPE.OVAL, at(-0.1, -0.58, 0.82, 0.68), GUITAR, "Guitar",
          GUITAR_DARK)
    _part(g, MSO_SHAPE.OVAL, at(-0.2, -0.52, 0.24, 0.24), GUITAR_DARK, "Guitar sound hole")


def _desk(g: GroupShapes, screen: StreamScreen, box: Box, desk_top: int,
           streamer: tuple[int, int]) -> None:
    """A plain desk: a mug beside the streamer."""
    x, _y, w, _h = box
    _cx, head = streamer
    _part(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x + int(w * 0.72), desk_top - int(head * 0.4),
                                           int(head * 0.3), int(head * 0.42)), BOOKS[1],
          "Mug", radius=0.15)


THINGS = {"gaming": _gaming, "drawing": _drawing, "music": _music, "desk": _desk}
