"""What is done when a pupil discloses in a lesson a visiting trainer teaches, worded once.

A DSL found three rules in one visitor's pack: the class teacher's handover said "one of you
stays with the class" (so the class teacher could walk out and leave a visitor alone with the
class), the trainer's plan said "the class teacher stays with the class", and the title
slide's notes sent the trainer to the DSL "in person" (leaving the lesson mid-story). Staff
follow this checklist literally at the moment it matters, so the plan's disclosure box and
the title slide's notes say the sentences made here, word for word, and the class teacher's
handover says two lines of them (``pointer``), no pointer to a box it does not print (the
class teacher is handed no plan):
the class teacher never leaves; the DSL is phoned from the room or fetched by a TA or runner;
whoever heard it (the trainer or the class teacher: the adult who heard the words records
them) writes the child's words on the school's form for the DSL that day, a trainer before
leaving.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.plan import contact_text, named_people
from lessonpack.plan.contact_text import NBSP
from lessonpack.plan.local_help import LOCAL_HELP_CONTACT, childrens_phone


def dsl_line(brand: Brand) -> str:
    """"Mrs Helen Okafor (01632 960419), or the deputy, Mr Daniel Price (01632 960420)": by
    phone where a number is given (the DSL is phoned from the classroom)."""
    def who(name: str, contact: str) -> str:
        reach = contact_text.parent_contact(contact)
        return f"{name} ({reach})" if reach else name

    dsl = who(brand.dsl_name.strip(), brand.safeguarding_contact) \
        if brand.dsl_name.strip() else named_people.UNNAMED_DSL
    if not brand.deputy_dsl_name.strip():
        return f"{dsl} or a deputy DSL"
    return f"{dsl}, or the deputy, {who(brand.deputy_dsl_name.strip(), brand.deputy_dsl_contact)}"


def tell(brand: Brand) -> str:
    """Whom a disclosure goes to and how, with the class never left with the visitor (the
    words are content/_wording/safeguarding.yml's ``visitor_disclosure.tell``)."""
    return fill(safeguarding_words().visitor_disclosure.tell, dsl=dsl_line(brand))


def record() -> str:
    """Who writes it down, and that it stays with the school."""
    return safeguarding_words().visitor_disclosure.record


def in_class() -> str:
    """A child who starts to disclose mid-lesson: the class teacher stays in the room, so a
    TA, or the DSL brought by a runner or a phone call, takes the child aside."""
    return safeguarding_words().visitor_disclosure.in_class


def rule(brand: Brand) -> str:
    """The whole rule, as the handover and the title slide's notes say it."""
    return f"{tell(brand)} {record()}"


def pointer(brand: Brand) -> str:
    """"A disclosure: phone Mrs Okafor (01632 960419) or Mr Price (…) from the room at once;
    …": the class teacher's two lines of the rule, the leads by short name with their
    numbers (a supply teacher may not know them). The class teacher has no plan, so the
    sheet points to no box of it."""
    def who(name: str, contact: str) -> str:
        reach = contact_text.parent_contact(contact)
        return f"{name} ({reach})" if reach else name

    lead = pupil_name(brand.dsl_name.strip())
    deputy = pupil_name(brand.deputy_dsl_name.strip())
    # Unnamed, the role by its letters: the sheet's first job spells it out (before(), "tell
    # the school's Designated Safeguarding Lead"), and spelled out again here the rule ran
    # to a third line and the 12 pt sheet onto a second page.
    dsl = who(lead, brand.safeguarding_contact) if lead else "the DSL"
    if deputy:
        dsl = f"{dsl} or {who(deputy, brand.deputy_dsl_contact)}"
    return fill(safeguarding_words().visitor_disclosure.handover, dsl=dsl,
                fallback=_fallback(brand))


def _fallback(brand: Brand) -> str:
    """"Mrs Whitfield (07700 900388), then Northshire Children's Services (0306 999 0123)":
    whom the class teacher rings when neither lead answers, as the plan's box names them:
    the head (their own phone, else the office's), then the council's line. A yellow field
    for the line where the school file names none: a teacher cannot look one up mid-lesson."""
    name = pupil_name(brand.headteacher.strip())
    phone = " ".join((brand.headteacher_phone or brand.phone).split()).replace(" ", NBSP)
    head = (f"{name} ({phone})" if phone else name) if name else "The head"  # after "?"
    local = childrens_phone(brand) or f"children's services ({LOCAL_HELP_CONTACT})"
    return f"{head}, then {local}"
