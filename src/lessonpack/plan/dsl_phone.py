"""The number a teacher rings for the DSL from the classroom, where the school gives no
direct one: the school's phone and whom to ask for, as the letters home fall back to it."""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import (
    FILL_IN_CONTACT,
    FILL_IN_DEPUTY,
    FILL_IN_DSL,
    FILL_IN_DSL_ROOM,
    FILL_IN_PLACE,
)
from lessonpack.plan.contact_text import unbroken

# A UK phone number inside a contact ("direct line 01632 960 216").
_PHONE_NUMBER = re.compile(r"\b0\d[\d\s]{7,12}\d\b")


def school_phone_for_dsl(brand: Brand) -> str:
    """"01632 960 500, ask for Mr Daniel Okafor" when neither the DSL's nor the deputy's
    contact has a phone number (an email can sit unread through the lesson, and a room is no
    use to a teacher who cannot leave the class); the [school phone] field where the brand
    gives no phone either; "" where a direct number is already given."""
    contacts = f"{brand.safeguarding_contact} {brand.deputy_dsl_contact}"
    if _PHONE_NUMBER.search(contacts):
        return ""
    phone = unbroken(brand.phone.strip()) or FILL_IN_CONTACT
    lead = brand.dsl_name.strip()
    return f"{phone}, ask for {lead}" if lead else f"{phone}, ask for the DSL"



def lead_phones(brand: Brand) -> tuple[str, str, str]:
    """The numbers a member of staff rings for the DSL and for the deputy, each one's own
    where their contact gives one ("direct line 01632 960 216", else ""), and the school's
    phone (the [school phone] field where the brand gives none). The disclosure box is read
    under pressure, and a name with no number sent staff looking for it elsewhere."""
    def own(contact: str) -> str:
        found = _PHONE_NUMBER.search(contact)
        return unbroken(" ".join(found[0].split())) if found else ""

    school = unbroken(brand.phone.strip()) or FILL_IN_CONTACT
    return own(brand.safeguarding_contact), own(brand.deputy_dsl_contact), school


def unnamed_dsl_line(primary: bool) -> str:
    """Page one's line of who to reach where no school file names the DSL, as a school's
    plan prints it but in yellow [fields] to write over: a supply teacher or trainee
    printing the plan finds whom to call on the page in their hand, not only on the slides.
    The fields are the help slide's own: a primary slide gives each lead's place under
    their name, a secondary one the room where both are found."""
    if primary:
        line = f"DSL: {FILL_IN_DSL} ({FILL_IN_PLACE}), deputy {FILL_IN_DEPUTY} ({FILL_IN_PLACE})"
    else:
        line = f"DSL: {FILL_IN_DSL}, deputy {FILL_IN_DEPUTY}; both: {FILL_IN_DSL_ROOM}"
    return f"{line}; phone {FILL_IN_CONTACT}, ask for the DSL"
