"""Things in the streamer's room drawn from native shapes (render/deck_room.py lays the room
out): the child's own drawing of a purple cat pinned on the wall, the chair the streamer
sits on, and the school's badge on the jumper.

Each is drawn as the thing itself, in its own fixed colours (never a brand's, which stay
on the stream around the room): a chat that praises "a purple cat" and its whiskers must
see a purple cat with whiskers, and a school's name must read as a badge sewn on the
jumper, not a label laid over the picture.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.util import Emu, Pt

from lessonpack.render.deck_drawings import Box, new_shape, set_alpha

if TYPE_CHECKING:
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.shapetree import GroupShapes

# A child's felt-tip drawing: a purple cat with a darker purple outline and whiskers.
CAT_PURPLE = RGBColor(0x9B, 0x6B, 0xD6)
CAT_LINE = RGBColor(0x4E, 0x2A, 0x84)
CAT_NOSE = RGBColor(0xE8, 0x7A, 0xA8)
CAT_EYE = RGBColor(0x22, 0x22, 0x2A)
# A desk chair's back, charcoal: darker than the grey jumper in front of it, unlike the wood.
CHAIR = RGBColor(0x3B, 0x42, 0x52)
CHAIR_EDGE = RGBColor(0x26, 0x2B, 0x36)
# A hoodie's hood, a shade darker than the grey top.
HOOD = RGBColor(0x65, 0x6B, 0x74)
# A school badge: a navy shield with a gold edge (white words reach 12:1 on the navy).
BADGE = RGBColor(0x1E, 0x33, 0x5A)
BADGE_EDGE = RGBColor(0xD9, 0xA4, 0x41)


def solid(shape: Shape, colour: RGBColor, line: RGBColor | None = None,
          width: float = 1.0) -> Shape:
    """``shape`` filled with ``colour`` and, given ``line``, outlined in it ``width`` pt
    wide: every part of the room's drawing, and the plate under a clue's words (its text,
    written after, is left as it is)."""
    shape.fill.solid()
    shape.fill.fore_color.rgb = colour
    if line is not None:
        shape.line.fill.solid()
        shape.line.color.rgb = line
        shape.line.width = Pt(width)
    return shape


def solid_part(shape: Shape, colour: RGBColor, line: RGBColor | None = None,
               width: float = 1.0) -> Shape:
    """A drawn thing's part (``solid``) with an empty paragraph: it holds no words."""
    solid(shape, colour, line, width).text_frame.text = ""
    return shape


def _part(box: Box, left: float, top: float, wide: float, tall: float) -> Box:
    """The part of ``box`` at these fractions of its width and height."""
    x, y, w, h = box
    return (x + round(w * left), y + round(h * top), round(w * wide), round(h * tall))


def draw_cat(g: GroupShapes, box: Box, alt: str) -> None:
    """A purple cat's face as a child draws one, in the square ``box`` on the paper: two
    ears, a round face (described by ``alt``), eyes, a pink nose and three whiskers each
    side."""
    for n, left in enumerate((0.14, 0.58)):
        ear = new_shape(g, MSO_SHAPE.ISOSCELES_TRIANGLE, _part(box, left, 0.08, 0.28, 0.34),
                        None, f"Cat drawing ear {n + 1}")
        solid_part(ear, CAT_PURPLE, CAT_LINE, 1.5)
    face = new_shape(g, MSO_SHAPE.OVAL, _part(box, 0.1, 0.24, 0.8, 0.66), None,
                     "In the video: cat")
    solid_part(face, CAT_PURPLE, CAT_LINE, 1.5)
    face._element.nvSpPr.cNvPr.set("descr", alt)  # noqa: SLF001 - python-pptx has no setter
    for n, left in enumerate((0.3, 0.6)):
        eye = new_shape(g, MSO_SHAPE.OVAL, _part(box, left, 0.42, 0.1, 0.14), None,
                        f"Cat drawing eye {n + 1}")
        solid_part(eye, CAT_EYE)
    nose = new_shape(g, MSO_SHAPE.ISOSCELES_TRIANGLE, _part(box, 0.44, 0.6, 0.12, 0.08), None,
                     "Cat drawing nose")
    solid_part(nose, CAT_NOSE)
    nose.rotation = 180.0
    _whiskers(g, box)


def _whiskers(g: GroupShapes, box: Box) -> None:
    """Three whiskers each side of the nose, fanning out past the face."""
    x, y, w, h = box
    for n, (inner, outer) in enumerate(((0.36, 0.0), (0.64, 1.0))):
        for m, (start, end) in enumerate(((0.63, 0.56), (0.66, 0.67), (0.69, 0.78))):
            line = g.add_connector(MSO_CONNECTOR.STRAIGHT, Emu(x + round(w * inner)),
                                   Emu(y + round(h * start)), Emu(x + round(w * outer)),
                                   Emu(y + round(h * end)))
            line.name = f"Cat drawing whisker {n * 3 + m + 1}"
            line.line.color.rgb = CAT_LINE
            line.line.width = Pt(1.25)


def draw_chair(g: GroupShapes, box: Box) -> None:
    """The back of a desk chair behind the streamer, its top at the shoulders: she sits at
    her desk, not floating on the wall behind it."""
    chair = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, None, "Chair back", radius=0.25)
    solid_part(chair, CHAIR, CHAIR_EDGE, 1.5)


def draw_hood(g: GroupShapes, neck: tuple[int, int], scale: float) -> None:
    """A hoodie's hood lying round the back of the neck (``neck``: the middle of the top's
    neckline, EMU): the story says "hoodie", so the picture shows one. No cords: the badge
    on the chest would cover one of them."""
    cx, top = neck
    inch = 914400 * scale
    hood = new_shape(g, MSO_SHAPE.OVAL, (cx - round(0.55 * inch), top - round(0.16 * inch),
                                         round(1.1 * inch), round(0.42 * inch)), None, "Hood")
    solid_part(hood, HOOD)


def draw_badge(g: GroupShapes, box: Box, edge: int, pointed: bool) -> Box:
    """A school badge: a navy shield with a gold edge, ``pointed`` with a gold star in its
    point, else with a rounded foot; returns the box its words go in, the shield's top less
    ``edge`` all round."""
    x, y, w, h = box
    if not pointed:
        shield = new_shape(g, MSO_SHAPE.ROUND_2_SAME_RECTANGLE, box, None, "School badge",
                           radius=0.3)
        shield.rotation = 180.0  # its rounded corners at the foot
        solid_part(shield, BADGE, BADGE_EDGE, 2.0)
        return (x + edge, y + edge, w - 2 * edge, h - 2 * edge)
    shield = new_shape(g, MSO_SHAPE.FLOWCHART_OFFPAGE_CONNECTOR, box, None, "School badge")
    solid_part(shield, BADGE, BADGE_EDGE, 2.0)
    point = h // 5  # the shape's pointed fifth
    star = min(point * 4 // 5, w // 4)
    solid_part(new_shape(g, MSO_SHAPE.STAR_5_POINT, (x + (w - star) // 2, y + h - point - star // 3,
                                                        star, star), None, "School badge star"),
                BADGE_EDGE)
    return (x + edge, y + edge, w - 2 * edge, h - point - star // 3 - 2 * edge)


# The room's side walls: the back wall's own tint a shade darker (black at 7%), so the
# room has depth whatever the brand's wall colour.
SIDE_WALL_ALPHA = 7000


def draw_side_walls(g: GroupShapes, box: Box, desk_top: int) -> None:
    """The room's side walls at the left and right of the back wall, each running from the
    box's top corner in to the desk: the streamer sits in a room, not on a flat panel."""
    x, y, w, _h = box
    deep = w // 28
    for n, (outer, inner) in enumerate(((x, x + deep), (x + w, x + w - deep))):
        _shade(g, [(outer, y), (inner, y + deep), (inner, desk_top), (outer, desk_top)],
               f"Side wall {n + 1}", SIDE_WALL_ALPHA)
    # The ceiling's edge along the top, lighter than the side walls.
    _shade(g, [(x, y), (x + w, y), (x + w - deep, y + deep), (x + deep, y + deep)], "Ceiling",
           SIDE_WALL_ALPHA // 2)


def _shade(g: GroupShapes, corners: list[tuple[int, int]], name: str, alpha: int) -> None:
    """A see-through black polygon with these corners (EMU): a shade over the wall."""
    (x0, y0), *rest = corners
    builder = g.build_freeform(Emu(x0), Emu(y0))
    builder.add_line_segments([(Emu(cx), Emu(cy)) for cx, cy in rest])
    shape = builder.convert_to_shape()
    shape.name = name
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor(0, 0, 0)
    shape.line.fill.background()
    set_alpha(shape, alpha)
