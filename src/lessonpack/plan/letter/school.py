"""What makes a letter the school's: its letterhead, who signs it, a trainer's credit."""

from __future__ import annotations

from lessonpack.content.brand import DEFAULT_ORG, Brand
from lessonpack.content.fill_ins import LETTERHEAD_FIELDS, SIGNER_FIELD
from lessonpack.content.model import Lesson
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_line import class_and_teacher
from lessonpack.plan.model import Letterhead


def in_schools_voice(brand: Brand) -> Brand:
    """The brand a letter home is written with: a council's or trainer's own look that sets
    ``letters_from_school`` writes as the school, its letterhead, logo, signer and office
    contacts blanked to the built-in look's fields ("[School name]", "[Name]"), so a
    council manager's signature never closes a letter about "your child's class". The
    local services and the safeguarding wording stay: they are the area's."""
    if not brand.letters_from_school:
        return brand
    # The flag stays set: the letterhead leaves the brand's logo out by it.
    return brand.model_copy(update={
        "org_name": DEFAULT_ORG, "logo": None, "logo_of": "", "address": "", "phone": "",
        "email": "", "website": "", "letter_signatory": "", "letter_signatory_role": ""})


def signatory(lesson: Lesson, brand: Brand) -> tuple[str, str]:
    """Name and role under "Yours sincerely": the brand's signatory; at a primary school
    the class teacher when none is named; else clear placeholders."""
    age = age_of(lesson.audience)
    teacher = class_and_teacher(lesson.audience, brand)[1]
    if not brand.letter_signatory and age.primary and teacher:
        return teacher, "Class teacher"
    role = brand.letter_signatory_role or age.signed_by
    return brand.letter_signatory or SIGNER_FIELD, role


# The most characters of phone, email and website on one letterhead line (about 60% of the
# width, right of the logo, at 12 pt); longer, the website goes on a line of its own.
LETTERHEAD_LINE_CHARS = 64


def letterhead(brand: Brand, date: str | None = None) -> Letterhead:
    """Name, address and contacts from the brand, in [brackets] where it gives none; the
    letter's ``date`` under them ("" for one to write in, None for none)."""
    # The website on a line of its own when all three are too long for one: after the phone
    # and email it wrapped, leaving a "·" at a line's end.
    name, address, phone, email, website = LETTERHEAD_FIELDS
    contacts = (brand.phone or phone, brand.email or email, brand.website or website)
    lines: tuple[str, ...] = ("  ·  ".join(contacts),)
    if len(lines[0]) > LETTERHEAD_LINE_CHARS:
        lines = ("  ·  ".join(contacts[:2]), contacts[2])
    return Letterhead(brand.named or name, (brand.address or address, *lines), date,
                      logo=not brand.letters_from_school)


def role_line(role: str, brand: Brand) -> str:
    """"Headteacher, Oakfield Primary School"; the organisation is not added again when the
    role already names it ("Online Safety Adviser, Northshire Council")."""
    org = brand.named
    if not org or org.split()[0].lower() in role.lower():
        return role
    return f"{role}, {org}"


# Points above the signature line: with the line's own height, room for a wet signature
# (about 9 mm; one blank line was too little).
SIGN_SPACE = 16
# The line to sign on, about 6 cm at 12 pt.
SIGN_LINE = "_" * 28


def delivered_credit(brand: Brand, what: str) -> str:
    """"Lesson delivered by Northshire Online Safety Team": a trainer's credit on
    the school's letters and handout; empty when the school delivers it."""
    return f"{what} delivered by {brand.delivered_by}" if brand.delivered_by else ""
