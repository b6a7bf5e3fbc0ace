"""Reopen the KS2 worksheet, lesson plan and letter and check their structure and text."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def _texts(doc: Document) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_pack_has_the_four_files(ks2_pack: Path) -> None:
    names = sorted(p.name for p in ks2_pack.iterdir())
    assert names == [
        "live-streaming-ks2-lesson-plan.docx",
        "live-streaming-ks2-letter-home.docx",
        "live-streaming-ks2-slides.pptx",
        "live-streaming-ks2-worksheet.docx",
    ]


def test_worksheet(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-worksheet.docx"))
    text = _texts(doc)
    assert "Name" in text and "Date" in text
    assert "Exit quiz" in text and "Check your work" not in text
    assert "Agree" in text and "Disagree" in text
    assert "Zainab" in text and "Kofi" in text
    assert "Childline" in text
    section = doc.sections[0]
    assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
    assert doc.core_properties.language == "en-GB"
    assert all(t.rows[0].cells[0].text for t in doc.tables)  # every table has a header row


def test_lesson_plan_has_every_teacher_section(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-lesson-plan.docx"))
    text = _texts(doc)
    for heading in ("Safeguarding checklist", "Ground rules", "If a child discloses",
                    "Differentiation", "Curriculum links", "Answer key", "Sources",
                    "Running sheet", "Resources", "Common misconceptions"):
        assert heading in text, heading
    assert "never promise" in text.lower() or "promise" in text.lower()
    assert "0800 1111" in text
    assert "[S16]" not in text and "S16" not in text  # sources cited by title, not code


def test_letter_home(ks2_pack: Path) -> None:
    doc = Document(str(ks2_pack / "live-streaming-ks2-letter-home.docx"))
    text = _texts(doc)
    assert "Dear parent or carer," in text
    assert "Yours sincerely," in text
    assert "Date:" in text and "[School name]" in text and "Reply slip:" in text
    assert "Designated Safeguarding Lead" in text
    assert "NSPCC" in text
    assert doc.core_properties.title.endswith("letter home")
