"""The visit brief: one page for the school's office and DSL when a trainer visits, a dated
row per file saying who acts on it and what they do.

The plan's "Visit logistics" block says what the school prints and provides; it did not say
which file goes to whom, when the letters go home, where the reply slips go, who shows the
materials to a parent who asks, or who cuts the cards, so jobs fell between them. The dates come
from the lesson's and the letter's dates (plan/letter_dates.py), never typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.plan import common, visiting
from lessonpack.plan.class_line import class_and_teacher, date_and_class
from lessonpack.plan.class_size import assumption, pupils
from lessonpack.plan.letter_dates import (
    approve_by,
    letter_by,
    reply_by,
    school_days_before,
    send_by,
    short,
    sign_off_by,
)
from lessonpack.plan.model import Block, Callout, DocPlan, Paragraph, Table
from lessonpack.plan.sort_cards import has_cards
from lessonpack.plan.visit_logistics import brings, cut_minutes, prints
from lessonpack.plan.visit_times import arrives, lesson_time, meeting_place

# The key stages whose "Who can help" slide has the DSL's card with a photo or the names.
PHOTO_CARD = (Audience.KS1, Audience.KS2)
# Printing is done and checked the school day before the lesson, not on the morning.
PRINT_SCHOOL_DAYS = 1
Row = tuple[str, str, str, str]


@dataclass(frozen=True)
class EveningJobs:
    """The parents' evening's part of a visit day's brief (parents_visit.evening_jobs):
    its rows by kind ("replies", "evening"), and what the invitation's going home and the
    handout's printing ask, said in the day's own letters and printing rows."""

    rows: dict[str, tuple[Row, ...]]
    invitation: str
    handout: str


def _dsl(brand: Brand) -> str:
    """"Mrs Okafor (DSL)": the "Who" column's short name (a school's longer names, in full,
    wrapped to three lines and ran a brief a page over)."""
    name = pupil_name(brand.dsl_name.strip())
    return f"{name} (DSL)" if name else "The DSL"


def _teacher(lesson: Lesson, brand: Brand) -> str:
    """"Mrs Evans": the class teacher in the "Who" column, as ``_dsl``."""
    teacher = pupil_name(visiting.after_owner(lesson, brand))
    return teacher[:1].upper() + teacher[1:]


def _head(brand: Brand) -> str:
    """"Mrs Sarah Whitfield (Headteacher)", or the role alone when no head signs the letter."""
    return visiting.head(brand) or "The headteacher"


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def class_label(lesson: Lesson, brand: Brand) -> str:
    """"Year 2": how a visit day's brief tells its classes apart; the key stage ("KS1")
    when the school file names no class for it."""
    name, _ = class_and_teacher(lesson.audience, brand)
    return name or lesson.audience.value.upper()


def _and(words: Sequence[str]) -> str:
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else "".join(words)


def rows(lesson: Lesson, brand: Brand) -> tuple[Row, ...]:
    """One class's rows (see ``day_rows``): a visit of one lesson."""
    return day_rows((lesson,), None, brand)


def day_rows(lessons: Sequence[Lesson], session: EveningJobs | None, brand: Brand
             ) -> tuple[Row, ...]:
    """(when, file, who, what they do), in date order, for a visit day: each class's
    lesson and the parents' evening (``session``, when it is the same day and built with
    them). The files reach the school, the DSL checks and signs them off, the head approves
    the letters, they go home, slips come back, printing, the day itself. A job every
    paper shares is one row ("All files", the sign-off), never one a class; a job each
    class does apart (cutting its cards) is a row a class, named by its class. Short cells
    and short dates ("Mon 14 Dec"): the brief is one page."""
    day = brand.lesson_date
    before = brand.letter_sent != "after"  # the letter home goes before the lesson
    sent = short(send_by(day, brand.letter_date, before=before)) or "Three school weeks ahead"
    signed = short(sign_off_by(day, brand.letter_date, before=before)) or "A school week ahead"
    letter_day = short(brand.letter_date or letter_by(day)) or "Two school weeks ahead"
    approved = short(approve_by(day, brand.letter_date)) or "The day before the letter"
    back = short(reply_by(day, brand.letter_date)) or "A school week ahead"
    printed = short(school_days_before(day, PRINT_SCHOOL_DAYS)) or "The day before"
    on_the_day = short(day) or "The lesson day"
    dsl, who = _dsl(brand), visiting.trainer(brand) or "the trainer"
    # In a row's job, the DSL by short name alone: the "Who" column says "(DSL)" beside it.
    to_dsl = pupil_name(common.dsl(brand))
    one = len(lessons) == 1
    named = {id(lesson): class_label(lesson, brand) for lesson in lessons}
    cards = any(has_cards(lesson) for lesson in lessons)
    teachers = _and([_teacher(lesson, brand) for lesson in lessons])

    kept = [f"{'letter' if one else 'letters'}", f"{'worksheet' if one else 'worksheets'}",
            *(["cards"] if cards else []), *(["handout", "invitation"] if session else [])]
    plans = ("plan" if one else "plans") + (" and facilitator notes" if session else "")
    out: list[Row] = [
        # The office passes the slides and plans on the day they come: one row, one date.
        # The team's written confirmation of the trainer's DBS check (KCSIE asks the school
        # to have it) comes with the files: the plans' checklist asks for it before the day.
        (sent, "All files and DBS letter, by email", f"Office, then {dsl}",
         f"Slides and {plans} to the DSL, who checks them and tells {who} only what they "
         f"need about pupils who need extra care; {_and(kept)} kept to print; the DBS "
         "letter filed."),
        (signed, "Safeguarding checklist" + (" (plan)" if one and not session else "s"),
         dsl, f"Sign and date {'it' if one and not session else 'each'}; "
              f"{visiting.sign_off_record(brand)}."),
    ]
    out += _photo_row(lessons, brand, signed, who)
    letters = "Letter home" if one else "Letters home"
    if before:
        sent_too = session.invitation if session else ""
        out += [
            (approved, letters + (" and invitation" if session else ""), "Headteacher",
             f"Approve {'the letter' if one else 'each letter'}"
             f"{' and the invitation' if session else ''} you sign; any change to {who} "
             "that day."),
            (letter_day, letters + (" and invitation" if session else ""), "School office",
             _letters_out(lessons, brand, named, one, "that day")
             + (f" Invitation: {_lower(sent_too)}" if sent_too else "")),
        ]
    if before and brand.reply_slip:  # a slip asks to see the materials: where it goes
        out.append((back, "Letters' reply slips" if session else "Reply slips", teachers,
                    f"Collect them; pass each request to see the materials, and each "
                    f"question, to {to_dsl} that day."))
    if before:
        out.append((back, "Materials, if asked", dsl,
                    f"Show them to each parent who asked; questions about the lesson to "
                    f"{who}."))
    out += session.rows.get("replies", ()) if session else ()
    print_what = [(named[id(x)], "; ".join(_lower(p) if one else _lower(p).replace(":", ",", 1)
                                           for p in prints(x, pupils(x.audience, brand))))
                  for x in lessons]
    # A day's printing: each class's (and the handout) on a line of its own in the cell.
    printing = (f"{print_what[0][1][:1].upper()}{print_what[0][1][1:]}." if one else
                "\n".join(f"{label}: {what}." for label, what in print_what))
    out.append((printed, ("Worksheet" + (" and cards" if cards else "")) if one
                else "Printing", "School office",
                printing + (f"\nHandout: {_lower(session.handout)}" if session and
                            session.handout else "")))
    for lesson in lessons:
        if has_cards(lesson):
            size = pupils(lesson.audience, brand)
            # Each child's lights kept in a bag of their own (the handover hands them out).
            minutes = cut_minutes(lesson, size)
            job = (f"Cut out; each child's three lights in a bag ({size} bags, about "
                   f"{minutes} minutes)." if not lesson.readers else
                   f"Cut them out, each set kept together (about {minutes} minutes).")
            out.append((printed, "Cards, printed" if one else f"{named[id(lesson)]} cards",
                        f"{_teacher(lesson, brand)} or a TA", job))
    if not one:  # a day's kit in one place: a question box stays with each class
        out.append((on_the_day, "Kit", who[:1].upper() + who[1:], _kit(lessons, session)))
    out.append((on_the_day, "Handover sheet" if one else "Handover sheets", teachers,
                "Read it before the lesson; the trainer goes through it on arrival." if one
                else "Each reads theirs before the lesson; the trainer goes through it on "
                     "arrival."))
    if not before:
        out.append((on_the_day, letters, "School office",
                    _letters_out(lessons, brand, named, one, "after the lesson")))
    out += session.rows.get("evening", ()) if session else ()
    if session is None:
        later = _evening(brand)
        if later:
            out.append(later)
    return tuple(out)


def _photo_row(lessons: Sequence[Lesson], brand: Brand, signed: str, who: str
               ) -> tuple[Row, ...]:
    """The DSL's photo, asked for as optional on the sign-off date: a primary deck's help
    slide shows the DSL's and deputy's names large when it has no photo
    (render/deck_name_card), which works; a face helps young children more. A visit day's
    brief asks (it runs to a second page); a one-lesson brief's page is full."""
    if brand.dsl_photo is not None or len(lessons) < 2 or \
            not any(x.audience in PHOTO_CARD for x in lessons):
        return ()
    return ((signed, "DSL's photo (optional)", _dsl(brand),
             f"If you wish, email {who} your photo: the pupils' \"Who can help\" slide "
             "then shows your face, not only the names."),)


def _kit(lessons: Sequence[Lesson], evening: EveningJobs | None) -> str:
    """"Brings: laptop …; puppets; a question box for each class and the evening (three),
    each staying in school": what the trainer brings for the whole day, said once."""
    said: list[str] = []
    boxes = 0
    for lesson in lessons:
        for item in brings(lesson.resources):
            for part in (p.strip() for p in item.split(";")):
                if "question box" in part.lower():
                    boxes += 1
                elif part.lower() not in (x.lower() for x in said):
                    said.append(part)
    if evening is not None and boxes:
        boxes += 1  # the parents' evening has its own
    words = ("one", "two", "three", "four", "five", "six")
    if boxes:
        said.append(f"a question box for each class{' and the evening' if evening else ''}"
                    f" ({words[boxes - 1] if boxes <= len(words) else boxes}), each staying "
                    "in school")
    return "Brings: " + "; ".join(_lower(x) for x in said) + "."


def _letters_out(lessons: Sequence[Lesson], brand: Brand, named: dict[int, str], one: bool,
                 when: str) -> str:
    """"Print 28, one side; send one home with each pupil that day." (one class), or each
    class's letter with its count."""
    if one:
        return (f"Print {pupils(lessons[0].audience, brand)}, one side; send one home with "
                f"each pupil {when}.")
    counts = ", ".join(f"{named[id(x)]}: {pupils(x.audience, brand)}" for x in lessons)
    return (f"Print each class's letter, one side ({counts}); send one home with each pupil "
            f"{when}.")


def _evening(brand: Brand) -> tuple[str, str, str, str] | None:
    """The parents' and carers' workshop on the lesson's own day, in the day's rows: the
    school runs it with the trainer, and its own brief (the parents' pack) says how."""
    if not (brand.parents_workshop and brand.parents_session_date):
        return None
    when = brand.parents_session_date
    same_day = when.split(",")[0].strip() == brand.lesson_date.strip()
    time = when.split(",", 1)[1].strip() if "," in when else ""
    at = f"{time}, {brand.parents_session_venue}" if time and brand.parents_session_venue \
        else time or brand.parents_session_venue
    return ((short(when.split(",")[0]) or when),
            "Parents' visit brief", "Office and DSL",
            f"{'That evening' if same_day else 'Then'}: the parents' workshop"
            f"{f', {at}' if at else ''}; see its own brief.")


HOLIDAYS_NOTE = "If a date falls in a half-term or INSET day, do that job before it."


def on_the_day_box(brand: Brand, lessons: Sequence[Lesson], evening: bool = False
                   ) -> Callout:
    """What the office tells the trainer and the trainer needs on arrival, and no paper
    gives: each lesson's time, the trainer's arrival and where they sign in open it (a line
    above the table of their own ran a full brief onto a second page), printed from the
    school file, with lines to write in whatever it leaves out (visit_times). The team's
    own phone and email go here too (the school's replaced them on every page): a change
    on the day needs a number. ``evening``: the day ends with the parents' session, whose
    doors are agreed here too; more than one lesson: a time for each class."""
    team = visiting.team_contact(brand)
    day = len(lessons) > 1
    times = ("   ".join(f"{class_label(x, brand)} lesson: {lesson_time(x, brand)}"
                        for x in lessons) if day
             else f"Lesson time: {lesson_time(lessons[0], brand)}")
    sign_in = f"Sign in at: {meeting_place(brand, '______________')} (photo ID)"
    return Callout("On the day", (
        f"{times}   Trainer arrives: {arrives(brand)}"
        + ("" if day else f"   {sign_in}"),
        # Parking beside the contact: after a long meeting place it wrapped alone.
        *((sign_in,) if day else ()),
        "Parking: ______________   School contact on the day, name and phone: "
        "______________",
        *(("Evening: trainer back by ________   Doors open: ________   Hall set out by: "
           "________",) if evening else ()),
        # In one paragraph of two lines with the papers that stay (which then need not add
        # that the trainer takes none): a line of its own ran the KS1 brief to a second page.
        f"Reach the team: {team}. Pupils' sheets, the question box and any note of a "
        "concern stay in school." if team else
        "Pupils' sheets, the question box and any note of a concern stay in school; the "
        "trainer takes nothing about a pupil away."), whole=True)


def plan_visit_brief(lesson: Lesson, brand: Brand) -> DocPlan | None:
    """The brief for a visiting trainer's lesson; None for a school's own staff."""
    if not common.visitor(brand):
        return None
    return plan_day_brief((lesson,), None, brand)


def plan_day_brief(lessons: Sequence[Lesson], evening: tuple[ParentSession, EveningJobs] | None,
                   brand: Brand) -> DocPlan | None:
    """The one brief for a visit day (each class's lesson, and the parents' evening when it
    is that day): one table, each job once, in the first lesson's pack. A visit of one
    lesson is the class's own brief, as before."""
    if not common.visitor(brand) or not lessons:
        return None
    one = len(lessons) == 1 and evening is None
    jobs = evening[1] if evening else None
    labels = [class_label(lesson, brand) for lesson in lessons]
    what = ("this lesson" if len(lessons) == 1 else _and(labels)) + \
        (" and runs that evening's parents' workshop" if evening else "")
    intro = " ".join(filter(None, (
        # Whom each row is for is its "Who" column: the intro says only what no row does.
        f"{visiting.coming(brand)} teaches {what}.",
        assumption([lesson.audience for lesson in lessons], brand), HOLIDAYS_NOTE)))
    blocks: list[Block] = [
        date_and_class("Lesson:", lessons[0].audience, brand) if len(lessons) == 1
        else _visit_line(lessons, brand),
        *((_evening_line(brand),) if evening else ()),
        Paragraph(intro),
        Table(("By", "File" if one else "File or job", "Who", "What to do"),
              day_rows(lessons, jobs, brand), widths=BRIEF_WIDTHS),
        on_the_day_box(brand, lessons, evening=evening is not None),
    ]
    first = lessons[0]
    if one:
        return brief_doc(first, brand, f"Visit brief: {first.topic_title}", blocks)
    classes = _and(labels) + (" and the parents' workshop" if evening else "")
    return DocPlan(f"{first.topic}-visit-day-brief.docx", "visit_brief",
                   common.meta(first, brand, "visit day brief"),
                   title=f"Visit brief: {first.topic_title}",
                   subtitle=f"For the school office and the DSL · {classes}",
                   header="Visit brief", footer=_day_footer(brand), blocks=tuple(blocks),
                   single_spaced=True)


def _visit_line(lessons: Sequence[Lesson], brand: Brand) -> Paragraph:
    """"Visit: Friday 22 January 2027  ·  Year 2 (Mrs Ruth Evans), Year 4 (Miss Laura
    Bennett)": the day and each class, a line."""
    said = []
    for lesson in lessons:
        name, teacher = class_and_teacher(lesson.audience, brand)
        label = name or lesson.audience.value.upper()
        said.append(f"{label} ({teacher})" if teacher else label)
    day = brand.lesson_date or "________________"
    return Paragraph(f"{day}  ·  {', '.join(said)}", label="Visit:")


def _evening_line(brand: Brand) -> Paragraph:
    """"Evening: 6pm, the school hall: the parents' and carers' workshop"."""
    when = brand.parents_session_date
    time = when.split(",", 1)[1].strip() if "," in when else "________"
    venue = brand.parents_session_venue.strip() or "________________"
    return Paragraph(f"the parents' and carers' workshop, {time}, {venue}", label="Evening:")


def _day_footer(brand: Brand) -> str:
    """"Delivered by Northshire Online Safety Team  ·  Visit day": no one key stage's."""
    credit = f"Delivered by {brand.delivered_by}" if brand.delivered_by else brand.named
    return f"{credit}  ·  Visit day"


# The date column one line wide ("Mon 14 Dec"), "Mrs Helen Okafor (DSL)" on a line, the
# jobs the room.
BRIEF_WIDTHS = (1.2, 1.5, 1.7, 3.6)


def brief_doc(item: Lesson | ParentSession, brand: Brand, title: str,
              blocks: list[Block]) -> DocPlan:
    """A visit brief's document (a class's or the parents' session's): one page for the
    school office and the DSL, named and footed as the pack's other papers."""
    return DocPlan(common.file_stem(item, "visit-brief") + ".docx", "visit_brief",
                   common.meta(item, brand, "visit brief"), title=title,
                   subtitle=f"For the school office and the DSL · {item.title}",
                   header="Visit brief", footer=common.doc_footer(item, brand),
                   blocks=tuple(blocks),
                   # Single-spaced as the lesson plans: a brief filled its page, and any
                   # line more ran it onto a second.
                   single_spaced=True)
