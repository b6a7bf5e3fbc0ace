"""Reopen the KS2 worksheet, lesson plan and letter and check their structure and text."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from lessonpack.api import load
from printed import document_text


def _texts(doc: Document) -> str:
    return document_text(doc)


def test_pack_has_the_seven_files(ks2_pack: Path) -> None:
    names = sorted(p.name for p in ks2_pack.iterdir())
    assert names == [
        "live-streaming-ks2-cards.docx",
        "live-streaming-ks2-lesson-plan.docx",
        "live-streaming-ks2-letter-home-after.docx",
        "live-streaming-ks2-letter-home.docx",
        "live-streaming-ks2-slides.pptx",
        "live-streaming-ks2-teacher-notes.docx",
        "live-streaming-ks2-worksheet.docx",
    ]


def test_worksheet(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-worksheet.docx"))
    text = _texts(doc)
    assert "Name" in text and "Date" in text
    assert "Exit quiz" in text and "Check your work" not in text
    assert "Agree" in text and "Disagree" in text
    lesson = load().items["live-streaming-ks2"].item
    characters = [c.scenario.watcher or c.scenario.character for c in lesson.cycles
                  if c.scenario is not None]
    assert characters and all(name in text for name in characters), characters
    assert "Childline" in text
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
    assert doc.core_properties.language == "en-GB"
    assert all(t.rows[0].cells[0].text for t in doc.tables)  # every table has a header row


def test_lesson_plan_has_every_teacher_section(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-lesson-plan.docx"))
    text = _texts(doc)
    for heading in ("Delivering this lesson safely", "Ground rules", "If a child discloses",
                    "Running sheet", "Resources", "live-streaming-ks2-teacher-notes.docx"):
        assert heading in text, heading
    assert "never promise to keep a secret" in text.lower()  # the disclosure steps
    assert "0800 1111" in text
    # What is read once is the teacher notes' file: it opens with how to teach it safely.
    notes = _texts(Document(str(ks2_pack / "live-streaming-ks2-teacher-notes.docx")))
    for heading in ("Teaching it safely", "Key words", "Common misconceptions",
                    "Differentiation", "Where to get help", "Curriculum links", "Answer key",
                    "Sources"):
        assert heading in notes, heading
    for heading in ("Common misconceptions", "Differentiation", "Curriculum links"):
        assert heading not in text, heading
    assert "[S16]" not in notes and "S16" not in notes  # sources cited by title, not code


def test_letter_home(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-letter-home.docx"))
    text = _texts(doc)
    assert "Dear parent or carer," in text
    assert "Yours sincerely," in text
    assert "Date:" in text and "[School name]" in text and "Reply slip:" in text
    assert "Designated Safeguarding Lead" in text
    assert "NSPCC" in text
    assert doc.core_properties.title.endswith("letter home")


def test_sort_cards_file(ks2_pack: Path) -> None:
    """Each sort's cards, one per cell with dashed cut lines, big enough to handle, each sort
    on a page of its own; the plan's resources say to print the file."""
    from lessonpack.api import load
    from lessonpack.plan.quotes import typographic
    from lessonpack.plan.worksheet.sort import printed_order
    from lessonpack.render.docx_sort_grid import SPARE

    doc = Document(str(ks2_pack / "live-streaming-ks2-cards.docx"))
    lesson = next(loaded.item for loaded in load().items.values()
                  if loaded.item.audience.value == "ks2")
    sorts = [c.task.sort for c in lesson.cycles if c.task.sort]
    assert len(sorts) == 2
    from docx.table import _Cell

    # Each card once (python-docx's row.cells repeats a cell for each grid column it spans).
    # The sorts' tables; the last page's help cards to keep are tests/test_help_cards.py's.
    assert lesson.take_away is not None
    tables = [t for t in doc.tables
              if t.rows[0].cells[0].paragraphs[0].text != lesson.take_away.heading]
    assert len(tables) < len(doc.tables)
    cells = [_Cell(tc, t) for t in tables for tc in t._tbl.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")]
    # A grid with an odd number of cards ends on a dashed spare card to write on.
    texts = [cell.text for cell in cells if cell.text and cell.text != SPARE]
    expected = [typographic(t) for s in sorts
                for t in (*s.columns, *(i.text for i in printed_order(s)))]
    assert texts == expected  # one card (or heading) per cell, in the sheet's order
    body = doc.element.body.xml
    # Every card framed to cut out; a short row's blank cells add the cut along a card's
    # edge they share (tests/test_card_sheets.py holds the grid itself).
    assert body.count('w:val="dashed"') >= 4 * len(texts)
    sizes = {r.font.size.pt for c in cells if c.text != SPARE for p in c.paragraphs
             for r in p.runs}
    assert sizes == {18.0}  # Key Stage 2: large enough to read across a desk
    for t in tables:  # a card is never cut in two by a page break
        assert all(r._tr.trPr is not None and r._tr.trPr.xpath("./w:cantSplit")
                   for r in t.rows)
    headings = [p for p in doc.paragraphs if p.style.name == "LP Heading 2"]
    # Each page says which worksheet part its cards are for, not a bare "Part 2".
    assert [h.text for h in headings][:2] == ["Cards for worksheet Part 1: Comment sort",
                                              "Cards for worksheet Part 2: Spot the clues"]
    assert headings[1].paragraph_format.page_break_before  # each sort starts a page
    plan = _texts(Document(str(ks2_pack / "live-streaming-ks2-lesson-plan.docx")))
    assert "print live-streaming-ks2-cards.docx" in plan


def test_no_cards_file_without_a_sort(built_packs: Path) -> None:
    """The parents' session has no card sort: no file of cards."""
    assert not list(built_packs.rglob("*parents-cards.docx"))
