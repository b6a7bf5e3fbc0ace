"""Speaker-note text shared by the deck planners."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import QuizQuestion


def join_notes(*parts: str) -> str:
    return "\n".join(p.strip() for p in parts if p and p.strip())


def answer_note(q: QuizQuestion) -> str:
    letter = chr(65 + q.arranged[1])
    return f"Answer: {letter}, “{q.correct_text}”. {q.explanation}"


def safeguarding_cue(brand: Brand) -> str:
    contact = f" ({brand.safeguarding_contact})" if brand.safeguarding_contact else ""
    return (
        "Safeguarding: if a pupil seems upset or says something that worries you, do not ask "
        "for details in front of the class. Speak to them privately as soon as the class is "
        f"settled, never promise to keep a secret, and pass it on to {brand.safeguarding_lead}"
        f"{contact} immediately, as Keeping children safe in education requires."
    )


def parent_safeguarding_cue(brand: Brand) -> str:
    """The same duty, worded for a workshop of parents and carers rather than a class."""
    contact = f" ({brand.safeguarding_contact})" if brand.safeguarding_contact else ""
    return (
        "Safeguarding: if a parent or carer becomes upset or tells you something that worries "
        "you about a child, do not ask for details in front of the group. Offer a private word "
        "somewhere quiet, never promise to keep it secret, and pass it on to "
        f"{brand.safeguarding_lead}{contact} immediately, as Keeping children safe in education "
        "requires."
    )
