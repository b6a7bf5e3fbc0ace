"""Every timed step is doable and the steps add up (LP175).

The schema already checks that the starter, learning cycles and plenary add up to the lesson's
length (LP111). The time *inside* each part could still be fiction: six minutes to read,
find, plan four steps and write; one minute of feedback after seven of writing; no time for the
ground rules or the story. Teachers plan from the "(N min)" steps in the notes, so those steps
must add up to the part's minutes exactly, and the "Task (N min)" step must be the task's own
minutes (the slide and the worksheet show that number).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import every_cycle, problem
from lessonpack.content.model import Lesson
from lessonpack.content.yamlsource import FieldPath
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP175"

_STEP = re.compile(r"(?:^|\n)\s*([A-Z][^\n(]{0,40}?)\s*\((\d+)\s*min(?:ute)?s?\)")


def steps(notes: str) -> list[tuple[str, int]]:
    """The "Say (3 min):" steps of a part's notes, in order."""
    return [(name.strip(), int(minutes)) for name, minutes in _STEP.findall(notes)]


def _part(loaded: LoadedItem, loc: FieldPath, what: str, notes: str, minutes: int,
          task_minutes: int | None = None) -> list[Problem]:
    found = steps(notes)
    at = (*loc, "notes")
    if not found:
        return [problem(loaded, at, CODE, f"the {what} notes give no timed steps; write each "
                        f"step as 'Say (3 min): …' so they add up to its {minutes} minutes")]
    problems = []
    total = sum(m for _, m in found)
    if total != minutes:
        listed = ", ".join(f"{name} {m}" for name, m in found)
        problems.append(problem(loaded, at, CODE,
                                f"the {what} steps add up to {total} minutes ({listed}), not "
                                f"its {minutes}"))
    if task_minutes is not None:
        tasks = [m for name, m in found if name.lower().startswith("task")]
        if tasks and tasks[0] != task_minutes:
            problems.append(problem(loaded, at, CODE,
                                    f"the {what} notes give the task {tasks[0]} minutes but "
                                    f"the task itself says {task_minutes}"))
    return problems


def _check(loaded: LoadedItem) -> list[Problem]:
    item = loaded.item
    if not isinstance(item, Lesson):
        return []
    problems = _part(loaded, ("starter",), "starter", item.starter.notes, item.starter.minutes)
    for at, cycle, name in every_cycle(item):
        problems += _part(loaded, at, name, cycle.notes, cycle.minutes, cycle.task.minutes)
    problems += _part(loaded, ("plenary",), "plenary", item.plenary.notes, item.plenary.minutes)
    return problems


def check_timings(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
