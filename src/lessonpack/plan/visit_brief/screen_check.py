"""The classroom screen tried before a visit: one job, said the same way on the day's brief
(a dated row for the class teachers) and on each class teacher's handover.

A visiting trainer's commonest failure on the day is a screen that will not show the slides,
and only the hall's screen for the parents' evening was tried first: nobody was asked to
try a classroom's. The class teacher knows the room, so it is theirs, the school day before
(with the printing), with the trainer's number to ring if it will not work.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.plan import named_people, visiting
from lessonpack.plan.ages import age_of
from lessonpack.plan.letter_dates import school_days_before, short, sign_off_by

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


def rebuilt_by(brand: Brand) -> str:
    """"Fri 18 Dec": the day the slides are built again with the DSL's photo, the school
    day before the DSL's sign-off, so the DSL signs off the set a class sees; "" undated."""
    before = brand.letter_sent != "after"
    signed = sign_off_by(brand.lesson_date, brand.letter_date, before=before)
    return short(school_days_before(signed, 1))


def rebuilt_for(audience: Audience, brand: Brand) -> str:
    """The rebuilt slides' day for a class's handover ("Fri 18 Dec"), "rebuilt" for an
    undated booking; "" when nothing is rebuilt: a primary deck's help slide needs the DSL's
    photo, and a visitor without it is sent the slides again with it, which replace the
    first set (the visit brief's photo row)."""
    if not named_people.visitor(brand) or brand.dsl_photo is not None or \
            not age_of(audience).primary:
        return ""
    return rebuilt_by(brand) or "rebuilt"


def rebuilt_set(brand: Brand) -> str:
    """"the latest slides Sam Carter sent": the set a class teacher
    tries. The latest, not "the slides with the photo": a photo may never come, and the
    first set (the drawing) is then the one to try, as the visit brief's photo row says.
    "The Fri 18 Dec slides" alone named a day the office knows and a teacher may not. (Not
    "emailed": the word ran the handover's line, and the sheet, over; both sets come by
    email.)"""
    # Not dated: a set rebuilt after a names check is later than the brief's photo row,
    # and "(Fri 18 Dec, …)" then named the wrong one.
    return f"the latest slides {visiting.trainer(brand) or 'the trainer'} sent"


# The slide that shows the DSL's photo, as the deck plan names it, where the caller has no
# deck plan (plan/lesson_plan.help_slide gives its number).
HELP_SLIDE_NAMED = "the first \u201cWho can help\u201d slide"


def screen_job(brand: Brand, rebuilt: str = "", help_slide: str = "",
               phone: bool = True) -> str:
    """The class teacher's words on their handover: plug in and show a slide on the
    classroom screen, and see that there is an HDMI lead for the trainer's laptop.
    ``rebuilt``: the day the slides came again with the DSL's photo (``rebuilt_for``):
    the first email's set is deleted then, so the teacher tries the second, on the slide
    the photo is on (``help_slide``, "slide 27", from the deck plan): slide 1, the title,
    has no photo to check. ``phone=False``: the trainer by name alone, where the sheet's
    "Who is coming" line gives their number."""
    which = f"of {rebuilt_set(brand)}" if rebuilt else "(from the files' email)"
    if not rebuilt:
        return (f"Plug in and show slide 1 {which} on your classroom screen, and check "
                f"there is an HDMI lead for the trainer's laptop; if not, tell {_ring(brand)}.")
    # A line more than the first email's: the checks said shorter, so the sheet stays one
    # page. A photo that never came is no fault to report: the drawing stays and the lead
    # is met in person (the brief's photo row).
    who = _ring(brand) if phone else (visiting.trainer(brand) or "the trainer")
    # "your screen": the handover's reader is the class teacher, whose screen is the
    # classroom's; the word more ran the line, and the sheet, over.
    return (f"Show {help_slide or HELP_SLIDE_NAMED} {which} on your screen; no HDMI lead? "
            f"Tell {who}.")


def screen_row(brand: Brand, rebuilt: str = "", phone: bool = True,
               help_slides: Sequence[tuple[str, str]] = ()) -> str:
    """The same job in a visit day's brief, a row for its class teachers, short (each
    handover says where the slides are): two lines of its cell, as the brief is two sides.
    ``rebuilt``: the day the slides were built again with the DSL's photo ("Fri 18 Dec"),
    so the teachers try that set, not the first one, on the slide the photo is on
    (``help_slides``: each class's label and its slide from the deck plan, ("Year 2",
    "slide 27")). ``phone=False``: the trainer by name alone, where the page already
    gives their number (the day brief's "On the day" box)."""
    who = _ring(brand) if phone else (visiting.trainer(brand) or "the trainer")
    if not rebuilt:
        return f"Each tries slide 1 on their screen and checks for an HDMI lead; if not, " \
            f"tell {who}."
    known = [(label, slide) for label, slide in help_slides if slide]
    where = f" ({'; '.join(f'{label}: {slide}' for label, slide in known)})" \
        if known and len(known) == len(help_slides) else ""
    # Short: the rows above say what the latest set is and when it came (with the photo,
    # or the first set when none came).
    return (f"Each tries the \u201cWho can help\u201d slide{where} of the latest slides on "
            f"their screen; no HDMI lead? Tell {who}.")
