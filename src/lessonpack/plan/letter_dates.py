"""The dates a letter home prints: its own, and the day its reply slip is wanted back.

A reply slip that asks to see the materials "before the lesson" means nothing without a day
that leaves the school time to answer: two school days before the
lesson, worked out from the lesson date's calendar day, never typed.
"""

from __future__ import annotations

import datetime as dt

from lessonpack.content.lesson_date import dated, spoken

# School days between the slip coming back and the lesson: a day to read it, a day to reply.
REPLY_SCHOOL_DAYS = 2


def reply_by(lesson_date: str) -> str:
    """"Monday 7 December 2026" for a lesson on "Wednesday 9 December 2026"; "" when the
    lesson date has no year or another shape (the slip then has a line to write it on)."""
    when = dated(lesson_date)
    if when is None:
        return ""
    left = REPLY_SCHOOL_DAYS
    while left:
        when -= dt.timedelta(days=1)
        if when.weekday() < 5:  # Saturday and Sunday are not school days
            left -= 1
    return spoken(when)
