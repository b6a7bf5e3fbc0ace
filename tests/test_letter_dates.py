"""The dates a letter home works out, from one reading of a date (plan/letter_dates.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lessonpack.plan.letter_dates import letter_by, reply_by, send_by

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
    assert send_by(LESSON) == "Friday 15 January 2027"
    assert letter_by(LESSON) == "Friday 8 January 2027"  # two school weeks
    # A letter dated late asks back no sooner than three school days after it...
    assert reply_by(LESSON, "Wednesday 13 January 2027") == "Monday 18 January 2027"
    # ...and the files reach the school the school day before the letters go.
    assert send_by(LESSON, "Wednesday 13 January 2027") == "Tuesday 12 January 2027"
    assert send_by(LESSON, "Wednesday 13 January 2027, morning") == "Tuesday 12 January 2027"
