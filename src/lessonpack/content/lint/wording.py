"""A cycle's notes that nearly follow the sayings convention, but make no slide (LP159).

For children who cannot read, a cycle whose notes teach two or more sayings with actions,
each written as ``"No!" (flat hand up)``, gets a "Say it and show it" slide of picture cards
(content/wording.py). Written another way ('No' (hand up), “Stop” (both hands up)) the same
teaching silently loses its slide; this warns where it would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.content.lint._common import every_cycle, problem
from lessonpack.content.model import Lesson
from lessonpack.content.wording import SAYING, SAYING_LIKE, SAYINGS_FOR_A_SLIDE
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP159"


def _check(loaded: LoadedItem) -> list[Problem]:
    lesson = loaded.item
    if not isinstance(lesson, Lesson) or lesson.readers:
        return []
    problems = []
    for at, cycle, _ in every_cycle(lesson):
        written = len(SAYING.findall(cycle.notes or ""))
        meant = len(SAYING_LIKE.findall(cycle.notes or ""))
        if written < SAYINGS_FOR_A_SLIDE <= meant:
            problems.append(problem(
                loaded, (*at, "notes"), CODE,
                f"the notes teach {meant} sayings with actions, {written} of them written "
                "as the 'Say it and show it' slide reads them, so the slide is left out; "
                "write each as \"No!\" (flat hand up): double quotes, a capital and '!', "
                "then the action in brackets"))
    return problems


def check_sayings(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
