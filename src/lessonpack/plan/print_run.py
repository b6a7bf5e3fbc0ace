"""A visit day's print run: the brief's last page, a table of every file the office prints
the day before, a row per file and pages, with its copies, sides and colour.

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
COLUMNS = ("For", "File", "Pages", "Copies", "Sides", "Colour")
# The file's name is the widest cell ("live-streaming-parents-facilitator-notes.docx"):
# it breaks at its hyphens, two lines at most.
WIDTHS = (0.72, 2.5, 0.6, 1.33, 0.88, 0.9)


@dataclass(frozen=True)
class Job:
    """One row: a file's pages printed alike."""

    who: str
    file: str
    pages: str
    copies: str
    sides: str
    colour: str

    @property
    def row(self) -> tuple[str, ...]:
        return (self.who, self.file, self.pages, self.copies, self.sides, self.colour)


def _pages(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}\u2013{last}"


def _cards(label: str, lesson: Lesson, file: str, size: int) -> list[Job]:
    """A class's cards file, a row for each run of pages printed alike. One side only: the
    cards are cut out, and a grid on the back of a grid had every cut go through both."""
    if not has_cards(lesson):
        return []
    if not lesson.readers:
        # The picture cards once (the trainer holds them up); the lights for every child,
        # in colour: the teacher reads the room's colours at a glance.
        shown = picture_pages(picture_cards(lesson))
        lights = -(-size // LIGHT_SETS)
        held = [Job(label, file, _pages(1, shown), "1", ONE_SIDE, COLOUR)] if shown else []
        return [*held, Job(label, file, str(shown + 1),
                           f"{lights} ({LIGHT_SETS} children's sets a page)", ONE_SIDE, COLOUR)]
    jobs: list[Job] = []
    sorts = sort_pages(lesson) if sorts_on_cards(lesson) else 0
    if sorts:
        each = "table" if lesson.card_sets == "table" else "pair"
        sets = "1 for each table of the support group" if lesson.card_sets == "support" \
            else f"{card_sets(lesson, size)} (a set a {each})"
        jobs.append(Job(label, file, _pages(1, sorts), sets, ONE_SIDE, MONO))
    if lesson.take_away is not None:
        jobs.append(Job(label, file, str(sorts + 1), f"{help_copies(size)} (help cards)",
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


def class_jobs(c: Printed) -> list[Job]:
    """A class's worksheet, cards and letter after the lesson."""
    sheet = class_file(c.lesson, c.brand, "worksheet") + ".docx"
    jobs = [Job(c.label, sheet, "All", str(c.size), BOTH_SIDES, MONO),
            *_cards(c.label, c.fitted, cards_filename(c.lesson, c.brand), c.size)]
    if c.after:
        jobs.append(Job(c.label, letter_after_file(c.lesson, c.brand), "1", str(c.size),
                        ONE_SIDE, MONO))
    return jobs


def evening_jobs(session: ParentSession) -> list[Job]:
    """The parents' evening's handout and the team's sign-in file, counted from the reply
    slips (the office counts them a week ahead)."""
    who = "Evening"
    sign_in = common.file_stem(session, "sign-in") + ".docx"
    return [
        Job(who, common.file_stem(session, "handout") + ".docx", "All",
            "1 per family coming or asking for the guide, and 10 spare", BOTH_SIDES, MONO),
        Job(who, sign_in, "1", f"1 per {SIGN_IN_ROWS} adults coming, and 1 spare", ONE_SIDE,
            MONO),
        Job(who, sign_in, "2", f"1 per {SLIPS_A_PAGE} families (contact slips)", ONE_SIDE,
            MONO),
        Job(who, sign_in, "3", "1 per 2 adults (feedback forms)", ONE_SIDE, MONO),
    ]


def print_page(jobs: Sequence[Job], by: str, place: str) -> list[Block]:
    """The run on a page of its own, headed with the school and the day it is needed by, so
    whoever prints it needs nothing else."""
    # "by Thu 21 Jan", or "the day before" for a booking with no date yet.
    ready = f"Printed and checked {'by ' if any(ch.isdigit() for ch in by) else ''}" \
        f"{by[:1].lower() if not any(ch.isdigit() for ch in by) else by[:1]}{by[1:]}"
    return [
        PageBreak(),
        Heading(f"{HEADING}: {place}" if place else HEADING, 2),
        Paragraph(f"{ready}, then given to the office. Print each file's pages as its rows "
                  "say; the files came by email with this brief. Cards and sign-in pages "
                  "are cut out, so one side only.", keep_next=True),
        Table(COLUMNS, tuple(j.row for j in jobs), widths=WIDTHS, narrow_sides=True),
    ]
