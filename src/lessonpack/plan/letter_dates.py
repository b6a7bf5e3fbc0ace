"""The dates a letter home prints: its own, and the day its reply slip is wanted back.

A reply slip that asks to see the materials "before the lesson" means nothing without a day
that leaves the school time to answer: a school week before the lesson (two days gave a
parent who asked no time to come in and see them), but never less than three school days
after the letter went out, worked out from the calendar days, never typed.
"""

from __future__ import annotations

import datetime as dt

from lessonpack.content.lesson_date import dated, spoken

# School days between the slip coming back and the lesson: time to arrange a viewing.
REPLY_SCHOOL_DAYS = 5
# The fewest: a day to read the slip, a day to reply.
REPLY_SCHOOL_DAYS_LEAST = 2
# School days a parent has to send the slip back after the letter's date, at the least.
ANSWER_SCHOOL_DAYS = 3


def _school_days(day: dt.date, count: int) -> dt.date:
    """``count`` school days after ``day`` (before it when negative): Saturdays and Sundays
    are not school days."""
    step = dt.timedelta(days=1 if count > 0 else -1)
    left = abs(count)
    while left:
        day += step
        if day.weekday() < 5:
            left -= 1
    return day


def _day(text: str) -> dt.date | None:
    """The day a date names ("Friday 22 January 2027"), read up to a comma, so a session's
    time after it ("Thursday 21 January 2027, 6pm") is left out; None when it names none (no
    year, another shape, empty): the one reading of a date every function here uses."""
    return dated(text.split(",")[0]) if text else None


def reply_by(lesson_date: str, letter_date: str = "") -> str:
    """"Wednesday 2 December 2026" for a lesson on "Wednesday 9 December 2026"; with the
    letter's own date, no sooner than three school days after it (a letter sent late asks
    back sooner, down to two school days before the lesson). "" when the lesson date has no
    year or another shape (the slip then has a line to write it on)."""
    lesson = _day(lesson_date)
    if lesson is None:
        return ""
    when = _school_days(lesson, -REPLY_SCHOOL_DAYS)
    sent = _day(letter_date)
    if sent is not None:
        when = min(max(when, _school_days(sent, ANSWER_SCHOOL_DAYS)),
                   _school_days(lesson, -REPLY_SCHOOL_DAYS_LEAST))
    return spoken(when)


# School days before the lesson the DSL checks a visitor's files: a school week.
DSL_CHECK_SCHOOL_DAYS = 5


def send_by(lesson_date: str, letter_date: str = "") -> str:
    """"Friday 15 January 2027" for a lesson on "Friday 22 January 2027": when a visiting
    trainer sends the school the files. A school week ahead, so the DSL can check them, and
    never after the letters home go out (with the letter's date, the school day before
    it): the letters offer parents a look at the materials before the lesson. "" when the
    date cannot be worked from (a session date with a time after it is read up to its
    comma)."""
    lesson = _day(lesson_date)
    if lesson is None:
        return ""
    when = _school_days(lesson, -DSL_CHECK_SCHOOL_DAYS)
    sent = _day(letter_date)
    if sent is not None and sent < lesson:
        when = min(when, _school_days(sent, -1))
    return spoken(when)


# School days before the lesson a letter home goes out when the school has not dated it:
# two school weeks, so its reply slip can come back a week ahead (REPLY_SCHOOL_DAYS).
LETTER_SCHOOL_DAYS = 10


def letter_by(lesson_date: str) -> str:
    """"Friday 8 January 2027" for a lesson on "Friday 22 January 2027": the day an undated
    letter home goes out at the latest. "" when the date cannot be worked from."""
    lesson = _day(lesson_date)
    return spoken(_school_days(lesson, -LETTER_SCHOOL_DAYS)) if lesson else ""


def school_days_before(lesson_date: str, count: int) -> str:
    """"Thursday 21 January 2027" for ``count`` 1 and a lesson on "Friday 22 January 2027":
    a day in a visit's timetable (printing, cutting) counted back in school days. "" when
    the date cannot be worked from."""
    lesson = dated(lesson_date.split(",")[0])
    return spoken(_school_days(lesson, -count)) if lesson else ""


# School days a family needs between a letter and what it asks of them (a reply, a look at
# the materials, the lesson itself): a school week.
NOTICE_SCHOOL_DAYS = 5


def date_order_problems(lesson_date: str, letter_date: str, parents_date: str) -> list[str]:
    """What is impossible or too short in the dates a build prints: a letter dated after the
    lesson, a parents' session before the letter that invites to it, under a school week
    between letter and lesson. Dates without a year are not compared."""
    lesson, sent, evening = _day(lesson_date), _day(letter_date), _day(parents_date)
    found: list[str] = []
    if sent is None:
        return found
    if lesson is not None and lesson <= sent:
        found.append(f"the letter home ({letter_date}) is dated on or after the lesson "
                     f"({lesson_date})")
    elif lesson is not None and _school_days(sent, NOTICE_SCHOOL_DAYS) > lesson:
        found.append(f"the letter home ({letter_date}) gives families under a school week "
                     f"before the lesson ({lesson_date}) to read it, ask or reply")
    if evening is not None and evening < sent:
        found.append(f"the letter home ({letter_date}) invites parents to a session that is "
                     f"already past ({parents_date})")
    return found
