"""Pictures from the library placed on slides, each with its alt text.

python-pptx finds an existing image part by walking every relationship of the package, and
names a new one by walking every part, for each picture added: with a picture on most slides
that walk grows with the square of the deck. Here each package keeps its image parts by
SHA-1 and its used image numbers, found by one walk, and hands out the name the library
would (the lowest free /ppt/media/imageN). The part and the <p:pic> are the library's own.
What kind of image a picture is (extension, content type) is kept by SHA-1 for the process:
the library finds it by opening the image with Pillow, for every package anew.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from pptx.enum.shapes import MSO_SHAPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.parts.image import Image, ImagePart
from pptx.shapes.picture import Picture as PptxPicture
from pptx.shapes.shapetree import GroupShapes
from pptx.slide import Slide

from lessonpack.caches import BoundedCache
from lessonpack.content.picture_library import Picture, picture_bytes
from lessonpack.render.ooxml import add_picture_part, memo, set_alt_text
from lessonpack.render.ooxml.parts import KnownImagePart, known_image_part
from lessonpack.render.ooxml.placeholders import shape_of

Box = tuple[int, int, int, int]
# A picture whose name ends so is a photo (the DSL's, plan/deck/help.py), not an icon:
# drawn in a circle, as schools show staff photos.
PHOTO = "-photo"
_KINDS: BoundedCache[str, tuple[str, str]] = BoundedCache(4096)  # SHA-1 -> (ext, content type)
# SHA-1 of picture bytes by the bytes object: a deck asks for the same few pictures about
# seventy times (a kept slide replays its asks, render.slide_cache), the same objects from
# deck to deck, and hashing them anew each time was about 2% of a warm pack. The entry holds
# its bytes, so the id cannot be reused by another object while it is kept.
_SHA1: BoundedCache[int, tuple[bytes, str]] = BoundedCache(
    1024, max_weight=32 << 20, weigh=lambda entry: len(entry[0]))


def _sha1(data: bytes) -> str:
    found = _SHA1.get(id(data))
    if found is not None and found[0] is data:
        return found[1]
    digest = hashlib.sha1(data).hexdigest()
    _SHA1.put(id(data), (data, digest))
    return digest


def _images(package: Any) -> tuple[dict[str, KnownImagePart], set[int]]:
    state = memo(package, "images")  # found by one walk, kept while the deck is built
    if not state:
        parts: dict[str, KnownImagePart] = {}
        used: set[int] = set()
        for part in package.iter_parts():
            name = str(part.partname)
            if name.startswith("/ppt/media/image") and part.partname.idx is not None:
                used.add(part.partname.idx)
                if isinstance(part, ImagePart):
                    parts.setdefault(part.sha1, known_image_part(part))
        state.update(parts=parts, used=used, asked=[])
    return state["parts"], state["used"]


def asked_images(package: Any) -> list[bytes]:
    """Every picture ``image_part`` was asked for in ``package``, in order (also those a
    drawing then replaced, whose parts are dropped at save): a kept slide replays its own
    asks (render.slide_cache), so the deck's image numbers come out as they did."""
    _images(package)
    asked: list[bytes] = memo(package, "images")["asked"]
    return asked


def image_part(package: Any, data: bytes) -> KnownImagePart:
    """The package's image part holding ``data``, made when it has none."""
    parts, used = _images(package)
    memo(package, "images")["asked"].append(data)
    sha1 = _sha1(data)
    part = parts.get(sha1)
    if part is None:
        kind = _KINDS.get(sha1)
        if kind is None:
            image = Image.from_blob(data)
            kind = (image.ext, image.content_type)
            _KINDS.put(sha1, kind)
        ext, content_type = kind
        idx = next(i for i in range(1, len(used) + 2) if i not in used)
        used.add(idx)
        part = KnownImagePart(PackURI(f"/ppt/media/image{idx}.{ext}"), content_type, package,
                              data)
        parts[sha1] = part
    return part


def relate_image(slide_part: Any, data: bytes) -> str:
    """rId of the slide's relationship to the image holding ``data`` (added if new)."""
    return slide_part.relate_to(image_part(slide_part.package, data), RT.IMAGE)


# The widest a 512 px library picture is placed and still sharp: a 13.33 in slide projected
# 1920 px wide is 144 px an inch, so 512 px covers 3.56 in. Placed wider, a picture with a
# 1024 px copy in pictures/large/ (tools/vendor_pictures.py HERO) embeds that instead.
SHARP_EMU = 512 * 914400 // 144


def _large_copy(picture: Picture) -> bytes | None:
    """The 1024 px copy of a built-in picture, if it has one."""
    path = Path(picture.path)
    if path.parent != _builtin_folder():
        return None  # a school's own picture (--content) is embedded as it is
    return large_bytes(path.name)


@lru_cache(maxsize=1)
def _builtin_folder() -> Path:
    return Path(str(files("lessonpack") / "pictures"))


@lru_cache(maxsize=64)
def large_bytes(name: str) -> bytes | None:
    large = _builtin_folder() / "large" / name
    return large.read_bytes() if large.is_file() else None


def add_picture(target: Slide | GroupShapes, picture: Picture, box: Box, name: str = "",
                *, by_ink: bool = False) -> PptxPicture:
    """The picture, as large as fits ``box`` keeping its shape, centred in it, on a slide
    or inside a group of its shapes. ``by_ink``: sized and centred by what is drawn, not by
    the canvas (``ink_box``), so icons side by side read at one size."""
    shapes = target.shapes if isinstance(target, Slide) else target
    slide_part = shapes.part
    data = picture_bytes(picture)
    if min(box[2], box[3]) > SHARP_EMU:
        data = _large_copy(picture) or data
    part = image_part(slide_part.package, data)
    r_id = slide_part.relate_to(part, RT.IMAGE)
    x, y, w, h = box
    px, py = part.px_size
    photo = picture.name.endswith(PHOTO)
    ink = ink_box(data) if by_ink and not photo and px and py else None
    width, height = _frame_size((px, py), (w, h), photo, ink)
    pic = add_picture_part(shapes, part, r_id, x + (w - width) // 2,
                                          y + (h - height) // 2, width, height)
    c_nv_pr = pic.nvPicPr.cNvPr
    c_nv_pr.set("name", name or f"Picture: {picture.name}")
    set_alt_text(c_nv_pr, picture.alt)
    shape = shape_of(shapes, pic)
    if ink is not None:
        # The canvas's empty margins cropped off: the drawing itself fills the frame.
        shape.crop_left, shape.crop_top, shape.crop_right, shape.crop_bottom = ink
    if photo and px and py:
        cut = (1 - min(px, py) / max(px, py)) / 2
        if px > py:
            shape.crop_left = shape.crop_right = cut
        else:
            shape.crop_top = shape.crop_bottom = cut
        shape.auto_shape_type = MSO_SHAPE.OVAL
    return shape



def _frame_size(pixels: tuple[int, int], room: tuple[int, int], photo: bool,
                ink: tuple[float, float, float, float] | None) -> tuple[int, int]:
    """The picture's frame in a box of ``room``: the whole image as large as fits; a photo
    the box's shorter side square (cropped to a circle); an icon by its ``ink``."""
    (px, py), (w, h) = pixels, room
    if not px or not py:
        return 0, 0
    if photo:
        # A photo fills a circle of the box's shorter side: cropped to its middle square.
        return min(w, h), min(w, h)
    if ink is not None:
        return _ink_size(ink, pixels, w, h)
    scale = min(w / px, h / py)
    return int(px * scale), int(py * scale)


# Icons side by side read at one size when their drawn parts (the ink box) cover one area:
# a canvas-sized box made the two grown-ups (wide and short, high on their canvas) read at
# about half the phone beside them, which fills its canvas corner to corner.
# This share of the box's side is the side of a square of the ink box's area.
INK_SHARE = 0.9
INK_ALPHA = 8  # a pixel this opaque or more is drawn (anti-aliased edges included)


@lru_cache(maxsize=256)
def ink_box(data: bytes) -> tuple[float, float, float, float] | None:
    """The share of an image's width and height outside its drawn part, (left, top, right,
    bottom), as a picture's crop gives it; None for an image with no transparency to read
    (a photo, a JPEG) or with nothing drawn."""
    with PILImage.open(io.BytesIO(data)) as image:
        if "A" not in image.getbands() and "transparency" not in image.info:
            return None
        alpha = image.convert("RGBA").getchannel("A")
        found = alpha.point(lambda v: 255 if v >= INK_ALPHA else 0).getbbox()
        w, h = image.size
    if not found or not w or not h:
        return None
    left, top, right, bottom = found
    return left / w, top / h, (w - right) / w, (h - bottom) / h


def _ink_size(ink: tuple[float, float, float, float], pixels: tuple[int, int], w: int,
              h: int) -> tuple[int, int]:
    """The cropped picture's size in a ``w`` × ``h`` box: its ink box's area that of a
    square INK_SHARE of the box's shorter side, shrunk to fit the box where it would not."""
    left, top, right, bottom = ink
    iw = max(1e-6, 1 - left - right) * pixels[0]
    ih = max(1e-6, 1 - top - bottom) * pixels[1]
    scale = min(INK_SHARE * min(w, h) / (iw * ih) ** 0.5, w / iw, h / ih)
    return int(iw * scale), int(ih * scale)
