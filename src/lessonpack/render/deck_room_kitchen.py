"""A streamer's room that is a kitchen (the story's ``room``: Sami sketches "in the kitchen"),
drawn from native shapes over the room deck_room lays out: tiles along the wall above the
worktop, the worktop with cupboard doors under it in place of a wooden desk, a kettle on
it. A kitchen story shown at a bedroom desk contradicted the stream's own title.

Nothing here is a clue: the clues are the story's (the window's street sign, the badge), and
the kitchen's things give nothing away. Fixed, real-world colours, never a brand's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE

from lessonpack.render.deck_drawings import Box, new_shape
from lessonpack.render.deck_room_things import solid_part

if TYPE_CHECKING:
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.shapetree import GroupShapes

TILE = RGBColor(0xCF, 0xE3, 0xDC)  # pale sage wall tiles
GROUT = RGBColor(0xFF, 0xFF, 0xFF)
WORKTOP = RGBColor(0xD8, 0xD2, 0xC8)  # a stone-grey worktop
WORKTOP_EDGE = RGBColor(0xB5, 0xAE, 0xA2)
DOOR = RGBColor(0xF4, 0xF1, 0xEA)  # cream cupboard doors
DOOR_LINE = RGBColor(0xB5, 0xAE, 0xA2)
HANDLE = RGBColor(0x6B, 0x70, 0x78)
KETTLE = RGBColor(0xC0, 0x4A, 0x3A)  # a red enamel kettle
KETTLE_DARK = RGBColor(0x3B, 0x42, 0x52)
# The things the kitchen adds to the worktop, (name, width, height) in inches at scale 1:
# a kettle as small as the room's other things (a wider one, with a mug, narrowed the
# stream's chat column to its smaller type).
KITCHEN_THINGS = (("kettle", 0.55, 0.6),)
ALT = {"kettle": "A kettle on the kitchen worktop"}


def draw_tiles(g: GroupShapes, box: Box, scale: float) -> None:
    """A band of square wall tiles in ``box`` (the wall just above the worktop)."""
    x, y, w, h = box
    solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, box, None, "Kitchen tiles"), TILE)
    side = max(1, round(0.3 * 914400 * scale))
    grout = max(1, side // 14)
    for n in range(1, h // side + 1):
        solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y + h - n * side, w, grout), None,
                              f"Tile grout row {n}"), GROUT)
    for n in range(1, w // side + 1):
        solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, (x + n * side, y, grout, h), None,
                              f"Tile grout column {n}"), GROUT)


def draw_worktop(g: GroupShapes, box: Box, scale: float) -> None:
    """The worktop across ``box`` (the desk's place): a stone top edge, cupboard doors under
    it, each with a handle."""
    x, y, w, h = box
    solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, box, None, "Desk"), DOOR, DOOR_LINE)
    solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, (x, y, w, max(1, h // 4)), None, "Desk top"),
                WORKTOP, WORKTOP_EDGE)
    door = round(1.4 * 914400 * scale)
    top = y + h // 4
    for n in range(1, w // door + 1):
        solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, (x + n * door, top, max(1, door // 90),
                                                       h - h // 4), None, f"Cupboard edge {n}"),
                    DOOR_LINE)
    knob = max(1, round(0.06 * 914400 * scale))
    # A handle near each door's right edge, the last door's too where it is cut short.
    for n in range(w // door + 1):
        right = min(x + (n + 1) * door, x + w)
        if right - (x + n * door) > knob * 5:
            solid_part(new_shape(g, MSO_SHAPE.OVAL, (right - knob * 3, top + knob * 2, knob, knob),
                                  None, f"Cupboard handle {n + 1}"), HANDLE)


def draw_kitchen_thing(g: GroupShapes, name: str, box: Box) -> None:
    """A kitchen thing (KITCHEN_THINGS: the kettle) standing in ``box`` on the worktop."""
    if name == "kettle":
        _kettle(g, box)


def _alt(shape: Shape, name: str) -> None:
    shape._element.nvSpPr.cNvPr.set("descr", ALT[name])  # noqa: SLF001 - python-pptx has no setter


def _kettle(g: GroupShapes, box: Box) -> None:
    """A jug kettle: its handle behind, a body with a spout on the left, a lid and a base."""
    x, y, w, h = box
    handle = new_shape(g, MSO_SHAPE.DONUT, (x + w * 45 // 100, y + h // 8, w * 50 // 100,
                                            h * 60 // 100), None, "Kettle handle")
    solid_part(handle, KETTLE_DARK)
    spout = new_shape(g, MSO_SHAPE.ISOSCELES_TRIANGLE, (x, y + h * 30 // 100, w * 25 // 100,
                                                        h * 25 // 100), None, "Kettle spout")
    solid_part(spout, KETTLE)
    spout.rotation = 270.0  # its point to the left, out of the body
    body = new_shape(g, MSO_SHAPE.ROUND_2_SAME_RECTANGLE, (x + w * 15 // 100, y + h * 20 // 100,
                                                           w * 65 // 100, h * 70 // 100),
                     None, "In the video: kettle")
    solid_part(body, KETTLE)
    _alt(body, "kettle")
    solid_part(new_shape(g, MSO_SHAPE.OVAL, (x + w * 37 // 100, y + h * 12 // 100, w * 20 // 100,
                                              h * 12 // 100), None, "Kettle lid"), KETTLE_DARK)
    solid_part(new_shape(g, MSO_SHAPE.RECTANGLE, (x + w * 10 // 100, y + h * 88 // 100,
                                                   w * 75 // 100, h * 12 // 100), None,
                          "Kettle base"), KETTLE_DARK)
