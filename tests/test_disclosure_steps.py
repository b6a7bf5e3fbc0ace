"""The "If a child discloses" box sets its steps as a numbered list: each step's number and
lead words in bold, its lines hanging under the text, space between steps, the words
unchanged. Each test renders a plan (both ways a box is drawn) and reopens the .docx; the
lead words are read from plan/step_leads."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.io.templates import builtin
from lessonpack.plan.model import Callout, DocMeta, DocPlan, Paragraph
from lessonpack.plan.step_leads import step_lead
from lessonpack.render.docx import render_docx

WHEN = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
STEPS = ("Stay calm and kind. Listen, and let the child use their own words.",
         "Act immediately: tell the DSL or a deputy DSL straight away.",
         "Record what the child said, in their words, with the date and time.",
         "Never look at, copy or forward an image.")


def _render(*blocks: object) -> Document:
    plan = DocPlan(filename="x.docx", kind="lesson_plan", meta=DocMeta("T", "S", "A", "K"),
                   title="T", subtitle="", header="H", footer="F",
                   blocks=blocks)  # type: ignore[arg-type]
    return docx.Document(io.BytesIO(render_docx(plan, DEFAULT_BRAND, builtin().document,
                                                WHEN)))


def _steps(document: Document) -> list[DocxParagraph]:
    paragraphs = [*document.paragraphs,
                  *(p for t in document.tables for c in t._cells for p in c.paragraphs)]
    return [p for p in paragraphs if re.match(r"\d+\.\t", p.text)]


@pytest.mark.parametrize("last", [False, True], ids=["table-drawn", "paragraph-drawn"])
def test_the_steps_are_numbered_with_their_lead_words_in_bold(last: bool) -> None:
    box = Callout("If a child discloses", STEPS, "safeguarding", whole=True, numbered=True)
    blocks = (Paragraph("Before."), box) if last else (Paragraph("Before."), box,
                                                        Paragraph("After."))
    steps = _steps(_render(*blocks))
    assert [p.text for p in steps] == [f"{n}.\t{s}" for n, s in enumerate(STEPS, 1)]
    for n, (paragraph, text) in enumerate(zip(steps, STEPS, strict=True), 1):
        bold = "".join(r.text for r in paragraph.runs if r.bold)
        assert bold == f"{n}.\t{step_lead(text)}"
        fmt = paragraph.paragraph_format
        # The number hangs: the step's later lines start under its text, not under "1.".
        assert fmt.first_line_indent is not None and fmt.first_line_indent < 0
        assert fmt.left_indent is not None and fmt.left_indent >= -fmt.first_line_indent
        assert (fmt.space_before or 0) > 0 if n > 1 else not fmt.space_before


def test_a_box_not_numbered_keeps_its_plain_lines() -> None:
    box = Callout("Good to know", STEPS[:2], "info")
    document = _render(Paragraph("Before."), box, Paragraph("After."))
    assert not _steps(document)
    cell = document.tables[0].rows[0].cells[0]
    assert [p.text for p in cell.paragraphs][1:3] == list(STEPS[:2])


@pytest.mark.parametrize(("step", "lead"), [
    ("Stay calm and kind. Listen, and let the child use their own words.",
     "Stay calm and kind."),
    ("Act immediately: tell the DSL now. In danger now: 999.", "Act immediately:"),
    ("Record what the child said, in their words, on the same day.",
     "Record what the child said"),
    ("Tell the child they were right to tell you and that it is not their fault.",
     "Tell the child they were right to tell you"),
    # A list's commas are not a clause: three words before the comma is too few to cut.
    ("Never look at, copy or forward an image.", "Never look at, copy or forward an image."),
    ("Don't look at, copy or forward any image (UKCIS advice); leave devices for the DSL.",
     "Don't look at, copy or forward any image (UKCIS advice);"),
    # A first sentence too long to take in at a glance is cut at its first clause.
    ("Write what the child said, in their words, with date and time, on the school's paper "
     "form or a signed, dated note for the DSL before you leave. Slips stay in school.",
     "Write what the child said"),
])
def test_a_steps_lead_is_its_first_action(step: str, lead: str) -> None:
    assert step_lead(step) == lead
    assert step.startswith(step_lead(step))


@pytest.mark.parametrize("paper", ["live-streaming-ks2/live-streaming-ks2-lesson-plan.docx",
                                   "live-streaming-parents/"
                                   "live-streaming-parents-facilitator-notes.docx"])
def test_a_built_papers_disclosure_box_is_numbered_steps(built_packs: Path,
                                                         paper: str) -> None:
    document = docx.Document(str(built_packs / paper))
    steps = _steps(document)
    assert len(steps) >= 5
    assert [p.text.split(".", 1)[0] for p in steps] == [str(n) for n in
                                                        range(1, len(steps) + 1)]
    assert any("promise" in p.text and "secret" in p.text for p in steps)
    assert any(p.text.split("\t", 1)[1].startswith("Act immediately") for p in steps)
