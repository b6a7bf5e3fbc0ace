"""The visit brief's "On the day" box, what the office tells the trainer and the trainer
needs on arrival (lesson times, sign-in, classrooms, meetings, the evening's blanks), and
the row that sends each teacher the meeting time the office confirms.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import Lesson
from lessonpack.plan import common, visiting
from lessonpack.plan.brief_day import Day, Row, Taught
from lessonpack.plan.letter_dates import (
    reply_by,
    session_time,
    short,
)
from lessonpack.plan.model import Callout
from lessonpack.plan.visit_times import (
    arrives,
    ends,
    lesson_span,
    meeting_place,
    meets_at,
)


def meeting_times_row(day: Day) -> tuple[Row, ...]:
    """The office confirms the classes' meeting times and rooms with the trainer (the "On
    the day" box's blanks) and sends each teacher theirs: each handover prints its time "or
    the time the office sends you" (visit_times.OFFICE_SENDS), and with no row the office
    could write a new time that no teacher heard. None when the box sets no meeting (one
    class: its handover's time stands, as visit_times.office_sets_times says)."""
    if not _meetings(day.classes, day.brand):
        return ()
    return ((day.by("back"), "Meeting times", "School office",
             f"Confirm the blanks in \"On the day\" with {day.trainer}; send each teacher "
             "their meeting time."),)


def on_the_day_box(brand: Brand, lessons: Sequence[Lesson | Taught], evening: bool = False
                   ) -> Callout:
    """What the office tells the trainer and the trainer needs on arrival, and no paper
    gives: each lesson's time, the trainer's arrival and where they sign in open it (a line
    above the table of their own ran a full brief onto a second page), printed from the
    school file, with lines to write in whatever it leaves out (visit_times). The team's
    own phone and email go here too (the school's replaced them on every page): a change
    on the day needs a number. ``evening``: the day ends with the parents' session, whose
    doors are agreed here too; more than one lesson: a time for each class."""
    team = visiting.team_contact(brand)
    classes = [x if isinstance(x, Taught) else Taught(x, brand) for x in lessons]
    day = len(classes) > 1
    times = ("   ".join(f"{c.label} lesson: {lesson_span(c.lesson, c.brand)}"
                        for c in classes) if day
             else f"Lesson time: {lesson_span(classes[0].lesson, classes[0].brand)}")
    sign_in = _sign_in(brand)
    # Where each class is taught: the trainer is met at reception, then needs the rooms.
    rooms = ("Classrooms: " + "   ".join(f"{c.label} ________" for c in classes) if day
             else "Classroom: ________")
    back = short(reply_by(brand.lesson_date, brand.letter_date))
    # Whose blanks these are, and by when, on a line of its own in bold at the box's foot:
    # in the title, a deadline a week ahead read as part of a heading about the day.
    deadline = (f"Office, by {back}:" if back else "Office, a school week ahead:",
                f"fill in the blanks above and send them to "
                f"{visiting.trainer(brand) or 'the trainer'}.")
    return Callout("On the day", (
        f"{times}   Trainer arrives: {arrives(brand)}"
        + ("" if day else f"   {sign_in}"),
        # Parking beside the contact: after a long meeting place it wrapped alone.
        *((f"{sign_in}   {rooms}",) if day else ()),
        *_meetings(classes, brand),
        ("" if day else f"{rooms}   ") + "Parking: ______________   School contact on the "
        "day, name and phone: ______________",
        # The evening's blanks on one line, when the hall is free until among them.
        *((f"Evening: trainer back {trainer_back(brand)}   Doors open ______   Hall set out "
           "______   Hall free until ______",) if evening else ()),
        # In one paragraph of two lines with the papers that stay (which then need not add
        # that the trainer takes none): a line of its own ran the KS1 brief to a second page.
        # The papers first: after the team's email, which cannot break, they took a third.
        "Pupils' sheets, the question box and any note of a concern stay in school. Reach "
        f"the team: {team}." if team else
        "Pupils' sheets, the question box and any note of a concern stay in school; the "
        "trainer takes nothing about a pupil away."), ask=deadline, whole=True)


def _sign_in(brand: Brand) -> str:
    """"Sign in at: main reception (DBS letter, photo ID); Mrs Okafor meets Sam Carter there
    to brief them": what the early arrival is for, said where it is. Reception checks the
    DBS letter and ID, and the DSL briefs the trainer before any class."""
    dsl = pupil_name(common.dsl(brand)) or "the DSL"
    return (f"Sign in at: {meeting_place(brand, '______________')} (DBS letter, photo ID); "
            f"{dsl} meets {visiting.trainer(brand) or 'the trainer'} there to brief them")


def _meetings(classes: Sequence[Taught], brand: Brand) -> tuple[str, ...]:
    """A day's meetings line for the "On the day" box (``_meetings_line``); none for one
    class, whose brief has no room (its handover gives the time)."""
    line = _meetings_line(classes, brand) if len(classes) > 1 else ""
    return (line,) if line else ()


def _meetings_line(classes: Sequence[Taught], brand: Brand) -> str:
    """"Teachers meet Sam Carter in class: Year 2 at 8.45am or ______, Year 4 at 10.15am or
    ______": the meetings each handover sets, where the office can change
    them by the reply date (8.45am is registration for many; 10.15am may be mid-lesson).
    "" when no class has one (each is met where the trainer signs in)."""
    met = [(c.label, at) for c in classes if (at := meets_at(c.lesson, c.brand))]
    if not met:
        return ""
    who = visiting.trainer(brand) or "the trainer"
    # A blank beside each: the office writes the school's own time there by the reply
    # date ("or ______"), and the box's last line sends it to the trainer.
    return (f"Teachers meet {who} in class: "
            + ", ".join(f"{label} at {at} or ______" for label, at in met))


# The trainer is back this long before the parents' workshop starts, to set up the room.
BACK_BEFORE = 45


def trainer_back(brand: Brand) -> str:
    """"5:15pm" for a 6pm workshop: the trainer's own time, not the office's to fill in; a
    line when the session's time cannot be read."""
    start = session_time(brand.parents_session_date)
    return (ends(start, -BACK_BEFORE) if start else "") or "______"
