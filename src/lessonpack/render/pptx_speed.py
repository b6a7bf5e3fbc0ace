"""One speed-up to python-pptx, applied once when the deck renderer is imported.

``BaseShapeElement.ph`` (is this shape a placeholder?) runs a compiled XPath every time it is
read, and python-pptx reads it thousands of times per deck while matching placeholders to
their layouts: it was the largest single cost of rendering. The replacement walks the same
path (first child element → p:nvPr → p:ph) with lxml's ElementPath, and returns the same
element; tests/test_pptx_speed.py checks they agree on every shape of the built-in template.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn
from pptx.oxml.shapes.shared import BaseShapeElement

_NV_PH = f"{qn('p:nvPr')}/{qn('p:ph')}"
_original = BaseShapeElement.ph


def fast_ph(self: Any) -> Any:
    for first in self.iterchildren(tag=etree.Element):
        return first.find(_NV_PH)
    return None


def install() -> None:
    if BaseShapeElement.ph is _original:
        BaseShapeElement.ph = property(fast_ph, doc=_original.__doc__)  # type: ignore[assignment]


def original_ph(element: Any) -> Any:
    return _original.fget(element)  # type: ignore[attr-defined]
