"""The brand's own local services for a reader, and the field for families' local
children's services where the brand names none."""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand, LocalHelpline
from lessonpack.content.fill_ins import LOCAL_HELP_FIELD
from lessonpack.content.safeguarding_words import safeguarding_words
from lessonpack.plan.contact_text import PHONE

# The local service that takes a report that a child may be at risk of harm.
_CHILDRENS_SERVICES = re.compile(
    r"children'?s (social care|services)|social care|\bMASH\b|front door", re.IGNORECASE)


def _childrens_line(brand: Brand) -> LocalHelpline | None:
    return next((line for line in brand.extra_helplines
                 if _CHILDRENS_SERVICES.search(line.name)), None)


def childrens_services(brand: Brand) -> str:
    """"Northshire Children's Services, 0306 999 0123 (24 hours)" when the brand or school
    gives its local children's services line, else ""."""
    line = _childrens_line(brand)
    return f"{line.name}, {line.contact}" if line else ""


def childrens_phone(brand: Brand) -> str:
    """"Northshire Children's Services (0306 999 0123)": the line's name with its number in
    brackets, for a checklist item that lists several people to ring; "" with no line."""
    line = _childrens_line(brand)
    if not line:
        return ""
    number = PHONE.search(line.contact)
    return f"{line.name} ({number[0].strip() if number else line.contact})"


def childrens_number(brand: Brand) -> str:
    """"Northshire Children's Services, 0306 999 0123": the line's name and number alone,
    for a one-line sentence ("Out of hours" already says when it is for)."""
    line = _childrens_line(brand)
    if not line:
        return ""
    number = PHONE.search(line.contact)
    return f"{line.name}, {number[0].strip() if number else line.contact}"


# Families' route to the council's front door, for a worry out of school hours or one they
# will not bring to the school: where a brand names no local service for them, a yellow
# field in its place (a school that filled in every field still had none).
LOCAL_HELP_NAME = "Local children's services"


LOCAL_HELP_CONTACT = LOCAL_HELP_FIELD


def local_help_field() -> LocalHelpline:
    """The yellow field for families' local children's services, with what it is for in
    content's words."""
    return LocalHelpline(name=LOCAL_HELP_NAME, contact=LOCAL_HELP_CONTACT,
                         what_for=safeguarding_words().signposting.local_help_what,
                         audience="parents")


def local_helplines(brand: Brand, *, pupils: bool) -> list[LocalHelpline]:
    """The brand's own services meant for this reader: a parents' family-support line is not
    put on a pupils' slide, nor a pupils' drop-in on the parents' list. Families are never
    left without a local route: none named, the local children's services field."""
    own = own_helplines(brand, pupils=pupils)
    return own if own or pupils else [local_help_field()]


def own_helplines(brand: Brand, *, pupils: bool) -> list[LocalHelpline]:
    """The brand's own services for this reader, and no field where it names none (the
    letter home puts the field on the line its own services would share)."""
    unwanted = "parents" if pupils else "pupils"
    return [h for h in brand.extra_helplines if h.audience != unwanted]
