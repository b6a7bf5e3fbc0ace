"""Year-group routes and the second adult's jobs: content fields, not shapes read from prose.

A Key Stage 2 step gives each year group its own route ("Years 3–4: one card set per table…
Years 5–6: pairs tick the sheet's table…"). Built for a known class, the plan keeps that
class's route alone (plan/year_routes.py). Where a route ends used to be guessed from the
words after it (the next "Ask:" or bracket), and a route followed by a step label the guess
did not know ("Explain:") swallowed it. The part now lists its routes, ``routes: [{years:
3-4, text: …}]``, each written in its notes word for word (the model refuses one that is not),
so the plan cuts exactly the words the author marked.

``second_adult`` lists the jobs a part gives the second adult, as an instruction to them
("note who shows thumbs up to …"): at a visit that adult is the class teacher, whose handover
sheet lists them (plan/visit_brief/handover_sheet.py). The notes say each job where it happens with
``{{ part.second_adult[0] }}`` ("Second adult: note who …", content/part_words.py), so the
presenter and the handover read the same words; notes that name the second adult anywhere
else are refused, since a job said only in prose would reach neither the handover nor, at a
visit, the class teacher's name.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, ValidationError, field_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from lessonpack.content.fields import Chars, Strict
from lessonpack.content.part_words import second_adult_line

# "3-4" for a route written "Years 3–4: …"; a single year ("4") is a route fitted to a class.
_YEARS = re.compile(r"^(\d+)(?:-(\d+))?$")


class YearRoute(Strict):
    """What one year group does: ``years`` "3-4", ``text`` the words after "Years 3–4: " (or
    "Years 3–4 only: ") in the part's notes, ending with the route's own full stop."""

    years: Annotated[str, Field(pattern=r"^\d+(-\d+)?$", max_length=5)]
    text: Annotated[str, Chars(300)]

    @field_validator("years")
    @classmethod
    def _in_order(cls, years: str) -> str:
        first, last = _bounds(years)
        if first > last:
            raise ValueError(f"years run low to high ('{last}-{first}'), not '{years}'")
        return years

    @property
    def first(self) -> int:
        return _bounds(self.years)[0]

    @property
    def last(self) -> int:
        return _bounds(self.years)[1]

    @property
    def label(self) -> str:
        """ "Years 3–4" as written in the notes; "Year 4" for a route fitted to a class."""
        if self.first == self.last:
            return f"Year {self.first}"
        return f"Years {self.first}–{self.last}"

    def covers(self, year: int) -> bool:
        return self.first <= year <= self.last

    def written(self) -> tuple[str, ...]:
        """The ways the route may be written in the notes, label and words."""
        return (f"{self.label}: {self.text}", f"{self.label} only: {self.text}")

    def span(self, text: str) -> tuple[int, int] | None:
        """Where the route is written in ``text`` (start, end), or None."""
        for form in self.written():
            at = text.find(form)
            if at >= 0:
                return at, at + len(form)
        return None


def _bounds(years: str) -> tuple[int, int]:
    found = _YEARS.match(years)
    if found is None:  # the field's pattern refuses it first
        raise ValueError(f"years are written '3-4', not {years!r}")
    first = int(found[1])
    return first, int(found[2]) if found[2] else first


class SheetRoute(YearRoute):
    """A year group's route through the pupil worksheet. ``parts`` and ``quiz`` list, by the
    numbers the slides give them, the Parts (their story, its question and private checks,
    and a written task in short room; a sort is done on cards) and the exit-quiz questions
    it keeps: built for a class in those years, the sheet holds only them, so pupils are
    never handed sides they are told to skip, and the slides and plan ask only those
    questions, numbered from 1. Empty lists: the whole sheet."""

    parts: list[Annotated[int, Field(ge=1, le=3)]] = Field(default_factory=list, max_length=3)
    quiz: list[Annotated[int, Field(ge=1, le=8)]] = Field(default_factory=list, max_length=8)
    # A route that sorts on the sheet's card tables: built for a class in those years, the
    # cards file holds the help cards alone (a Year 6 teacher was told to print and cut six
    # tables' sort cards the class never used).
    sort_cards: bool = Field(True, description=(
        "False: these years sort on the worksheet's card tables, not on cut-out cards; a "
        "pack built for a class in them prints no sort cards, only the help cards."))
    # A Part sorted on the table's cards keeps one written question on the class's sheet,
    # answered in the task's last minute: the lines that answer needs, never the side's
    # room (six lines under a one-minute answer read as a long task).
    answer_lines: int = Field(3, ge=1, le=6, description=(
        "Lines on the class's sheet under the written question of a Part sorted on cards "
        "(answered in the task's last minute)."))


class YearWords(Strict):
    """Words a year group is given instead of the lesson's own, wherever pupils read them
    (slides, sheet, help cards): ``{years: "7", words: "a nude of you", say: "a private
    picture of you"}``. Built for a class in those years, every place says ``say``; for any
    other class, or none, the lesson's words stand. One field, so no place is missed by a
    hand edit."""

    years: Annotated[str, Field(pattern=r"^\d+(-\d+)?$", max_length=5)]
    words: Annotated[str, Chars(60)]
    say: Annotated[str, Chars(60)]

    def covers(self, year: int) -> bool:
        first, last = _bounds(self.years)
        return first <= year <= last


Routes = Annotated[list[YearRoute], Field(default_factory=list, max_length=6)]
# One job a line, said to the second adult, naming its moment where a part has two: "during
# Olly's ending, lay out sheets and crayons".
SecondAdultJobs = Annotated[list[Annotated[str, Chars(160)]],
                            Field(default_factory=list, max_length=4)]

SECOND_ADULT = "second adult"


# A route's label as an author writes it in notes ("Years 3–4:", "Years 5–6 only:").
ROUTE_LABEL = re.compile(r"\bYears \d+[–-]\d+(?: only)?: ")


# A list line that is one year group's alone starts with its label ("Years 5–6: do both
# sorts on the sheet"): the whole line is the route, so no end is guessed.
_LINE_LABEL = re.compile(r"^Years (\d+)[–-](\d+)(?: only)?: ")


def lines_for_year(lines: list[str], year: int | None) -> list[str]:
    """``lines`` (short of time, differentiation) for a class of ``year``: a line labelled
    for other years left out, one labelled for this year's without its label; all of them
    for None."""
    if year is None:
        return lines
    kept = []
    for line in lines:
        found = _LINE_LABEL.match(line)
        if found is None:
            kept.append(line)
        elif int(found[1]) <= year <= int(found[2]):
            # Unlabelled: the plan is that class's ("Year 4: skip …" read as an order).
            rest = line[found.end():]
            kept.append(rest[:1].upper() + rest[1:])
    return kept


def unlisted_routes(notes: str, routes: list[YearRoute]) -> list[str]:
    """The route labels written in ``notes`` that no listed route starts at: a pack for a
    known class would print that route to every year."""
    starts = {span[0] for r in routes if (span := r.span(notes)) is not None}
    return [m[0].rstrip(": ") for m in ROUTE_LABEL.finditer(notes) if m.start() not in starts]


def unwritten_routes(notes: str, routes: list[YearRoute]) -> list[int]:
    """The indexes of ``routes`` not written, word for word, in ``notes``."""
    return [i for i, r in enumerate(routes) if r.span(notes) is None]


# "(Years 3–4)" after a job: it is done in those years only.
_FOR_YEARS = re.compile(r"\s*\(Years?\s+(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\)")


def for_the_class(job: str, year: int | None) -> str:
    """A job marked for some years, as the class's teacher reads it: unmarked in those
    years ("with card sets, hand one …" for a Year 4 class), "" in others (Year 6 has no
    cards); as written when the class's year is not known."""
    found = _FOR_YEARS.search(job)
    if found is None or year is None:
        return job
    first = int(found[1])
    last = int(found[2]) if found[2] else first
    return _FOR_YEARS.sub("", job, count=1) if first <= year <= last else ""


def unsaid_jobs(notes: str, jobs: list[str]) -> list[int]:
    """The indexes of ``jobs`` the notes do not say as ``{{ part.second_adult[i] }}``."""
    return [i for i, job in enumerate(jobs) if second_adult_line(job) not in notes]


def second_adult_in_prose(notes: str, jobs: list[str]) -> bool:
    """Whether ``notes`` name the second adult outside the lines that say its jobs."""
    for job in jobs:
        notes = notes.replace(second_adult_line(job), "")
    return SECOND_ADULT in notes.lower()


def check_part(model: str, notes: str, routes: list[YearRoute],
               jobs: list[str] | None) -> None:
    """Refuse a part whose routes or second-adult jobs (None: a part that has none, such as
    a resource) its notes do not bear out: one error at the field, so the message names the
    file's line of the route or job."""
    errors = [InitErrorDetails(
        type=PydanticCustomError("route_not_in_notes", (
            "route '{label}: …' is not written word for word in this part's notes: write "
            "it there as '{label}: {start}…' (the plan keeps exactly those words for the "
            "class's year)"), {"label": routes[i].label, "start": routes[i].text[:40]}),
        loc=("routes", i, "text"), input=routes[i].text)
        for i in unwritten_routes(notes, routes)]
    said = jobs or []
    errors += [InitErrorDetails(
        type=PydanticCustomError("second_adult_not_in_notes", (
            "this job is not said in the part's notes: write {said} there, where it happens "
            "(the presenter reads it; the class teacher's handover prints it)"),
            {"said": f"{{{{ part.second_adult[{i}] }}}}"}),
        loc=("second_adult", i), input=said[i]) for i in unsaid_jobs(notes, said)]
    if jobs is not None and second_adult_in_prose(notes, jobs):
        errors.append(InitErrorDetails(
            type=PydanticCustomError("second_adult_in_prose", (
                "the notes name the second adult in their own words: list the job under "
                "second_adult, said to them ('note who …'), and write "
                "{{ part.second_adult[N] }} in the notes where it happens")),
            loc=("notes",), input=notes))
    if errors:
        raise ValidationError.from_exception_data(model, errors)
