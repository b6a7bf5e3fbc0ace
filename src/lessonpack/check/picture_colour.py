"""The colours of a picture where text sits on it: a template's photo background, a picture
placed on its layout, a shape filled with a picture.

Text on a picture is readable only if it stands out from the picture's darkest and lightest
parts under it. So the picture is decoded once (made small: its detail does not matter, its
light and dark do), the part of it under the text box is cut out, as the picture is
stretched and cropped (``a:srcRect``) into its box, and its darkest and lightest colours
(the 5th and 95th percentile of luminance, so a stray pixel does not decide) are the
backdrop ``check`` and the build measure the text against, as they do a gradient's stops.

Pictures Pillow cannot open (EMF, WMF, SVG) stay unknown, as before. Where the picture is
mostly see-through under the text, the text sees what is beneath it instead.
"""

from __future__ import annotations

import io
from typing import Any

from lxml import etree

from lessonpack.check.colour import NO_FILL, RGB, Paint

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
Box = tuple[int, int, int, int]
THUMB = 160  # pixels on the long side: enough for light and dark, cheap to look at
PERCENTILE = 0.05
_CACHE_KEY = "_lessonpack_thumb"


def thumb_of(image_part: Any) -> Any | None:
    """The picture, small and RGBA, kept on its part (layout and master pictures are under
    text on every slide)."""
    if _CACHE_KEY in image_part.__dict__:
        return image_part.__dict__[_CACHE_KEY]
    thumb = None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(image_part.blob)) as im:
            im.draft("RGB", (THUMB * 2, THUMB * 2))  # JPEG: decode at a fraction of the size
            thumb = im.convert("RGBA")
            thumb.thumbnail((THUMB, THUMB))
    except Exception:  # any picture Pillow cannot read (or a decompression bomb) stays unknown
        thumb = None
    image_part.__dict__[_CACHE_KEY] = thumb
    return thumb


def _source_window(blip_fill: etree._Element) -> tuple[float, float, float, float]:
    """The share of the picture shown (left, top, right, bottom), after its crop."""
    rect = blip_fill.find(f"{{{A}}}srcRect")
    if rect is None:
        return 0.0, 0.0, 1.0, 1.0

    def share(name: str) -> float:
        try:
            return int(rect.get(name, "0")) / 100000
        except ValueError:
            return 0.0

    left, top = share("l"), share("t")
    right, bottom = 1 - share("r"), 1 - share("b")
    if right <= left or bottom <= top:
        return 0.0, 0.0, 1.0, 1.0
    return left, top, right, bottom


def picture_paint(blip_fill: etree._Element, part: Any, drawn: Box, text: Box) -> Paint | None:
    """What the picture of ``blip_fill`` (an a:blipFill or p:blipFill in ``part``), drawn
    into ``drawn``, puts behind text in the box ``text``; None when it cannot be known."""
    blip = blip_fill.find(f"{{{A}}}blip")
    rid = blip.get(R_EMBED) if blip is not None else None
    if not rid or part is None:
        return None
    try:
        image_part = part.related_part(rid)
    except (KeyError, AttributeError):
        return None
    thumb = thumb_of(image_part)
    if thumb is None:
        return None
    width, height = thumb.size
    if blip_fill.find(f"{{{A}}}tile") is not None or drawn[2] <= 0 or drawn[3] <= 0:
        window = (0, 0, width, height)  # tiled: every part of the picture is under the text
    else:
        left, top, right, bottom = _source_window(blip_fill)
        fx0 = min(max((text[0] - drawn[0]) / drawn[2], 0.0), 1.0)
        fy0 = min(max((text[1] - drawn[1]) / drawn[3], 0.0), 1.0)
        fx1 = min(max((text[0] + text[2] - drawn[0]) / drawn[2], 0.0), 1.0)
        fy1 = min(max((text[1] + text[3] - drawn[1]) / drawn[3], 0.0), 1.0)
        if fx1 <= fx0 or fy1 <= fy0:
            return None
        sx = lambda f: left + f * (right - left)  # noqa: E731 - two one-line maps
        sy = lambda f: top + f * (bottom - top)  # noqa: E731
        window = (int(sx(fx0) * width), int(sy(fy0) * height),
                  max(int(sx(fx0) * width) + 1, round(sx(fx1) * width)),
                  max(int(sy(fy0) * height) + 1, round(sy(fy1) * height)))
    return _extremes(thumb.crop(window))


def _extremes(region: Any) -> Paint:
    # get_flattened_data replaces getdata from Pillow 12.1 on.
    data = getattr(region, "get_flattened_data", None) or region.getdata
    pixels = [p for p in data() if p[3] >= 128]
    if len(pixels) * 2 < region.size[0] * region.size[1]:
        return NO_FILL  # mostly see-through here: the text sees what is beneath
    ranked = sorted(pixels, key=lambda p: 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2])
    cut = int(len(ranked) * PERCENTILE)
    dark, light = ranked[cut], ranked[len(ranked) - 1 - cut]
    colours: list[RGB] = [(dark[0] / 255, dark[1] / 255, dark[2] / 255)]
    if light[:3] != dark[:3]:
        colours.append((light[0] / 255, light[1] / 255, light[2] / 255))
    return Paint(tuple(colours))
