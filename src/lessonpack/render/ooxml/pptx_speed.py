"""Speed-ups to python-pptx.

Two are applied while a deck is rendered (render.speedups). The first:

``BaseShapeElement.ph`` (is this shape a placeholder?) runs a compiled XPath every time it is
read, and python-pptx reads it thousands of times per deck while matching placeholders to
their layouts: it was the largest single cost of rendering. The replacement walks the same
path (first child element → p:nvPr → p:ph) with one XPath compiled once (lxml's
ElementPath ``find`` is itself Python, and several times slower), and returns the same
element; tests/test_pptx_speed.py checks they agree on every shape of the built-in template.
The second finds a new slide's id by looking at the slide list once, not with an XPath per
slide added (``fast_next_id``). The third (``fast_max_shape_id``) finds a new shape's id with
one compiled XPath that returns plain strings, where the library compiles its "//@id" again for
every shape added. The fourth (``fast_px_size``, ``fast_dpi``) keeps a picture's size and
resolution by the SHA-1 of its bytes: the library opens the image with Pillow three times for
every picture placed (its size, then its size and dpi again to scale it), in every deck.
The fifth (``fast_base_placeholder``) finds the layout placeholder a slide placeholder inherits
from (its size, position, insets, text styles) without making an object for every placeholder
of the layout on the way, and remembers it per layout and idx; looked up for every shape
measured, it was the largest cost left in filling slides. A remembered one is used only while
it is still on the layout with that idx (layouts are not changed while slides are filled, and
resolve_layouts has made idx values unique).
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
from pptx.shapes.placeholder import _BaseSlidePlaceholder

from lessonpack.caches import BoundedCache

_P = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
_FIRST_PH = etree.XPath("./*[1]/p:nvPr/p:ph", namespaces=_P)  # what the library asks
_ANY_PH = etree.XPath("./*/p:nvPr/p:ph", namespaces=_P)
_original = BaseShapeElement.ph
_original_next_id = CT_SlideIdList._next_id
_SLD_ID = qn("p:sldId")
_original_max_shape_id = CT_GroupShape.max_shape_id
_original_px_size = ImagePart._px_size
_original_dpi = ImagePart._dpi
_original_base = _BaseSlidePlaceholder._base_placeholder
_LAYOUT_PHS = "_lessonpack_placeholders"  # on a layout part: idx -> its placeholder element
_ALL_IDS = etree.XPath("//@id", smart_strings=False)
# SHA-1 of an image's bytes -> (its size in pixels, its dpi): a few dozen bytes an entry.
_IMAGE_PROPS: BoundedCache[str, tuple[tuple[int, int], tuple[int, int]]] = BoundedCache(4096)


def fast_ph(self: Any) -> Any:
    found = _FIRST_PH(self)
    return found[0] if found else None


def find_ph(element: Any) -> Any:
    """The <p:ph> of a shape, picture or frame (``element.find("./*/p:nvPr/p:ph")``, three
    times as fast); None when it is not a placeholder. Not a replacement: works any time."""
    found = _ANY_PH(element)
    return found[0] if found else None


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


def _idx_of(element: Any) -> int | None:
    ph = fast_ph(element)
    return None if ph is None else ph.idx  # type: ignore[no-any-return]


def fast_base_placeholder(self: Any) -> Any:
    """``_BaseSlidePlaceholder._base_placeholder``: the first placeholder of the slide's
    layout with this placeholder's idx, or None."""
    layout, idx = self.part.slide_layout, self._element.ph_idx
    placeholders = layout.placeholders
    tree = placeholders._spTree
    known: dict[int, Any] = layout.part.__dict__.setdefault(_LAYOUT_PHS, {})
    element = known.get(idx)
    if element is None or element.getparent() is not tree or _idx_of(element) != idx:
        element = next((e for e in tree.iter_shape_elms() if _idx_of(e) == idx), None)
        if element is None:
            return None
        known[idx] = element
    return placeholders._shape_factory(element)


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
        _BaseSlidePlaceholder._base_placeholder = property(  # type: ignore[assignment]
            fast_base_placeholder, doc=_original_base.__doc__)


def uninstall() -> None:
    BaseShapeElement.ph = _original  # type: ignore[method-assign]
    CT_SlideIdList._next_id = _original_next_id  # type: ignore[method-assign]
    CT_GroupShape.max_shape_id = _original_max_shape_id  # type: ignore[method-assign]
    ImagePart._px_size = _original_px_size  # type: ignore[method-assign]
    ImagePart._dpi = _original_dpi  # type: ignore[method-assign]
    _BaseSlidePlaceholder._base_placeholder = _original_base  # type: ignore[method-assign]


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
