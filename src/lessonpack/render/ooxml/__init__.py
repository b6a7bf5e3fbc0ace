"""Small OOXML helpers shared by the renderers, and their only way into python-pptx's private
names (with the modules of this package)."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from lxml import etree

# The DrawingML and PresentationML namespaces, for the renderers' own XML.
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def set_lang(element: etree._Element, lang: str) -> None:
    """Mark every run (and end-of-paragraph) below ``element`` with a language for proofing
    and screen readers."""
    for tag in ("rPr", "endParaRPr"):
        for rpr in element.iter(f"{{{A}}}{tag}"):
            rpr.set("lang", lang)
    for run in element.iter(f"{{{A}}}r"):
        if run.find(f"{{{A}}}rPr") is None:
            run.insert(0, etree.Element(f"{{{A}}}rPr", lang=lang))


def set_alt_text(c_nv_pr: etree._Element, text: str) -> None:
    """Alt text lives in ``descr`` of cNvPr; python-pptx otherwise writes the file name."""
    c_nv_pr.set("descr", text)


def mark_decorative(c_nv_pr: etree._Element) -> None:
    """Mark a shape decorative (Office's a16/adec extension) so screen readers skip it."""
    ext_lst = c_nv_pr.find(f"{{{A}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(c_nv_pr, f"{{{A}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{A}}}ext", uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}")
    dec = etree.SubElement(
        ext, "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative",
        nsmap={"adec": "http://schemas.microsoft.com/office/drawing/2017/decorative"})
    dec.set("val", "1")


# python-pptx gives no public way to the XML of a text frame, paragraph, run or fill, to a
# presentation's slide list or a shape tree's next free id, or to a part's stored bytes; the
# renderers reach them through these, so that every private name of the library lessonpack
# uses is in this package (ruff's SLF001 allows it nowhere else in render/).


def text_body(frame: Any) -> Any:
    """The <p:txBody> of a python-pptx TextFrame."""
    return frame._txBody


def paragraph_xml(paragraph: Any) -> Any:
    """The <a:p> of a python-pptx paragraph (or the <w:p> of a python-docx one)."""
    return paragraph._p


def run_xml(run: Any) -> Any:
    """The <a:r> of a python-pptx run (or the <w:r> of a python-docx one)."""
    return run._r


def fill_xml(fill: Any) -> Any:
    """The element a python-pptx FillFormat describes (a shape's spPr, say)."""
    return fill._xPr


def core_properties_xml(core: Any) -> Any:
    """The <cp:coreProperties> of python-pptx's or python-docx's core properties (neither
    can leave a date out: their setters take a datetime only)."""
    return core._element


def slide_id_list(prs: Any) -> Any:
    """The presentation's <p:sldIdLst>, whose order is the slides' order."""
    return prs.slides._sldIdLst


def next_shape_id(shapes: Any) -> int:
    """The id a shape added to ``shapes`` (a slide's, layout's or group's) gets next."""
    return shapes._next_shape_id


def add_picture_part(shapes: Any, part: Any, r_id: str, x: int, y: int, cx: int,
                     cy: int) -> Any:
    """A <p:pic> of an image part already related to the slide, added to ``shapes``."""
    return shapes._add_pic_from_image_part(part, r_id, x, y, cx, cy)


def set_part_bytes(part: Any, data: bytes) -> None:
    """Replace the bytes of a part python-pptx keeps as bytes (a theme)."""
    part._blob = data


def hold_extents(group: Any) -> None:
    """Stop a python-pptx group shape fitting its extents after every shape added to it
    (quadratic in the shape count), until ``fit_extents``."""
    group.shapes._recalculate_extents = lambda: None


def fit_extents(group: Any) -> None:
    """Fit the group's extents to its shapes, once, as the library does after each."""
    shapes = group.shapes
    shapes.__dict__.pop("_recalculate_extents", None)  # back to the class's method
    shapes._recalculate_extents()


_MEMOS: weakref.WeakKeyDictionary[Any, dict[str, dict[Any, Any]]] = weakref.WeakKeyDictionary()
_MEMO_LOCK = threading.Lock()


def memo(owner: Any, what: str) -> dict[Any, Any]:
    """What lessonpack worked out about ``owner`` (a part or package of a deck it is
    building), under ``what``; kept for as long as ``owner`` lives, never on the object."""
    with _MEMO_LOCK:
        return _MEMOS.setdefault(owner, {}).setdefault(what, {})
