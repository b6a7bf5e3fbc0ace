"""Paragraphs, runs, keep-with-next and keep-lines built directly must be the XML
python-docx builds; phone numbers held whole in every text that holds one."""

from __future__ import annotations

import docx
import pytest
from lxml import etree

from lessonpack.render.docx_xml import (
    add_run,
    held_numbers,
    hold_phone_numbers,
    keep_lines,
    keep_with_next,
    new_paragraph,
)

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


PHONE_TEXTS = ["Call Childline on 0800 1111.", "0344 381 4772", "Samaritans: 116 123 (free)",
               "no number here", "Year 6, 2026", "2026", "", "  ", "01632 960 214 and 0800 1111",
               "0800\u00a01111 already held", "\tTab 0800 1111\tthen", "5 pupils, 3 groups"]


def test_hold_phone_numbers_reaches_every_text() -> None:
    """Every text in the story, in the body, in a table and in a header, is held exactly as
    reading each text in turn holds it; texts without a number are left alone."""
    document = docx.Document("templates/document.docx")
    table = document.add_table(rows=1, cols=1)
    for text in PHONE_TEXTS:
        document.add_paragraph().add_run(text)
        table.cell(0, 0).add_paragraph().add_run(text)
    header = document.sections[0].header._element
    for text in PHONE_TEXTS:
        add_run(new_paragraph(header, "LPBody"), text)
    for story in (document.element.body, header):
        texts = [t.text for t in story.iter("{*}t")]
        hold_phone_numbers(story)
        assert [t.text for t in story.iter("{*}t")] == [
            held_numbers(t) if t else t for t in texts]
    body = [t.text for t in document.element.body.iter("{*}t")]
    assert "Call Childline on 0800\u00a01111." in body
    assert "01632\u00a0960\u00a0214 and 0800\u00a01111" in body
    assert "Year 6, 2026" in body and "5 pupils, 3 groups" in body
