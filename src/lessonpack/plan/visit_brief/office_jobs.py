"""The visit brief's "The office's jobs, by date": what the school office does and by when, on
page one, before the table of every job. Made from the table's own rows (each row whose "Who"
names the office), so a date is written in one place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.plan.model import Block, Heading, Table
from lessonpack.plan.visit_brief.brief_day import Row

HEADING = "The office's jobs, by date"
# By, job, first step: the first two columns as wide as the table's below, so they line up.
WIDTHS = (1.12, 1.2, 5.68)
# A sentence of a job's "What to do": up to a full stop or semicolon.
_SENTENCE = re.compile(r"(.+?)(?:[.;](?:\s+|$)|$)")
# A "What to do" that opens on the names check's names by class ("Year 2: Pip, Olly; ...")
# says what to do with them last.
_LIST_FIRST = re.compile(r"^Year \d+:")


def first_instruction(what: str) -> str:
    """ "Print the letters" for "Print the letters; one home with each pupil that day.":
    the first sentence, or the last where the first is a list."""
    sentences: list[str] = [s.strip() for s in _SENTENCE.findall(what.strip()) if s.strip()]
    if not sentences:
        return what.strip()
    return sentences[-1] if _LIST_FIRST.match(sentences[0]) else sentences[0]


def office_jobs(rows: Sequence[Row]) -> tuple[Block, ...]:
    """The heading and a short table of the rows whose "Who" names the office (its date, the
    row's file or job and its first instruction), in the table's order; nothing when
    the office has no row. The office works from the brief, and its few jobs sat among
    thirty rows of other people's, in small type."""
    jobs = tuple((by, job, first_instruction(what))
                 for by, job, who, what in rows if "office" in who.lower())
    if not jobs:
        return ()
    return (Heading(HEADING, 2),
            Table(("Date", "File or job", "First step (in full in the table below)"), jobs,
                  widths=WIDTHS,
                  narrow_sides=True, read_by_first=True, keep_whole=True))
