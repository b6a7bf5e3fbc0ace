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
from dataclasses import dataclass

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.lesson_date import dated
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.plan import class_fit, common, visiting
from lessonpack.plan import print_run as print_run_jobs
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_line import class_and_teacher, date_and_class
from lessonpack.plan.class_size import assumption, class_size, pupils
from lessonpack.plan.letter_dates import (
    approve_by,
    change_and_return,
    letter_by,
    reply_by,
    same_day,
    school_days_before,
    send_by,
    session_day,
    session_time,
    short,
    sign_off_by,
)
from lessonpack.plan.model import Block, Callout, DocPlan, Paragraph, Table
from lessonpack.plan.school_classes import slug
from lessonpack.plan.screen_check import check_by, screen_row
from lessonpack.plan.sort_cards import has_cards, picture_cards, sorts_on_cards
from lessonpack.plan.visit_logistics import (
    brings,
    cut_minutes,
    prints,
)
from lessonpack.plan.visit_times import (
    arrives,
    ends,
    lesson_span,
    meeting_place,
    meets_at,
    session_span,
)

# Printing is done and checked the school day before the lesson, not on the morning.
PRINT_SCHOOL_DAYS = 1
# Parents' questions about the lesson reach the trainer two school days ahead: a day to
# answer them before the visit.
QUESTIONS_SCHOOL_DAYS = 2
# The "Checked by" lines are signed four school days ahead (the Monday of a Friday visit):
# the plans ask for the age rules to be checked within a week of the lesson.
CHECK_SCHOOL_DAYS = 4
# The DSL's photos come two school days before the slides are rebuilt with them.
PHOTO_SCHOOL_DAYS = 2
Row = tuple[str, str, str, str]


@dataclass(frozen=True)
class EveningJobs:
    """The parents' evening's part of a visit day's brief (parents_visit.evening_jobs):
    its rows by kind ("replies", "evening"), and what the invitation's going home and the
    handout's printing ask, said in the day's own letters and printing rows. ``cover``: the
    row the content marks as the DSL's cover for the evening (``VisitRow.cover``), asked
    with the lessons' cover; ``covered``: what it asks, after whom (``VisitRow.covered``)."""

    rows: dict[str, tuple[Row, ...]]
    invitation: str
    handout: str
    cover: Row | None = None
    covered: str = ""


def dsl_who(brand: Brand) -> str:
    """"Mrs Okafor (DSL)": the "Who" column's short name (a school's longer names, in full,
    wrapped to three lines and ran a brief a page over)."""
    name = pupil_name(brand.dsl_name.strip())
    return f"{name} (DSL)" if name else "The DSL"


def _teacher(lesson: Lesson, brand: Brand) -> str:
    """"Mrs Evans": the class teacher in the "Who" column, as ``dsl_who``."""
    teacher = pupil_name(visiting.after_owner(lesson, brand))
    return teacher[:1].upper() + teacher[1:]


def head_who(brand: Brand) -> str:
    """"Mrs Whitfield (Headteacher)": the head who signs the letters, by short name in the
    "Who" column as ``dsl_who``, so the office sees the signatory is the one approving (the
    role alone named nobody); "Headteacher" when no head signs them."""
    if not visiting.head(brand):
        return "Headteacher"
    role = brand.letter_signatory_role.strip()
    return f"{pupil_name(brand.letter_signatory.strip())} ({role})"


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def class_label(lesson: Lesson, brand: Brand) -> str:
    """"Year 2": how a visit day's brief tells its classes apart; the key stage ("KS1")
    when the school file names no class for it."""
    name, _ = class_and_teacher(lesson.audience, brand)
    return name or lesson.audience.value.upper()


@dataclass(frozen=True)
class Taught:
    """One class's lesson on a visit day, with the brand that names that class first
    (plan/school_classes.for_class): its label, teacher, size and time are its own, so two
    classes of one key stage (Year 4 and Year 6) are two rows, not one."""

    lesson: Lesson
    brand: Brand

    @property
    def label(self) -> str:
        return class_label(self.lesson, self.brand)

    @property
    def teacher(self) -> str:
        return _teacher(self.lesson, self.brand)

    @property
    def size(self) -> int:
        return pupils(self.lesson.audience, self.brand)

    @property
    def fitted(self) -> Lesson:
        """The lesson as the class's own pack has it (its year's route alone): what its
        cards file holds, so the printing and cutting rows count the same pages."""
        return class_fit.for_class(self.lesson, self.brand)


@dataclass(frozen=True)
class Day:
    """What every row of a visit day's brief reads: the classes taught, the evening's jobs
    when it is that day's, and the school's brand (its dates, DSL and trainer)."""

    classes: tuple[Taught, ...]
    evening: EveningJobs | None
    brand: Brand

    @property
    def one(self) -> bool:
        return len(self.classes) == 1

    @property
    def before(self) -> bool:
        """The letter home goes before the lesson."""
        return self.brand.letter_sent != "after"

    @property
    def dsl(self) -> str:
        return dsl_who(self.brand)

    @property
    def trainer(self) -> str:
        return visiting.trainer(self.brand) or "the trainer"

    @property
    def teachers(self) -> str:
        return common.and_list([c.teacher for c in self.classes])

    @property
    def cards(self) -> bool:
        return any(has_cards(c.fitted) for c in self.classes)

    def by(self, kind: str) -> str:
        """The date a row is due, short ("Mon 14 Dec"), or when in words for an undated
        booking: "sent", "signed", "letter", "approved", "back", "printed", "on the day"."""
        day, letter, before = self.brand.lesson_date, self.brand.letter_date, self.before
        worked_out = {
            "sent": (lambda: send_by(day, letter, before=before), "Three school weeks ahead"),
            "signed": (lambda: sign_off_by(day, letter, before=before),
                       "A school week ahead"),
            "letter": (lambda: letter or letter_by(day), "Two school weeks ahead"),
            "approved": (lambda: approve_by(day, letter), "The day before the letter"),
            "back": (lambda: reply_by(day, letter), "A school week ahead"),
            "printed": (lambda: school_days_before(day, PRINT_SCHOOL_DAYS), "The day before"),
            "questions": (lambda: school_days_before(day, QUESTIONS_SCHOOL_DAYS),
                          "two school days before the lesson"),
            "checks": (lambda: school_days_before(day, CHECK_SCHOOL_DAYS),
                       "The visit's week"),
            # The photos two school days before the rebuild: due the day the files came,
            # they came late and squeezed it.
            "photos": (lambda: _photos_by(day, letter, before), "With the files"),
            "rebuilt": (lambda: school_days_before(
                sign_off_by(day, letter, before=before), 1), "Before the sign-off"),
            "on the day": (lambda: day, "The lesson day"),
        }
        found, words = worked_out[kind]
        return short(found()) or words


def _photos_by(day: str, letter: str, before: bool) -> str:
    """The DSL's photos: two school days before the slides are rebuilt, never before the
    files that ask for them arrive."""
    sent = send_by(day, letter, before=before)
    rebuilt = school_days_before(sign_off_by(day, letter, before=before), 1)
    asked = school_days_before(rebuilt, PHOTO_SCHOOL_DAYS)
    due, came = dated(asked), dated(sent)
    return sent if due is None or came is None or due < came else asked


def taught(lessons: Sequence[Lesson], brand: Brand) -> tuple[Taught, ...]:
    """Lessons each taught to its key stage's first-named class (one class a key stage)."""
    return tuple(Taught(lesson, brand) for lesson in lessons)


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
    # The evening's cover is asked with the lessons' (one row, ``_lesson_cover_row``): two
    # rows to one person on one day ran the brief onto a third page.
    replies = evening.get("replies", ())
    night = (session.cover, session.covered) if session and session.cover else None
    return (
        _files_row(day), *((_handover_row(day),) if day.one else ()), *_photo_row(day),
        *_rebuilt_row(day),
        *(_approve_rows(day) if day.before else ()), _sign_off_row(day),
        *(_letters_home_rows(day) if day.before else ()),
        *(_replies_rows(day) if day.before else ()), *_lesson_cover_row(day, night),
        *_meeting_times_row(day),
        *replies,
        _checks_row(day), *_extra_care_row(day),
        *(_materials_row(day) if day.before else ()),
        _printing_row(day), *_cards_rows(day), *_screens_row(day),
        *((_kit_row(day),) if not day.one else ()),
        *_question_boxes_row(day),
        *_letters_after_row(day),
        *evening.get("evening", ()), *evening.get("after", ()),
        *(() if session else _later_evening(brand)),
    )


def _files_row(day: Day) -> Row:
    """The office passes the slides and plans on the day they come: one row, one date. The
    team's written confirmation of the trainer's DBS check (KCSIE asks the school to have
    it) comes with the files: the plans' checklist asks for it before the day."""
    one, evening = day.one, day.evening is not None
    kept = ["letter" if one else "letters", "worksheet" if one else "worksheets",
            *(["cards"] if day.cards else []), *(["handout", "invitation"] if evening else [])]
    plans = (", plans and facilitator notes" if evening else " and plans") if not one \
        else (", plan and facilitator notes" if evening else " and plan")
    return (day.by("sent"), "All files and DBS letter, by email", f"Office, then {day.dsl}",
            f"Slides{plans} to the DSL, who checks them"
            # A day's brief asks about pupils a week ahead, in a row of its own.
            + ("" if not one else f" and tells {day.trainer} only what they need about "
               "pupils who need extra care") + "; "
            + f"{common.and_list(kept)} kept to print; "
            # Several classes' handovers in this row, not one of their own: the row the
            # trainer's rebuild took.
            + ("" if one else "handovers to the teachers; ")
            # "(… with this brief)" ran the row to a sixth line, and the office has the
            # brief in hand as it reads this.
            + "the DBS letter (the team emails it) filed.")


def _sign_off_row(day: Day) -> Row:
    """The DSL signs each plan's safeguarding checklist (the facilitator notes' too)."""
    alone = day.one and day.evening is None
    # Where they are, in the job: a section of each plan, not a file of their own (one
    # plan's is said by its "(plan)").
    # The facilitator notes' section shares the row's name ("Safeguarding checklist"):
    # named again, its words took the line the email to the trainer needs.
    where = "" if alone else f"In each plan (\"{common.SAFE_DELIVERY}\")" + \
        (" and the facilitator notes" if day.evening else "") + ": "
    sign = f"sign and date {'its' if alone else 'each'} \"DSL:\" line"
    # The slides rebuilt with the photos replace the first set (``_rebuilt_row``): the DSL
    # checks the set a class sees, not only the one the files' email brought.
    slides = (f"Check the {day.by('rebuilt')} slides' photos. "
              if _photo_row(day) else "")
    # The trainer hears that the sign-off is done: it is their check before teaching, and
    # a checklist signed and filed told them nothing.
    told = f" and tell {day.trainer} by email"
    return (day.by("signed"), "Safeguarding checklist" + (" (plan)" if alone else "s"),
            day.dsl, f"{slides}{where}{sign if where else sign[:1].upper() + sign[1:]}; "
                     f"{visiting.sign_off_record(day.brand, several=not alone)}{told}."
                     f"{_log_check(day.brand)}")


def _lesson_cover_row(day: Day, night: tuple[Row, str] | None) -> tuple[Row, ...]:
    """The DSL or deputy free (not teaching) through each lesson, confirmed in writing a
    week ahead with the number to ring: each plan's safe-delivery list and each handover's
    disclosure route rest on it, and no row asked for it. A one-lesson brief's page is full:
    its plan's checklist asks. ``night``: the evening's cover row, folded in, and what it
    asks after whom (``EveningJobs.covered``)."""
    if day.one:
        return (night[0],) if night else ()
    deputy = pupil_name(day.brand.deputy_dsl_name.strip()) or "your deputy"
    spans = [lesson_span(c.lesson, c.brand) for c in day.classes]
    # The times are the "On the day" box's, above; said again here, the row took four lines.
    during = "in each lesson" if len(spans) > 2 or any("_" in s for s in spans) \
        else "in both lessons"
    # To the trainer by name: the plans ask for this confirmation before the lesson, and
    # sent to nobody in particular it was filed and never reached them.
    asked = (f"Email {day.trainer} to confirm: you or {deputy} free (not teaching) "
             f"{during}, with a number to ring")
    if night is None:
        return ((day.by("back"), "Lesson cover", day.dsl, f"{asked}."),)
    evening = night[1]
    return ((day.by("back"), "DSL cover", day.dsl, f"{asked}; that evening, {evening}"),)


def _meeting_times_row(day: Day) -> tuple[Row, ...]:
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


def _checks_row(day: Day) -> Row:
    """The checklists' "Checked by" lines (age rules, helplines, local numbers) are for the
    week of the visit, not the day the DSL signs: an app's age rule can change in the weeks
    between, so the trainer checks them close to the day, the school's numbers with the DSL.
    A row of its own, dated and owned: folded into the sign-off row, it was the one dated
    job an office working down the "By" column missed. The trainer is not on site until the
    lesson, so the row says how: the trainer confirms by email, the DSL signs and files.
    KS1's plan has no age rules to check: its one line is the local numbers."""
    trainer = day.trainer
    if day.evening is None and all(c.lesson.audience is Audience.KS1 for c in day.classes):
        return (day.by("checks"), "\"Checked by\" line", day.dsl,
                f"Check the local numbers with {trainer} (phone or email); sign and date "
                "the line and file it with the plan.")
    what = (f"{trainer[:1].upper()}{trainer[1:]} confirms the age rules and helplines by "
            "email; you check the local numbers, sign and file.")
    return (day.by("checks"), "\"Checked by\" lines", f"{day.dsl} and {trainer}", what)


def _extra_care_row(day: Day) -> tuple[Row, ...]:
    """The plans ask the DSL, a week ahead, who needs extra care, and the handovers ask the
    teachers to tell the DSL of any pupil the topic may touch: a dated row joins the two, so
    the trainer hears what changed over the holidays, not what the DSL knew when the files
    came. A one-lesson brief's page is full: its plan's checklist asks."""
    if day.one:
        return ()
    dsl = pupil_name(common.dsl(day.brand)) or "the DSL"
    # "Teachers": their names, and the DSL's after them, took four lines of the column.
    # "Pupils' extra care": "Pupils who need extra care" took three lines of its column.
    return ((day.by("checks"), "Pupils' extra care", f"Teachers, then {day.dsl}",
             f"Tell {dsl} of any pupil the topic may touch; {dsl} tells "
             f"{day.trainer} only what they need."),)


def _log_check(brand: Brand) -> str:
    """A visiting team's own log of a concern its trainer hands to the DSL needs an
    information-sharing basis the school agrees: the DSL confirms it with the school's data
    protection officer before signing the plans off. The plans' disclosure box says what is
    logged, who sees it and the lawful basis (``concern_record``, ``concern_sharing``);
    with no basis given, the DSL asks the trainer for the team's agreement. A team that keeps
    no log (no ``concern_record``) is asked for nothing: its plans say it notes only that a
    concern was handed over, and asking the DSL for a log's agreement would contradict them."""
    if not common.visitor(brand) or not brand.concern_record.strip():
        return ""
    if brand.concern_sharing.strip():
        return (" First, with your data protection officer, confirm who sees the team's "
                "concern log and its lawful basis (disclosure box).")
    trainer = visiting.trainer(brand) or "the trainer"
    return (f" First, ask {trainer} for the team's information-sharing agreement for its "
            "concern log and confirm it with your data protection officer.")


def _photo_row(day: Day) -> tuple[Row, ...]:
    """The DSL's photo, asked for with the files: a primary deck's help slide (its school
    card's picture a grown-up at school, plan/common) shows a drawn teacher beside the names
    when it has none, and children meeting a visitor need the face
    of the adult to go to, so a visit asks for it (and the deputy's, drawn on KS1's slide
    too), not as optional. The build says so when it is missing (build/school_notes); a
    one-lesson brief has no room for the row, so there the build note alone asks."""
    if day.brand.dsl_photo is not None or day.one or \
            not any(age_of(c.lesson.audience).primary for c in day.classes):
        return ()  # a one-lesson brief's page is full: the build note asks instead
    photos = _photos(day)
    # With the files: the DSL checks the slides she will see, photo and all, not a deck
    # changed after her check.
    # Built again before the sign-off, whose row says the new set replaces the first (said
    # here too, the two rows ran the brief onto a fourth page): the DSL signs off, and the
    # class sees, the slides with the photos.
    return ((day.by("photos"), "DSL's photo (needed)", day.dsl,
             f"Email {day.trainer} {photos}."),)


def _rebuilt_row(day: Day) -> tuple[Row, ...]:
    """The trainer's own job, dated: the slides rebuilt with the photos go to the office,
    the DSL and each class teacher, who try them on their screens and teach from them. With
    no row, nothing dated the rebuild and the teachers were told to test a file no one had
    promised to send them."""
    if not _photo_row(day):
        return ()
    dsl = pupil_name(common.dsl(day.brand)) or "the DSL"
    return ((day.by("rebuilt"), "Slides with the photos", f"{day.trainer} (trainer)",
             f"To the office, {dsl} and each class teacher; they replace the "
             f"{day.by('sent')} set."),)


def _photos(day: Day) -> str:
    """"your photo (Year 2 and Year 4 slides) and Mr Price's (Year 2 slides), with consent":
    whose photos the DSL sends, each by the slides it goes on."""
    deputy = pupil_name(day.brand.deputy_dsl_name.strip())
    # The deputy has a card of their own, drawn, for children who cannot read yet.
    both = deputy and day.brand.deputy_dsl_photo is None and \
        any(not c.lesson.readers for c in day.classes)
    photos = f"your photo and {deputy}'s (with consent)" if both else \
        "your photo (with consent)"
    # Which slide takes which photo: KS1's help slide gives the deputy a card of their own
    # (a face for children who cannot read yet); KS2's names the deputy on the DSL's card,
    # which readers can use, and keeps its second card for "a trusted adult" (any adult a
    # child chooses). A DSL sending two photos saw only one on Year 4's slide, and nothing
    # said why.
    readers = [c.label for c in day.classes if c.lesson.readers]
    if both and readers:
        drawn = [c.label for c in day.classes if not c.lesson.readers]
        # Which slides each photo goes on: "(Year 2's only)" read as only Year 2 needing one.
        every = common.and_list([c.label for c in day.classes])
        photos = (f"your photo ({every} slides) and {deputy}'s "
                  f"({common.and_list(drawn)} slides), with consent")
    return photos


def _letters_home_rows(day: Day) -> tuple[Row, ...]:
    """The office sends the letters home, with the invitation when the evening is the
    day's (the head's approval is ``_approve_rows``)."""
    sent_too = day.evening.invitation if day.evening else ""
    return (
        (day.by("letter"), _letters_name(day), "School office",
         _letters_out(day, "that day")
         + (f" Invitation: {_lower(sent_too)}" if sent_too else "")),
    )


def _letters_name(day: Day) -> str:
    """"Letters and invitation": the letters' rows' file column ("Letters home and
    invitation" took three lines of its column)."""
    one, evening = day.one, day.evening
    return ("Letter home" if one else "Letters home") if not evening else \
        ("Letter and invitation" if one else "Letters and invitation")


def _approve_rows(day: Day) -> tuple[Row, ...]:
    """The head approves the letters (and the invitation) they sign on the day the slides
    are rebuilt, before any holiday, not the day before the letters go: a change asked then
    left one night to rebuild and print, with the reply dates printed in the letter. The
    day before the letters go stays, as the last day for a change."""
    one, evening = day.one, day.evening
    by_then = change_and_return(day.brand.lesson_date, day.brand.letter_date)
    return ((day.by("rebuilt"), _letters_name(day), head_who(day.brand),
             f"Approve {'the letter' if one else 'each letter'}"
             f"{' and the invitation' if evening else ''} you sign; any change to "
             f"{day.trainer} {by_then}."),)


def _replies_rows(day: Day) -> tuple[Row, ...]:
    """Where a reply slip goes (it asks to see the materials)."""
    out: list[Row] = []
    if day.brand.reply_slip:
        # In a row's job, the DSL by short name alone: the "Who" column says "(DSL)".
        to_dsl = pupil_name(common.dsl(day.brand))
        out.append((day.by("back"), "Letters' reply slips" if day.evening else "Reply slips",
                    day.teachers,
                    f"Collect them; requests to see the materials, and questions, to "
                    f"{to_dsl} that day."))
    return tuple(out)


def _materials_row(day: Day) -> tuple[Row, ...]:
    """Who shows the materials to a parent who asked, and by when: after the slips are in
    (due "by" the reply date itself, none could have been acted on) and before the lesson;
    parents' questions reach the trainer in time to be answered before the visit."""
    # Dated by the questions' deadline: a row dated the day before the lesson set a
    # deadline a day before its own date.
    return ((day.by("questions"), "Materials, if asked", day.dsl,
             f"Show them to each parent who asked; their questions to {day.trainer} that "
             "day."),)


def _printing_row(day: Day) -> Row:
    """A day's printing: one class's in a sentence; a line pointing to the print run's page
    on a day of several classes or an evening too."""
    if day.one and day.evening is None:
        only = day.classes[0]
        what = "; ".join(_lower(p) for p in prints(only.fitted, only.size))
        printing = f"{what[:1].upper()}{what[1:]}." + (
            f" Letter after the lesson: {only.size}, one side."
            if day.before else "")
        file = "Worksheet" + (" and cards" if day.cards else "")
        return (day.by("printed"), file, "School office", printing)
    # Each file's pages, copies, sides and colour are the print run's own page
    # (plan/print_run), a line here: in this cell they ran to ten lines of prose.
    return (day.by("printed"), "Printing", "School office", print_job(day.by("printed")))


def print_job(by: str) -> str:
    """The timeline's printing row on a day with its own print-run page: the letters home
    on that page go earlier, on their own row's day, so this row names its date's rows."""
    dated = any(ch.isdigit() for ch in by)
    # "… rows dated Thu 21 Jan (last page)" wrapped to a second line of its cell for two
    # words the intro says already (the print run is the last page).
    return (f"Print and check the print run's {by} rows." if dated
            else "Print and check the rest of the print run (last page).")


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
    # The handovers with the files, then the letters home (and the invitation with them)
    # on the day they go home.
    jobs = [j for c in printed for j in run.handover_job(c, day.by("sent"))]
    jobs += [j for c in printed for j in run.letter_job(c, sent)]
    if evening is not None and day.before:
        jobs += run.invitation_job(evening[0], sent)
    jobs += [j for c in printed for j in run.class_jobs(c, by)]
    if evening is not None:
        jobs += run.evening_jobs(evening[0], by)
    return PRINT_WHERE, run.print_page(jobs, brand.named, classes[0].lesson.topic)


PRINT_WHERE = "The print run is on the last page, to hand to whoever prints."


def _cards_rows(day: Day) -> tuple[Row, ...]:
    """Each class with cards cuts its own (a job done apart, a row a class); each child's
    lights kept in a bag of their own (the handover hands them out)."""
    out: list[Row] = []
    for c in (c for c in day.classes if has_cards(c.fitted)):
        minutes = cut_minutes(c.fitted, c.size)
        job = (_cut_lights(c.fitted, c.size, minutes) if not c.lesson.readers else
               _cut_sorts(c.fitted, minutes))
        out.append((day.by("printed"), "Cards, printed" if day.one else f"{c.label} cards",
                    f"{c.teacher} or a TA", job))
    return tuple(out)


def _cut_lights(lesson: Lesson, size: int, minutes: int) -> str:
    """A picture-led class's cards to cut: the picture cards (one set, held up by the
    trainer) and the lights, each child's three in a bag ("Cut out" alone left the picture
    cards to be found the next morning)."""
    cards = picture_cards(lesson)
    what = (f"the {common.number_word(cards)} picture cards and the lights" if cards
            else "the lights")
    return f"Cut out {what}; each child's three in a bag ({size} bags, about {minutes} minutes)."


def _cut_sorts(lesson: Lesson, minutes: int) -> str:
    """A reading class's cards to cut: the sort cards by set, and the help cards; the help
    cards alone for a class that sorts on its sheet."""
    if not sorts_on_cards(lesson):
        return f"Cut out the help cards, one per pupil (about {minutes} minutes)."
    return (f"Cut out the sort{' and help' if lesson.take_away else ''} cards, each sort's "
            f"set together (about {minutes} minutes).")


def _screens_row(day: Day) -> tuple[Row, ...]:
    """The class teachers try their classroom screens the school day before, as each
    handover's "Before the lesson" list asks (plan/screen_check): the same day, the same
    words. One class's brief says it in the handover's row instead: a row more ran its one
    page onto a second."""
    if day.one:
        return ()
    return ((check_by(day.brand) or "The day before", "Classroom screens", day.teachers,
             screen_row(day.brand, day.by("rebuilt") if _photo_row(day) else "",
                        phone=False)),)


def _kit_row(day: Day) -> Row:
    """A day's kit in one place: a question box stays with each class."""
    who = day.trainer
    return (day.by("on the day"), "Kit", who[:1].upper() + who[1:],
            _kit([c.lesson for c in day.classes], day.evening))


def _handover_row(day: Day) -> Row:
    """The handovers reach the class teachers with the files: their "Before the lesson"
    jobs (tell the DSL about a pupil, check the printing) fall a week ahead, not on the
    morning; the trainer still goes through them on arrival."""
    screen = f" (the classroom screen tried by {check_by(day.brand) or 'the day before'})" \
        if day.one else ""
    return (day.by("sent"), "Handover sheet" if day.one else "Handover sheets", day.teachers,
            "With the files: " + ("do its" if day.one else "each does their")
            + f" \"Before the lesson\" jobs{screen}; the sheet says when to meet the trainer.")


def _question_boxes_row(day: Day) -> tuple[Row, ...]:
    """Who reads each class's question box, and when: its class teacher, that day, any
    concern to the DSL at once (as each handover tells them). The evening's box is the
    DSL's, in the evening's own row; with both in one brief, each row says whose box."""
    boxed = [c for c in day.classes if _has_box(c.lesson)]
    if not boxed or (day.one and day.evening is None):
        # One class's box, and no other: its handover says who reads it, and a row more
        # ran the one-class brief onto a second page.
        return ()
    # The deputy too: a concern read in a slip cannot wait for the DSL to be free.
    deputy = pupil_name(day.brand.deputy_dsl_name.strip())
    to_dsl = pupil_name(common.dsl(day.brand)) + (f" or {deputy}" if deputy else "")
    if len(boxed) == 1:
        file = "Class question box" if day.evening else "Question box"
        what = "After the lesson, read every slip (the box stays in school)"
    else:
        file = "Class question boxes"
        what = "After the lesson, each reads every slip in their class's box (kept in school)"
    letter = ((f" Each {SENDS_LETTER_AFTER}" if len(boxed) > 1 else
               " Send" + SENDS_LETTER_AFTER.removeprefix("sends"))
              if _boxes_send_letter(day) else "")
    return ((day.by("on the day"), file, common.and_list([c.teacher for c in boxed]),
             f"{what}; any concern to {to_dsl} at once.{letter}"),)


def _has_box(lesson: Lesson) -> bool:
    return any("question box" in r.text.lower() for r in lesson.resources)


def _letters_after_row(day: Day) -> tuple[Row, ...]:
    """The letter after the lesson goes home at the end of the lesson day: the only letter
    when the school sends none before; otherwise the second, which tells families what was
    learned and what to do if their child tells them something (built in every pack, it
    went unsent while no row said who prints it and when)."""
    if not day.before:
        return ((day.by("on the day"), "Letter home" if day.one else "Letters home",
                 "School office", _letters_out(day, "after the lesson")),)
    if day.one or _boxes_send_letter(day):
        # The printing row asks for the letter; the question boxes' row (the class
        # teachers', that day) or the handover sends it: a row of its own ran the brief a
        # page over.
        return ()
    return ((day.by("on the day"), "Letters after the lesson", day.teachers,
             f"Each {SENDS_LETTER_AFTER}"),)


def _boxes_send_letter(day: Day) -> bool:
    """Every class has a question box, so its row (the class teachers', that day) says
    who sends the letter after the lesson."""
    return day.before and all(_has_box(c.lesson) for c in day.classes)


# The class teachers' job with the letter after the lesson, after "Each".
SENDS_LETTER_AFTER = "sends the letter after the lesson home with every pupil that day."


def _later_evening(brand: Brand) -> tuple[Row, ...]:
    later = _evening(brand)
    return (later,) if later else ()


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
    if boxes:
        said.append(f"a question box for each class{' and the evening' if evening else ''}"
                    f" ({common.number_word(boxes)})")
    return "Brings: " + "; ".join(_lower(x) for x in said) + "."


def _letters_out(day: Day, when: str) -> str:
    """"Print 28, one side; send one home with each pupil that day." (one class), or each
    class's letter with its count."""
    if day.one:
        return (f"Print {day.classes[0].size}, one side; send one home with each pupil "
                f"{when}.")
    counts = ", ".join(f"{c.label}: {c.size}" for c in day.classes)
    return (f"Print each class's letter, one side ({counts}); send one home with each pupil "
            f"{when}.")


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


def plan_visit_brief(lesson: Lesson, brand: Brand) -> DocPlan | None:
    """The brief for a visiting trainer's lesson; None for a school's own staff."""
    if not common.visitor(brand):
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
    if not common.visitor(brand) or not classes:
        return None
    one = len(classes) == 1 and evening is None
    jobs = evening[1] if evening else None
    labels = [c.label for c in classes]
    what = ("this lesson" if len(classes) == 1 else common.and_list(labels)) + \
        (" and runs that evening's parents' workshop" if evening else "")
    rows = day_rows(classes, jobs, brand)
    said_where, run = _print_run(classes, evening, brand)
    intro = " ".join(filter(None, (
        # Whom each row is for is its "Who" column: the intro says only what no row does.
        f"{visiting.coming(brand)} teaches {what}.", _leads(brand),
        _assumption(classes), holidays_note(rows), said_where)))
    first = classes[0]
    blocks: list[Block] = [
        date_and_class("Lesson:", first.lesson.audience, first.brand) if len(classes) == 1
        else _visit_line(classes, brand),
        *((_evening_line(brand, evening[0].duration_minutes),) if evening else ()),
        Paragraph(intro),
        # The box the office fills in and returns a week ahead opens the brief: last, after
        # two pages of rows, it was the one job nobody saw.
        on_the_day_box(brand, classes, evening=evening is not None),
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
    said = common.and_list([*labels, *(["the parents' workshop"] if evening else [])])
    return DocPlan(brief_name(lesson.topic, brand), "visit_brief",
                   common.meta(lesson, brand, "visit day brief"),
                   title=f"Visit brief: {lesson.topic_title}",
                   subtitle=f"For the school office and the DSL · {said}",
                   header="Visit brief", footer=_day_footer(brand), blocks=tuple(blocks),
                   single_spaced=True)


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
    """"Evening: the parents' and carers' workshop, 6pm–7pm, the school hall": when it ends
    too, so the office knows how long the hall and the evening's staff are needed."""
    when = brand.parents_session_date
    time = session_span(when, minutes) or "________"
    venue = brand.parents_session_venue.strip() or "________________"
    return Paragraph(f"the parents' and carers' workshop, {time}, {venue}", label="Evening:")


def _day_footer(brand: Brand) -> str:
    """"Delivered by Northshire Online Safety Team  ·  Friday 22 January 2027": the visit's
    date, not one key stage's; shortened ("Fri 22 Jan 2027") to keep the footer one line,
    and "Visit day" with no date to give."""
    credit = f"Delivered by {brand.delivered_by}" if brand.delivered_by else brand.named
    day = session_day(brand.lesson_date)
    year = day.split()[-1] if day else ""
    dates = (day, f"{short(day)} {year}") if dated(day) else ()
    return next((f"{credit}  ·  {d}" for d in dates
                 if len(f"{credit}  ·  {d}") <= common.DOC_FOOTER_CHARS),
                f"{credit}  ·  Visit day")


# The date column one line wide ("Mon 14 Dec"), "Safeguarding" unbroken, "Mrs Okafor
# (DSL)" on a line (with the cells' narrow sides), the jobs the rest: a visit day's brief is
# two sides.
BRIEF_WIDTHS = (1.12, 1.2, 1.48, 4.2)


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
