"""Placeholders of the slides lessonpack fills: found by idx straight from the XML, and followed
to the layout placeholder they inherit from (size, position, insets, text styles) quickly.

python-pptx answers "which layout placeholder does this one inherit from?" by making an object
for every placeholder of the layout, each found with an XPath per shape; it is asked for every
shape measured, and was the largest cost left in filling slides. The placeholder objects
handed out here are of a subclass whose ``_base_placeholder`` asks the layout part instead,
which in lessonpack's packages keeps an index (open_presentation makes their layout parts
``KnownLayoutPart``). Only these objects are changed; the library's classes are not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, overload

from lxml import etree
from pptx.oxml.ns import qn
from pptx.parts.slide import SlideLayoutPart
from pptx.shapes.placeholder import _BaseSlidePlaceholder
from pptx.slide import Slide

if TYPE_CHECKING:
    from pptx.shapes.placeholder import LayoutPlaceholder, MasterPlaceholder
    from pptx.shapes.shapetree import LayoutPlaceholders, MasterPlaceholders

_P = {"p": "http://schemas.openxmlformats.org/presentationml/2006/main"}
_ANY_PH = etree.XPath("./*/p:nvPr/p:ph", namespaces=_P)


def find_ph(element: Any) -> Any:
    """The <p:ph> of a shape, picture or frame (``element.find("./*/p:nvPr/p:ph")``, three
    times as fast); None when it is not a placeholder."""
    found = _ANY_PH(element)
    return found[0] if found else None


def _idx_of(element: Any) -> int | None:
    ph = find_ph(element)
    return None if ph is None else int(ph.get("idx", "0"))


class KnownLayoutPart(SlideLayoutPart):
    """A layout part of a package lessonpack opened (open_presentation makes them so): it
    remembers what was worked out about it while slides are made from it, which is the same
    for every slide of the layout (layouts are not changed while slides are filled)."""

    def remembered(self, what: str) -> dict[Any, Any]:
        """The layout's notes on ``what`` (placeholders by idx; render.deck_fit's inherited
        styles and insets), kept with the layout part for as long as its deck lives."""
        notes: dict[str, dict[Any, Any]] = vars(self).setdefault("notes", {})
        return notes.setdefault(what, {})

    def placeholder_element(self, idx: int) -> Any:
        """The element of the layout's first placeholder with ``idx``, or None. A remembered
        one is used only while it is still on the layout with that idx (resolve_layouts has
        made idx values unique)."""
        known = self.remembered("placeholders")
        tree = self._element.cSld.spTree
        element = known.get(idx)
        if element is None or element.getparent() is not tree or _idx_of(element) != idx:
            element = next((e for e in tree.iter_shape_elms() if _idx_of(e) == idx), None)
            if element is None:
                return None
            known[idx] = element
        return element


def _base_placeholder(self: Any) -> Any:
    """``_BaseSlidePlaceholder._base_placeholder``: the first placeholder of the slide's layout
    with this placeholder's idx, or None (the library's answer, from the layout's index)."""
    layout = self.part.slide_layout
    part = layout.part
    if not isinstance(part, KnownLayoutPart):
        return _BaseSlidePlaceholder._base_placeholder.fget(self)  # type: ignore[attr-defined]
    element = part.placeholder_element(self._element.ph_idx)
    return None if element is None else layout.placeholders._shape_factory(element)


# One faster subclass per python-pptx placeholder class (a handful, so bounded); setdefault
# keeps a single one when two threads make it at once.
_FASTER: dict[type, type] = {}


def _ours(shape: Any) -> Any:
    """``shape``, as an object of a subclass of its class with the faster base lookup."""
    cls = type(shape)
    if isinstance(shape, _BaseSlidePlaceholder) and cls not in _FASTER.values():
        faster = _FASTER.get(cls)
        if faster is None:
            faster = _FASTER.setdefault(cls, type(cls.__name__, (cls,), {
                "__module__": __name__, "_base_placeholder": property(_base_placeholder)}))
        shape.__class__ = faster
    return shape


def shape_of(shapes: Any, element: Any) -> Any:
    """The python-pptx shape object for ``element`` of ``shapes`` (a slide's or a group's)."""
    return _ours(shapes._shape_factory(element))


def placeholder(slide: Slide, idx: int | None) -> Any:
    """The slide's placeholder with ``idx``, or None. Straight to the XML: python-pptx's
    placeholder iteration runs an XPath per shape."""
    if idx is None:
        return None
    shapes = slide.shapes
    for element in shapes._spTree.iterchildren():
        if _idx_of(element) == idx:
            return shape_of(shapes, element)
    return None


def placeholders(slide: Slide) -> list[Any]:
    """Every placeholder of the slide, in document order."""
    shapes = slide.shapes
    return [shape_of(shapes, e) for e in shapes._spTree.iterchildren()
            if find_ph(e) is not None]


def layout_notes(layout_part: Any, what: str) -> dict[Any, Any]:
    """What was worked out about a layout (``KnownLayoutPart.remembered``); for a layout of a
    package lessonpack did not open, nothing is kept (an empty dict each time)."""
    return layout_part.remembered(what) if isinstance(layout_part, KnownLayoutPart) else {}


def layout_placeholder(ph: Any) -> Any:
    """The placeholder ``ph`` inherits from (a slide's: its layout's; a layout's: its
    master's), or None."""
    return getattr(_ours(ph), "_base_placeholder", None)


def text_anchor(ph: Any) -> str:
    """Where ``ph``'s text sits down its box ("t", "ctr", "b"): its own, else its layout's
    or master's; DrawingML's default is the top."""
    base = ph
    while base is not None:
        body_pr = base.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        if body_pr is not None and body_pr.get("anchor"):
            return str(body_pr.get("anchor"))
        base = layout_placeholder(base)
    return "t"


@overload
def each_placeholder(placeholders: LayoutPlaceholders) -> Iterator[LayoutPlaceholder]: ...
@overload
def each_placeholder(placeholders: MasterPlaceholders) -> Iterator[MasterPlaceholder]: ...
def each_placeholder(placeholders: Any) -> Iterator[Any]:
    """A layout's or master's placeholders, typed: python-pptx 1.0.2 declares these
    collections' ``__iter__`` as a class attribute (``Callable[[], Iterator[...]]``), which
    mypy reads as a method that takes no self, so a plain ``for`` over them is a type error."""
    return iter(placeholders)


def level1_run_defaults(body: Any) -> Any:
    """A text body's own level-1 run defaults (a:lstStyle/a:lvl1pPr/a:defRPr), each made
    where the schema puts it if missing: a:lstStyle after a:bodyPr, a:lvl1pPr before the
    other levels, a:defRPr before an a:extLst. What is set there is what deck_fit measures."""
    lst = body.find(qn("a:lstStyle"))
    if lst is None:
        lst = etree.Element(qn("a:lstStyle"))
        body_pr = body.find(qn("a:bodyPr"))
        body.insert(0 if body_pr is None else body.index(body_pr) + 1, lst)
    lvl1 = lst.find(qn("a:lvl1pPr"))
    if lvl1 is None:
        lvl1 = etree.Element(qn("a:lvl1pPr"))
        lst.insert(0, lvl1)
    d_rpr = lvl1.find(qn("a:defRPr"))
    if d_rpr is None:
        d_rpr = etree.Element(qn("a:defRPr"))
        ext = lvl1.find(qn("a:extLst"))
        if ext is None:
            lvl1.append(d_rpr)
        else:
            ext.addprevious(d_rpr)
    return d_rpr
