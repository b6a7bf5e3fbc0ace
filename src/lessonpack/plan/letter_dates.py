"""The dates a letter home prints: its own, and the day its reply slip is wanted back.

A reply slip that asks to see the materials "before the lesson" means nothing without a day
that leaves the school time to answer: a school week before the lesson (two days gave a
parent who asked no time to come in and see them), but never less than three school days
after the letter went out, worked out from the calendar days, never typed.
"""

from __future__ import annotations

import datetime as dt

from lessonpack.content.brand import Brand
from lessonpack.content.lesson_date import dated, spoken

# School days between the slip coming back and the lesson: time to arrange a viewing.
REPLY_SCHOOL_DAYS = 5
# The fewest: a day to read the slip, a day to reply.
REPLY_SCHOOL_DAYS_LEAST = 2
# School days a parent has to send the slip back after the letter's date, at the least.
ANSWER_SCHOOL_DAYS = 3


# The Christmas holidays, as (month, day) inclusive at each end: no school day falls in them.
# English schools' breaks vary by a day or two each side; the widest usual span is taken, so
# a date counted across it is early rather than in the holidays (files sent "Wednesday 6
# January" for a 22 January visit left the DSL the first days back after Christmas). Half
# terms and training days differ by school: the visit brief says to move its dates for them.
CHRISTMAS = ((12, 19), (1, 4))


def school_day(day: dt.date) -> bool:
    """A weekday outside the Christmas holidays."""
    (m1, d1), (m2, d2) = CHRISTMAS
    md = (day.month, day.day)
    return day.weekday() < 5 and not (md >= (m1, d1) or md <= (m2, d2))


def _school_days(day: dt.date, count: int) -> dt.date:
    """``count`` school days after ``day`` (before it when negative): weekends and the
    Christmas holidays are not school days."""
    step = dt.timedelta(days=1 if count > 0 else -1)
    left = abs(count)
    while left:
        day += step
        if school_day(day):
            left -= 1
    return day


def _day(text: str) -> dt.date | None:
    """The day a date names ("Friday 22 January 2027"), read up to a comma, so a session's
    time after it ("Thursday 21 January 2027, 6pm") is left out; None when it names none (no
    year, another shape, empty): the one reading of a date every function here uses."""
    return dated(text.split(",")[0]) if text else None


def session_day(session_date: str) -> str:
    """"Friday 22 January 2027" from "Friday 22 January 2027, 6pm": a session's day as
    written (the one reading of a session's date the visit papers use)."""
    return session_date.split(",")[0].strip()


def session_time(session_date: str) -> str:
    """"6pm" from "Friday 22 January 2027, 6pm"; "" when no time is given."""
    return session_date.split(",", 1)[1].strip() if "," in session_date else ""


def same_day(when: str, day: str) -> bool:
    """Whether a session ("Fri 22 Jan 2027, 6pm") falls on a day ("Friday 22 January
    2027"): the dates compared where both name one; where either has no year or another
    shape, their words before any comma, spaces and case aside. Two empty texts are no day."""
    first, second = _day(when), _day(day)
    if first is not None and second is not None:
        return first == second
    words = [" ".join(t.split(",")[0].split()).lower() for t in (when, day)]
    return bool(words[0]) and words[0] == words[1]


def too_late(lesson_date: str, letter_date: str) -> bool:
    """Whether the letter is dated on or after the lesson's day (both full dates): it can
    no longer offer anything "before the lesson"."""
    lesson, sent = _day(lesson_date), _day(letter_date)
    return lesson is not None and sent is not None and sent >= lesson


def undated_without_lesson(brand: Brand) -> Brand:
    """The brand as a lesson's letters and plan read its dates: a letter date with no lesson
    date is dropped, so both are fields to fill in. A letter dated beside a blank lesson
    date told parents a fixed day for a lesson that may come sooner than the letter's
    two-week notice allows; with the lesson's date, the letter's is checked against it."""
    if brand.letter_date and not brand.lesson_date.strip():
        return brand.model_copy(update={"letter_date": ""})
    return brand


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


# School days the DSL has to check a visitor's files before signing them off: a school week
# (the trust's DSL asked for at least five, the holidays not counted).
DSL_CHECK_SCHOOL_DAYS = 5
# The sign-off is recorded two school days before the letters home go out, and the
# headteacher approves the letter she signs the school day before it goes.
SIGN_OFF_SCHOOL_DAYS, APPROVE_SCHOOL_DAYS = 2, 1


def _anchor(lesson: dt.date, letter_date: str, before: bool) -> dt.date:
    """The day the visit's checks must be done by: the letter home's (its own date, or two
    school weeks ahead when undated), or the lesson's when no letter goes before it."""
    sent = _day(letter_date)
    if not before:
        return lesson
    if sent is not None and sent < lesson:
        return sent
    return _school_days(lesson, -LETTER_SCHOOL_DAYS)


def sign_off_by(lesson_date: str, letter_date: str = "", *, before: bool = True) -> str:
    """The day the DSL's sign-off of a visitor's files is recorded: two school days before
    the letters home go out (the lesson's when none goes before it). "" when undated."""
    lesson = _day(lesson_date)
    if lesson is None:
        return ""
    return spoken(_school_days(_anchor(lesson, letter_date, before), -SIGN_OFF_SCHOOL_DAYS))


def change_and_return(lesson_date: str, letter_date: str) -> str:
    """"by Tue 5 Jan, who sends the office corrected copies to print by Wed 6 Jan"
    (after "any change to Sam Carter"): the head's last day to ask for a change to what she
    signs, and the day the trainer sends the corrected files back, the school day before
    they are printed. A change asked with no return date left the office printing the files
    it already had. In words for an undated booking."""
    back = approve_by(lesson_date, letter_date)
    ask = school_days_before(back, 1) if back else ""
    if not ask:
        return "before they are printed, who sends the office corrected copies to print"
    return f"by {short(ask)}, who sends the office corrected copies to print by {short(back)}"


def approve_by(lesson_date: str, letter_date: str = "") -> str:
    """The day the headteacher approves the letter she signs: the school day before it goes."""
    lesson = _day(lesson_date)
    if lesson is None:
        return ""
    return spoken(_school_days(_anchor(lesson, letter_date, True), -APPROVE_SCHOOL_DAYS))


def send_by(lesson_date: str, letter_date: str = "", *, before: bool = True) -> str:
    """"Monday 14 December 2026" for a letter dated "Thursday 7 January 2027": when a
    visiting trainer sends the school the files. The DSL has a school week to check them
    before the sign-off (sign_off_by), the holidays not counted, and the letters home, which
    offer parents a look at the materials, go after it. "" when the date cannot be worked
    from (a session date with a time after it is read up to its comma)."""
    lesson = _day(lesson_date)
    if lesson is None:
        return ""
    signed = _school_days(_anchor(lesson, letter_date, before), -SIGN_OFF_SCHOOL_DAYS)
    return spoken(_school_days(signed, -DSL_CHECK_SCHOOL_DAYS))


# The trainer emails the files this long before the office is to pass them on (send_by):
# sent on the office's own day, the teachers had two days for the names check and the office
# none to forward them.
FILES_AHEAD_SCHOOL_DAYS = 2


def trainer_sends_by(lesson_date: str, letter_date: str = "", *, before: bool = True) -> str:
    """"Thursday 10 December 2026" for a letter dated "Thursday 7 January 2027": the day a
    visiting trainer emails the school the files, two school days before the office passes
    them on (send_by): the brief's first row (the plans gave the office's day once, and a
    trainer working from them sent the files late; they now point to the brief).
    "" when the date cannot be worked from."""
    office = send_by(lesson_date, letter_date, before=before)
    return school_days_before(office, FILES_AHEAD_SCHOOL_DAYS) if office else ""


# Calendar days an interpreter's booking takes: a family's request on the reply slip, due a
# school week before the evening, came too late to book.
INTERPRETER_DAYS = 14


def interpreters_by(session_date: str, letter_date: str = "") -> str:
    """"Friday 8 January 2027" for an evening on "Friday 22 January 2027" and an invitation
    sent on "Monday 4 January 2027": the last school day a family can ask for an interpreter
    in time to book one, two weeks ahead. When that day leaves a family under three school
    days (ANSWER_SCHOOL_DAYS) after the invitation goes home (``letter_date``, else two
    school weeks ahead), the reply slip's day instead: the families who need an interpreter
    most are the likeliest to read the invitation late, and a day's notice shut them out
    (the office books what it can). "" when the date cannot be worked from, or no such day
    falls after the invitation goes."""
    day = _day(session_date)
    if day is None:
        return ""
    by = day - dt.timedelta(days=INTERPRETER_DAYS)
    while not school_day(by):
        by -= dt.timedelta(days=1)
    sent = _day(letter_date) or _school_days(day, -LETTER_SCHOOL_DAYS)
    if by >= _school_days(sent, ANSWER_SCHOOL_DAYS):
        return spoken(by)
    back = _day(reply_by(session_date, letter_date))
    return spoken(back) if back is not None and sent < back < day else ""


def short(spoken_date: str) -> str:
    """"Mon 14 Dec" for "Monday 14 December 2026": a visit brief's date column, one line
    (the year is in the lesson line above it). The text unchanged when it is not a date."""
    return short_date(spoken_date) or spoken_date


def short_date(spoken_date: str) -> str:
    """``short``'s "Mon 14 Dec", or "" when the text is not a date."""
    day = _day(spoken_date)
    return "" if day is None else short_day(day)


def short_day(day: dt.date) -> str:
    """"Mon 14 Dec": a day as a visit brief's date column gives it."""
    # English names whatever the machine's locale (strftime's %a follows it).
    return f"{spoken(day)[:3]} {day.day} {_MONTHS[day.month - 1]}"


def named_day(text: str) -> dt.date | None:
    """The day a date names (``_day``), for a planner that keeps the day and says it
    later, short or in full."""
    return _day(text)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# School days before the lesson a letter home goes out when the school has not dated it:
# two school weeks, so its reply slip can come back a week ahead (REPLY_SCHOOL_DAYS).
LETTER_SCHOOL_DAYS = 10


def under_two_weeks(lesson_date: str, letter_date: str) -> bool:
    """True when a letter dated ``letter_date`` goes out under two school weeks
    (LETTER_SCHOOL_DAYS) before a lesson on ``lesson_date``: a family's look at the
    materials and its reply slip no longer fit before it. False when either date cannot be
    worked from."""
    lesson, sent = _day(lesson_date), _day(letter_date)
    if lesson is None or sent is None:
        return False
    return _school_days(sent, LETTER_SCHOOL_DAYS) > lesson


def letter_by(lesson_date: str) -> str:
    """"Friday 8 January 2027" for a lesson on "Friday 22 January 2027": the day an undated
    letter home goes out at the latest. "" when the date cannot be worked from."""
    lesson = _day(lesson_date)
    return spoken(_school_days(lesson, -LETTER_SCHOOL_DAYS)) if lesson else ""


def school_days_before(lesson_date: str, count: int) -> str:
    """"Thursday 21 January 2027" for ``count`` 1 and a lesson on "Friday 22 January 2027":
    a day in a visit's timetable (printing, cutting) counted back in school days. "" when
    the date cannot be worked from."""
    lesson = _day(lesson_date)
    return spoken(_school_days(lesson, -count)) if lesson else ""


def school_day_after(day_text: str) -> str:
    """"Monday 25 January 2027" after an evening on "Friday 22 January 2027": the next
    school day, when what the evening promised goes home. "" when the date cannot be worked
    from."""
    day = _day(day_text)
    return spoken(_school_days(day, 1)) if day else ""


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
                     f"({lesson_date}), so the pack holds the letter for after the lesson "
                     "(what the class learned); to send one before, date it a school week "
                     "ahead")
    elif lesson is not None and _school_days(sent, NOTICE_SCHOOL_DAYS) > lesson:
        found.append(f"the letter home ({letter_date}) gives families under a school week "
                     f"before the lesson ({lesson_date}) to read it, ask or reply")
    if evening is not None and evening < sent:
        found.append(f"the letter home ({letter_date}) invites parents to a session that is "
                     f"already past ({parents_date})")
    return found
