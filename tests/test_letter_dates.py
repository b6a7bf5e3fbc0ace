"""The dates a letter home works out, from one reading of a date (plan/letter_dates.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lessonpack.plan.letter_dates import (
    approve_by,
    letter_by,
    reply_by,
    school_day,
    send_by,
    short,
    sign_off_by,
)

LESSON = "Friday 22 January 2027"


@pytest.mark.parametrize("work_out", [reply_by, send_by, letter_by])
def test_a_time_after_the_date_is_read_past(work_out: Callable[[str], str]) -> None:
    # A session's date often carries its time ("…, 6pm"): every date here reads the day.
    assert work_out(f"{LESSON}, 6pm") == work_out(LESSON) != ""


@pytest.mark.parametrize("work_out", [reply_by, send_by, letter_by])
@pytest.mark.parametrize("undated", ["", "Friday 22 January", "next Friday",
                                     "Thursday 22 January 2027"])  # the wrong weekday
def test_a_date_that_names_no_day_gives_a_line_to_write_on(work_out: Callable[[str], str],
                                                            undated: str) -> None:
    assert work_out(undated) == ""


def test_the_school_week_ahead_and_the_letters_own_date() -> None:
    assert reply_by(LESSON) == "Friday 15 January 2027"  # a school week before
    assert letter_by(LESSON) == "Friday 8 January 2027"  # two school weeks
    # A letter dated late asks back no sooner than three school days after it.
    assert reply_by(LESSON, "Wednesday 13 January 2027") == "Monday 18 January 2027"


def test_the_dsl_has_a_school_week_before_signing_off_the_holidays_not_counted() -> None:
    """The files reach the school a school week before the DSL's sign-off, which is two
    school days before the letters go; the head approves the letter the day before it goes.
    Across Christmas (19 December to 4 January) the days counted are term days."""
    letter = "Thursday 7 January 2027"  # the Ashgrove school file's
    assert approve_by(LESSON, letter) == "Wednesday 6 January 2027"
    assert sign_off_by(LESSON, letter) == "Tuesday 5 January 2027"
    # 5 January back to 18, 17, 16, 15 and 14 December: five term days.
    assert send_by(LESSON, letter) == "Monday 14 December 2026"
    assert send_by(f"{LESSON}, 6pm", f"{letter}, morning") == "Monday 14 December 2026"
    # An undated letter goes two school weeks ahead (Friday 8 January).
    assert sign_off_by(LESSON) == "Wednesday 6 January 2027"
    assert send_by(LESSON) == "Tuesday 15 December 2026"
    # No letter before the lesson: the sign-off is two school days before the lesson itself.
    assert sign_off_by(LESSON, letter, before=False) == "Wednesday 20 January 2027"
    assert send_by(LESSON, letter, before=False) == "Wednesday 13 January 2027"
    # Away from the holidays, school days are weekdays.
    assert send_by("Friday 19 March 2027", "Friday 5 March 2027") == "Wednesday 24 February 2027"


@pytest.mark.parametrize("day,school", [("Friday 18 December 2026", True),
                                        ("Monday 21 December 2026", False),
                                        ("Monday 4 January 2027", False),
                                        ("Tuesday 5 January 2027", True),
                                        ("Saturday 9 January 2027", False)])
def test_christmas_and_weekends_are_not_school_days(day: str, school: bool) -> None:
    from lessonpack.content.lesson_date import dated

    parsed = dated(day)
    assert parsed is not None and school_day(parsed) is school


def test_a_brief_date_is_short_and_words_stay_words() -> None:
    assert short("Monday 14 December 2026") == "Mon 14 Dec"
    assert short("Friday 22 January 2027, 6pm") == "Fri 22 Jan"
    assert short("A school week ahead") == "A school week ahead"
