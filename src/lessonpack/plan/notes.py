"""Speaker-note text shared by the deck planners."""

from __future__ import annotations

from lessonpack.brand import Brand
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
        "for details in front of the class. Speak to them privately afterwards, never promise "
        f"to keep a secret, and pass it on to {brand.safeguarding_lead}{contact} the same day."
    )
