"""A school's ``rse_lesson`` (brand or school file) makes the KS3 and KS4 letters' RSHE choice:
one finished sentence, the sex education part of RSE (parents may ask to withdraw; at KS4 the
pupil's own choice from three terms before 16) or the relationships part of RSE or health
education (every pupil takes it: the right to withdraw is from sex education only). A
secondary letter never names the primary subject, relationships education. Left out, the
letter keeps the bracketed choice (and, at KS4, the pupil's right as a field). The plan's
short-notice advice and the late-letter rule (LP155) follow the same field; ``true`` and
``false`` still read as sex and health."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from conftest import need_libreoffice
from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, Brand, RsePart
from lessonpack.content.model import Audience
from lessonpack.content.school import School, apply_school
from lessonpack.errors import UserError
from lessonpack.plan.lesson_plan import (
    SHORT_NOTICE,
    SHORT_NOTICE_RSE,
    SHORT_NOTICE_WITHDRAW,
    plan_lesson_plan,
)
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.quotes import typographic
from lessonpack.plan.rse_sentence import (
    BOX,
    CHOICE,
    OWN_CHOICE,
    OWN_CHOICE_FIELD,
    TICK_FIELD,
    TICK_LEAD,
)
from lessons import content_index, lesson_for, plan_strings
from printed import document_text
from test_page_layout import too_full

ROOT = Path(__file__).resolve().parent.parent
LESSON_DAY = "Wednesday 20 January 2027"
SECONDARY = (Audience.KS3, Audience.KS4)
WITHDRAW = "you may ask to withdraw your child from it"
CANNOT = ("Every pupil takes it, with no right to withdraw: that right is for sex "
          "education only.")




def _text(value: object) -> str:
    return " ".join(" ".join(plan_strings(value)).split())


def _brand(rse_lesson: RsePart | None, letter_date: str = "", **more: object) -> Brand:
    return DEFAULT_BRAND.model_copy(update={"lesson_date": LESSON_DAY, "rse_lesson": rse_lesson,
                                            "letter_date": letter_date, **more})



def _letter(audience: Audience, rse_lesson: RsePart | None) -> str:
    letter, _after = plan_letters(lesson_for(audience), content_index().facts,
                                  _brand(rse_lesson))
    return _text(letter.blocks)


@pytest.mark.parametrize("audience", SECONDARY)
def test_the_letter_says_what_the_school_decided(audience: Audience) -> None:
    open_choice = _letter(audience, None)
    # Unsaid, no long bracketed choice mid-paragraph: one short field over the three parts
    # as tick boxes, one a line, for the school to tick on the copy it photocopies.
    assert CHOICE not in open_choice and "taught in [" not in open_choice
    assert TICK_FIELD in TICK_LEAD and open_choice.count(BOX) == 3
    after = open_choice[open_choice.index(TICK_LEAD) + len(TICK_LEAD):]
    parts = after.split(BOX)[1:]
    assert [t.split(":")[0].strip() for t in parts] == [
        "the relationships part of our RSE or", "health education",
        "the sex education part of our RSE"]
    assert "withdraw" in parts[2] and not any("withdraw" in t for t in parts[:2])
    rse, relationships, health = (_letter(audience, p) for p in ("sex", "relationships",
                                                                  "health"))
    for said in (rse, relationships, health):
        assert CHOICE not in said and "[the relationships part" not in said
        # The school's policy fill-in stays: where parents read it is the school's to give.
        assert "[where to read it]" in said
        assert said.count("see the materials") == 1, said  # offered once, in paragraph one
    # The right to ask is from sex education only, so that is what the letter names.
    assert "taught in the sex education part of our RSE" in rse and WITHDRAW in rse
    assert CANNOT not in rse and "health education" not in rse
    assert "taught in the relationships part of our RSE." in relationships
    assert CANNOT in relationships
    assert "taught in our health education." in health and CANNOT in health
    for said in (relationships, health):
        assert WITHDRAW not in said
    # Secondary is RSE and health education: the primary subject is never named.
    for said in (open_choice, rse, relationships, health):
        assert "relationships education" not in said.casefold()
    # The pupil's own right from three terms before 16 is a KS4 pupil's: said where the
    # letter may offer withdrawal, as a field while the school has not chosen.
    assert (OWN_CHOICE in rse) is (audience is Audience.KS4)
    assert (OWN_CHOICE in parts[2]) is (audience is Audience.KS4)
    assert OWN_CHOICE_FIELD not in open_choice
    for said in (relationships, health):
        assert "three terms" not in said


@pytest.mark.parametrize("audience", SECONDARY)
def test_the_unsaid_choice_is_a_paragraph_of_its_own(audience: Audience) -> None:
    """The tick lines follow the paragraph that named the RSHE policy, as a paragraph of
    their own kept whole, under one field; that paragraph no longer holds the choice."""
    from lessonpack.plan.model import Paragraph

    letter, _after = plan_letters(lesson_for(audience), content_index().facts, _brand(None))
    texts = [b for b in letter.blocks if isinstance(b, Paragraph)]
    at = next(k for k, b in enumerate(texts) if b.text.startswith(TICK_LEAD))
    ticks = texts[at]
    assert ticks.keep_lines and ticks.text.count("\n") == 2 and ticks.text.count(BOX) == 3
    assert "RSHE policy" in texts[at - 1].text and BOX not in texts[at - 1].text


def test_primary_letters_are_the_same_either_way() -> None:
    for audience in (Audience.KS1, Audience.KS2):
        assert _letter(audience, "sex") == _letter(audience, "relationships") \
            == _letter(audience, None)


@pytest.mark.parametrize("audience", SECONDARY)
def test_short_notice_advice_follows_the_field(audience: Audience) -> None:
    def plan(rse_lesson: RsePart | None) -> str:
        built = plan_lesson_plan(lesson_for(audience), content_index().facts,
                                 _brand(rse_lesson), None)
        return _text(built.blocks)

    rse, health, unsaid = plan("sex"), plan("relationships"), plan(None)
    after = f"live-streaming-{audience.value}-letter-home-after.docx"
    assert SHORT_NOTICE_WITHDRAW in rse and SHORT_NOTICE.format(file=after) not in rse
    assert "if relationships or health education" not in rse
    assert SHORT_NOTICE.format(file=after) in health and "move the lesson" not in SHORT_NOTICE
    assert SHORT_NOTICE_RSE.format(file=after) in unsaid
    # The checklist's "keep the part of RSHE …" is for a school yet to decide.
    (choice,) = [c.text for c in lesson_for(audience).safeguarding.checklist
                 if c.role == "rse_choice"]
    choice = " ".join(choice.split())
    assert choice in unsaid and choice not in rse and choice not in health


@pytest.mark.parametrize("audience", SECONDARY)
def test_a_late_letter_is_refused_only_when_it_may_offer_withdrawal(audience: Audience
                                                                    ) -> None:
    with pytest.raises(UserError) as refused:
        plan_letters(lesson_for(audience), content_index().facts, _brand("sex", LESSON_DAY))
    said = str(refused.value)
    assert "LP155" in said and "move the lesson" in said and "rse_lesson" not in said
    with pytest.raises(UserError) as unsaid:
        plan_letters(lesson_for(audience), content_index().facts, _brand(None, LESSON_DAY))
    assert "set rse_lesson: relationships" in str(unsaid.value)
    # Relationships or health education: the letter after the lesson, as any late letter.
    for part in ("relationships", "health"):
        late = plan_letters(lesson_for(audience), content_index().facts,
                            _brand(part, LESSON_DAY))
        assert [x.filename.endswith("letter-home-after.docx") for x in late] == [True]


def test_a_school_file_says_it_for_the_trainers_pack() -> None:
    school = School(name="Ashgrove High School", dsl_name="Mrs Priya Shah",
                    rse_lesson="relationships")
    trainer = DEFAULT_BRAND.model_copy(update={"rse_lesson": "sex"})
    assert apply_school(trainer, school).rse_lesson == "relationships"
    # The school's policy, never the trainer's: a school that does not say leaves it open.
    unsaid = School(name="Ashgrove High School", dsl_name="Mrs Priya Shah")
    assert apply_school(trainer, unsaid).rse_lesson is None


def _built_letters(tmp: Path, rse_lesson: str) -> list[Path]:
    """KS3 and KS4 letters of the trainer's look at a host school whose file (a copy of
    Ashgrove's, its crest beside it) gives ``rse_lesson``: the school's fields carried over
    the trainer's brand, and the secondary letters with the most lines."""
    folder = tmp / f"school-{rse_lesson}"
    shutil.copytree(ROOT / "examples/schools/ashgrove-primary", folder)
    school = folder / "school.yml"
    school.write_text(school.read_text() + f"\nrse_lesson: {rse_lesson}\n")
    out = tmp / f"out-{rse_lesson}"
    assert main(["build", "-k", "ks3", "-k", "ks4", "--out", str(out), "-q", "-f", "docx",
                 "-j", "1", "--school-phase-mismatch-ok", "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(school)]) == 0
    letters = sorted(out.rglob("*letter-home.docx"))
    assert len(letters) == 2
    return letters


# As a school file writes it: the three parts, and an older file's true or false.
WRITTEN = {"sex": True, "relationships": False, "health": False, "true": True, "false": False}


@pytest.mark.parametrize("rse_lesson", ["sex", "relationships", "false"])
def test_built_letters_print_one_finished_sentence(tmp_path: Path, rse_lesson: str) -> None:
    offered = WRITTEN[rse_lesson]
    for path in _built_letters(tmp_path, rse_lesson):
        text = " ".join(document_text(Document(str(path))).split())
        assert typographic(CHOICE) not in text and "[the relationships part" not in text
        assert (WITHDRAW in text) is offered, path.name
        assert (CANNOT in text) is not offered, path.name
        # KS4's pupils are told their own right where their parents are offered withdrawal.
        assert (typographic(OWN_CHOICE) in text) is (offered and "ks4" in path.name), path.name
        if rse_lesson == "false":
            assert "taught in our health education" in text, path.name


@pytest.mark.parametrize("rse_lesson", ["sex", "relationships"])
def test_letters_either_way_stay_one_page(tmp_path: Path, rse_lesson: str) -> None:
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


def test_a_letter_that_words_the_rse_choice_its_own_way_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The school's ``rse_lesson`` (or the tick lines) replaces the choice only where the
    letter writes it word for word: a lesson file that rephrases it would print its own
    words whatever the school said, so validate refuses it at the letter."""
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[1] / "content", content)
    ks3 = content / "live-streaming" / "ks3.yml"
    text = ks3.read_text(encoding="utf-8")
    assert text.count(CHOICE) == 1
    ks3.write_text(text.replace(CHOICE, "[relationships / health / sex education]"),
                   encoding="utf-8")
    assert main(["validate", "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert "rse_withdrawal is set but no paragraph writes the RSHE choice" in err, err
    assert f"{ks3}:" in err and "letter" in err, err
