"""A visit day's rows in date order (``day_rows``): each row builder's (plan/visit_brief/brief_day,
brief_care_rows, brief_class_rows, brief_print_rows, brief_on_the_day), and the parents'
evening's when it is that day. A job every paper shares is one row; a job each class does
apart is a row a class.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.letter_dates import (
    same_day,
    session_day,
    session_time,
    short,
)
from lessonpack.plan.visit_brief.brief_care_rows import (
    checks_row,
    extra_care_row,
    lesson_cover_row,
    photo_row,
    rebuilt_row,
    sign_off_row,
)
from lessonpack.plan.visit_brief.brief_class_rows import (
    after_visit_rows,
    approve_rows,
    emailed_row,
    files_row,
    handover_row,
    letter_rules_row,
    letters_after_row,
    letters_home_rows,
    materials_row,
    question_boxes_row,
    replies_rows,
)
from lessonpack.plan.visit_brief.brief_day import Day, EveningJobs, Row, Taught, taught
from lessonpack.plan.visit_brief.brief_on_the_day import chase_row
from lessonpack.plan.visit_brief.brief_print_rows import (
    cards_rows,
    kit_row,
    printing_row,
    screens_row,
)
from lessonpack.plan.visit_brief.names_jobs import names_row


def rows(lesson: Lesson, brand: Brand) -> tuple[Row, ...]:
    """One class's rows (see ``day_rows``): a visit of one lesson."""
    return day_rows(taught((lesson,), brand), None, brand)


def day_rows(classes: Sequence[Taught], session: EveningJobs | None, brand: Brand
             ) -> tuple[Row, ...]:
    """(when, file, who, what they do), in date order, for a visit day: each class's
    lesson and the parents' evening (``session``, when it is that day). The files reach the
    school, the DSL checks and signs them off, the head approves the letters, they go home,
    slips come back, printing, the day itself. A job every paper shares is one row ("All
    files", the sign-off), never one a class; a job each class does apart (cutting its
    cards) is a row a class, named by its class. Short cells and short dates ("Mon 14
    Dec"): the brief is one page."""
    day = Day(tuple(classes), session, brand)
    evening = session.rows if session else {}
    # The evening's cover is asked with the lessons' (one row, ``lesson_cover_row``): two
    # rows to one person on one day ran the brief onto a third page.
    replies = evening.get("replies", ())
    night = (session.cover, session.covered) if session and session.cover else None
    return (
        *emailed_row(day), files_row(day), *((handover_row(day),) if day.one else ()),
        *photo_row(day),
        # The names checked with the photos: a match is rebuilt with them, before the head
        # approves and the DSL signs.
        *names_row(day), *rebuilt_row(day),
        *(approve_rows(day) if day.before else ()), sign_off_row(day),
        *(letter_rules_row(day) if day.before else ()),
        *(letters_home_rows(day) if day.before else ()),
        *(replies_rows(day) if day.before else ()), *lesson_cover_row(day, night),
        *replies, *chase_row(day),
        checks_row(day), *extra_care_row(day),
        *(materials_row(day) if day.before else ()),
        printing_row(day), *cards_rows(day), *evening.get("cut", ()), *screens_row(day),
        *((kit_row(day),) if not day.one else ()),
        *question_boxes_row(day),
        *letters_after_row(day),
        *evening.get("evening", ()), *evening.get("after", ()),
        *(() if session else _later_evening(brand)),
        *after_visit_rows(day),
    )


def _later_evening(brand: Brand) -> tuple[Row, ...]:
    later = _evening(brand)
    return (later,) if later else ()


def _evening(brand: Brand) -> tuple[str, str, str, str] | None:
    """The parents' and carers' workshop on the lesson's own day, in the day's rows: the
    school runs it with the trainer, and its own brief (the parents' pack) says how."""
    if not (brand.parents_workshop and brand.parents_session_date):
        return None
    when = brand.parents_session_date
    that_day = same_day(when, brand.lesson_date)
    time = session_time(when)
    at = f"{time}, {brand.parents_session_venue}" if time and brand.parents_session_venue \
        else time or brand.parents_session_venue
    return ((short(session_day(when)) or when),
            "Parents' visit brief", "Office and DSL",
            f"{'That evening' if that_day else 'Then'}: the parents' workshop"
            f"{f', {at}' if at else ''}; see its own brief.")
