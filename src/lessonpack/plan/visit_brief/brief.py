"""The visit brief: one page for the school's office and DSL when a trainer visits, a dated
row per file saying who acts on it and what they do.

The plan's "Visit logistics" block says what the school prints and provides; it did not say
which file goes to whom, when the letters go home, where the reply slips go, who shows the
materials to a parent who asks, or who cuts the cards, so jobs fell between them. The dates come
from the lesson's and the letter's dates (plan/letter_dates.py), never typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.lesson_date import dated
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.plan import counts_and_lists, footers, item_files, named_people, visiting
from lessonpack.plan.class_line import class_and_teacher, date_and_class
from lessonpack.plan.class_size import assumption, class_size
from lessonpack.plan.letter_dates import (
    session_day,
    short,
)
from lessonpack.plan.model import Block, DocMeta, DocPlan, Paragraph, Table
from lessonpack.plan.school_classes import slug
from lessonpack.plan.visit_brief import print_run as print_run_jobs
from lessonpack.plan.visit_brief.brief_day import (
    Day,
    EveningJobs,
    Row,
    Taught,
    head_who,
    mid,
    taught,
)
from lessonpack.plan.visit_brief.brief_on_the_day import on_the_day_box, trainer_back
from lessonpack.plan.visit_brief.brief_rows import day_rows
from lessonpack.plan.visit_brief.office_jobs import office_jobs
from lessonpack.plan.visit_brief.visit_times import (
    session_span,
)


def _print_run(classes: Sequence[Taught],
               evening: tuple[ParentSession, EveningJobs] | None,
               brand: Brand) -> tuple[str, list[Block]]:
    """The day's print run, its own last page (each class's files, then the evening's), and
    the opening's sentence saying where it is; none for one lesson alone, whose printing
    row is a sentence."""
    day = Day(tuple(classes), evening[1] if evening else None, brand)
    if day.one and evening is None:
        return "", []
    run = print_run_jobs
    printed = [run.Printed(c.label, c.lesson, c.brand, c.fitted, c.size, day.before)
               for c in day.classes]
    sent, by = day.by("letter"), day.by("printed")
    # The handovers and the DSL's copies to sign, two school days after the files, then
    # the letters home (and the invitation with them) on the day they go home.
    jobs = run.copies_jobs(printed, evening[0] if evening else None, day.by("copies"))
    jobs += [j for c in printed for j in run.letter_job(c, sent)]
    if evening is not None and day.before:
        jobs += run.invitation_job(evening[0], sent)
    jobs += [j for c in printed for j in run.class_jobs(c, by)]
    if evening is not None:
        jobs += run.evening_jobs(evening[0], by)
    return PRINT_WHERE, run.print_page(jobs, brand.named, classes[0].lesson.topic)


# Short: page one holds the timeline's first rows, and a line of this paragraph is one of them.
PRINT_WHERE = "Print run: last page."

# When the day is called off (the trainer ill, snow, no DSL cover): by then the letters and
# the invitation are out, and one sentence ("rings the other at once") said nobody decides,
# by when, what happens to the printing, or what a part lost (one lesson, the evening)
# means. The head and the trainer decide before the school day starts, so families hear
# before they set out; the checks are redone before a new date, as the age rules and
# helplines are confirmed within a week of the lesson. A row of its own, last (undated: it
# can fall on any day).
CALL_BY = "7.30am"
EVENING_CALL_BY = "3pm"


def called_off_row(classes: Sequence[Taught], evening: bool, brand: Brand) -> Row:
    """Who decides a call-off and by when, who tells families and classes, what happens to
    the printing, and the new date's checks; with the rule for a DSL who is not on site,
    which calls off the lessons (and the evening) on its own."""
    day = Day(tuple(classes), None, brand)
    trainer = day.trainer_who
    head = head_who(brand)
    when = f"by {CALL_BY} on the day" + (f" (the evening alone by {EVENING_CALL_BY})"
                                          if evening else "")
    lessons = "lesson" if day.one else "lessons"
    # The evening's wait ends in a call-off said as such, with who tells families (the
    # slides' notes tell the trainer to wait ten minutes, then rearrange): "waits ten
    # minutes" alone left the door staff to guess what came after.
    no_lead = f"No DSL or deputy on site: no {lessons}" + (
        "; the evening waits ten minutes for one, then door staff send families home. "
        if evening else ". ")
    checks = day.when("checks").short
    redo = f"the {checks} checks" if checks else "the visit week's checks"
    # Short: the row is the brief's last before the print run's page, and a line more
    # pushed that page's table onto a fifth.
    what = (f"Decide {when}; the office tells families at once, teachers their classes. "
            f"{no_lead}Hold the dated after-lesson letters. {trainer} offers a new date and "
            f"redoes {redo}.")
    return ("If called off", "The visit", f"{head} and {mid(trainer)}", what)



HOLIDAYS_NOTE = "If a date falls in a half-term or INSET day, do that job before it."


# A visit whose jobs run from December into January: the dates already skip the Christmas
# holidays (letter_dates.CHRISTMAS), and the first days back are often training days.
CHRISTMAS_NOTE = ("The dates skip the Christmas holidays; if one falls in a half-term or INSET "
                  "day, do that job before it.")


def holidays_note(rows: Sequence[Row]) -> str:
    """The intro's line on holidays: Christmas named when the rows' dates ("Mon 14 Dec",
    "Tue 5 Jan") run across it, as a trainer checking the dates asks about it first."""
    months = {str(row[0]).split()[-1] for row in rows if str(row[0])[:1].isalpha()}
    return CHRISTMAS_NOTE if {"Dec", "Jan"} <= months else HOLIDAYS_NOTE


def plan_visit_brief(lesson: Lesson, brand: Brand) -> DocPlan | None:
    """The brief for a visiting trainer's lesson; None for a school's own staff."""
    if not named_people.visitor(brand):
        return None
    return plan_day_brief(taught((lesson,), brand), None, brand)


def brief_name(topic: str, brand: Brand) -> str:
    """"live-streaming-visit-brief-ashgrove-primary-school-2027-01-22.docx": a visit's one
    brief, at the build's top, named by the school and the day (not by a key stage: the
    office is sent it whatever else it is sent)."""
    day = dated(session_day(brand.lesson_date))
    when = day.isoformat() if day else slug(brand.lesson_date) or "undated"
    return f"{topic}-visit-brief-{slug(brand.org_name) or 'school'}-{when}.docx"


def plan_day_brief(classes: Sequence[Taught],
                   evening: tuple[ParentSession, EveningJobs] | None,
                   brand: Brand) -> DocPlan | None:
    """The one brief for a visit day (each class's lesson, and the parents' evening when it
    is that day): one table, each job once. A visit of one class reads as that class's."""
    if not named_people.visitor(brand) or not classes:
        return None
    one = len(classes) == 1 and evening is None
    jobs = evening[1] if evening else None
    labels = [c.label for c in classes]
    what = ("this lesson" if len(classes) == 1 else counts_and_lists.and_list(labels)) + \
        (" and runs that evening's parents' workshop" if evening else "")
    rows = (*day_rows(classes, jobs, brand),
            called_off_row(classes, evening is not None, brand))
    said_where, run = _print_run(classes, evening, brand)
    intro = " ".join(filter(None, (
        # Whom each row is for is its "Who" column: the intro says only what no row does.
        f"{visiting.coming_named(brand)} teaches {what}.", _leads(brand),
        _assumption(classes), holidays_note(rows), said_where)))
    first = classes[0]
    blocks: list[Block] = [
        date_and_class("Lesson:", first.lesson.audience, first.brand) if len(classes) == 1
        else _visit_line(classes, brand),
        *((_evening_line(brand, evening[0].duration_minutes),) if evening else ()),
        Paragraph(intro),
        *office_jobs(rows),
        # The box the office fills in and returns a week ahead opens the brief: last, after
        # two pages of rows, it was the one job nobody saw.
        on_the_day_box(brand, classes, evening[0].duration_minutes if evening else 0),
        Table(("By", "File" if one else "File or job", "Who", "What to do"),
              rows, widths=BRIEF_WIDTHS, narrow_sides=True,
              read_by_first=True),
        *run,
    ]
    lesson = first.lesson
    if one:
        own = brief_doc(lesson, first.brand, f"Visit brief: {lesson.topic_title}", blocks)
        return dataclasses.replace(own, filename=brief_name(lesson.topic, brand))
    # "Year 2, Year 4 and the parents' workshop": one list ("Year 2 and Year 4 and …" read
    # as two).
    covers = [*labels, *(["the parents' workshop"] if evening else [])]
    said = counts_and_lists.and_list(covers)
    return DocPlan(brief_name(lesson.topic, brand), "visit_brief",
                   _day_meta(lesson, brand, said, covers),
                   title=f"Visit brief: {lesson.topic_title}",
                   subtitle=f"For the school office and the DSL · {said}",
                   header="Visit brief", footer=_day_footer(brand), blocks=tuple(blocks),
                   single_spaced=True)


def _day_meta(lesson: Lesson, brand: Brand, said: str, covers: Sequence[str]) -> DocMeta:
    """"Visit brief: Ashgrove Primary School, Friday 22 January 2027", subject "Online
    safety visit: Year 2, Year 4 and the parents' workshop": the file as a shared drive
    lists it names the school and the day, not the first class's lesson and key stage.
    Its keywords name all it ``covers`` (each class and the evening): the first lesson's
    key stage alone ("ks1") hid the rest from a search."""
    meta = item_files.meta(lesson, brand, "visit day brief")
    where = ", ".join(filter(None, (brand.org_name.strip(), brand.lesson_date.strip())))
    words = ["online safety", lesson.topic_title.lower(), "visit brief",
             *(c.removeprefix("the ") for c in covers), "lessonpack"]
    return dataclasses.replace(meta, title=f"Visit brief: {where or lesson.topic_title}",
                               subject=f"Online safety visit: {said}",
                               keywords="; ".join(words))


def _leads(brand: Brand) -> str:
    """"The school's DSL is Mrs Okafor; the deputy DSL, Mr Price.": the rows name the deputy
    by name alone ("you or Mr Price on site"), and a brief that hands safeguarding cover to
    someone says who they are. "" when the school names no deputy."""
    deputy = pupil_name(brand.deputy_dsl_name.strip())
    lead = pupil_name(brand.dsl_name.strip())
    if not deputy:
        return ""
    return f"The school's DSL is {lead}; the deputy DSL, {deputy}." if lead else \
        f"The school's deputy DSL is {deputy}."


def _assumption(classes: Sequence[Taught]) -> str:
    """"Counts are for a class of 30 …" when any class has no size in the school file."""
    unsized = [c for c in classes if not class_size(c.lesson.audience, c.brand)]
    return assumption([unsized[0].lesson.audience], unsized[0].brand) if unsized else ""


def _visit_line(classes: Sequence[Taught], brand: Brand) -> Paragraph:
    """"Visit: Friday 22 January 2027  ·  Year 2 (Mrs Ruth Evans), Year 4 (Miss Laura
    Bennett)": the day and each class, a line."""
    said = []
    for c in classes:
        name, teacher = class_and_teacher(c.lesson.audience, c.brand)
        label = name or c.lesson.audience.value.upper()
        said.append(f"{label} ({teacher})" if teacher else label)
    day = brand.lesson_date or "________________"
    return Paragraph(f"{day}  ·  {', '.join(said)}", label="Visit:")


def _evening_line(brand: Brand, minutes: int) -> Paragraph:
    """"Evening: the parents' and carers' workshop, 6pm–7pm, the school hall; trainer back
    5.15pm": when it ends too, so the office knows how long the hall and the evening's staff
    are needed, and when the trainer is back to set up (the team's own time, not a blank
    for the office; unsaid when the session's time cannot be read)."""
    when = brand.parents_session_date
    time = session_span(when, minutes) or "________"
    venue = brand.parents_session_venue.strip() or "________________"
    back = trainer_back(brand)
    return Paragraph(f"the parents' and carers' workshop, {time}, {venue}"
                     + ("" if "_" in back else f"; trainer back {back}"), label="Evening:")


def _day_footer(brand: Brand) -> str:
    """"Delivered by Northshire Online Safety Team  ·  Friday 22 January 2027": the visit's
    date, not one key stage's; shortened ("Fri 22 Jan 2027") to keep the footer one line,
    and "Visit day" with no date to give."""
    credit = f"Delivered by {brand.delivered_by}" if brand.delivered_by else brand.named
    day = session_day(brand.lesson_date)
    year = day.split()[-1] if day else ""
    dates = (day, f"{short(day)} {year}") if dated(day) else ()
    return next((f"{credit}  ·  {d}" for d in dates
                 if len(f"{credit}  ·  {d}") <= footers.DOC_FOOTER_CHARS),
                f"{credit}  ·  Visit day")


# The date column one line wide ("Mon 14 Dec"), "Safeguarding" unbroken, "Mrs Okafor
# (DSL)" on a line (with the cells' narrow sides), the jobs the rest: a visit day's brief is
# two sides.
BRIEF_WIDTHS = (1.12, 1.2, 1.48, 4.2)


def brief_doc(item: Lesson | ParentSession, brand: Brand, title: str,
              blocks: list[Block]) -> DocPlan:
    """A visit brief's document (a class's or the parents' session's): one page for the
    school office and the DSL, named and footed as the pack's other papers."""
    return DocPlan(item_files.file_stem(item, "visit-brief") + ".docx", "visit_brief",
                   item_files.meta(item, brand, "visit brief"), title=title,
                   subtitle=f"For the school office and the DSL · {item.title}",
                   header="Visit brief", footer=footers.doc_footer(item, brand),
                   blocks=tuple(blocks),
                   # Single-spaced as the lesson plans: a brief filled its page, and any
                   # line more ran it onto a second.
                   single_spaced=True)
