"""Does a lesson date's weekday match its day and month?

Letters home print the date as the user gives it ("Tuesday 9 December"). A weekday that does
not fall on that date is the mistake parents notice first (and the DSL reviewer did: in 2026
9 December is a Wednesday). Without a year, the date meant is its next occurrence within a year
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


def weekday_mismatch(text: str, today: dt.date) -> str:
    """Why ``text``'s weekday is wrong ("9 December 2026 is a Wednesday, not a Tuesday"),
    or "" when it is right or the text is not a weekday, day and month."""
    match = _DATE.match(text)
    if not match:
        return ""
    weekday = _named(match["weekday"], _WEEKDAYS)
    month = _named(match["month"], _MONTHS)
    if weekday is None or month is None:
        return ""
    day = int(match["day"])
    try:
        if match["year"]:
            when = dt.date(int(match["year"]), month + 1, day)
        else:
            when = dt.date(today.year, month + 1, day)
            if when < today - dt.timedelta(days=RECENT_DAYS):
                when = dt.date(today.year + 1, month + 1, day)
    except ValueError:  # 30 February, 29 February in a year without one
        return f"there is no {day} {_MONTHS[month].title()}" + (
            f" {match['year']}" if match["year"] else f" in {today.year} or {today.year + 1}")
    if when.weekday() == weekday:
        return ""
    return (f"{when.day} {_MONTHS[month].title()} {when.year} is a "
            f"{_WEEKDAYS[when.weekday()].title()}, not a {_WEEKDAYS[weekday].title()}")
