"""A letter home never prints a fixed date beside a blank lesson date, and every date it
leaves to fill in is a yellow field, a named school's too: "every yellow field" is the
checklist's whole instruction, and a ruled line among the fields was the blank the office
missed. A school's own choice of the part of RSHE the lesson is in is confirmed against its
policy on the plan's checklist, not asserted for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from example_looks import OAKFIELD
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.fill_ins import LESSON_DATE_FIELD, LETTER_DATE_FIELD, REPLY_BY_FIELD
from lessonpack.content.model import Audience
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.model import CutLine, Letterhead
from lessonpack.render.fill_in_marks import TINT
from lessons import content_index, lesson_for, plan_strings

ROOT = Path(__file__).resolve().parent.parent
RIVERSIDE = load_brand(ROOT / "examples/brands/riverside-academy/brand.yml").brand


def _letters(audience: Audience, brand: Brand) -> tuple[Letterhead, str, str]:
    """The letter before the lesson's letterhead, its reply slip's line and all its text."""
    letter = plan_letters(lesson_for(audience), content_index().facts, brand)[0]
    head = next(b for b in letter.blocks if isinstance(b, Letterhead))
    slip = next(b.label for b in letter.blocks if isinstance(b, CutLine))
    return head, slip, " ".join(plan_strings(letter))


@pytest.mark.parametrize("brand", [OAKFIELD, RIVERSIDE], ids=["oakfield", "riverside"])
def test_an_undated_lesson_leaves_every_date_a_field(brand: Brand) -> None:
    # The example files date their lessons (their letters are whole): left out, as a school
    # that has not fixed the day yet leaves it.
    audience = Audience.KS1 if brand is OAKFIELD else Audience.KS4
    assert brand.lesson_date
    brand = brand.model_copy(update={"lesson_date": ""})
    head, slip, text = _letters(audience, brand)
    # Oakfield's file dates its letters (6 January); with no lesson date, neither is printed.
    assert head.date == LETTER_DATE_FIELD
    assert "6 January" not in text and LESSON_DATE_FIELD in text
    assert slip.endswith(f"by {REPLY_BY_FIELD}."), slip
    assert "___" not in slip


def test_a_dated_lesson_dates_its_letter_as_the_school_file_says() -> None:
    dated = OAKFIELD.model_copy(update={"lesson_date": "Wednesday 20 January 2027"})
    head, slip, _text = _letters(Audience.KS1, dated)
    assert head.date == "Wednesday 6 January 2027"
    assert slip.endswith("by Wednesday 13 January 2027."), slip


def test_the_plan_confirms_the_letters_rshe_part_against_the_policy() -> None:
    plan = " ".join(plan_strings(plan_lesson_plan(lesson_for(Audience.KS4),
                                                  content_index().facts, RIVERSIDE)))
    assert RIVERSIDE.rse_lesson == "relationships"
    assert ("Check our RSHE policy classes it so; if it is sex education, the right to "
            "withdraw applies") in plan


def test_oakfields_printed_letter_marks_its_dates_yellow(tmp_path: Path) -> None:
    """Built and read back, with no lesson date (the example file's left out): the
    letterhead's date and the slip's day are highlighted fields, with no date of the
    brand's beside them."""
    from lessonpack.cli import main

    example = ROOT / "examples/brands/oakfield-primary/brand.yml"
    undated = tmp_path / "brand.yml"
    undated.write_text("".join(
        line for line in example.read_text(encoding="utf-8").splitlines(keepends=True)
        if not line.startswith("lesson_date:")).replace(
            "logo: logo.png", f"logo: {example.parent / 'logo.png'}"), encoding="utf-8")
    assert main(["build", "-k", "ks1", "-f", "docx", "--brand", str(undated),
                 "--out", str(tmp_path / "out"), "--quiet", "-j", "1"]) == 0
    letter = next(tmp_path.rglob("*-ks1-letter-home.docx"))
    runs = list(Document(str(letter)).element.body.iter(qn("w:r")))
    text = "".join(t.text or "" for r in runs for t in r.iter(qn("w:t")))
    assert "6 January" not in text
    for field in (LETTER_DATE_FIELD, LESSON_DATE_FIELD, REPLY_BY_FIELD):
        held = [r for r in runs if field in "".join(t.text or "" for t in r.iter(qn("w:t")))]
        assert held, field
        rpr = held[0].find(qn("w:rPr"))
        assert rpr is not None and rpr.find(
            f"{qn('w:shd')}[@{qn('w:fill')}='{TINT}']") is not None, field


def test_an_example_schools_rshe_part_is_marked_as_made_up() -> None:
    """Riverside's "relationships part of our RSE" is the example's own choice: marked like
    its made-up contacts, so a school starting from it confirms it; a real school's is not."""
    from lessonpack.content.brand import RSE_PART_WORDS
    from lessonpack.content.fill_ins import example_values

    assert RIVERSIDE.example and RIVERSIDE.rse_lesson == "relationships"
    assert RSE_PART_WORDS["relationships"] in example_values(RIVERSIDE)
    real = RIVERSIDE.model_copy(update={"example": False})
    assert RSE_PART_WORDS["relationships"] not in example_values(real)
