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
