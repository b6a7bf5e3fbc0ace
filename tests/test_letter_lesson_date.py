"""A named school's letter home with no lesson date in its file prints the date as a
fill-in, shaded as the letter's other fields, not a ruled blank: a parent can ask to see the
materials only before a lesson whose date they are given, and the blank line was the one
gap the office missed."""

from __future__ import annotations

from pathlib import Path

import docx

from lessonpack.cli import main
from lessonpack.content.fill_ins import LESSON_DATE_FIELD
from undated_brand import undated_oakfield


def test_an_undated_schools_letters_print_the_lesson_date_as_a_field(tmp_path: Path) -> None:
    # Oakfield's example brand dates its lesson now: a copy without its ``lesson_date``
    # (as tests/conftest.py's undated Oakfield) is a school that gives none.
    brand = undated_oakfield(tmp_path / "brand.yml")
    assert main(["build", "-k", "ks1", "-q", "--out", str(tmp_path / "out"),
                 "--brand", str(brand)]) == 0
    letters = sorted((tmp_path / "out" / "live-streaming-ks1").glob("*-letter-home*.docx"))
    assert len(letters) == 2, letters
    for letter in letters:
        (line,) = [p for p in docx.Document(str(letter)).paragraphs
                   if p.text.startswith("Lesson date:")]
        assert line.text.startswith(f"Lesson date: {LESSON_DATE_FIELD}  ·  Class: Year 2"), \
            line.text
        (field,) = [r for r in line.runs if r.text == LESSON_DATE_FIELD]
        # Shaded as a fill-in (the renderers' one yellow), not plain text on a rule.
        shading = field._r.rPr.find(docx.oxml.ns.qn("w:shd"))
        assert shading is not None and shading.get(docx.oxml.ns.qn("w:fill")), letter.name
        assert "____" not in line.text, line.text
