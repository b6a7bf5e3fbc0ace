"""A letter home's reply slip: who it goes back to, by when, and what it asks."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import REPLY_BY_FIELD
from lessonpack.content.model import Lesson
from lessonpack.plan.ages import age_of
from lessonpack.plan.letter_dates import reply_by
from lessonpack.plan.model import Block, Checklist, CutLine


def slip_to(lesson: Lesson) -> str:
    """Who the reply slip goes back to: the class teacher at primary, the form tutor after."""
    return age_of(lesson.audience).slip_to


def reply_slip(lesson: Lesson, brand: Brand, after: bool) -> list[Block]:
    """The slip's cut line and choices. Before the lesson: back by a day that leaves time to
    show a parent the materials. After it: questions, any time (no day has passed)."""
    if after:
        return [CutLine(f"Reply slip: return to your child's {slip_to(lesson)} at any time.",
                        foot=True),
                Checklist(("I have a question about the lesson; please contact me.",
                           "I would like to see the materials my child used in the lesson."))]
    # A day to return it by, before the lesson; one line. Unknown, a draft letter's is a
    # field with its others; a named school's a line to write it on.
    blank = REPLY_BY_FIELD if not brand.named else "_" * 22
    return [CutLine(f"Reply slip: return to your child's {slip_to(lesson)} by "
                    f"{reply_by(brand.lesson_date, brand.letter_date) or blank}.",
                    # At the page's foot, where a school's slip is cut off, not mid-page.
                    foot=True),
            Checklist(("I would like to see the lesson materials before the lesson.",
                       "I have a question; please contact me."))]
