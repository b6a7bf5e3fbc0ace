"""A visit brief's rows are due on a date, or, for an undated booking, when in words: the
brief's planners ask ``Dues(brand).when(...).date`` whether there is one (the handover's
cutting line, the names check's lead, the trainer's emailing row), never whether the words
start like a weekday; the short form is made where it is shown."""

from __future__ import annotations

import datetime as dt

from lessonpack.content.brand import Brand
from lessonpack.plan.letter_dates import short, short_date
from lessonpack.plan.visit_brief.brief_day import Day, Due, Dues

TEAM = {"org_name": "Ashgrove Primary School", "dsl_name": "Mrs Ada Okafor",
        "delivered_by": "Northshire Online Safety"}


def test_a_dated_booking_gives_each_row_its_date() -> None:
    day = Day((), None, Brand(**TEAM, lesson_date="Friday 22 January 2027"))
    assert day.when("printed") == Due(dt.date(2027, 1, 20), "Two school days before the lesson")
    assert day.when("cut") == Due(dt.date(2027, 1, 21), "The day before the lesson")
    assert day.when("on the day").short == "Fri 22 Jan"
    assert day.by("printed") == "Wed 20 Jan" and day.due("printed") == "by Wed 20 Jan"
    # The brand's dates alone say when: a paper with no classes asks them without a Day.
    assert Dues(day.brand).when("cut") == day.when("cut")


def test_an_undated_booking_says_when_in_words() -> None:
    day = Day((), None, Brand(**TEAM))
    assert day.when("cut") == Due(None, "The day before the lesson")
    assert day.when("cut").short == "" and day.when("cut").said == "The day before the lesson"
    assert day.by("cut") == "The day before the lesson"
    assert day.due("cut") == "the day before the lesson"


def test_a_letter_date_written_as_words_is_said_as_written_and_is_no_date() -> None:
    day = Day((), None, Brand(**TEAM, lesson_date="Friday 22 January 2027",
                              letter_date="the week before"))
    assert day.when("letter") == Due(None, "the week before")
    assert day.by("letter") == "the week before"


def test_short_date_is_empty_for_what_is_not_a_date() -> None:
    assert short_date("Monday 14 December 2026") == short("Monday 14 December 2026") \
        == "Mon 14 Dec"
    assert short_date("the week before") == "" and short("the week before") == "the week before"
