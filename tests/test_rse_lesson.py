"""A school's ``rse_lesson`` (brand or school file) makes the KS3 and KS4 letters' RSE choice:
one finished sentence, RSE (parents may ask to withdraw) or health education (they cannot;
the materials can be seen first). Left out, the letter keeps the bracketed choice. The plan's
short-notice advice and the late-letter rule (LP155) follow the same field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from conftest import need_libreoffice
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Audience
from lessonpack.content.school import School, apply_school
from lessonpack.errors import UserError
from lessonpack.plan.lesson_docs import plan_letters
from lessonpack.plan.lesson_plan import (
    SHORT_NOTICE,
    SHORT_NOTICE_RSE,
    SHORT_NOTICE_WITHDRAW,
    plan_lesson_plan,
)
from lessonpack.plan.quotes import typographic
from lessonpack.plan.rse_sentence import CHOICE
from lessons import content_index, lesson_for, plan_strings
from printed import document_text
from test_page_layout import too_full

ROOT = Path(__file__).resolve().parent.parent
LESSON_DAY = "Wednesday 20 January 2027"
SECONDARY = (Audience.KS3, Audience.KS4)
WITHDRAW = "you may ask to withdraw your child from this lesson"
CANNOT = "there is no right to withdraw from it"




def _text(value: object) -> str:
    return " ".join(" ".join(plan_strings(value)).split())


def _brand(rse_lesson: bool | None, letter_date: str = "", **more: object) -> Brand:
    return DEFAULT_BRAND.model_copy(update={"lesson_date": LESSON_DAY, "rse_lesson": rse_lesson,
                                            "letter_date": letter_date, **more})



def _letter(audience: Audience, rse_lesson: bool | None) -> str:
    letter, _after = plan_letters(lesson_for(audience), content_index().facts,
                                  _brand(rse_lesson))
    return _text(letter.blocks)


@pytest.mark.parametrize("audience", SECONDARY)
def test_the_letter_says_what_the_school_decided(audience: Audience) -> None:
    open_choice = _letter(audience, None)
    assert CHOICE in open_choice
    rse, health = _letter(audience, True), _letter(audience, False)
    for said in (rse, health):
        assert CHOICE not in said and "[health education" not in said
        # The school's policy fill-in stays: where parents read it is the school's to give.
        assert "[where to read it]" in said
    # The right to ask is from sex education only, so that is what the letter names.
    assert "part of our sex education" in rse and WITHDRAW in rse
    assert "relationships and sex education," not in rse
    assert CANNOT not in rse and "part of our health education" not in rse
    assert "part of our health education" in health and CANNOT in health
    assert "ask to withdraw" not in health
    for said in (rse, health):  # offered once, in the first paragraph
        assert said.count("see the materials") == 1, said


def test_primary_letters_are_the_same_either_way() -> None:
    for audience in (Audience.KS1, Audience.KS2):
        assert _letter(audience, True) == _letter(audience, False) == _letter(audience, None)


@pytest.mark.parametrize("audience", SECONDARY)
def test_short_notice_advice_follows_the_field(audience: Audience) -> None:
    def plan(rse_lesson: bool | None) -> str:
        built = plan_lesson_plan(lesson_for(audience), content_index().facts,
                                 _brand(rse_lesson), None)
        return _text(built.blocks)

    rse, health, unsaid = plan(True), plan(False), plan(None)
    after = f"live-streaming-{audience.value}-letter-home-after.docx"
    assert SHORT_NOTICE_WITHDRAW in rse and SHORT_NOTICE.format(file=after) not in rse
    assert "if health education" not in rse
    assert SHORT_NOTICE.format(file=after) in health and "move the lesson" not in SHORT_NOTICE
    assert SHORT_NOTICE_RSE.format(file=after) in unsaid
    # The checklist's "keep RSE … else health education" is for a school yet to decide.
    (choice,) = [c.text for c in lesson_for(audience).safeguarding.checklist
                 if c.role == "rse_choice"]
    choice = " ".join(choice.split())
    assert choice in unsaid and choice not in rse and choice not in health


@pytest.mark.parametrize("audience", SECONDARY)
def test_a_late_letter_is_refused_only_when_it_may_offer_withdrawal(audience: Audience
                                                                    ) -> None:
    with pytest.raises(UserError) as refused:
        plan_letters(lesson_for(audience), content_index().facts, _brand(True, LESSON_DAY))
    said = str(refused.value)
    assert "LP155" in said and "move the lesson" in said and "rse_lesson" not in said
    with pytest.raises(UserError) as unsaid:
        plan_letters(lesson_for(audience), content_index().facts, _brand(None, LESSON_DAY))
    assert "set rse_lesson: false" in str(unsaid.value)
    # Health education: the letter after the lesson, as any lesson's late letter.
    late = plan_letters(lesson_for(audience), content_index().facts, _brand(False, LESSON_DAY))
    assert [x.filename.endswith("letter-home-after.docx") for x in late] == [True]


def test_a_school_file_says_it_for_the_trainers_pack() -> None:
    school = School(name="Ashgrove High School", dsl_name="Mrs Priya Shah", rse_lesson=False)
    trainer = DEFAULT_BRAND.model_copy(update={"rse_lesson": True})
    assert apply_school(trainer, school).rse_lesson is False
    # The school's policy, never the trainer's: a school that does not say leaves it open.
    unsaid = School(name="Ashgrove High School", dsl_name="Mrs Priya Shah")
    assert apply_school(trainer, unsaid).rse_lesson is None


def _built_letters(tmp: Path, rse_lesson: bool) -> list[Path]:
    """KS3 and KS4 letters of the trainer's look at a host school whose file (a copy of
    Ashgrove's, its crest beside it) gives ``rse_lesson``: the school's fields carried over
    the trainer's brand, and the secondary letters with the most lines."""
    folder = tmp / f"school-{rse_lesson}"
    shutil.copytree(ROOT / "examples/schools/ashgrove-primary", folder)
    school = folder / "school.yml"
    school.write_text(school.read_text() + f"\nrse_lesson: {str(rse_lesson).lower()}\n")
    out = tmp / f"out-{rse_lesson}"
    assert main(["build", "-k", "ks3", "-k", "ks4", "--out", str(out), "-q", "-f", "docx",
                 "-j", "1", "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(school)]) == 0
    letters = sorted(out.rglob("*letter-home.docx"))
    assert len(letters) == 2
    return letters


@pytest.mark.parametrize("rse_lesson", [True, False])
def test_built_letters_print_one_finished_sentence(tmp_path: Path, rse_lesson: bool) -> None:
    for path in _built_letters(tmp_path, rse_lesson):
        text = " ".join(document_text(Document(str(path))).split())
        assert typographic(CHOICE) not in text and "[health education" not in text
        assert (WITHDRAW in text) is rse_lesson, path.name
        assert (CANNOT in text) is not rse_lesson, path.name


@pytest.mark.parametrize("rse_lesson", [True, False])
def test_letters_either_way_stay_one_page(tmp_path: Path, rse_lesson: bool) -> None:
    soffice = need_libreoffice()
    full = too_full(_built_letters(tmp_path, rse_lesson), soffice)
    assert not full, full


def test_the_secondary_example_settles_the_choice_in_its_file() -> None:
    """A secondary school's build fills the letter for good: the example secondary brand
    says how its RSE policy teaches the lesson, so its letters print no choice."""
    from lessonpack.content.brand import load_brand

    brand = load_brand(ROOT / "examples/brands/riverside-academy/brand.yml").brand
    assert brand.rse_lesson is not None
    for audience in SECONDARY:
        letter, _after = plan_letters(lesson_for(audience), content_index().facts, brand)
        said = _text(letter.blocks)
        assert CHOICE not in said and (CANNOT in said or WITHDRAW in said)
