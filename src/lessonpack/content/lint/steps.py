"""A learning cycle whose timed steps name none the slides are made for (LP157).

The deck puts each step of a cycle's notes on the slide where it happens ("Story (2 min): …"
beside the story, "Task (6 min): …" on the task; content/steps.py, plan/cycle_steps.py). Notes
whose steps have other names ("Hook (2 min)", "Activity (6 min)") still add up (LP175), but
the deck cannot place them: they all stay on the big ideas slide, before the story, which is
which a teacher with a clicker cannot teach from. This warns where that happens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.content.lint._common import every_cycle, problem
from lessonpack.content.model import Lesson
from lessonpack.content.steps import PLACED, kind, step_of
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP157"


def _check(loaded: LoadedItem) -> list[Problem]:
    lesson = loaded.item
    if not isinstance(lesson, Lesson):
        return []
    problems = []
    for at, cycle, part in every_cycle(lesson):
        names = [s[0] for line in (cycle.notes or "").split("\n") if (s := step_of(line))]
        # No timed steps at all is LP175's error.
        if names and not any(kind(n) in PLACED for n in names):
            problems.append(problem(
                loaded, (*at, "notes"), CODE,
                f"the {part} steps ({', '.join(names)}) name none the slides "
                "are made for, so all the notes stay on the big ideas slide; name each step "
                + ", ".join(p.capitalize() for p in PLACED[:-1])
                + f" or {PLACED[-1].capitalize()}, as 'Story (2 min): …'"))
    return problems


def check_step_names(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
