"""Content names slides by the marks it gives them, never by a number typed into its text
(LP183).

"check age rules (slides 17–19 …)" was right for the deck it was typed against; a slide
added before them, or a check cut, and the checklist sent the teacher to the wrong slides
with nothing to say so. A plan line writes "{slides age_rules}" instead, and the planner
prints the numbers of the slides content marked so (a Part's ``explain_marks``, a check's
``marks``; plan/slide_marks) in the deck as built. So this refuses, at its field:

- "slide 9", "slides 17–19" in any text (a number a deck's next cut breaks);
- a "{slides name}" no Part's big ideas or check is marked with (it would print nothing),
  or one where no plan reads it (only checklist and short_of_time lines are);
- marks on an exit-quiz or parents' quiz question, which shares its slide with others and
  is never marked by the planner.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import every_cycle, problem, quizzes, text_fields
from lessonpack.content.model import Lesson
from lessonpack.content.yamlsource import FieldPath
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP183"

# "slide 9", "slides 17–19", "slides 9 and 12", "slides 16, 18–19": the whole list, quoted.
_RUN = r"\d+(?:[–-]\d+)?"
_NUMBER = re.compile(rf"\bslides? {_RUN}(?:(?:, | and ){_RUN})*", re.IGNORECASE)
_MARKER = re.compile(r"\{slides ([^{}]*)\}")
_HOW = "mark the slides (a Part's explain_marks, a check's marks) and write {slides name}"


def _marks(loaded: LoadedItem) -> set[str]:
    """Every mark a Part's big ideas or checks carry (a route's Parts too)."""
    if not isinstance(loaded.item, Lesson):
        return set()
    return {m for _at, cycle, _name in every_cycle(loaded.item)
            for m in [*cycle.explain_marks, *(m for c in cycle.checks for m in c.marks)]}


def _check(loaded: LoadedItem) -> list[Problem]:
    marks = _marks(loaded)
    problems = []
    for loc, text in text_fields(loaded):
        number = _NUMBER.search(text)
        if number:
            problems.append(problem(
                loaded, loc, CODE,
                f"\u201c{number.group()}\u201d names a slide by its number, which changes "
                f"when the deck does: {_HOW}"))
        problems += _markers(loaded, loc, text, marks)
    for loc, question in quizzes(loaded):
        if question.marks and loc[0] not in ("cycles", "route_cycles"):
            problems.append(problem(
                loaded, (*loc, "marks"), CODE,
                "a quiz question shares its slide with the others: only a Part's big ideas "
                "and checks are marked"))
    return problems


def _read_here(loc: FieldPath) -> bool:
    """Whether the plan reads a "{slides name}" at ``loc``: a checklist or short_of_time
    line (plan/lesson_plan); elsewhere it would print as written."""
    return loc[:2] == ("safeguarding", "checklist") or loc[:1] == ("short_of_time",)


def _markers(loaded: LoadedItem, loc: FieldPath, text: str, marks: set[str]) -> list[Problem]:
    """Each "{slides name}" in ``text`` that would not print slide numbers."""
    problems = []
    for name in dict.fromkeys(_MARKER.findall(text)):
        if not _read_here(loc):
            problems.append(problem(
                loaded, loc, CODE,
                f"{{slides {name}}} is read only in a safeguarding checklist or "
                "short_of_time line; here it would print as written"))
        elif name not in marks:
            problems.append(problem(
                loaded, loc, CODE,
                f"{{slides {name}}} names no slide: no Part's big ideas or check is "
                f"marked {name!r}; {_HOW}"))
    return problems


def check_slide_numbers(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
