"""The faster child look-up must give what python-docx's and python-pptx's own give, on every
element of our templates and for every successor list the libraries ask about."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pptx import Presentation

from lessonpack.render.ooxml import oxml_speed

# Successor lists the libraries pass (pPr's keepNext, rPr's bold, a run's text, spPr's fill…).
TAG_LISTS = {
    "docx": [("w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
              "w:spacing", "w:ind", "w:jc", "w:rPr", "w:sectPr", "w:pPrChange"),
             ("w:sectPr",), ("w:rPr", "w:t"), ("w:b", "w:i", "w:sz", "w:lang")],
    "pptx": [("a:ln", "a:effectLst", "a:scene3d", "a:sp3d", "a:extLst"),
             ("a:pPr", "a:r", "a:endParaRPr"), ("p:txBody", "p:extLst"), ("a:endParaRPr",)],
}


def _elements(kind: str) -> list[object]:
    if kind == "docx":
        document = docx.Document("templates/document.docx")
        return list(document.element.iter()) + list(document.styles.element.iter())
    prs = Presentation(str(Path("templates/deck.pptx")))
    parts = [*prs.slide_masters, *prs.slide_layouts, *prs.slides]
    return [e for part in parts for e in part._element.iter()]


@pytest.mark.parametrize("kind", ["docx", "pptx"])
def test_same_child_as_the_library(kind: str) -> None:
    fast = {"docx": oxml_speed.docx_first_child_found_in,
            "pptx": oxml_speed.pptx_first_child_found_in}[kind]
    original = {"docx": oxml_speed.ORIGINAL_DOCX_FIND, "pptx": oxml_speed.ORIGINAL_PPTX_FIND}[kind]
    checked = found = 0
    for element in _elements(kind):
        if not hasattr(element, "first_child_found_in"):
            continue
        for tags in TAG_LISTS[kind]:
            # Also the list reversed: the first *name* that has a child wins, not the
            # first child in the document.
            for names in (tags, tuple(reversed(tags))):
                expected = original(element, *names)
                assert fast(element, *names) is expected
                checked += 1
                found += expected is not None
    assert checked > 1000 and found > 20
