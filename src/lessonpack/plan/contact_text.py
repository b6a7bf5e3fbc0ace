"""A contact as print needs it: phone numbers kept whole on one line, and the numbers and
addresses told apart from the rooms a contact names."""

from __future__ import annotations

import re

# A phone number, an email address or a website: ways to reach someone from home.
_REACHABLE = re.compile(r"\d{3,}[\d ]{4,}|@|\.(?:org|com|uk|gov|net)\b", re.IGNORECASE)


NBSP = "\u00a0"


# The space between a phone number's digit groups: "01632 960 214" split over two lines
# is misread (a DSL card, a handout's contacts), so the groups are held
# together wherever a contact is printed in a narrow card or column.
_DIGIT_SPACE = re.compile(r"(?<=\d) (?=\d)")


def unbroken(text: str) -> str:
    """``text`` with each phone number's groups joined by non-breaking spaces."""
    return _DIGIT_SPACE.sub(NBSP, text)


def digits(text: str) -> str:
    """The digits of a contact, so one phone number written two ways is seen as one."""
    return re.sub(r"\D", "", text)


def by_phone(contact: str, sep: str = " or ") -> str:
    """A contact without its rooms: "Mrs Okafor's office, by the hall; 01632 960419" is
    "01632 960419"."""
    parts = [p.strip() for p in re.split(r",? or |; ", contact) if p.strip()]
    return sep.join(p for p in parts if _REACHABLE.search(p))


def parent_contact(contact: str) -> str:
    """A contact as a parent uses it: its numbers and addresses without the rooms staff find
    someone in, or as written when it gives neither ("the school office")."""
    return by_phone(contact) or contact


def besides(reach: str, given: str) -> str:
    """The deputy's contact without what the lead's contact already says: "Student Services,
    room G14, or deputy.dsl@…" beside a lead at "Student Services, room G14, or
    safeguarding@…" is "deputy.dsl@…" (the card said the room twice and overflowed)."""
    said = {part.strip().lower() for part in re.split(r",? or |; ", given) if part.strip()}
    parts = [p.strip() for p in re.split(r",? or |; ", reach) if p.strip()]
    return " or ".join(p for p in parts if p.lower() not in said)


# A phone number in a contact.
PHONE = re.compile(r"\d{3,}[\d ]{4,}")
