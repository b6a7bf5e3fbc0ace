"""A learning cycle whose timed steps name none the slides are made for (LP157).

The deck puts each step of a cycle's notes on the slide where it happens ("Story (2 min): …"
beside the story, "Task (6 min): …" on the task; content/steps.py, plan/cycle_steps.py). Notes
whose steps have other names ("Hook (2 min)", "Activity (6 min)") still add up (LP175), but
the deck cannot place them: they all stay on the big ideas slide, before the story, which is
which a teacher with a clicker cannot teach from. This warns where that happens; and where
some steps are placed, each one that is not (LP184: "Hook (2 min)" among "Say" and "Task"),
whose notes go on the slide before with no other sign.

The step names the slides are made for are the built-in ones (content/steps.PLACED) and
those the slide kinds declare (kinds/base.CyclePlace): content cannot see the kinds, so
``lessonpack validate`` passes them in (LintInputs.steps, from plan/cycle_steps.placed).
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
UNPLACED = "LP184"


def _known(placed: tuple[str, ...]) -> str:
    return (", ".join(p.capitalize() for p in placed[:-1])
            + f" or {placed[-1].capitalize()}")


def _check(loaded: LoadedItem, placed: tuple[str, ...]) -> list[Problem]:
    lesson = loaded.item
    if not isinstance(lesson, Lesson):
        return []
    problems = []
    for at, cycle, part in every_cycle(lesson):
        names = [s[0] for line in (cycle.notes or "").split("\n") if (s := step_of(line))]
        # No timed steps at all is LP175's error.
        if names and not any(kind(n) in placed for n in names):
            problems.append(problem(
                loaded, (*at, "notes"), CODE,
                f"the {part} steps ({', '.join(names)}) name none the slides "
                "are made for, so all the notes stay on the big ideas slide; name each step "
                + _known(placed) + ", as 'Story (2 min): …'"))
            continue
        problems += [problem(
            loaded, (*at, "notes"), UNPLACED,
            f"the {part} step '{name}' names no slide it is said on, so its notes go on "
            f"the slide before; the steps the slides are made for: {_known(placed)}")
            for name in names if kind(name) not in placed]
    return problems


def check_step_names(index: ContentIndex, placed: tuple[str, ...] = PLACED) -> list[Problem]:
    """LP157 and LP184 for every lesson; ``placed``: the step names the slides are made
    for, the built-in ones unless the caller gives the slide kinds' too."""
    return [p for loaded in index.items.values() for p in _check(loaded, placed)]
