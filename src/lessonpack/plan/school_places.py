"""Where in school a pupil finds the safeguarding lead and the deputy, read from the brand
or school file's contacts, and said as a clause beside each person's name.

One rule for every paper that names them (help slides, worksheets, help cards): a KS2 card
that gave the lead's room after the deputy's name ("Or ask Mr Price. By the school hall.")
sent pupils to the deputy in the lead's place.
"""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.safeguarding_words import fill, safeguarding_words
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


def with_services_there(text: str, brand: Brand) -> tuple[str, frozenset[str]]:
    """``text`` (a pupil's line naming where the safeguarding lead is) with the school's own
    services for pupils that sit in the same place said there too, and their names: "both at
    Student Services, room G14" is "both at Student Services, room G14, with Riverside Student
    Support (8.15am to 4pm)". A sheet or card that then gave the service a line of its own
    said the room twice; the caller drops those lines. ``text`` as it is, and no names, where
    no service shares the lead's place or the text does not say it."""
    place = place_of(brand.safeguarding_contact)
    if not place or place not in text:
        return text, frozenset()
    there = [(h.name, h.contact.strip()[len(place):].strip(" ,;"))
             for h in brand.extra_helplines if h.audience != "parents"
             and h.contact.strip().lower().startswith(place.lower())]
    if not there:
        return text, frozenset()
    said = " and ".join(f"{name} {rest}".strip() for name, rest in there)
    return (text.replace(place, f"{place}, with {said}", 1),
            frozenset(name for name, _rest in there))


# A contact's words that say when, not where: a time ("8.15am", "4pm", "16:00") or
# "hours" ("24 hours").
_WHEN = re.compile(r"\d\s*(?:[ap]\.?m\b|:\d\d)|\bhours\b", re.IGNORECASE)


def lead_s_place(contact: str, brand: Brand) -> str:
    """A service's contact on the help slide beside the lead's card, where it starts with
    the lead's place (the room is on the lead's card): its hours said as hours, "Open 8.15am
    to 4pm"; "Where the safeguarding lead is" where it says nothing more. A contact that
    adds anything but hours, or starts elsewhere, is kept as it is: a "where" label never
    stands before a time."""
    place = place_of(brand.safeguarding_contact)
    if not place or not contact.strip().lower().startswith(place.lower()):
        return contact
    rest = contact.strip()[len(place):].strip(" ,;()")
    if not rest:
        return "Where the safeguarding lead is"
    if _WHEN.search(rest):
        return fill(safeguarding_words().signposting.open_hours, hours=rest)
    return contact
