"""Paragraphs, runs and keep-with-next built directly must be the XML python-docx builds."""

from __future__ import annotations

import docx
import pytest
from lxml import etree

from lessonpack.render.docx_xml import add_run, keep_with_next, new_paragraph

TEXTS = ["plain", " leading space", "trailing space ", "a\ttab", "two\nlines\r\nand more",
         "\t", "\u2610\tTick box", "", "  ", "emoji \U0001f600 and <&> \"quotes\""]


def _xml(element: object) -> bytes:
    return etree.tostring(element)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_and_run(text: str) -> None:
    theirs = docx.Document("templates/document.docx")
    ours = docx.Document("templates/document.docx")
    paragraph = theirs.add_paragraph()
    paragraph._p.style = "LPBody"
    if text:
        paragraph.add_run(text)
    p = new_paragraph(ours.element.body, "LPBody")
    if text:
        add_run(p, text)
    assert _xml(ours.element.body) == _xml(theirs.element.body)


@pytest.mark.parametrize("steps", [(True,), (False,), (None,), (True, False), (False, None),
                                   (True, None, True), ("space", True), ("bare", False),
                                   ("bare", None)])
def test_keep_with_next(steps: tuple[object, ...]) -> None:
    theirs = docx.Document("templates/document.docx").add_paragraph()
    ours = docx.Document("templates/document.docx").add_paragraph()
    for paragraph in (theirs, ours):
        if steps[0] != "bare":
            paragraph._p.style = "LPBody"
        if steps[0] == "space":
            paragraph.paragraph_format.space_after = 120
            paragraph.paragraph_format.page_break_before = True
    for step in steps:
        if step in ("space", "bare"):
            continue
        theirs.paragraph_format.keep_with_next = step
        keep_with_next(ours._p, step)  # type: ignore[arg-type]
        assert _xml(ours._p) == _xml(theirs._p)
    # What python-docx reads back agrees too, and the element classes are its own.
    assert ours.paragraph_format.keep_with_next == theirs.paragraph_format.keep_with_next
