"""Clock times in one house style, the UK school letter's: "9.15am", "10am", "6.00–6.05pm".

One rule for the hour: a time said alone, or a span whose ends each say am or pm, drops
":00" ("10am", "9.15am–10am", as a letter writes them); a span that says am or pm once, at
its end (a running order's "6.00–6.05pm"), keeps ".00" at both ends, so a column of them
reads alike ("3.54–4.00pm" above "4.00–4.06pm", where "3.54–4pm" read as a second form).

The letters print the school's own "3.30pm" while the visit brief, the handovers and the
facilitator notes printed times this tool worked out as "9:15am", "10:00am" and "6:00–6:05pm":
two styles in the one set a school office receives together. Every time the tool writes goes
through here; a school file's own twelve-hour times ("9:15am", "10.45 am") are printed in the
same style, a 24-hour one ("13:30") as the file writes it.
"""

from __future__ import annotations

import re

DAY = 24 * 60
# A clock time as a school file writes one: "9:15am", "10.45 am", "13:30", "2pm".
CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<half>[ap]\.?m\.?)?",
                   re.IGNORECASE)


def clock(minutes: int, twelve_hour: bool = True, half: bool = True) -> str:
    """Minutes after midnight as "11.45am", "10am" on the hour; "6.05" with no am or pm
    (``half=False``: a span's start, whose end says it; on the hour "6.00", as "6–6.05pm"
    reads as a range of hours); "13:30" when ``twelve_hour`` is false (a 24-hour file)."""
    hour, minute = divmod(minutes % DAY, 60)
    if not twelve_hour:
        return f"{hour}:{minute:02d}"
    shown = (hour - 1) % 12 + 1
    if not half:
        return f"{shown}.{minute:02d}"
    noon = "am" if hour < 12 else "pm"
    return f"{shown}{noon}" if minute == 0 else f"{shown}.{minute:02d}{noon}"


def span(start: int, end: int) -> str:
    """Minutes after midnight ``start`` to ``end`` as a running order says them: "6.00–6.05pm",
    "3.54–4.00pm" (minutes at both ends, am or pm once); "11.50am–12.10pm" across noon, where
    one "pm" would put the start after lunch."""
    if (start % DAY < 12 * 60) != (end % DAY < 12 * 60):
        return f"{clock(start)}\u2013{clock(end)}"
    noon = "am" if end % DAY < 12 * 60 else "pm"
    return f"{clock(start, half=False)}\u2013{clock(end, half=False)}{noon}"


def minutes(time: str) -> tuple[int, bool] | None:
    """"10.45am" as (645, True): minutes after midnight and whether written 12-hour; None
    for a time it cannot read."""
    found = CLOCK.fullmatch(time.strip())
    if found is None:
        return None
    hour, minute = int(found["h"]), int(found["m"] or 0)
    noon = (found["half"] or "").lower().replace(".", "")
    if minute > 59 or hour > (12 if noon else 23) or (noon and hour == 0):
        return None
    if noon:
        hour = hour % 12 + (12 if noon == "pm" else 0)
    return hour * 60 + minute, bool(noon)


def house_time(time: str) -> str:
    """A school file's time in the house style ("9:15am" is "9.15am", "10:00 am" is "10am");
    anything it cannot read as a twelve-hour time, as written."""
    read = minutes(time)
    return clock(*read) if read and read[1] else time
