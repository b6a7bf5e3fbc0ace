"""Small OOXML helpers shared by the renderers."""

from __future__ import annotations

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


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
