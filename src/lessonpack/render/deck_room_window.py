"""The room's window, a clue: a white frame on a sill with curtains on a rail, sky, the moon
in a top pane, and outside, beyond the glass, a street sign on its posts behind a garden
wall. The street's name is on the sign itself, as in a real street, so pupils spot the
window as what gives the child away, not a word pasted on the glass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Pt

from lessonpack.render.deck_drawings import Box, T, new_shape
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_room_draw import POST, write_words
from lessonpack.render.deck_room_plan import BASE_PT, LINE_IN, Plan, Thing, emu, words_width
from lessonpack.render.deck_room_things import solid

if TYPE_CHECKING:
    from pptx.shapes.shapetree import GroupShapes

# Real-world colours for a real window and street (never a brand's).
SKY = RGBColor(0xCF, 0xE8, 0xF7)
SIGN_GREEN = RGBColor(0x1B, 0x6E, 0x3C)  # a street sign's: white words reach 6:1 on it
SIGN_EDGE = RGBColor(0xFF, 0xFF, 0xFF)
BRICK = RGBColor(0xA8, 0x5A, 0x44)  # a garden wall outside the window
CURTAIN = RGBColor(0xE2, 0x8C, 0x6E)  # a warm plain curtain, unlike any frame on the wall
CURTAIN_IN = 0.17  # each curtain's width, inches at scale 1
SILL = RGBColor(0xF4, 0xF1, 0xEA)  # a painted sill, lighter than the wall's tint
SILL_EDGE = RGBColor(0x9A, 0x94, 0x88)


def draw_window(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
    """A window: a white frame on a sill, sky, the moon in a top pane, and outside, beyond
    the glass, a street sign on its posts behind a garden wall; returns the window's box
    (the clue). The plain framed square of sky read as another picture on the wall, so it
    has what only a window has: glazing bars, curtains on a rail and a sill, all inside the
    box the room was laid out with. The sign is drawn as seen through the glass: standing
    behind a wall, sky beside it, its far end hidden by the frame; a label across the pane
    read as a caption pasted on the glass."""
    x, y, w, h = thing.box
    s = p.scale
    sill_h, rail_h, curtain = emu(0.1 * s), emu(0.05 * s), emu(CURTAIN_IN * s)
    fx, fw, fh = x + curtain // 2, w - curtain, h - sill_h
    new_shape(g, MSO_SHAPE.RECTANGLE, (fx, y + rail_h, fw, fh - rail_h), T.BACKGROUND_1,
              "Window")
    edge = emu(0.1 * s)
    pane = (fx + edge, y + rail_h + edge, fw - 2 * edge, fh - rail_h - 2 * edge)
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, pane, None, "Window sky"), SKY)
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
        solid(new_shape(g, MSO_SHAPE.RECTANGLE, (cx, y, curtain, fh), None,
                        f"Window curtain {n + 1}"), CURTAIN)
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, rail_h), None, "Curtain rail"), POST)
    # The sill: the whole box's width, deeper than the frame, on the wall under it.
    sill = solid(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y + fh, w, sill_h), None,
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
    words = bool(thing.lines)
    if words:
        widest = max(words_width(line, font) for line in thing.lines)
        sign_w = min(pw, emu((widest + 0.2) * k))
        sign_h = max(emu((len(thing.lines) * LINE_IN + 0.14) * k), emu(0.4 * k))
    else:  # a room too small for its words at 18 pt: a sign, its words too small to read
        sign_w = int(pw * SIGN_FAR)
        sign_h = sign_w * 3 // 10
    wall_h = max(emu(0.08 * p.scale), ph // 12)
    sx = px0 + pw - sign_w - min(emu(0.06 * p.scale), pw - sign_w)
    sy = py0 + ph - wall_h - emu(0.08 * p.scale) - sign_h
    tail = emu(0.15 * p.scale)  # the part behind the frame (and its curtain), unseen
    for n, post_x in enumerate((sx + sign_w // 4, sx + sign_w * 3 // 4)):
        solid(new_shape(g, MSO_SHAPE.RECTANGLE, (post_x - emu(0.03 * k), sy + sign_h,
                                                 emu(0.06 * k), py0 + ph - sy - sign_h),
                        None, f"Sign post {n + 1}"), POST)
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (sx, sy, sign_w + tail, sign_h), None,
                    "Street sign plate"), SIGN_GREEN)
    if words:
        write_words(g, (sx, sy, sign_w, sign_h), thing, p, font, T.BACKGROUND_1, pt=pt,
               plate=SIGN_GREEN)
    _outline(g, (sx, sy, sign_w + tail, sign_h), "In the video: street-sign")
    # The garden wall in front of the posts' feet: brick, with a paler coping along its top.
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (px0, py0 + ph - wall_h, pw, wall_h), None,
                    "Garden wall"), BRICK)
    solid(new_shape(g, MSO_SHAPE.RECTANGLE, (px0, py0 + ph - wall_h, pw, max(1, wall_h // 4)),
                    None, "Garden wall coping"), SILL)
    return (sx, sy, sign_w, sign_h)

def _outline(g: GroupShapes, box: Box, name: str) -> None:
    """A street sign's white edge, drawn over its green plate."""
    edge = new_shape(g, MSO_SHAPE.RECTANGLE, box, None, name)
    edge.line.fill.solid()
    edge.line.color.rgb = SIGN_EDGE
    edge.line.width = Pt(2)


