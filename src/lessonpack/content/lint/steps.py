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
from lessonpack.content.steps import kind, step_of
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP157"
UNPLACED = "LP184"


def _known(placed: tuple[str, ...]) -> str:
    return (", ".join(p.capitalize() for p in placed[:-1])
            + f" or {placed[-1].capitalize()}")


def _no_slide(lesson: Lesson, cycle: object, names: list[str],
              fields: dict[str, tuple[str, bool]]) -> list[str]:
    """The steps of ``names`` a slide kind places whose slide this Part does not get: its
    content field is not given, or the class cannot read yet and the kind is for readers."""
    return [name for name in names if (known := fields.get(kind(name))) is not None
            and (getattr(cycle, known[0], None) is None or (known[1] and not lesson.readers))]


def _check(loaded: LoadedItem, placed: tuple[str, ...],
           fields: dict[str, tuple[str, bool]]) -> list[Problem]:
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
        problems += [problem(
            loaded, (*at, "notes"), UNPLACED,
            f"the {part} step '{name}' has no slide in this part (its "
            f"'{fields[kind(name)][0]}:' is not given, or the class cannot read yet), so its "
            "notes go on the slide before; give it or rename the step")
            for name in _no_slide(lesson, cycle, names, fields)]
    return problems


def check_step_names(index: ContentIndex, placed: tuple[str, ...],
                     fields: dict[str, tuple[str, bool]] | None = None) -> list[Problem]:
    """LP157 and LP184 for every lesson; ``placed``: the step names the slides are made
    for, the built-in ones and the slide kinds' (plan/cycle_steps.placed); ``fields``: the
    kinds' steps' content fields (plan/cycle_steps.step_fields)."""
    return [p for loaded in index.items.values() for p in _check(loaded, placed, fields or {})]
