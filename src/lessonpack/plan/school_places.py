"""Where in school a pupil finds the safeguarding lead and the deputy, read from the brand
or school file's contacts, and said as a clause beside each person's name.

One rule for every paper that names them (help slides, worksheets, help cards): a KS2 card
that gave the lead's room after the deputy's name ("Or ask Mr Price. By the school hall.")
sent pupils to the deputy in the lead's place.
"""

from __future__ import annotations

import re

from lessonpack.plan.pictures import contact_picture

# A way to reach someone from home, not a place in school: a phone number, an email
# address, or the "or ..." of another way ("room G14, or safeguarding@...").
_REACH = re.compile(r"\d{3,}|@|^or\b", re.IGNORECASE)

# Words a place can start with that already say where ("by the school hall", "next to
# reception"): such a place follows a name as it is.
_SAYS_WHERE = frozenset({"by", "next", "near", "in", "at", "on", "opposite", "beside",
                         "behind", "upstairs", "downstairs", "outside", "inside", "above",
                         "below"})


def place_of(contact: str) -> str:
    """Where in school a person is, from their brand or school file's contact: the place's
    words up to the first number, address or "or", without whose office it is where a place
    follows. "Mrs Okafor's office, by the school hall; 01632 960419" is "by the school
    hall", "school office, 01632 960 214" is "school office", "Student Services, room G14,
    or safeguarding@..." is "Student Services, room G14"; "" where it names no room."""
    words = _place_words(contact)
    # "Mrs Okafor's office" is followed by where it is: that is the place, and the card
    # names the person already.
    if len(words) > 1 and re.search(r"[’']s office$", words[0]):
        words = words[1:]
    return ", ".join(words)


def in_person(contact: str) -> str:
    """Where to find someone in school, as the file words it, with no way to reach them from
    elsewhere: "Student Services, room G14, or safeguarding@..." is "Student Services, room
    G14"; "Mrs Okafor's office, by the school hall; 01632 960419" keeps whose office it is.
    "" where it names no room."""
    return ", ".join(_place_words(contact))


def _place_words(contact: str) -> list[str]:
    """The contact's parts before its first phone number, address or "or"; none where
    none of them names a place."""
    words: list[str] = []
    for part in (p.strip() for p in re.split(r"[;,]", contact)):
        if _REACH.search(part):
            break
        if part:
            words.append(part)
    return words if any(contact_picture(part) == "door" for part in words) else []


def at_place(place: str) -> str:
    """``place`` as a clause after a name: "by the school hall" as it is, "school office"
    as "in the school office", "room 12" as "in room 12"; "" for no place."""
    first = place.split(" ", 1)[0].lower() if place.strip() else ""
    if not first or first in _SAYS_WHERE:
        return place
    if first in ("the", "room"):
        return f"in {place}"
    return f"in the {place}"
