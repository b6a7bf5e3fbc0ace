"""lessonpack's own XML element classes for the decks it builds: python-pptx's, with a few
faster methods, given only to the packages lessonpack opens.

python-pptx makes an lxml element's Python class from a table (tag -> class) held by the
parser that read its document. Here a second parser has a table with, for python-pptx's
classes, subclasses that answer some questions faster. A deck that lessonpack opens
(``open_presentation``) and the slides it adds (render.ooxml.slides) are in documents of that
parser, so their elements are these subclasses; nothing in the library is changed, and every
other python-pptx object in the process (a host application's, another thread's) is the
library's own. An element the library makes itself while lessonpack fills a slide (a new
shape) is the library's class until it is next looked up in its new document: merely slower.

The faster methods, each tested against the library's own (tests/test_ooxml_elements.py):

- ``ph`` (is this shape a placeholder?): read thousands of times per deck while placeholders
  are matched to their layouts; the library runs a compiled XPath every time. Here one XPath
  compiled once finds the same element.
- ``first_child_found_in``: every new child element (a paragraph's style, a
  run's bold…) is inserted by asking, for each of up to 30 names that must come after it,
  "is there such a child?", turning each name into its namespaced form on every call. Here
  the names are kept, and an element with fewer children than names is looked at once.
- ``max_shape_id`` (a new shape's id): the library compiles its "//@id" XPath again for
  every shape added; here it is compiled once and returns plain strings.
- ``_next_id`` (a new slide's id): found by looking at the slide list once rather than with
  an XPath per slide.

Tested with python-pptx 1.0.2 (pinned in pyproject.toml): the methods given faster answers
are the library's internals, so a new version is checked before it is allowed. Word
documents get the same treatment in render.ooxml.docx_elements.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

import pptx.oxml
import pptx.oxml.ns
from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.package import XmlPart
from pptx.oxml.presentation import CT_SlideIdList
from pptx.oxml.shapes.groupshape import CT_GroupShape
from pptx.oxml.shapes.shared import BaseShapeElement
from pptx.package import Package
from pptx.parts.slide import SlideLayoutPart
from pptx.presentation import Presentation

from lessonpack.render.ooxml.placeholders import KnownLayoutPart

_P = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
_FIRST_PH = etree.XPath("./*[1]/p:nvPr/p:ph", namespaces=_P)  # what the library asks
_ALL_IDS = etree.XPath("//@id", smart_strings=False)
_SLD_ID = pptx.oxml.ns.qn("p:sldId")
_MAX_SLIDE_ID = 2147483647


def fast_ph(self: Any) -> Any:
    """``BaseShapeElement.ph``: the shape's <p:ph>, or None."""
    found = _FIRST_PH(self)
    return found[0] if found else None


def fast_next_id(self: Any) -> int:
    """``CT_SlideIdList._next_id``: one more than the largest slide id, from 256; the
    library's own search when that passes the maximum."""
    largest = max((int(s.get("id")) for s in self.iterchildren(_SLD_ID)), default=255)
    if largest + 1 <= _MAX_SLIDE_ID:
        return largest + 1
    return CT_SlideIdList._next_id.fget(self)  # type: ignore[attr-defined]


def fast_max_shape_id(self: Any) -> int:
    """``CT_GroupShape.max_shape_id``: the largest numeric @id anywhere in the document."""
    used = [int(value) for value in _ALL_IDS(self) if value.isdigit()]
    return max(used) if used else 0


@lru_cache(maxsize=512)
def _pptx_names(tagnames: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(pptx.oxml.ns.qn(name) for name in tagnames)


def first_found(element: Any, names: tuple[str, ...]) -> Any:
    """The first of ``names`` (namespaced), in the order given, that ``element`` has a child
    of; that child, or None."""
    if len(element) < len(names):
        # Few children (a paragraph's properties): one look at each beats 30 searches.
        first: dict[str, Any] = {}
        for child in element:
            first.setdefault(child.tag, child)
        return next((first[name] for name in names if name in first), None)
    find = element.find
    for name in names:
        child = find(name)
        if child is not None:
            return child
    return None


def pptx_first_child_found_in(self: Any, *tagnames: str) -> Any:
    return first_found(self, _pptx_names(tagnames))


def _pptx_faster(cls: type) -> dict[str, Any] | None:
    """The faster methods of a python-pptx element class, or None to keep the library's class
    (its colour elements: python-pptx picks a colour's class by its element's exact class)."""
    if cls.__module__ == "pptx.oxml.dml.color":
        return None
    methods: dict[str, Any] = {"first_child_found_in": pptx_first_child_found_in}
    if issubclass(cls, BaseShapeElement):
        methods["ph"] = property(fast_ph, doc=BaseShapeElement.ph.__doc__)
    if issubclass(cls, CT_SlideIdList):
        methods["_next_id"] = property(fast_next_id)
    if issubclass(cls, CT_GroupShape):
        methods["max_shape_id"] = property(fast_max_shape_id,
                                           doc=CT_GroupShape.max_shape_id.__doc__)
    return methods


def class_parser(theirs: etree.ElementNamespaceClassLookup, namespaces: Any,
            faster: Any) -> etree.XMLParser:
    """A parser like the library's (same settings) whose classes are the library's, each
    subclassed with ``faster(cls)``'s methods (or kept when that is None)."""
    lookup = etree.ElementNamespaceClassLookup()
    made: dict[type, type] = {}
    for uri in set(namespaces):
        ours = lookup.get_namespace(uri)
        for name, cls in theirs.get_namespace(uri).items():
            if cls not in made:
                methods = faster(cls)
                made[cls] = cls if methods is None else type(
                    cls.__name__, (cls,), {"__module__": __name__, **methods})
            ours[name] = made[cls]
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
    parser.set_element_class_lookup(lookup)
    return parser


PPTX_PARSER = class_parser(pptx.oxml.element_class_lookup, pptx.oxml.ns._nsmap.values(),
                      _pptx_faster)


def ours(element: Any, parser: etree.XMLParser = PPTX_PARSER) -> Any:
    """The same XML in a document of ``parser``, whose elements are our subclasses: a new
    root like ``element`` takes over its children (moved, not copied: a third of the time of
    reading the part again, and it serialises to the same bytes)."""
    root = parser.makeelement(element.tag, attrib=dict(element.attrib), nsmap=element.nsmap)
    root.extend(list(element))
    return root


def open_presentation(data: bytes) -> Presentation:
    """``pptx.Presentation`` of ``data``, its parts read with lessonpack's classes."""
    package = Package.open(io.BytesIO(data))
    for part in package.iter_parts():
        if isinstance(part, XmlPart):
            part._element = ours(part._element)
        if type(part) is SlideLayoutPart:
            part.__class__ = KnownLayoutPart
    main = package.main_document_part
    if main.content_type not in (CT.PML_PRESENTATION_MAIN, CT.PML_PRES_MACRO_MAIN):
        raise ValueError(f"not a PowerPoint file, content type is '{main.content_type}'")
    return main.presentation
