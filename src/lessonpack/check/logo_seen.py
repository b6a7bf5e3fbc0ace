"""Whether a logo can be seen where it is drawn: its own pixels against what is behind it.

A school's crest is drawn for a white page: a dark green wordmark, a gold shield. Put in the
corner of a dark template (#434343, black, a dark photo) or on a strong pink band, the
wordmark vanishes and only the shield shows. So the logo's opaque pixels are compared with
the colours behind its box (the layout's or master's fill or picture, the shapes beneath it,
as ``check`` finds what text sits on), and the logo counts as seen when most of them
(SEEN_SHARE) stand out at WCAG's 3:1 for graphics against every one of those colours.
Measured on the example logos: 0.83-0.96 of their pixels reach 3:1 on white, 0.0-0.34 on
dark grey, black, navy or pink, so the line between is wide.

A logo whose own edge is opaque (a JPEG on its white box) carries its own ground, chosen by
whoever drew it: it is seen wherever it goes. The build (render/deck_logo_plate) and
``check`` (pptx_logo_rules) share this measure, so a built deck passes its checker.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from lxml import etree

from lessonpack.check.colour import RGB
from lessonpack.check.pptx_shapes import NS, Item, SlideView
from lessonpack.check.pptx_text_rules import backdrop
from lessonpack.contrast import luminance

# What lessonpack names the logos it places (render/deck_master).
LOGO_NAMES = frozenset({"Logo", "Trainer logo"})
NON_TEXT = 3.0  # WCAG 2.x 1.4.11: graphics needed to understand what is shown
SEEN_SHARE = 0.5
THUMB = 160  # pixels on the long side: the logo's colours, not its detail
EDGE_OPAQUE = 0.9  # this share of the edge opaque: the logo brings its own ground
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_CACHE_KEY = "_lessonpack_logo_lums"


def is_logo(item: Item) -> bool:
    return item.tag == "pic" and item.name in LOGO_NAMES


def logos(view: SlideView) -> Iterator[tuple[Item, list[Item], list[Item]]]:
    """Each logo drawn on the slide, with what is drawn below it and above it (master,
    layout and slide shapes, bottom first)."""
    drawn = [*view.beneath, *view.items]
    for n, item in enumerate(drawn):
        if is_logo(item):
            yield item, drawn[:n], drawn[n + 1:]


def _luminances(image_part: Any) -> tuple[float, ...] | None:
    """The luminance of each opaque pixel of the logo (made small), kept on its part; None
    when it cannot be read or brings its own ground (an opaque edge)."""
    if _CACHE_KEY in image_part.__dict__:
        return image_part.__dict__[_CACHE_KEY]
    found: tuple[float, ...] | None = None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(image_part.blob)) as im:
            thumb = im.convert("RGBA")
        thumb.thumbnail((THUMB, THUMB))
        # get_flattened_data replaces getdata from Pillow 12.1 on.
        pixels = list((getattr(thumb, "get_flattened_data", None) or thumb.getdata)())
        w, h = thumb.size
        edge = [pixels[i] for i in range(w)] + pixels[-w:] + \
            [pixels[y * w] for y in range(h)] + [pixels[y * w + w - 1] for y in range(h)]
        if sum(p[3] >= 128 for p in edge) < EDGE_OPAQUE * len(edge):
            found = tuple(luminance((p[0] / 255, p[1] / 255, p[2] / 255))
                          for p in pixels if p[3] >= 128) or None
    except Exception:  # a picture Pillow cannot read stays unknown, as in picture_colour
        found = None
    image_part.__dict__[_CACHE_KEY] = found
    return found


def _image_part(view: SlideView, logo: Item) -> Any | None:
    blip = logo.el.find("p:blipFill/a:blip", NS)
    rid = blip.get(R_EMBED) if blip is not None else None
    part = view.part_of(logo.el)
    if not rid or part is None:
        return None
    try:
        return part.related_part(rid)
    except (KeyError, AttributeError):
        return None


def _behind(view: SlideView, logo: Item, below: list[Item]) -> list[RGB] | None:
    """The colours behind the logo's box, as ``backdrop`` finds them for text: a stand-in
    shape without fill in the logo's place, so the logo's own picture is not counted."""
    stand_in = Item(etree.Element(f"{{{NS['p']}}}sp"), logo.box, logo.layer, None, True)
    return backdrop(view, stand_in, below)


def seen_share(view: SlideView, logo: Item, below: list[Item]) -> float | None:
    """The share of the logo's pixels that stand out at NON_TEXT from every colour behind
    it; None when either cannot be known (or the logo brings its own ground)."""
    part = _image_part(view, logo)
    lums = _luminances(part) if part is not None else None
    colours = _behind(view, logo, below) if lums else None
    if not lums or not colours:
        return None
    worst = 1.0
    for colour in colours:
        back = luminance(colour)
        seen = sum((max(lum, back) + 0.05) / (min(lum, back) + 0.05) >= NON_TEXT
                   for lum in lums)
        worst = min(worst, seen / len(lums))
    return worst


def hard_to_see(view: SlideView, logo: Item, below: list[Item]) -> float | None:
    """The share seen, when it is under SEEN_SHARE; None when the logo can be seen."""
    share = seen_share(view, logo, below)
    return share if share is not None and share < SEEN_SHARE else None
