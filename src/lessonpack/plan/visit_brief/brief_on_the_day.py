"""The visit brief's "On the day" box, what the office tells the trainer and the trainer
needs on arrival: the facts the school file gives (lesson times, arrival, sign-in), then a
form for what the office writes in (classrooms, meetings, parking, the evening's hall), and
its return line, which also sends each teacher the meeting time the office confirms.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import Lesson
from lessonpack.plan import named_people, visiting
from lessonpack.plan.letter_dates import (
    reply_by,
    session_time,
    short,
)
from lessonpack.plan.model import Callout, FormRow
from lessonpack.plan.visit_brief.brief_day import Day, Row, Taught
from lessonpack.plan.visit_brief.print_run import FROM_SLIPS
from lessonpack.plan.visit_brief.visit_times import (
    BEFORE_DOORS,
    HALL_AFTER,
    after_session,
    arrives,
    before_doors,
    ends,
    lesson_span,
    meeting_place,
    meets_at,
)


def on_the_day_box(brand: Brand, lessons: Sequence[Lesson | Taught], evening: int = 0
                   ) -> Callout:
    """What the office tells the trainer and the trainer needs on arrival, and no paper
    gives. First the facts, printed from the school file (each lesson's time, the trainer's
    arrival, where they sign in and who briefs them); then a form, label | answer cell, for
    what the office writes in: a white cell each, tall enough for a hand, where a run of
    blanks on a line was hard to find and too short to write in (a time the file leaves
    out is a cell too). The team's own phone and email under it (the school's replaced
    them on every page): a change on the day needs a number. ``evening``: the minutes of
    the parents' session that ends the day (0: none), whose doors and hall are agreed here
    too. The office's return line closes the box, in bold: whose blanks, by when."""
    label, team = visiting.trainer_reach(brand)
    classes = [x if isinstance(x, Taught) else Taught(x, brand) for x in lessons]
    day = len(classes) > 1
    who = visiting.trainer(brand) or "the trainer"
    times = [(f"{c.label} lesson" if day else "Lesson time", lesson_span(c.lesson, c.brand))
             for c in classes] + [("Trainer arrives", arrives(brand))]
    known = "   ".join(f"{label}: {value}" for label, value in times if "_" not in value)
    place = meeting_place(brand, "")
    meets = _meetings(classes, brand)
    form = (*(FormRow(label) for label, value in times if "_" in value),
            *(() if place else (FormRow("Sign in at"),)),
            *(FormRow(f"{c.label} classroom" if day else "Classroom") for c in classes),
            *meets, FormRow("Parking"), FormRow(CONTACT),
            *(_evening_rows(brand, evening) if evening else ()))
    lines = tuple(filter(None, (known, _sign_in(brand, place))))
    # What stays in school, once for the whole day: the rows say it only for the question
    # boxes, and a note of a concern a visitor writes is the paper most likely to leave.
    return Callout("On the day", (
        # "Team:", not "Reach the team:": the longer label ran the email onto a line of
        # its own, the line the evening's hall time took.
        *lines, *((f"{label} {team}.",) if team else ()), *_between(who, day), STAYS),
        ask=_deadline(brand, who, bool(meets)), whole=True, form=form,
        # Two pairs of label | answer to a row: a row each took a third of a page more and
        # ran a visit day's brief onto a fourth page.
        form_across=2, form_after=len(lines))


def _between(who: str, classes: bool) -> tuple[str, ...]:
    """The line for a visitor between two ``classes``' lessons (the first's sign-off done,
    the next teacher met later), who was left to find their own way along corridors full
    of pupils: staff take them. One line: the box is on the brief's first page, whose
    last row has a line to spare."""
    return (f"Between lessons, staff take {who} to the next class or a room to wait in.",
            ) if classes else ()


def _deadline(brand: Brand, who: str, meets: bool) -> tuple[str, str]:
    """Whose blanks these are, and by when, on a line of its own in bold at the box's foot:
    in the title, a deadline a week ahead read as part of a heading about the day. With
    the ``meets``, each teacher hears theirs (each handover prints its time "or the time
    the office sends you")."""
    back = short(reply_by(brand.lesson_date, brand.letter_date))
    return (f"Office, by {back}:" if back else "Office, a school week ahead:",
            f"fill in the blanks, send them to {who}"
            + (", tell each teacher their time." if meets else "."))


STAYS = ("Pupils' sheets, the question boxes and any note of a concern stay in school.")


def _evening_rows(brand: Brand, minutes: int) -> tuple[FormRow, ...]:
    """The evening's, to write in: when the doors open and how long the hall is free.
    When the trainer is back is the team's own time, on the brief's "Evening:" line
    (visit_brief); the hall's time is the office's, and the trainer needs it to try the
    screen (a primary hall is often in use until after school clubs end). Each has a
    default the office keeps or writes over ("5.45pm, or ____"): the doors
    ``DOORS_BEFORE`` the start, the hall ``HALL_AFTER`` the end of a session of
    ``minutes`` (families stay to talk; a hall booked to the last minute had no time to
    clear). Left blank, the door staff and the site staff had no time to work to."""
    start = session_time(brand.parents_session_date)
    doors = ends(start, -DOORS_BEFORE) if start else ""
    hall = after_session(brand.parents_session_date, minutes, HALL_AFTER)
    # When the hall is set out is the trainer's time back, in the site staff's row: a
    # blank of its own here took the box a row more and ran the brief onto a fourth page.
    return (FormRow("Evening: doors open", or_another(doors)),
            FormRow("Hall free until", or_another(hall)))


# The on-the-day contact's label: whose name and number (the school's, on the day), not
# the team's, which the box gives under the form. "On the day" is the box's title: said
# again, the label took two lines and its row a line more of the brief's first page.
CONTACT = "Contact name, phone"


def or_another(time: str) -> str:
    """"8.45am, or ______": a default the office keeps, with room to write another (an
    answer cell ending "or" read as half filled in); "" with no default."""
    return f"{time}, or {ANOTHER}" if time else ""


ANOTHER = "______"


# The doors open this long before the parents' workshop starts, unless the office says.
DOORS_BEFORE = 15


def chase_row(day: Day) -> tuple[Row, ...]:
    """The trainer chases the box's blanks the school day after the office's date: the
    office was asked for them, and with nobody to check they came, a trainer arrived with
    no room, parking or contact. None for one lesson alone, whose brief is one page."""
    if day.one and day.evening is None:
        return ()
    who = day.trainer
    # A line: the office tells the teachers their times (the box's return line). The print
    # run's counts from the reply slips, (b)-(f), are blanks due by then too: unnamed here,
    # nothing dated a check that they were written in before the Wed 20 Jan printing.
    # One line: a second pushed the rows after it, and the print run, a page on.
    counts = f", print run ({FROM_SLIPS[0]})\u2013({FROM_SLIPS[-1]}) too" \
        if day.evening is not None else " still empty"
    return ((day.by("chase"), "\"On the day\"", f"{who[:1].upper()}{who[1:]}",
             f"Ring the office for any blank{counts}."),)


def _sign_in(brand: Brand, place: str) -> str:
    """"Sign in at: main reception (DBS letter, photo ID), where Mrs Okafor briefs Sam
    Carter": what the early arrival is for, said where it is. Reception checks
    the DBS letter and ID, and the DSL briefs the trainer before any class. Without a place
    (a cell in the form), who briefs them alone."""
    dsl = pupil_name(named_people.dsl(brand)) or "the DSL"
    who = visiting.trainer(brand) or "the trainer"
    if not place:
        return f"Sign in with photo ID (DBS letter on file); {dsl} briefs {who} there"
    # The DBS letter came with the files and is on file: "(DBS letter, photo ID)" read as
    # two things the trainer carries.
    return f"Sign in at: {place} (photo ID; DBS letter on file), where {dsl} briefs {who}"


def _meetings(classes: Sequence[Taught], brand: Brand) -> tuple[FormRow, ...]:
    """"Meets Year 2 teacher" | "8.45am, or ______": the meetings each handover sets
    (in the classroom, the row above), where the office can change them by the reply date
    (10.15am may be mid-lesson), a row each, the time
    alone so the cell has room for another in hand ("8.45am in class, or" filled it);
    none for one class, whose brief has no room (its handover gives the time), nor for a
    class with no meeting (it is met where the trainer signs in)."""
    if len(classes) < 2:
        return ()
    return tuple(FormRow(f"Meets {c.label} teacher", or_another(
        f"{at}, {BEFORE_DOORS}" if before_doors(c.lesson, c.brand) else at))
                 for c in classes if (at := meets_at(c.lesson, c.brand)))


# The trainer is back this long before the parents' workshop starts, to set up the room.
BACK_BEFORE = 45


def trainer_back(brand: Brand) -> str:
    """"5:15pm" for a 6pm workshop: the trainer's own time, not the office's to fill in; a
    line when the session's time cannot be read."""
    start = session_time(brand.parents_session_date)
    return (ends(start, -BACK_BEFORE) if start else "") or "______"
