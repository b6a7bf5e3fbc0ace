"""A letter home's reply slip: who it goes back to, by when, and what it asks."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import REPLY_BY_FIELD
from lessonpack.content.model import Lesson
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_line import class_and_teacher
from lessonpack.plan.letter_dates import NOTICE_SCHOOL_DAYS, reply_by, school_days_before, short
from lessonpack.plan.model import Block, Checklist, CutLine


def slip_to(lesson: Lesson) -> str:
    """Who the reply slip goes back to: the class teacher at primary, the form tutor after."""
    return age_of(lesson.audience).slip_to


def after_back_by(brand: Brand) -> str:
    """"Friday 29 January 2027": the day the slips of the letter after the lesson are due
    back, a school week after the lesson; "" for an undated lesson. "At any time" had no end,
    and a slip that can carry a worry needs a day someone looks for it."""
    return school_days_before(brand.lesson_date, -NOTICE_SCHOOL_DAYS)


def after_back_short(brand: Brand) -> str:
    """"Fri 29 Jan": ``after_back_by`` as a handover or a brief's row says it."""
    return short(after_back_by(brand))


def _to_whom(lesson: Lesson, brand: Brand) -> str:
    """"Mrs Ruth Evans (class teacher)" where the school names a primary class's teacher;
    "your child's form tutor" at secondary, where the teacher named with the class may be
    the one who teaches the lesson, not the tutor the slips go to."""
    teacher = class_and_teacher(lesson.audience, brand)[1].strip()
    role = slip_to(lesson)
    named = teacher and age_of(lesson.audience).primary
    return f"{teacher} ({role})" if named else f"your child's {role}"


def reply_slip(lesson: Lesson, brand: Brand, after: bool) -> list[Block]:
    """The slip's cut line and choices, both to the class's own teacher by name where the
    school names one. Before the lesson: back by a day that leaves time to show a parent the
    materials. After it: a school week on (a worry on a slip with no owner and no date could
    sit unread)."""
    # Unknown, the day is a field with the letter's others, a named school's too (the
    # pack's fill-in method is every yellow field, so a plain blank went out empty).
    blank = REPLY_BY_FIELD
    if after:
        by = after_back_by(brand) or blank
        return [CutLine(f"Reply slip: return to {_to_whom(lesson, brand)} by {by}.",
                        foot=True),
                Checklist(("I have a question about the lesson; please contact me.",
                           "I would like to see the materials my child used in the lesson."))]
    # A day to return it by, before the lesson; one line, to the same named teacher as the
    # slip after it (parents noticed "your child's class teacher" then a name).
    return [CutLine(f"Reply slip: return to {_to_whom(lesson, brand)} by "
                    f"{reply_by(brand.lesson_date, brand.letter_date) or blank}.",
                    # At the page's foot, where a school's slip is cut off, not mid-page.
                    foot=True),
            Checklist(("I would like to see the lesson materials before the lesson.",
                       "I have a question; please contact me."))]
