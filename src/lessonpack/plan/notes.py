"""Speaker-note text shared by the deck planners."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import QuizQuestion
from lessonpack.content.parts import option_letter
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.plan import visit_disclosure, visiting
from lessonpack.plan.dsl_phone import school_phone_for_dsl
from lessonpack.plan.named_people import dsl, visitor
from lessonpack.plan.quotes import closed


def join_notes(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def answer_note(q: QuizQuestion) -> str:
    letter = option_letter(q.arranged[1])
    return f"Answer: {letter}, {closed(f'“{q.correct_text}”')} {q.explanation}"


def safeguarding_cue(brand: Brand) -> str:
    """The title slide's safeguarding note (content/_wording/safeguarding.yml's ``cue``). A
    visitor never takes a child they do not know aside alone: the class teacher (or the DSL)
    checks in with the child where others can see, and the visitor passes on what they
    heard. The school's own staff check in privately but in sight of others, as their policy
    says."""
    cue = safeguarding_words().cue
    if visitor(brand):
        return fill(cue.title_visitor, rule=visit_disclosure.rule(brand))
    return fill(cue.title_staff, lead_or_deputy=_lead_or_deputy(brand), where=_where(brand),
                email_later=_email_later(brand))


def _lead_or_deputy(brand: Brand) -> str:
    """The lead and the deputy by name: a teacher who finds the lead busy goes to the deputy,
    not straight to a senior leader."""
    deputy = brand.deputy_dsl_name.strip()
    return f"{brand.safeguarding_lead} or deputy {deputy}" if deputy \
        else f"{brand.safeguarding_lead} or a deputy"


def _where(brand: Brand) -> str:
    """ " (Student Services, room G14; phone 01632 960 500, ask for …)": where to find the
    lead, without an email address, since an email can sit unread through a lesson and is
    never the immediate route."""
    parts = [p for p in brand.safeguarding_contact.split(",") if p.strip() and "@" not in p]
    place = ",".join(parts).strip()
    # No direct number: the school's, so a teacher who cannot leave the class can ring.
    phone = school_phone_for_dsl(brand)
    said = "; ".join(p for p in (place, f"phone {phone}" if phone else "") if p)
    return f" ({said})" if said else ""


def _email_later(brand: Brand) -> str:
    return " Email only to follow up." if "@" in brand.safeguarding_contact else ""


def safeguarding_reminder(brand: Brand) -> str:
    """One line for the story and help slides: the full cue is said once, on the title slide
    (the same 70 words on ten slides buried the cues that matter)."""
    cue = safeguarding_words().cue
    if visitor(brand):
        return fill(cue.reminder_visitor, dsl=dsl(brand))
    return fill(cue.reminder_staff, lead_or_deputy=_lead_or_deputy(brand))


def parent_safeguarding_cue(brand: Brand, text: str = "") -> str:
    """The same duty, worded for a workshop of parents and carers rather than a class: the
    content's words (``presenter_cue``; else the wording file's ``cue.parents``) with the
    school's people put in. At an evening
    session the office is shut and an email unread till morning, so the route is in person
    to whichever of the DSL and deputy is on site, and the session needs one of them."""
    deputy = brand.deputy_dsl_name.strip()
    # No office or inbox: one of the two is in the room, and both are shut or unread at 6pm.
    names = {"{lead}": brand.safeguarding_lead,
             "{deputy}": f"the deputy, {deputy}" if deputy else "a deputy",
             "{dsl}": dsl(brand),
             "{head}": visiting.head_or_field(brand)}
    said = text.strip() or safeguarding_words().cue.parents
    for key, value in names.items():
        said = said.replace(key, value)
    return said
