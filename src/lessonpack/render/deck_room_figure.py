"""The streamer in the room of clues: a child from the waist up on a chair behind the desk,
in a school jumper with the school's badge sewn on its chest (the clue), the badge a shield
as on a real school top, its name on it only where it can be read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE

from lessonpack.render.deck_drawings import Box, T, new_shape
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_room_draw import write_words
from lessonpack.render.deck_room_plan import BASE_PT, LINE_IN, Plan, Thing, emu, words_width
from lessonpack.render.deck_room_things import BADGE, draw_badge, draw_chair, draw_hood, solid

if TYPE_CHECKING:
    from pptx.shapes.shapetree import GroupShapes

# The fictional child's school top is one fixed neutral grey, never a brand colour: the
# lesson is about how a uniform identifies a school, so the character must not wear what
# may be the host school's own uniform colour.
JUMPER = RGBColor(0x7D, 0x83, 0x8C)
JUMPER_COLLAR = RGBColor(0x4E, 0x53, 0x5B)


def draw_figure(g: GroupShapes, thing: Thing, p: Plan, font: str) -> list[Box]:
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
    solid(jumper, JUMPER)
    jumper.text_frame.text = ""
    if thing.hood:
        draw_hood(g, (x + w // 2, body_top), s)
    # The neck of the jumper, a darker band the head sits in.
    collar = new_shape(g, MSO_SHAPE.OVAL, (x + w // 2 - emu(0.33 * s), body_top - emu(0.06 * s),
                                           emu(0.66 * s), emu(0.3 * s)), None, "Jumper collar")
    solid(collar, JUMPER_COLLAR)
    collar.text_frame.text = ""
    if thing.picture is not None:
        add_picture(g, thing.picture, (x + (w - head) // 2, y, head, head),
                    "In the video: " + thing.picture.name)
    return [_badge(g, thing, p, font, body_top, s)]


# A badge without words (a room too small for them at 18 pt): its share of the jumper's
# width, about a school logo's on a real jumper.
BADGE_SHARE = 0.22


def _badge(g: GroupShapes, thing: Thing, p: Plan, font: str, body_top: int, s: float) -> Box:
    """The school's badge as a badge: a shield sewn on the left of the chest, where a school
    top has it, the school's name on it at 18 pt (the least a class reads from the back)
    in the stream and on a close-up, so pupils have to look for it, as for the other clues;
    a room too small for its words has a small shield at a logo's size. Returns the
    shield's box."""
    x, _y, w, _h = thing.box
    top = body_top + emu(0.12 * s)
    room = thing.box[1] + thing.box[3] - top  # down to the desk's top
    words = bool(thing.lines)
    if words:
        edge = emu(0.05)
        widest = max(words_width(line, font) for line in thing.lines)
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
        write_words(g, inside, thing, p, font, T.BACKGROUND_1, pt=BASE_PT, plate=BADGE)
    return shield


# The share of a badge's height above its star and point: its words' room.
BADGE_TOP = 0.74

