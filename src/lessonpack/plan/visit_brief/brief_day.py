"""The visit day a brief's rows read: the classes taught (``Taught``), the evening's jobs,
the school's brand, and the dates each row is due (``Day.by``), worked from the lesson's
and the letter's dates (plan/letter_dates.py), never typed; with the short names the
"Who" column gives ("Mrs Okafor (DSL)", "Mrs Whitfield (Headteacher)").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.lesson_date import dated
from lessonpack.content.model import Lesson
from lessonpack.plan import class_fit, counts_and_lists, named_people, visiting
from lessonpack.plan.class_line import class_and_teacher
from lessonpack.plan.class_size import pupils
from lessonpack.plan.letter_dates import (
    approve_by,
    letter_by,
    named_day,
    reply_by,
    school_day_after,
    school_days_before,
    send_by,
    short_day,
    sign_off_by,
    trainer_sends_by,
)
from lessonpack.plan.sort_cards import has_cards
from lessonpack.plan.story_people import StoryPeople

# Printing is done and checked two school days before the lesson, and the cards are cut
# the day after it: printed the day before, at 3.30pm after the day's other printing, the
# cutting (some 95 minutes for two classes) had the evening left, and a printer fault lost
# a sort.
PRINT_SCHOOL_DAYS = 2
CUT_SCHOOL_DAYS = 1

# Parents' questions about the lesson reach the trainer two school days ahead: a day to
# answer them before the visit.
QUESTIONS_SCHOOL_DAYS = 2

# The "Checked by" lines are signed four school days ahead (the Monday of a Friday visit):
# the plans ask for the age rules to be checked within a week of the lesson.
CHECK_SCHOOL_DAYS = 4

# The DSL's photos come two school days before the slides are rebuilt with them.
PHOTO_SCHOOL_DAYS = 2

# The papers printed from the files' email (the handovers, the DSL's copies to sign) are due
# two school days after it: due the day it came, the office had no day to print them.
COPIES_SCHOOL_DAYS = 2


Row = tuple[str, str, str, str]


@dataclass(frozen=True)
class EveningJobs:
    """The parents' evening's part of a visit day's brief (parents_visit.evening_jobs):
    its rows by kind ("replies", "evening"), and what the invitation's going home and the
    handout's printing ask, said in the day's own letters and printing rows. ``cover``: the
    row the content marks as the DSL's cover for the evening (``VisitRow.cover``), asked
    with the lessons' cover; ``covered``: what it asks, after whom (``EveningCover.covered``)."""

    rows: dict[str, tuple[Row, ...]]
    invitation: str
    handout: str
    cover: Row | None = None
    covered: str = ""
    # The evening's stories' children and usernames (plan/story_people), for the names
    # check: a whole-school evening reads them aloud to every family.
    people: StoryPeople = field(default_factory=StoryPeople)


def dsl_who(brand: Brand) -> str:
    """"Mrs Okafor (DSL)": the "Who" column's short name (a school's longer names, in full,
    wrapped to three lines and ran a brief a page over)."""
    name = pupil_name(brand.dsl_name.strip())
    return f"{name} (DSL)" if name else "The DSL"


def _teacher(lesson: Lesson, brand: Brand) -> str:
    """"Mrs Evans": the class teacher in the "Who" column, as ``dsl_who``."""
    teacher = pupil_name(visiting.after_owner(lesson, brand))
    return teacher[:1].upper() + teacher[1:]


def dsl_short(brand: Brand) -> str:
    """"Mrs Okafor": the DSL by short name in a row's job (the "Who" column says "(DSL)"),
    "the DSL" when the school names none."""
    return pupil_name(named_people.dsl(brand)) or "the DSL"


def trainer_named(brand: Brand) -> str:
    """The trainer by name in a row's job, or "the trainer" when the brand names none."""
    return visiting.trainer(brand) or "the trainer"


def head_who(brand: Brand) -> str:
    """"Mrs Whitfield (Headteacher)": the head who signs the letters, by short name in the
    "Who" column as ``dsl_who``, so the office sees the signatory is the one approving (the
    role alone named nobody); "Headteacher" when no head signs them."""
    if not visiting.head(brand):
        return "Headteacher"
    role = brand.letter_signatory_role.strip()
    return f"{pupil_name(brand.letter_signatory.strip())} ({role})"


def lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def mid(who: str) -> str:
    """A "Who" cell's name after another ("Office, then the DSL"): a role's capital
    ("The DSL", "The trainer") lowered, a person's name as it is."""
    return lower(who) if who.startswith("The ") else who


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
    # The slide of the class's deck with the DSL's photo ("slide 27"), from its deck plan
    # (build/visit_briefs): the screens row names it. "": not planned here.
    help_slide: str = ""

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
class Due:
    """When a brief's row is due: its ``date`` for a dated booking, None for an undated
    one, whose ``words`` say when ("A school week ahead"). Callers ask ``date`` whether
    there is one, never the words whether they start like a weekday; the short form a cell
    shows ("Mon 14 Dec") is made where it is shown (``short``)."""

    date: dt.date | None
    words: str

    @property
    def short(self) -> str:
        """"Mon 14 Dec", or "" for an undated booking."""
        return "" if self.date is None else short_day(self.date)

    @property
    def said(self) -> str:
        """The date, or the words without one: what a row's "When" cell shows."""
        return self.short or self.words


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
        """The letter home goes before the lesson (``Dues.before``, the brand's alone)."""
        return self.dues.before

    @property
    def dsl(self) -> str:
        return dsl_who(self.brand)

    @property
    def dsl_short(self) -> str:
        """"Mrs Okafor": the DSL by short name in a row's job (the "Who" column says
        "(DSL)"), "the DSL" when the school names none (``dsl_short``)."""
        return dsl_short(self.brand)

    @property
    def trainer(self) -> str:
        return trainer_named(self.brand)

    @property
    def trainer_who(self) -> str:
        """The trainer in the "Who" column: "Sam Carter", or "The trainer" capitalised as
        the column's other cells are."""
        return self.trainer[:1].upper() + self.trainer[1:]

    @property
    def teachers(self) -> str:
        return counts_and_lists.and_list([c.teacher for c in self.classes])

    @property
    def cards(self) -> bool:
        return any(has_cards(c.fitted) for c in self.classes)

    @property
    def dues(self) -> Dues:
        """When the day's rows are due (the brand's dates alone)."""
        return Dues(self.brand)

    def by(self, kind: str) -> str:
        return self.dues.by(kind)

    def when(self, kind: str) -> Due:
        return self.dues.when(kind)

    def due(self, kind: str) -> str:
        return self.dues.due(kind)


@dataclass(frozen=True)
class Dues:
    """When each row of a visit's papers is due, worked out from the brand's lesson and
    letter dates alone: a paper that needs one date (a handover's cutting line, the names
    check's lead) asks ``Dues(brand)``, with no visit day of classes made up to ask it."""

    brand: Brand

    @property
    def before(self) -> bool:
        """The letter home goes before the lesson."""
        return self.brand.letter_sent != "after"

    def by(self, kind: str) -> str:
        """The date a row is due, short ("Mon 14 Dec"), or when in words for an undated
        booking (``when``'s ``said``)."""
        return self.when(kind).said

    def due(self, kind: str) -> str:
        """"by Fri 18 Dec" (``by``'s date, in a sentence), or its words for an undated
        booking ("before the sign-off")."""
        when = self.when(kind)
        return f"by {when.short}" if when.date else lower(when.words)

    def when(self, kind: str) -> Due:
        """When a row of ``kind`` is due: "emailed", "sent", "signed", "letter",
        "approved", "back", "printed", "cut", "on the day" and the rest below."""
        day, letter, before = self.brand.lesson_date, self.brand.letter_date, self.before
        worked_out = {
            "emailed": (lambda: trainer_sends_by(day, letter, before=before),
                        "Before the files' row"),
            "sent": (lambda: send_by(day, letter, before=before), "Three school weeks ahead"),
            "copies": (lambda: school_days_before(send_by(day, letter, before=before),
                                                  -COPIES_SCHOOL_DAYS),
                       "Two school days after the files"),
            # Undated, each in words relative to the row it follows, so the rows read in
            # order: "A school week ahead" for the sign-off came after "Two school weeks
            # ahead" for the letter it precedes.
            "signed": (lambda: sign_off_by(day, letter, before=before),
                       "Two school days before the letter"),
            "letter": (lambda: letter or letter_by(day), "Two school weeks ahead"),
            "approved": (lambda: approve_by(day, letter), "The day before the letter goes home"),
            # The head's last day to ask for a change: a letter's age rules checked then
            # go through the same corrected copies.
            "changes": (lambda: school_days_before(approve_by(day, letter), 1),
                        "Two school days before the letter"),
            "back": (lambda: reply_by(day, letter), "A school week ahead"),
            # The trainer chases what the office has not sent the next school day: later,
            # a room or a contact still missing is found out at the door.
            "chase": (lambda: school_day_after(reply_by(day, letter)),
                      "The day after the replies"),
            "printed": (lambda: school_days_before(day, PRINT_SCHOOL_DAYS),
                        "Two school days before the lesson"),
            "cut": (lambda: school_days_before(day, CUT_SCHOOL_DAYS), "The day before the lesson"),
            "questions": (lambda: school_days_before(day, QUESTIONS_SCHOOL_DAYS),
                          "Two school days before the lesson"),
            "checks": (lambda: school_days_before(day, CHECK_SCHOOL_DAYS),
                       "The visit's week"),
            # The photos two school days before the rebuild: due the day the files came,
            # they came late and squeezed it.
            "photos": (lambda: _photos_by(day, letter, before), "With the files"),
            "rebuilt": (lambda: school_days_before(
                sign_off_by(day, letter, before=before), 1), "A school week after the files"),
            "on the day": (lambda: day, "The lesson day"),
        }
        found, words = worked_out[kind]
        written = found()
        date = named_day(written)
        if date is None and written:
            words = written  # a letter date the school wrote as words is said as written
        return Due(date, words)


# How long a visiting trainer keeps staff photos and sign-off photos after the visit.
KEPT_FOR = "a week"


def photos_deleted(brand: Brand, told: str = "", school: bool = False) -> str:
    """"Sam Carter deletes the photos (laptop, USB, email) within a week
    of the visit, and tells Mrs Okafor by email.": who deletes each copy of the staff
    photos and when, said to the DSL who consents to them ("deleted with the USB copy"
    named neither who deletes them nor the trainer's laptop and email). ``told``: the DSL
    as the sentence's reader names them ("you" in a row addressed to her); ``school``: the
    school's copies too."""
    trainer = trainer_named(brand)
    # Each copy in brackets: the brief's photo row is on its first page, whose lines the
    # names check's row needed.
    # The school's copies too, where it holds them (the rebuilt slides went to the office,
    # the DSL and the teachers): the trainer's alone left the school's undeleted.
    theirs = ", and the school its own," if school else ""
    return (f"{trainer[:1].upper()}{trainer[1:]} deletes the photos (laptop, USB, "
            f"email){theirs} within {KEPT_FOR} of the visit and tells "
            f"{told or dsl_short(brand)} by email.")


def photo_jobs(brand: Brand, count: int, stop: str = ";", deleted: bool = False) -> str:
    """"Mrs Okafor emails Sam Carter both photos, with consent, by Wed 16 Dec; Sam Carter
    puts them in and re-sends the slides by Fri 18 Dec": the visit brief's two photo rows
    (the DSL's photos, the slides sent again with them) as a sentence, for the papers the
    school is sent: they name who does it and by when, in the brief's words, and leave how
    the pack is built to the build's own notes, which only the trainer reads. ``count``: the
    photos (1, or 2 with the deputy's); ``stop``: between the two jobs (a box whose entries
    are parted by semicolons takes a full stop); ``deleted``: with who deletes them, and
    when (a sentence of its own: only where ``stop`` is a full stop)."""
    dues, dsl = Dues(brand), dsl_short(brand)
    photos, them = ("both photos", "them") if count > 1 else ("a photo", "it")
    trainer = trainer_named(brand)
    second = f"{trainer} puts {them} in and re-sends the slides {dues.due('rebuilt')}"
    if stop == ".":
        second = second[:1].upper() + second[1:]
    gone = f". {photos_deleted(brand)[:-1]}" if deleted and stop == "." else ""
    return (f"{dsl[:1].upper()}{dsl[1:]} emails {trainer} {photos}, with consent, "
            f"{dues.due('photos')}{stop} {second}{gone}")


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
