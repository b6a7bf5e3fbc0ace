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
from lessonpack.plan import common
from lessonpack.plan.help_cards import copies as help_copies
from lessonpack.plan.letter.home import letter_after_file
from lessonpack.plan.model import Block, Heading, PageBreak, Paragraph, Table
from lessonpack.plan.parents_sign_in import SIGN_IN_ROWS, SLIPS_A_PAGE
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

ONE_SIDE, BOTH_SIDES = "One side", "Double-sided"
MONO, COLOUR = "Black and white", "Colour"
# The heading the office hands over with the page, and the columns reprographics reads.
HEADING = "Print run"
COLUMNS = ("By", "For", "File", "Pages", "Copies", "Sides", "Colour")
# The file's name is the widest cell ("live-streaming-parents-facilitator-notes.docx"):
# it breaks at its hyphens, two lines at most.
WIDTHS = (0.88, 0.74, 2.08, 0.6, 0.97, 0.83, 0.83)


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


def invitation_job(session: ParentSession, by: str) -> list[Job]:
    """The evening's invitation, home with the letters to every family."""
    return [Job(by, EVENING, common.file_stem(session, "invitation") + ".docx", "1",
                "1 per family", ONE_SIDE, MONO)]


EVENING = "Evening"


def evening_jobs(session: ParentSession, by: str) -> list[Job]:
    """The parents' evening's handout and the team's sign-in file, counted from the reply
    slips (the office counts them a week ahead)."""
    sign_in = common.file_stem(session, "sign-in") + ".docx"
    return [
        Job(by, EVENING, common.file_stem(session, "handout") + ".docx", "All",
            "1 per family coming or wanting the guide, + 10", BOTH_SIDES, MONO),
        Job(by, EVENING, sign_in, "1", f"1 per {SIGN_IN_ROWS} adults coming, + 1",
            ONE_SIDE, MONO),
        Job(by, EVENING, sign_in, "2", f"1 per {SLIPS_A_PAGE} families",
            ONE_SIDE, MONO),
        Job(by, EVENING, sign_in, "3", "1 per 2 adults", ONE_SIDE, MONO),
    ]


def print_page(jobs: Sequence[Job], place: str) -> list[Block]:
    """The run on a page of its own, headed with the school, each row with the day it is
    needed by, so whoever prints it needs nothing else."""
    return [
        PageBreak(),
        Heading(f"{HEADING}: {place}" if place else HEADING, 2),
        Paragraph("Print each file's pages as its row says, checked and back with the office "
                  "by the row's date; the files came by email with this brief. Cards and "
                  "sign-in pages are cut out, so one side only.", keep_next=True),
        Table(COLUMNS, tuple(j.row for j in jobs), widths=WIDTHS, narrow_sides=True),
    ]
