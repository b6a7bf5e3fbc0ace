"""A traffic light drawn on a slide exactly as the printed cards and worksheet draw it: the
same colour and the same sign inside (a tick, a pause, a raised hand).

The slide's sort key once showed Fluent Emoji's orange circle as "amber": RGB(253,102,34)
beside a red of RGB(247,47,46), while the children held up cards in a yellow amber. On a
projector, or to the 1 boy in 12 who cannot tell red from
green, orange and red merge; the sign and the lighter amber keep the three apart without
colour. One table of colours (plan/picture_sheet.LIGHTS) and one of signs
(render/docx_shapes.SIGNS) serve slides, cards and sheet alike.
"""

from __future__ import annotations

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.shapes.group import GroupShape
from pptx.slide import Slide
from pptx.util import Emu, Pt

from lessonpack.content.picture_library import Picture, builtin_library
from lessonpack.plan.picture_sheet import LIGHTS
from lessonpack.render.deck_geometry import Box
from lessonpack.render.docx_shapes import OUTLINE, SIGN_WORDS, SIGNS, custom_geometry
from lessonpack.render.ooxml import set_alt_text

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
RING = "FFFFFF"  # a white rim parts the light from any pill colour (Oakfield's green pill)


def light_word(picture: Picture | None) -> str | None:
    """"amber" for the built-in amber light (likewise green, red); None for any other
    picture, a school's own light included (theirs is drawn as they made it)."""
    if picture is None:
        return None
    word = picture.name.removesuffix("-light")
    builtin = builtin_library().get(picture.name)
    if word not in LIGHTS or word not in SIGNS or builtin is None or \
            builtin.sha1 != picture.sha1:
        return None
    return word


def add_light(slide: Slide, word: str, box: Box, alt: str, name: str) -> GroupShape:
    """The ``word`` light ("green", "amber", "red") as a disc of its print colour in a
    square ``box``, its sign in white edged dark, grouped with ``alt`` (+ the sign's words)."""
    x, y, side, _h = box
    group = slide.shapes.add_group_shape()
    group.name = name
    set_alt_text(group.element.nvGrpSpPr.cNvPr, f"{alt} ({SIGN_WORDS[word]})")
    disc = group.shapes.add_shape(MSO_SHAPE.OVAL, Emu(x), Emu(y), Emu(side), Emu(side))
    disc.name = f"{name}: {word}"
    disc.fill.solid()
    disc.fill.fore_color.rgb = RGBColor.from_string(LIGHTS[word].lstrip("#"))
    disc.line.color.rgb = RGBColor.from_string(RING)
    disc.line.width = Pt(1.5)
    w, h, path, (fx, fy, fw) = SIGNS[word]
    cx = round(side * fw)
    cy = round(cx * h / w)
    sign = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x + round(side * fx)),
                                  Emu(y + round(side * fy)), Emu(cx), Emu(cy))
    sign.name = f"{name}: sign"
    sign.fill.solid()
    sign.fill.fore_color.rgb = RGBColor.from_string("FFFFFF")
    sign.line.color.rgb = RGBColor.from_string(OUTLINE)
    sign.line.width = Pt(1)
    geometry = etree.fromstring(f'<g xmlns:a="{_A}">{custom_geometry(w, h, path)}</g>')[0]
    preset = sign.element.spPr.find(f"{{{_A}}}prstGeom")
    preset.addprevious(geometry)
    sign.element.spPr.remove(preset)
    for shape in (disc, sign):  # drawings, not text: no empty text box for a reader to visit
        body = shape.element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}"
                                  "txBody")
        if body is not None:
            shape.element.remove(body)
    return group
