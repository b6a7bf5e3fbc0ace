"""Speed-ups to python-pptx.

Two are applied while a deck is rendered (render.speedups). The first:

``BaseShapeElement.ph`` (is this shape a placeholder?) runs a compiled XPath every time it is
read, and python-pptx reads it thousands of times per deck while matching placeholders to
their layouts: it was the largest single cost of rendering. The replacement walks the same
path (first child element → p:nvPr → p:ph) with lxml's ElementPath, and returns the same
element; tests/test_pptx_speed.py checks they agree on every shape of the built-in template.
The second finds a new slide's id by looking at the slide list once, not with an XPath per
slide added (``fast_next_id``).
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.oxml.presentation import CT_SlideIdList
from pptx.oxml.shapes.shared import BaseShapeElement

_NV_PH = f"{qn('p:nvPr')}/{qn('p:ph')}"
_original = BaseShapeElement.ph
_original_next_id = CT_SlideIdList._next_id
_SLD_ID = qn("p:sldId")


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


def install() -> None:
    if BaseShapeElement.ph is _original:
        BaseShapeElement.ph = property(fast_ph, doc=_original.__doc__)  # type: ignore[assignment]
        CT_SlideIdList._next_id = property(  # type: ignore[assignment]
            fast_next_id, doc=_original_next_id.__doc__)


def uninstall() -> None:
    BaseShapeElement.ph = _original  # type: ignore[method-assign]
    CT_SlideIdList._next_id = _original_next_id  # type: ignore[method-assign]


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
