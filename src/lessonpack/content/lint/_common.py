"""Helpers shared by the lint rules: where a field is, and how to walk an item's text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from lessonpack.content.model import LearningCycle, Lesson, QuizQuestion
from lessonpack.content.route_cycles import ID_FIELDS, prose
from lessonpack.content.yamlsource import FieldPath, format_field
from lessonpack.errors import Problem, problem_at

if TYPE_CHECKING:
    from lessonpack.content.loader import LoadedItem


def problem(loaded: LoadedItem, loc: FieldPath, code: str, message: str, *,
            position: tuple[int, int] | None = None) -> Problem:
    """A problem at ``loc`` of ``loaded``, with the severity of ``code`` in lessonpack.rules;
    ``position`` overrides the field's own position."""
    line, column = position or loaded.parsed.position(loc)
    return problem_at(loaded.display, code, message, line=line, column=column,
                      field=format_field(loc))


def text_fields(loaded: LoadedItem) -> Iterator[tuple[FieldPath, str]]:
    """Every text value of the validated item (facts already rendered in), with its path;
    ids (``ID_FIELDS``) left out.

    The model's field names are the YAML keys, so the paths match the file's positions.
    """
    yield from prose(loaded.item.model_dump(mode="json"), skip=ID_FIELDS)


def every_cycle(lesson: Lesson) -> Iterator[tuple[FieldPath, LearningCycle, str]]:
    """Each Part a pack may teach, with its path and how a message names it: the lesson's
    own, then those a route's years teach instead (``route_cycles``: Years 5–6's Part 3),
    which every check reads as it reads the Part they replace."""
    for c, cycle in enumerate(lesson.cycles):
        yield ("cycles", c), cycle, f"learning cycle {c + 1}"
    for r, route in enumerate(lesson.route_cycles):
        yield (("route_cycles", r), route,
               f"Years {route.years.replace('-', '–')}'s learning cycle {route.replaces}")


def quizzes(loaded: LoadedItem) -> Iterator[tuple[FieldPath, QuizQuestion]]:
    """Every multiple-choice question: checks for understanding, exit quiz, parents' quiz."""
    item = loaded.item
    if isinstance(item, Lesson):
        for at, cycle, _ in every_cycle(item):
            for q, question in enumerate(cycle.checks):
                yield (*at, "checks", q), question
        for q, question in enumerate(item.exit_quiz):
            yield ("exit_quiz", q), question
    else:
        for q, question in enumerate(item.quiz):
            yield ("quiz", q), question
        for v, variant in enumerate(item.quiz_variants):
            for q, question in enumerate(variant.quiz):
                yield ("quiz_variants", v, "quiz", q), question
