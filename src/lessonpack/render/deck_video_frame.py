"""The video of a mock live stream whose things are drawn in a row (Kai's gift, palette and
face; Baker Bea's cupcakes): a lighter frame on the phone's dark screen with a small video
camera drawn in its corner, so the pictures read as the stream's video, not as emoji
floating in a chat app. Drawn from shapes, not a camera emoji or a font's symbol, so it is
the same in PowerPoint, LibreOffice and Google Slides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE

from lessonpack.render.deck_drawings import Box, new_shape

if TYPE_CHECKING:
    from pptx.shapes.autoshape import Shape
    from pptx.shapes.shapetree import GroupShapes

# A slate a little lighter than the phone's screen: the video's picture area.
FRAME = RGBColor(0x3A, 0x45, 0x5A)
ICON = RGBColor(0xFF, 0xFF, 0xFF)
RECORD = RGBColor(0xE0, 0x24, 0x3B)  # the red of a recording light
IN = 914400


def _solid(shape: Shape, colour: RGBColor) -> Shape:
    shape.fill.solid()
    shape.fill.fore_color.rgb = colour
    shape.line.fill.background()
    shape.text_frame.text = ""
    return shape


def draw_video_frame(g: GroupShapes, box: Box) -> Box:
    """The video's frame filling ``box``, with the camera in its top left corner; returns
    the area for the video's pictures, as high as the frame and clear of the camera."""
    x, y, w, h = box
    _solid(new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, None, "Video frame", radius=0.06),
           FRAME)
    icon_h = max(1, min(int(0.2 * IN), h // 6))
    pad = icon_h // 2
    _camera(g, (x + pad, y + pad, icon_h * 2, icon_h))
    # The camera's corner kept clear on both sides; the whole height left to the pictures
    # (and a name tag under one, "Dad", which needs it).
    side = icon_h * 2 + pad * 2
    return (x + side, y, w - 2 * side, h)


def _camera(g: GroupShapes, box: Box) -> None:
    """A small video camera: a red recording light, a body and a lens pointing right."""
    x, y, w, h = box
    dot = h * 6 // 10
    _solid(new_shape(g, MSO_SHAPE.OVAL, (x, y + (h - dot) // 2, dot, dot), None,
                     "Video recording light"), RECORD)
    body_x = x + dot + h // 4
    body_w = (x + w - body_x) * 62 // 100
    _solid(new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (body_x, y, body_w, h), None,
                     "Video camera body", radius=0.2), ICON)
    lens = new_shape(g, MSO_SHAPE.ISOSCELES_TRIANGLE, (body_x + body_w, y + h // 8,
                                                       x + w - body_x - body_w, h * 3 // 4),
                     None, "Video camera lens")
    lens.rotation = 270.0  # its point at the body, its wide end out to the right
    _solid(lens, ICON)
