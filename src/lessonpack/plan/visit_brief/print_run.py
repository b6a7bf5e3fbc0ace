"""A visit day's print run: the brief's last page, a table of every file the office prints
(the letters home when they go, the rest the day before), a row per file and pages, with
when, its copies, sides and colour.

The brief's timeline said the whole run in one cell of prose ("Year 2: worksheet, 26
copies; cards, pages 1 and 2 once and page 3 seven times…"), the job most likely to go
wrong read as a paragraph. As a page of its own it can be handed to whoever prints
(reprographics, a TA at the copier) while the office keeps the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.plan import item_files
from lessonpack.plan.help_cards import copies as help_copies
from lessonpack.plan.letter.home import letter_after_file
from lessonpack.plan.model import Block, Heading, Paragraph, Table
from lessonpack.plan.parents.parents_sign_in import PLAY_ROWS, SIGN_IN_ROWS, SLIPS_A_PAGE
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.sort_cards import (
    LIGHT_SETS,
    card_sets,
    cards_filename,
    has_cards,
    picture_cards,
    picture_pages,
    sort_pages,
    sorts_on_cards,
)
from lessonpack.plan.teacher_notes import NOTES_FILE

ONE_SIDE, BOTH_SIDES = "One side", "Double-sided"
# "B&W", as copiers' buttons say it: "Black and white" took two lines of its column in
# every row, and the run (with the DSL's copies) ran onto a page of its own.
MONO, COLOUR = "B&W", "Colour"
# The heading the office hands over with the page, and the columns reprographics reads.
HEADING = "Print run"
COLUMNS = ("By", "For", "File", "Pages", "Copies", "Sides", "Colour")
# The file's name is the widest cell ("live-streaming-ks1-letter-home-after.docx"), too wide
# for a column on a page with six others: the column gives the name after the topic's part
# every file shares ("ks1-letter-home-after.docx", ``held_name``), on one line, and the line
# above the table says the part. Split across two lines, the name an office searches the
# folder for was read in halves ("parents-facilitator-notes.docx" the longest). A date
# with "Mon" in it keeps to one line, and "Double-sided" too.
WIDTHS = (1.0, 0.66, 2.2, 0.52, 0.7, 1.17, 0.68)
# A blank copies cell, written in by the office from the reply slips' count; its letter
# points to the rule under the table.
BLANK = "____"


@dataclass(frozen=True)
class Job:
    """One row: a file's pages printed alike, and the day they are needed by."""

    by: str
    who: str
    file: str
    pages: str
    copies: str
    sides: str
    colour: str

    @property
    def row(self) -> tuple[str, ...]:
        return (self.by, self.who, self.file, self.pages, self.copies, self.sides,
                self.colour)


def _pages(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}\u2013{last}"


def _cards(by: str, label: str, lesson: Lesson, file: str, size: int) -> list[Job]:
    """A class's cards file, a row for each run of pages printed alike. One side only: the
    cards are cut out, and a grid on the back of a grid had every cut go through both."""
    if not has_cards(lesson):
        return []
    if not lesson.readers:
        # The picture cards once (the trainer holds them up); the lights for every child,
        # in colour: the teacher reads the room's colours at a glance.
        shown = picture_pages(picture_cards(lesson))
        lights = -(-size // LIGHT_SETS)
        held = [Job(by, label, file, _pages(1, shown), "1", ONE_SIDE, COLOUR)] if shown else []
        return [*held, Job(by, label, file, str(shown + 1),
                           str(lights), ONE_SIDE, COLOUR)]
    jobs: list[Job] = []
    sorts = sort_pages(lesson) if sorts_on_cards(lesson) else 0
    if sorts:
        each = "table" if lesson.card_sets == "table" else "pair"
        sets = "1 for each table of the support group" if lesson.card_sets == "support" \
            else f"{card_sets(lesson, size)} (1 a {each})"
        jobs.append(Job(by, label, file, _pages(1, sorts), sets, ONE_SIDE, MONO))
    if lesson.take_away is not None:
        jobs.append(Job(by, label, file, str(sorts + 1), str(help_copies(size)),
                        ONE_SIDE, MONO))
    return jobs


@dataclass(frozen=True)
class Printed:
    """A class as the print run counts it: its label, its own pack's lesson and brand (for
    the files' names), the lesson as that pack fits it (what its cards file holds), its
    size, and whether a letter goes home after the lesson."""

    label: str
    lesson: Lesson
    brand: Brand
    fitted: Lesson
    size: int
    after: bool


def letter_job(c: Printed, by: str) -> list[Job]:
    """A class's letter home, printed the day it goes (before the lesson); none when the
    letter goes after it."""
    if not c.after:
        return []
    return [Job(by, c.label, class_file(c.lesson, c.brand, "letter-home") + ".docx", "1",
                str(c.size), ONE_SIDE, MONO)]


def class_jobs(c: Printed, by: str) -> list[Job]:
    """A class's worksheet, cards and letter after the lesson, all by ``by``."""
    sheet = class_file(c.lesson, c.brand, "worksheet") + ".docx"
    jobs = [Job(by, c.label, sheet, "All", str(c.size), BOTH_SIDES, MONO),
            *_cards(by, c.label, c.fitted, cards_filename(c.lesson, c.brand), c.size)]
    if c.after:
        jobs.append(Job(by, c.label, letter_after_file(c.lesson, c.brand), "1", str(c.size),
                        ONE_SIDE, MONO))
    return jobs


# Who the safeguarding copies are for, in the run's "For" column.
DSL_COPY = "DSL"


def dsl_job(c: Printed, by: str) -> list[Job]:
    """The DSL's copy of a class's lesson plan, printed whole: the DSL checks it and signs
    and dates its "DSL:" lines (its safeguarding checklist, after the "Last page" mark a
    teacher prints to, so no one else's copy had them), and files it. Nobody was asked to
    print that page. With it, the teacher notes, whose safe-delivery notes the DSL reads
    too (plan/teacher_notes): every file of the pack is named in the run."""
    return [Job(by, DSL_COPY, class_file(c.lesson, c.brand, name) + ".docx", "All",
                "1", BOTH_SIDES, MONO) for name in ("lesson-plan", NOTES_FILE)]


def dsl_notes_job(session: ParentSession, by: str) -> list[Job]:
    """The DSL's copy of the facilitator notes, as ``dsl_job``: its checklist's "DSL:"
    line is signed too. With it, the reference notes (how to deliver it safely)."""
    return [Job(by, DSL_COPY, item_files.file_stem(session, name) + ".docx", "All",
                "1", BOTH_SIDES, MONO) for name in ("facilitator-notes", "reference-notes")]


def copies_jobs(classes: Sequence[Printed], session: ParentSession | None, by: str
                ) -> list[Job]:
    """The papers printed from the files' email: each class teacher's handover, then the
    DSL's copies to sign (each plan, and the facilitator notes with an evening)."""
    jobs = [j for c in classes for j in handover_job(c, by)]
    jobs += [j for c in classes for j in dsl_job(c, by)]
    return jobs + (dsl_notes_job(session, by) if session is not None else [])


def handover_job(c: Printed, by: str) -> list[Job]:
    """A class teacher's handover, printed with the files the day they come: its "Before
    the lesson" jobs start then (the brief's handover row)."""
    return [Job(by, c.label, class_file(c.lesson, c.brand, "handover") + ".docx", "All",
                "1", ONE_SIDE, MONO)]


# The rules the evening's blank copies are counted by, each with the letter its cell
# carries: the office knows its families (the invitation), and the reply slips count the
# rest (the replies row, a week ahead). A rule in the cell ("1 per 16 adults coming, + 1")
# was a sum for whoever prints to do at the copier.
RULES = (
    ("a", "one per family in the school (the eldest child)"),
    ("b", "one per family coming or wanting the guide, and 10 spare"),
    ("c", f"one per {SIGN_IN_ROWS} adults, and 1 spare"),
    ("d", f"one per {SLIPS_A_PAGE} families"),
    ("e", "one per 2 adults"),
    ("f", f"one per {PLAY_ROWS} children in supervised play, and 1 spare"),
)
_RULE = dict(RULES)
# The rules counted from the reply slips: all but the invitation's.
FROM_SLIPS = "bcdef"


def _blank(letter: str) -> str:
    """"____ (c)": a count for the office to write in, by the rule lettered under the run."""
    assert letter in _RULE
    return f"{BLANK} ({letter})"


def invitation_job(session: ParentSession, by: str) -> list[Job]:
    """The evening's invitation, home with the letters to every family."""
    return [Job(by, EVENING, item_files.file_stem(session, "invitation") + ".docx", "1",
                _blank("a"), ONE_SIDE, MONO)]


EVENING = "Evening"


def evening_jobs(session: ParentSession, by: str) -> list[Job]:
    """The parents' evening's handout and the team's sign-in file, counted from the reply
    slips (the office counts them a week ahead); the last page is the school's register of
    the children in supervised play."""
    sign_in = item_files.file_stem(session, "sign-in") + ".docx"
    return [
        Job(by, EVENING, item_files.file_stem(session, "handout") + ".docx", "All", _blank("b"),
            BOTH_SIDES, MONO),
        *(Job(by, EVENING, sign_in, str(page), _blank(letter), ONE_SIDE, MONO)
          for page, letter in enumerate("cdef", 1)),
    ]


def held_name(name: str, prefix: str) -> str:
    """``name`` after ``prefix`` ("live-streaming-", which the line above the table gives),
    its hyphens no-break hyphens (U+2011): a column broke "sign-in" and "letter-home" across
    lines wherever they fell, and a name read in two halves is not the name in the email."""
    return name.removeprefix(prefix).replace("-", "\u2011")


def print_page(jobs: Sequence[Job], place: str, topic: str = "") -> list[Block]:
    """The run, headed with the school, each row with the day it is needed by, so whoever
    prints it needs nothing else; under it, the rules for the copies the office writes in.
    ``topic``: what every file's name starts with ("live-streaming"), said once above the
    table rather than in every row. Kept whole, on the last page: after a page break of
    its own, a timeline two rows longer than two pages made a fourth page for those rows
    alone, where the run's page had half of one empty."""
    prefix = f"{topic}-" if topic and all(j.file.startswith(f"{topic}-") for j in jobs) \
        else ""
    rows = tuple((j.by, j.who, held_name(j.file, prefix), j.pages,
                  j.copies, j.sides, j.colour) for j in jobs)
    return [
        Heading(f"{HEADING}: {place}" if place else HEADING, 2),
        # One line: the files' email and the sides are the brief's and the table's to say,
        # and the rules for the blanks under it need the room (at two lines, with the
        # names check's row and the slips' sentence, they ran onto a page of their own).
        Paragraph("Copies back with the office by the row's date"
                  + (f"; file names start “{prefix}”." if prefix else "."),
                  keep_next=True),
        Table(COLUMNS, rows, widths=WIDTHS, narrow_sides=True, keep_whole=True),
        *_rules(jobs),
    ]


def _rules(jobs: Sequence[Job]) -> list[Block]:
    """Under the run, in small print: how to count each blank copies cell ("(a) one per
    family in the school. From the reply slips: (b) …")."""
    used = [letter for letter, _ in RULES if any(j.copies == _blank(letter) for j in jobs)]
    if not used:
        return []
    own = [f"({x}) {_RULE[x]}" for x in used if x not in FROM_SLIPS]
    slips = [f"({x}) {_RULE[x]}" for x in used if x in FROM_SLIPS]
    said = " ".join(filter(None, (
        "; ".join(own) + "." if own else "",
        "From the reply slips: " + "; ".join(slips) + "." if slips else "")))
    return [Paragraph(f"{BLANK}: write in the count. {said}{_worked(slips)}",
                      style="note")]


# A worked example under the rules, counted by them: the office's reading of "one per 16
# adults, and 1 spare" was arithmetic at the copier, and the rules alone were misread.
# (families coming, adults coming, children for supervised play, families wanting the guide)
EXAMPLE = (40, 60, 25, 5)


def _worked(slips: Sequence[str]) -> str:
    """" For example, 40 families coming (60 adults, 25 children for play) and 5 more
    wanting the guide: (b) 55, (c) 5, (d) 10, (e) 30, (f) 3.": the reply-slip counts
    worked through, for the rules used; "" when no rule counts from the slips."""
    if not slips:
        return ""
    families, adults, children, guides = EXAMPLE
    counts = {"b": families + guides + 10, "c": _sheets(adults, SIGN_IN_ROWS) + 1,
              "d": _sheets(families, SLIPS_A_PAGE), "e": _sheets(adults, 2),
              "f": _sheets(children, PLAY_ROWS) + 1}
    worked = ", ".join(f"({x}) {counts[x]}" for x in FROM_SLIPS
                       if any(rule.startswith(f"({x})") for rule in slips))
    return (f" For example, {families} families coming ({adults} adults, {children} "
            f"children for play) and {guides} more wanting the guide: {worked}.")


def _sheets(count: int, a_page: int) -> int:
    """Sheets for ``count`` at ``a_page`` a sheet, the last one part-used."""
    return -(-count // a_page)
