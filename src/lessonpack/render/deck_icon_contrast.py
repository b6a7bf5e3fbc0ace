"""Line icons that show on what they are drawn on, on a trainer's template.

The picture library's line icons are one colour (a navy) on a transparent ground. On a
template whose cards are dark (a Google Slides export's theme puts #424242 behind the cards
lessonpack draws) the navy ground rules, key-word and help-card icons were all but unseen:
1.3:1, where WCAG 1.4.11 asks 3:1 of a graphic that carries meaning. So after a slide of a
trainer's template is filled, each one-colour picture lessonpack placed is looked at against
the solid fill beneath it (the card, else the slide's background), as `check` resolves fills;
one under 3:1 is recoloured, its shape and antialiasing kept (the alpha channel), in the
first of the theme's text and background colours (tx1, tx2, bg1, bg2 as the slide maps
them) and then lessonpack's dark text and white that reaches 4.5:1 there, else 3:1.
Only the library's line icons (Fluent System Icons, by its catalogue) are recoloured: the
emoji-style pictures (a yellow star, a cat) are of several colours that make their own
edges, and a school's photos are theirs.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from PIL import Image
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from lessonpack import contrast
from lessonpack.check.colour import RGB, hex_rgb
from lessonpack.check.pptx_shapes import NS, Item, SlideView, shape_fill
from lessonpack.check.pptx_text_rules import measured_paint, mostly_covers
from lessonpack.content.picture_library import builtin_library
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_pictures import image_part, large_bytes

GRAPHIC = 3.0  # WCAG 1.4.11
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
SLOTS = ("tx1", "tx2", "bg1", "bg2")
FIXED = (contrast.TEXT_DARK.lstrip("#"), contrast.WHITE.lstrip("#"), "000000")
# A one-colour icon: most of its ink within this distance (0-255 per channel, summed) of its
# mean colour, and a transparent ground around it.
INK_SPREAD = 90
INK_SHARE = 0.9
CLEAR_SHARE = 0.2


LINE_SOURCE = "fluent-system-icons/"  # the catalogue's source of the line icons


@lru_cache(maxsize=1)
def line_icons() -> frozenset[str]:
    """SHA-1s of the library's line icons, as placed (the file and its large copy)."""
    library = builtin_library()
    folder = Path(next(iter(library.pictures.values())).path).parent
    catalogue = yaml.safe_load((folder / "catalogue.yml").read_text(encoding="utf-8"))
    found = set()
    for name, entry in catalogue.items():
        if str(entry.get("source", "")).startswith(LINE_SOURCE) and name in library.pictures:
            found.add(library.pictures[name].sha1)
            large = large_bytes(entry["file"])
            if large is not None:
                found.add(hashlib.sha1(large).hexdigest())
    return frozenset(found)


def fix_icon_contrast(slide: Any) -> None:
    """Recolour each one-colour picture on ``slide`` that misses 3:1 against its fill."""
    # The check's view of the slide is costly: only for a slide with a line icon on it.
    icons = line_icons()
    rels = slide.part.rels
    if not any(r_id in rels and _digest(rels[r_id].target_part.blob) in icons
               for r_id in (b.get(R_EMBED) for b in slide.shapes._spTree.iter(  # noqa: SLF001
                   f"{{{NS['a']}}}blip"))):
        return
    view = view_of(slide)
    for n, item in enumerate(view.items):
        if item.tag != "pic" or item.layer != "slide":
            continue
        blip = item.el.find("p:blipFill/a:blip", NS)
        r_id = blip.get(R_EMBED) if blip is not None else None
        if not r_id or r_id not in slide.part.rels:
            continue
        old = slide.part.rels[r_id].target_part
        colour = _new_ink(_ink(old.blob), _under(view, item, view.items[:n]), view)
        if colour is None:
            continue
        # deck_pictures names image parts itself (it keeps the package's used numbers): a
        # part added any other way could take a name it hands out later.
        new_part = image_part(slide.part.package, _recoloured(old.blob, colour))
        blip.set(R_EMBED, slide.part.relate_to(new_part, RT.IMAGE))
        slide.part.drop_rel(r_id)  # dropped only when no other picture still uses it


def _new_ink(ink: RGB | None, under: list[RGB] | None, view: SlideView) -> str | None:
    """RRGGBB for an icon drawn in ``ink`` over ``under`` to be recoloured in; None where it
    is no line icon, what is under it is not known, or it shows on all of it already."""
    if ink is None or not under or all(contrast.ratio(ink, back) >= GRAPHIC for back in under):
        return None
    return _choose(under, view)


def _under(view: SlideView, item: Item, below: list[Item]) -> list[RGB] | None:
    """The colours beneath the picture: the topmost opaque shape or picture covering most of
    it (the slide's own, then its layout's and master's: lo-cft-hexagons' dark art is a
    layout picture), else the slide's background; a picture (a photo background, as on
    lo-cft-smooth-black) by its darkest and lightest colours under the icon. None when that
    is not known, or is see-through."""
    for under in reversed([*view.beneath, *below]):
        if under.tag == "cxnSp" or not mostly_covers(under.box, item.box):
            continue
        fill = shape_fill(under, view.theme, view.clr_maps[under.layer])
        paint = measured_paint(view, fill, under.box, item.box)
        if paint.unknown:
            return None
        if not paint.colours:
            continue  # no fill (or see-through picture): look further down
        return list(paint.colours) if paint.alpha >= 0.999 else None
    background = measured_paint(view, view.background, (0, 0, *view.size), item.box)
    if background.unknown or not background.colours:
        return None
    return list(background.colours)


def _choose(under: list[RGB], view: SlideView) -> str | None:
    """RRGGBB of the first theme or fixed colour reaching 4.5:1 on every colour of
    ``under``, else 3:1."""
    options: list[RGB] = []
    for slot in SLOTS:
        value = view.theme.colours.get(view.clr_map.get(slot, slot))
        rgb = hex_rgb(value) if value else None
        if rgb is not None:
            options.append(rgb)
    options += [rgb for rgb in (hex_rgb(v) for v in FIXED) if rgb is not None]
    for need in (contrast.AA_NORMAL_TEXT, GRAPHIC):
        for rgb in options:
            if all(contrast.ratio(rgb, back) >= need for back in under):
                return "".join(f"{round(c * 255):02X}" for c in rgb)
    return None


@lru_cache(maxsize=256)
def _ink_of(digest: str, data: bytes) -> RGB | None:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    if "A" not in image.getbands() and image.mode != "P":
        return None  # no transparent ground: not a line icon
    small = image.convert("RGBA")
    small.thumbnail((96, 96))
    raw = small.tobytes()  # RGBA, four bytes a pixel
    pixels = [tuple(raw[i:i + 4]) for i in range(0, len(raw), 4)]
    ink = [p[:3] for p in pixels if p[3] >= 200]
    clear = sum(1 for p in pixels if p[3] <= 20)
    if not ink or clear < CLEAR_SHARE * len(pixels):
        return None
    mean = tuple(sum(p[c] for p in ink) / len(ink) for c in range(3))
    near = sum(1 for p in ink if sum(abs(p[c] - mean[c]) for c in range(3)) <= INK_SPREAD)
    if near < INK_SHARE * len(ink):
        return None  # several colours: an emoji-style picture or a photo
    return (mean[0] / 255, mean[1] / 255, mean[2] / 255)


def _digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def _ink(data: bytes) -> RGB | None:
    """The one colour a picture is drawn in, or None when it is not one of the library's
    line icons (or, recoloured here, one of those) drawn in one colour."""
    digest = hashlib.sha1(data).hexdigest()
    if digest not in line_icons() and digest not in _RECOLOURED:
        return None
    return _ink_of(digest, data)


_RECOLOURED: set[str] = set()  # SHA-1s of icons recoloured here (still line icons)


@lru_cache(maxsize=256)
def _recoloured_of(digest: str, data: bytes, colour: str) -> bytes:
    image = Image.open(io.BytesIO(data)).convert("RGBA")
    target = tuple(int(colour[i:i + 2], 16) for i in (0, 2, 4))
    flat = Image.new("RGBA", image.size, (*target, 255))
    flat.putalpha(image.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, "PNG", optimize=True)
    data = out.getvalue()
    _RECOLOURED.add(hashlib.sha1(data).hexdigest())
    return data


def _recoloured(data: bytes, colour: str) -> bytes:
    """The icon in ``colour`` (RRGGBB), its alpha (shape and antialiased edges) kept."""
    return _recoloured_of(hashlib.sha1(data).hexdigest(), data, colour)
