"""Does a lesson date's weekday match its day and month?

Letters home print the date as the user gives it ("Tuesday 9 December"). A weekday that does
not fall on that date is the mistake parents notice first (in 2026 9 December is a
Wednesday). Without a year, the date meant is its next occurrence within a year
of today (a lesson is planned ahead, or was taught at most a few weeks ago); with a year, that
year. Dates in other shapes ("next Tuesday", "w/c 8 Dec") are not judged.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_DATE = re.compile(
    r"^\s*(?P<weekday>[a-z]+)\.?,?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)"
    r"\.?(?:,?\s+(?P<year>\d{4}))?\s*$", re.IGNORECASE)
# How far back a date without a year may lie and still mean this year's (a pack rebuilt
# after the lesson): beyond it, the next year's is meant.
RECENT_DAYS = 60


def _named(word: str, names: tuple[str, ...]) -> int | None:
    """Index of the name ``word`` spells in full or as its first three letters or more."""
    word = word.lower()
    for n, name in enumerate(names):
        if len(word) >= 3 and name.startswith(word):
            return n
    return None


def _parts(text: str) -> tuple[int, int, int, str] | None:
    """(weekday 0-6, month 1-12, day, year or "") of a "weekday day month [year]" text; None
    in any other shape."""
    match = _DATE.match(text)
    if not match:
        return None
    weekday = _named(match["weekday"], _WEEKDAYS)
    month = _named(match["month"], _MONTHS)
    if weekday is None or month is None:
        return None
    return weekday, month + 1, int(match["day"]), match["year"] or ""


def weekday_mismatch(text: str, today: dt.date) -> str:
    """Why ``text``'s weekday is wrong ("9 December 2026 is a Wednesday, not a Tuesday"),
    or "" when it is right or the text is not a weekday, day and month."""
    parts = _parts(text)
    if parts is None:
        return ""
    weekday, month, day, year = parts
    try:
        if year:
            when = dt.date(int(year), month, day)
        else:
            when = dt.date(today.year, month, day)
            if when < today - dt.timedelta(days=RECENT_DAYS):
                when = dt.date(today.year + 1, month, day)
    except ValueError:  # 30 February, 29 February in a year without one
        return f"there is no {day} {_MONTHS[month - 1].title()}" + (
            f" {year}" if year else f" in {today.year} or {today.year + 1}")
    if when.weekday() == weekday:
        return ""
    return (f"{when.day} {_MONTHS[month - 1].title()} {when.year} is a "
            f"{_WEEKDAYS[when.weekday()].title()}, not a {_WEEKDAYS[weekday].title()}")


def dated(text: str) -> dt.date | None:
    """The day a full date names ("Wednesday 9 December 2026"), or None for a date without a
    year, in another shape, or whose weekday is wrong (nothing is worked out from a date the
    build already warns about)."""
    parts = _parts(text)
    if parts is None or not parts[3]:
        return None
    weekday, month, day, year = parts
    try:
        when = dt.date(int(year), month, day)
    except ValueError:
        return None
    return when if when.weekday() == weekday else None


def spoken(when: dt.date) -> str:
    """"Monday 7 December 2026": a date as a letter says it."""
    return f"{_WEEKDAYS[when.weekday()].title()} {when.day} {_MONTHS[when.month - 1].title()} " \
           f"{when.year}"
