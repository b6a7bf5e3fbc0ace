"""A council's own look (Northshire) whose lessons are taught in many schools: its letters
home are the school's, with the school's letterhead, logo, signer and contacts as fields to
fill in, never the council manager's letter about "your child's class". A school file
names the school, and its letters are written in its own name."""

from __future__ import annotations

from pathlib import Path

import docx

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import load_brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.model import Letterhead

ROOT = Path(__file__).resolve().parents[1]
COUNCIL = ROOT / "examples/brands/northshire-online-safety/brand.yml"
SCHOOL = ROOT / "examples/schools/ashgrove-primary/school.yml"


def _ks1() -> tuple[Lesson, FactsFile]:
    index = load()
    lesson = index.items["live-streaming-ks1"].item
    assert isinstance(lesson, Lesson)
    return lesson, index.facts


def _letterhead(blocks: tuple[object, ...]) -> Letterhead:
    return next(b for b in blocks if isinstance(b, Letterhead))


def test_a_councils_letters_home_are_written_as_the_school(tmp_path: Path) -> None:
    brand = load_brand(COUNCIL).brand
    assert brand.letters_from_school
    assert main(["build", "-a", "ks1", "-f", "docx", "-q", "--out", str(tmp_path),
                 "--brand", str(COUNCIL)]) == 0
    letter = docx.Document(str(tmp_path / "live-streaming-ks1" /
                               "live-streaming-ks1-letter-home.docx"))
    text = "\n".join(p.text for p in letter.paragraphs)
    cells = "\n".join(c.text for t in letter.tables for r in t.rows for c in r.cells)
    # The school's letterhead as fields, with a space for its crest, not the council's logo.
    assert "[School name]" in cells and "[School address]" in cells, cells
    assert "[School logo]" in cells and not letter.tables[0]._element.xpath(".//pic:pic")
    # Signed by the school, never by the council's manager.
    assert "[Name]" in text and "Dr Joanna Reid" not in text + cells
    assert "Northshire Council" not in text + cells
    # The area's services stay: they are the county's, and a family needs them.
    assert "Northshire Children\u2019s Services" in text
    # The slip goes back to the class teacher, as the letter from the school says.
    assert "Reply slip: return to your child\u2019s class teacher" in text


def test_a_school_file_writes_the_councils_letters_in_the_schools_name() -> None:
    lesson, facts = _ks1()
    brand = apply_school_file(load_brand(COUNCIL).brand, load_school(SCHOOL))
    assert not brand.letters_from_school
    head = _letterhead(plan_letters(lesson, facts, brand)[0].blocks)
    assert head.name == "Ashgrove Primary School" and head.logo
