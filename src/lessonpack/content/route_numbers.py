"""Year routes checked against the lesson they route through (LP114).

A route names Parts and exit-quiz questions by the numbers the slides give them: a sheet
route's ``parts: [2, 3]`` and ``quiz: [1, 4]``, and a route's words ("quiz 1 and 4", "Part 2
only"). The model checks each route on its own (content/routes.py); only the lesson knows how
many Parts and questions there are. A route naming Part 4 of a three-Part lesson built a
Year 4 sheet without it, and its plan sent the class to a question the quiz did not have,
with nothing said. Each such number is one line, at the field that names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from lessonpack.content.model import Lesson
from lessonpack.content.routes import YearRoute
from lessonpack.content.yamlsource import format_field
from lessonpack.errors import Problem, problem_at

if TYPE_CHECKING:
    from lessonpack.content.loader import LoadedItem

# "Part 2", "Parts 1 and 2", "quiz 1 and 4", "quiz questions 2, 3 or 4", "Parts 1–3".
_NAMED = re.compile(r"\b(Parts?|quiz(?: questions?)?) (\d+(?:(?:, | and | or |[–-])\d+)*)\b",
                    re.IGNORECASE)


def _numbers(run: str) -> list[int]:
    """The numbers a run names, a range's ends and all between ("1–3": 1, 2, 3)."""
    found: list[int] = []
    for piece in re.split(r", | and | or ", run):
        ends = [int(n) for n in re.split(r"[–-]", piece)]
        found += list(range(ends[0], ends[-1] + 1)) if len(ends) == 2 else ends
    return found


def _routes(lesson: Lesson) -> Iterator[tuple[tuple[Any, ...], YearRoute]]:
    """Every route of the lesson with where it is written."""
    for i, sheet in enumerate(lesson.sheet_routes):
        yield ("sheet_routes", i), sheet
    parts: list[tuple[tuple[Any, ...], list[YearRoute]]] = [
        (("starter",), lesson.starter.routes),
        *((("cycles", c), cycle.routes) for c, cycle in enumerate(lesson.cycles)),
        # A Part a route's years teach instead names Parts and questions as the lesson's.
        *((("route_cycles", c), cycle.routes) for c, cycle in enumerate(lesson.route_cycles)),
        (("plenary",), lesson.plenary.routes)]
    parts += [(("resources", r), res.routes) for r, res in enumerate(lesson.resources)
              if not isinstance(res, str)]
    for at, routes in parts:
        for i, route in enumerate(routes):
            yield (*at, "routes", i), route


def route_number_problems(loaded: LoadedItem) -> list[Problem]:
    """A problem (LP114) for each Part or exit-quiz question a route of ``loaded``'s lesson
    names that the lesson does not have; none for a parents' session (it has no routes)."""
    lesson = loaded.item
    if not isinstance(lesson, Lesson):
        return []
    have = {"part": len(lesson.cycles), "quiz": len(lesson.exit_quiz)}
    what = {"part": f"{have['part']} Parts (its learning cycles)",
            "quiz": f"{have['quiz']} exit-quiz questions"}
    found: list[tuple[tuple[Any, ...], str, int]] = []  # (where, part or quiz, number)
    for at, route in _routes(lesson):
        found += [((*at, "text"), m[1].lower().split()[0].rstrip("s"), n)
                  for m in _NAMED.finditer(route.text) for n in _numbers(m[2])]
        if at[0] == "sheet_routes":
            sheet = lesson.sheet_routes[at[1]]
            found += [((*at, "parts", j), "part", n) for j, n in enumerate(sheet.parts)]
            found += [((*at, "quiz", j), "quiz", n) for j, n in enumerate(sheet.quiz)]
    problems = []
    for loc, kind, n in found:
        if 1 <= n <= have[kind]:
            continue
        line, column = loaded.parsed.position(loc)
        name = "Part" if kind == "part" else "quiz question"
        problems.append(problem_at(
            loaded.display, "LP114", f"{name} {n} is not in this lesson, which has "
            f"{what[kind]}, numbered from 1 as on the slides", line=line, column=column,
            field=format_field(loc)))
    return problems
