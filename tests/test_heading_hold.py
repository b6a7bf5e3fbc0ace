"""Every heading keeps at least three lines of its section on its page (render/docx_keep.py);
a Part's two questions stay together; a Year 4 sheet's help box closes its last side in two
columns. Each test renders a plan and reopens the .docx. (What LibreOffice makes of it is
tests/test_page_layout.py's test_every_heading_keeps_three_lines_under_it.)"""

from __future__ import annotations

import io
from datetime import datetime, timezone

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.io.templates import builtin
from lessonpack.plan.model import (
    Callout,
    DocMeta,
    DocPlan,
    Heading,
    Paragraph,
    Questions,
    WritingLines,
)
from lessonpack.render.docx import render_docx
from lessonpack.render.docx_box_columns import split_point
from printed import printed

WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
LONG = "A sentence of the kind a plan holds, long enough to fill some of a line. " * 4


def _render(*blocks: object, kind: str = "lesson_plan") -> Document:
    plan = DocPlan(filename="x.docx", kind=kind, meta=DocMeta("T", "S", "A", "K"),
                   title="T", subtitle="", header="H", footer="F",
                   blocks=blocks)  # type: ignore[arg-type]
    return docx.Document(io.BytesIO(render_docx(plan, DEFAULT_BRAND, builtin().document,
                                                WHEN)))


def _after(document: Document, heading: str) -> list[DocxParagraph]:
    paragraphs = document.paragraphs
    at = next(i for i, p in enumerate(paragraphs) if p.text == heading)
    return paragraphs[at + 1:]


def test_a_short_line_under_a_heading_keeps_with_what_follows() -> None:
    # "Outcome: …" is one line: alone under the heading at a page foot it left the heading
    # with one line; it keeps with the next paragraph, whose first lines come too.
    document = _render(Heading("Starter", 3), Paragraph("Outcome: one short line."),
                       Paragraph(LONG * 2), Paragraph("After."))
    outcome, long, after = _after(document, "Starter")[:3]
    assert outcome.paragraph_format.keep_with_next is True
    assert not long.paragraph_format.keep_with_next
    assert not long.paragraph_format.keep_together  # orphan control gives its two lines
    assert not after.paragraph_format.keep_with_next


def test_a_short_paragraph_under_a_heading_moves_whole_with_it() -> None:
    document = _render(Heading("Part 5", 2), Paragraph(LONG), Paragraph("Next."))
    held, after = _after(document, "Part 5")[:2]
    assert held.paragraph_format.keep_together is True
    assert not held.paragraph_format.keep_with_next
    assert not after.paragraph_format.keep_together


def test_a_line_before_a_box_does_not_drag_the_box_with_it() -> None:
    # A Part's heading and outcome taken overleaf with its story box cost a trainer's KS3
    # plan a thirteenth page: the outcome does not keep with a box that cannot split.
    story = Callout("Story to read aloud", tuple([LONG] * 3), whole=True)
    document = _render(Heading("1. What changes", 3), Paragraph("Outcome: one line."), story,
                       Paragraph("Say: after."))
    outcome = _after(document, "1. What changes")[0]
    assert not outcome.paragraph_format.keep_with_next


def test_a_parts_two_questions_are_one_row_that_cannot_split() -> None:
    document = _render(Paragraph("Read the message."),
                       Questions((("a)", "Write the reply.", 4),
                                  ("b)", "Would it be too late?", 3))), kind="worksheet")
    table = document.tables[0]
    assert len(table.rows) == 1
    assert table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    cell = table.rows[0].cells[0].paragraphs
    assert [p.text for p in cell if p.text] == ["a) Write the reply.",
                                                 "b) Would it be too late?"]
    assert sum(p.style.name == "LP Writing Line" for p in cell) == 7
    steps = DocxParagraph(table._tbl.getprevious(), document)
    assert steps.text == "Read the message." and steps.paragraph_format.keep_with_next


def test_a_two_column_help_box_is_a_title_kept_with_one_row() -> None:
    lines = ("Mrs Shah: Our safeguarding lead. Ask your teacher to take you to her.",
             "A trusted adult: A grown-up you know in real life.",
             "Childline: 0800 1111 (free, 24 hours).", "CEOP Safety Centre: ceop.police.uk")
    box = Callout("Who can help", lines, "help", whole=True, bold_lead=True, columns=2)
    document = _render(Paragraph("Before."), box, kind="worksheet")
    title = next(p for p in document.paragraphs if p.text == "Who can help")
    assert title.paragraph_format.keep_with_next is True
    table = document.tables[0]
    assert table._tbl is title._p.getnext() and len(table.rows) == 1
    left, right = table.rows[0].cells
    assert [printed(p.text) for p in (*left.paragraphs, *right.paragraphs)] == list(lines)
    # The bar down the left cell only; nothing in the row keeps with what follows.
    assert left._tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:left')}").get(
        qn("w:val")) == "single"
    assert not any(p.paragraph_format.keep_with_next
                   for c in (left, right) for p in c.paragraphs)


def test_the_columns_split_where_their_lengths_are_nearest() -> None:
    assert split_point(("x" * 60, "y" * 40, "z" * 30, "w" * 70)) == 2
    assert split_point(("a", "b")) == 1
    assert split_point(("long" * 20, "s", "s", "s")) == 1


def test_writing_lines_alone_are_not_grouped() -> None:
    document = _render(Paragraph("Name one trick."), WritingLines(3), kind="worksheet")
    table = document.tables[0]
    assert all(p.style.name == "LP Writing Line" for p in table.rows[0].cells[0].paragraphs)
