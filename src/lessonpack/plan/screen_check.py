"""The classroom screen tried before a visit: one job, said the same way on the day's brief
(a dated row for the class teachers) and on each class teacher's handover.

A visiting trainer's commonest failure on the day is a screen that will not show the slides,
and only the hall's screen for the parents' evening was tried first: nobody was asked to
try a classroom's. The class teacher knows the room, so it is theirs, the school day before
(with the printing), with the trainer's number to ring if it will not work.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.plan import visiting
from lessonpack.plan.letter_dates import school_days_before, short

# The school day before the lesson, as the printing: time to find a lead or another room.
SCHOOL_DAYS_BEFORE = 1


def check_by(brand: Brand) -> str:
    """"Thu 21 Jan": the school day before the lesson; "" for an undated booking."""
    return short(school_days_before(brand.lesson_date, SCHOOL_DAYS_BEFORE))


def when(brand: Brand) -> str:
    """The handover's lead-in: "By Thu 21 Jan:", or "The day before:" undated."""
    day = check_by(brand)
    return f"By {day}:" if day else "The day before:"


def _ring(brand: Brand) -> str:
    """"Sam Carter (07700 900123)": whom to tell, by the number the booking gives (the
    trainer's own, else the team's)."""
    who = visiting.trainer(brand) or "the trainer"
    phone = brand.trainer_phone.strip() or brand.delivered_by_phone.strip()
    return f"{who} ({phone})" if phone else who


def screen_job(brand: Brand) -> str:
    """The class teacher's words on their handover: plug in and show slide 1 of the slides
    from the files' email on the classroom screen, and see that there is an HDMI lead for
    the trainer's laptop."""
    return ("Plug in and show slide 1 (from the files' email) on your classroom screen, and "
            f"check there is an HDMI lead for the trainer's laptop; if not, tell {_ring(brand)}.")


def screen_row(brand: Brand, rebuilt: str = "") -> str:
    """The same job in a visit day's brief, a row for its class teachers, short (each
    handover says where the slides are): two lines of its cell, as the brief is two sides.
    ``rebuilt``: the day the slides were built again with the DSL's photo ("Fri 18 Dec"),
    so the teachers try that set, not the first one."""
    which = f" of the {rebuilt} slides" if rebuilt else ""
    return (f"Each tries slide 1{which} on their screen and checks for an HDMI lead; "
            f"if not, tell {_ring(brand)}.")
