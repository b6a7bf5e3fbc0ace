"""Paragraphs, runs, keep-with-next and keep-lines built directly must be the XML
python-docx builds."""

from __future__ import annotations

import docx
import pytest
from lxml import etree

from lessonpack.render.docx_xml import add_run, keep_lines, keep_with_next, new_paragraph

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


@pytest.mark.parametrize("before", ["bare", "styled", "kept with next", "spaced", "kept off",
                                    "kept"])
def test_keep_lines(before: str) -> None:
    theirs = docx.Document("templates/document.docx").add_paragraph()
    ours = docx.Document("templates/document.docx").add_paragraph()
    for paragraph in (theirs, ours):
        fmt = paragraph.paragraph_format
        if before != "bare":
            paragraph._p.style = "LPBody"
        if before == "kept with next":
            fmt.keep_with_next = True
        if before == "spaced":
            fmt.space_after, fmt.page_break_before, fmt.widow_control = 120, True, False
        if before in ("kept off", "kept"):
            fmt.keep_together = before == "kept"
    theirs.paragraph_format.keep_together = True
    keep_lines(ours._p)
    assert _xml(ours._p) == _xml(theirs._p)
    assert ours.paragraph_format.keep_together is True
