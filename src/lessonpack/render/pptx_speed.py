"""Speed-ups to python-pptx.

Two are applied while a deck is rendered (render.speedups). The first:

``BaseShapeElement.ph`` (is this shape a placeholder?) runs a compiled XPath every time it is
read, and python-pptx reads it thousands of times per deck while matching placeholders to
their layouts: it was the largest single cost of rendering. The replacement walks the same
path (first child element → p:nvPr → p:ph) with lxml's ElementPath, and returns the same
element; tests/test_pptx_speed.py checks they agree on every shape of the built-in template.
The second finds a new slide's id by looking at the slide list once, not with an XPath per
slide added (``fast_next_id``). The third (``fast_max_shape_id``) finds a new shape's id with
one compiled XPath that returns plain strings, where the library compiles its "//@id" again for
every shape added. The fourth (``fast_px_size``, ``fast_dpi``) keeps a picture's size and
resolution by the SHA-1 of its bytes: the library opens the image with Pillow three times for
every picture placed (its size, then its size and dpi again to scale it), in every deck.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.oxml.presentation import CT_SlideIdList
from pptx.oxml.shapes.groupshape import CT_GroupShape
from pptx.oxml.shapes.shared import BaseShapeElement
from pptx.parts.image import Image, ImagePart

from lessonpack.caches import BoundedCache

_NV_PH = f"{qn('p:nvPr')}/{qn('p:ph')}"
_original = BaseShapeElement.ph
_original_next_id = CT_SlideIdList._next_id
_SLD_ID = qn("p:sldId")
_original_max_shape_id = CT_GroupShape.max_shape_id
_original_px_size = ImagePart._px_size
_original_dpi = ImagePart._dpi
_ALL_IDS = etree.XPath("//@id", smart_strings=False)
# SHA-1 of an image's bytes -> (its size in pixels, its dpi): a few dozen bytes an entry.
_IMAGE_PROPS: BoundedCache[str, tuple[tuple[int, int], tuple[int, int]]] = BoundedCache(4096)


def fast_ph(self: Any) -> Any:
    for first in self.iterchildren(tag=etree.Element):
        return first.find(_NV_PH)
    return None


def fast_next_id(self: Any) -> int:
    """``CT_SlideIdList._next_id`` (the id of a new slide: one more than the largest, from
    256) without an XPath per slide; the library's own search when that passes the maximum."""
    largest = max((int(s.get("id")) for s in self.iterchildren(_SLD_ID)), default=255)
    if largest + 1 <= 2147483647:
        return largest + 1
    return _original_next_id.fget(self)  # type: ignore[attr-defined,no-any-return]


def fast_max_shape_id(self: Any) -> int:
    """``CT_GroupShape.max_shape_id``: the largest numeric @id anywhere in the document."""
    used = [int(value) for value in _ALL_IDS(self) if value.isdigit()]
    return max(used) if used else 0


def _image_props(part: Any) -> tuple[tuple[int, int], tuple[int, int]]:
    props = _IMAGE_PROPS.get(part.sha1)
    if props is None:
        image = Image.from_blob(part._blob)  # the library's own reading, once per image
        props = (image.size, image.dpi)
        _IMAGE_PROPS.put(part.sha1, props)
    return props


def fast_px_size(self: Any) -> tuple[int, int]:
    return _image_props(self)[0]


def fast_dpi(self: Any) -> tuple[int, int]:
    return _image_props(self)[1]


def install() -> None:
    if BaseShapeElement.ph is _original:
        BaseShapeElement.ph = property(fast_ph, doc=_original.__doc__)  # type: ignore[assignment]
        CT_SlideIdList._next_id = property(  # type: ignore[assignment]
            fast_next_id, doc=_original_next_id.__doc__)
        CT_GroupShape.max_shape_id = property(  # type: ignore[assignment]
            fast_max_shape_id, doc=_original_max_shape_id.__doc__)
        ImagePart._px_size = property(  # type: ignore[assignment]
            fast_px_size, doc=_original_px_size.__doc__)
        ImagePart._dpi = property(fast_dpi, doc=_original_dpi.__doc__)  # type: ignore[assignment]


def uninstall() -> None:
    BaseShapeElement.ph = _original  # type: ignore[method-assign]
    CT_SlideIdList._next_id = _original_next_id  # type: ignore[method-assign]
    CT_GroupShape.max_shape_id = _original_max_shape_id  # type: ignore[method-assign]
    ImagePart._px_size = _original_px_size  # type: ignore[method-assign]
    ImagePart._dpi = _original_dpi  # type: ignore[method-assign]


def original_ph(element: Any) -> Any:
    return _original.fget(element)  # type: ignore[attr-defined]


def count_partnames(package: Any) -> None:
    """The second, per package: ``next_partname`` walks every relationship of the package to
    find the names in use, once per notes slide and chart, which grows with the square of the
    slide count. Here the walk is made once and the names handed out since are remembered;
    the name chosen is the one the library would choose (count + 1, downwards to a free one).
    Only for a package that gains parts and loses none while it is being built."""
    used: set[str] = set()

    def next_partname(tmpl: str) -> PackURI:
        if not used:
            used.update(str(part.partname) for part in package.iter_parts())
        prefix = tmpl[: (tmpl % 42).find("42")]
        count = sum(1 for name in used if name.startswith(prefix))
        for n in range(count + 1, 0, -1):
            if tmpl % n not in used:
                used.add(tmpl % n)
                return PackURI(tmpl % n)
        raise AssertionError("a free part name always exists below count + 1")

    package.next_partname = next_partname
