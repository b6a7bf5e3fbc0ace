"""A school's own letter home is finished from its brand file: dated from the lesson's day
when the school gives no date, no class or workshop lines left blank, questions answered by
the school office, and a phone and an out-of-hours route in "Where to get help"."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.model import Audience
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.letter.workshop import WORKSHOP_LABEL
from lessonpack.plan.model import CutLine, Letterhead, Paragraph, WriteOnLine
from lessons import content_index, lesson_for
from plan_strings import strings_in

ROOT = Path(__file__).resolve().parent.parent
LESSON_DAY = "Tuesday 19 January 2027"


def _riverside(**more: object) -> Brand:
    brand = load_brand(ROOT / "examples/brands/riverside-academy/brand.yml").brand
    return brand.model_copy(update={"lesson_date": LESSON_DAY, "parents_workshop": True,
                                    **more})


def _before(audience: Audience, brand: Brand) -> tuple[object, ...]:
    letters = plan_letters(lesson_for(audience), content_index().facts, brand)
    return letters[0].blocks


def _help(blocks: tuple[object, ...]) -> str:
    (box,) = [b for b in blocks if isinstance(b, Paragraph) and b.label == "Where to get help:"]
    return box.text


@pytest.mark.parametrize("audience", [Audience.KS3, Audience.KS4])
def test_an_undated_letter_carries_the_day_the_plan_sends_it(audience: Audience) -> None:
    blocks = _before(audience, _riverside())
    (head,) = [b for b in blocks if isinstance(b, Letterhead)]
    # Ten school days before 19 January, the Christmas holidays not counted.
    assert head.date == "Tuesday 5 January 2027"
    # A date the school gives wins.
    dated = _before(audience, _riverside(letter_date="Monday 4 January 2027"))
    assert [b.date for b in dated if isinstance(b, Letterhead)] == ["Monday 4 January 2027"]


def test_the_letter_after_dated_on_the_lesson_day_says_the_day_once() -> None:
    """Sent on the lesson's day, the letter after carries that day in its letterhead; a
    "Lesson date:" line under the heading said it again and took the line the fullest
    letters need above the reply slip. With a class to name it stays, and so does the one
    before the lesson's."""
    brand = _riverside(classes=[])
    before, after = plan_letters(lesson_for(Audience.KS4), content_index().facts, brand)
    assert [b.date for b in after.blocks if isinstance(b, Letterhead)] == [LESSON_DAY]
    assert not [b for b in after.blocks if isinstance(b, Paragraph) and b.label == "Lesson date:"]
    (line,) = [b for b in before.blocks
               if isinstance(b, Paragraph) and b.label == "Lesson date:"]
    assert line.text == LESSON_DAY
    # The example names its classes: the line says whose year the letter after is for.
    named = plan_letters(lesson_for(Audience.KS4), content_index().facts, _riverside())[1]
    (line,) = [b for b in named.blocks if isinstance(b, Paragraph) and b.label == "Lesson date:"]
    assert line.text.startswith(f"{LESSON_DAY}  ·  Class: Year 10 ("), line.text


def test_a_schools_letter_names_the_lesson_day_without_a_class_to_write_in() -> None:
    # No class named: the date alone (the letter goes to every family of the year taught).
    blocks = _before(Audience.KS4, _riverside(classes=[]))
    (line,) = [b for b in blocks if isinstance(b, Paragraph) and b.label == "Lesson date:"]
    assert line.text == LESSON_DAY
    assert not any(isinstance(b, WriteOnLine) and b.label == "Class:" for b in blocks)
    # The example names its classes: each secondary letter says whose year it is for, so a
    # family with children in Years 7 and 9 can tell which child the letter is about.
    for audience, year in ((Audience.KS3, "Year 8"), (Audience.KS4, "Year 10")):
        (named,) = [b for b in _before(audience, _riverside())
                    if isinstance(b, Paragraph) and b.label == "Lesson date:"]
        assert named.text.startswith(f"{LESSON_DAY}  ·  Class: {year} ("), named.text
    # The unbranded draft's class is a field with its others, typed over like them; so is
    # its lesson's date where none is given, and the letter's own and the reply slip's.
    draft = _before(Audience.KS4, Brand(lesson_date=LESSON_DAY))
    (line,) = [b for b in draft if isinstance(b, Paragraph) and b.label == "Lesson date:"]
    assert line.text == f"{LESSON_DAY}  ·  Class: [class]"
    assert not any(isinstance(b, WriteOnLine) and b.label == "Class:" for b in draft)
    undated = _before(Audience.KS4, Brand())
    (line,) = [b for b in undated if isinstance(b, Paragraph) and b.label == "Lesson date:"]
    assert line.text == "[lesson date]  ·  Class: [class]"
    assert [b.date for b in undated if isinstance(b, Letterhead)] == ["[letter date]"]
    (cut,) = [b for b in undated if isinstance(b, CutLine)]
    assert cut.label.endswith("by [reply-by date]."), cut.label


def test_a_workshop_the_school_has_not_dated_is_left_out() -> None:
    unsaid = _riverside(parents_session_date="", parents_session_venue="")
    said = " ".join(strings_in(_before(Audience.KS4, unsaid)))
    assert WORKSHOP_LABEL not in said and "(when)" not in said
    placed = _before(Audience.KS4, _riverside(parents_session_date="",
                                              parents_session_venue="the library"))
    (line,) = [b for b in placed if isinstance(b, Paragraph) and b.label == WORKSHOP_LABEL]
    assert "the library" in line.text and "(when)" in line.text


@pytest.mark.parametrize("audience", [Audience.KS3, Audience.KS4])
def test_questions_go_to_the_school_office(audience: Audience) -> None:
    said = " ".join(strings_in(_before(audience, _riverside())))
    assert "[contact]" not in said
    # One line asks for questions and offers the letter in another form, with the number.
    assert ("Questions, or this letter in another language, read aloud or explained? "
            "Ask us: 01632\u00a0960\u00a0500.") in said
    by_email = " ".join(strings_in(_before(audience, _riverside(phone=""))))
    assert "Ask us: enquiries@riverside-academy.example.org.uk." in by_email
    # Where to read the policy is the brand's rse_policy_url; without it, a field to fill.
    assert "[where to read it]" not in said
    assert "RSHE policy (www.riverside-academy.example.org.uk/policies)." in said
    unplaced = " ".join(strings_in(_before(audience, _riverside(rse_policy_url=""))))
    assert "RSHE policy ([where to read it])." in unplaced
    unbranded = " ".join(strings_in(_before(audience, Brand())))
    assert "Ask us: [contact]." in unbranded


def test_help_by_email_alone_adds_the_school_phone_and_out_of_hours() -> None:
    box = _help(_before(Audience.KS4, _riverside()))
    first = box.split("\n")[0]
    # The phone first, and the addresses after it: an email can wait unread overnight.
    assert first.startswith("Any worry about your child's safety? Phone the school on "
                            "01632\u00a0960\u00a0500 and ask for our Designated Safeguarding "
                            "Lead, Mr Daniel Okafor, or our deputy, Mrs Joy Mensah."), first
    assert "may not be read out of school hours" in first
    # The school's own 24-hour line for parents, with 999 on its line: "(24 hours)" says
    # it is open tonight (the "Out of hours" mark would take the line over its width).
    assert "Northshire Children's Services: 0306\u00a0999\u00a00123 (24 hours) · " \
        "In danger now: 999" in box.split("\n")
    assert first.index("01632") < first.index("safeguarding@")
    # No local line of its own: the handout's yellow field for the council's 24-hour
    # number, and 999, as on the parents' handout; no police 101 (the field is the route).
    none = _help(_before(Audience.KS4, _riverside(extra_helplines=[])))
    assert "Out of hours: Local children's services, [council's 24-hour number] · " \
        "In danger now: 999" in none.split("\n")
    assert "101" not in none


def test_a_lead_with_a_phone_needs_no_other_and_primary_letters_stay_as_they_were() -> None:
    oakfield = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    box = _help(_before(Audience.KS1, oakfield))
    assert "phone the school" not in box and "Out of hours" not in box
    secondary = _help(_before(Audience.KS3, oakfield))
    assert "phone the school" not in secondary and "Out of hours:" in secondary


def test_the_secondary_example_invites_to_its_dated_workshop() -> None:
    """Riverside's file dates and places its parents' evening, as Oakfield's does: its
    letters invite families to it, with no line left to write on."""
    said = " ".join(strings_in(_before(Audience.KS3, _riverside())))
    assert WORKSHOP_LABEL in said and "Wednesday 20 January 2027, 6pm, the main hall." in said
    assert "(when)" not in said and "(where)" not in said
