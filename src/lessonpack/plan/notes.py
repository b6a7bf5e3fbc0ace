"""Speaker-note text shared by the deck planners."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import QuizQuestion


def join_notes(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def answer_note(q: QuizQuestion) -> str:
    letter = chr(65 + q.arranged[1])
    return f"Answer: {letter}, “{q.correct_text}”. {q.explanation}"


def lead_with_contact(brand: Brand) -> str:
    """ "Mrs A Khan (Designated Safeguarding Lead; office by the hall)": the lead and where to
    find them in one bracket, never two brackets side by side."""
    lead, contact = brand.safeguarding_lead, brand.safeguarding_contact.strip()
    if not contact:
        return lead
    if lead.endswith(")") and "(" in lead:
        return f"{lead[:-1]}; {contact})"
    return f"{lead} ({contact})"


def safeguarding_cue(brand: Brand) -> str:
    return (
        "Safeguarding: if a pupil seems upset or says something that worries you, do not ask "
        "for details in front of the class. Speak to them privately as soon as the class is "
        f"settled, never promise to keep a secret, and pass it on to {lead_with_contact(brand)} "
        "immediately, as Keeping children safe in education requires."
    )


def safeguarding_reminder(brand: Brand) -> str:
    """One line for the story and help slides: the full cue is said once, on the title slide
    (the same 70 words on ten slides buried the cues that matter)."""
    return ("Safeguarding: an upset pupil gets a private word once the class is settled, and "
            f"{brand.safeguarding_lead} hears of it straight away (title slide's notes).")


def parent_safeguarding_cue(brand: Brand) -> str:
    """The same duty, worded for a workshop of parents and carers rather than a class."""
    return (
        "Safeguarding: if a parent or carer becomes upset or tells you something that worries "
        "you about a child, do not ask for details in front of the group. Offer a private word "
        "somewhere quiet, never promise to keep it secret, and pass it on to "
        f"{lead_with_contact(brand)} immediately, as Keeping children safe in education "
        "requires."
    )
