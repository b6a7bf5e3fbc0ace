"""The steps that finish a slide on a trainer's template run in one declared order
(render/deck_finish.TRAINER_FINISH): a step placed before one whose work it reads is refused,
and swapping two dependent steps changes what a trainer's deck looks like, so the order is
held by tests rather than by comments."""

from __future__ import annotations

import pytest

from lessonpack.errors import InternalError
from lessonpack.render.deck_finish import TRAINER_FINISH, Step, in_order


def _swapped(first: str, second: str) -> tuple[Step, ...]:
    steps = list(TRAINER_FINISH)
    names = [s.name for s in steps]
    i, j = names.index(first), names.index(second)
    steps[i], steps[j] = steps[j], steps[i]
    return tuple(steps)


DEPENDENT = [(step.name, before) for step in TRAINER_FINISH for before in step.after]


def test_every_step_names_only_steps_that_run_before_it() -> None:
    assert in_order(TRAINER_FINISH) == TRAINER_FINISH
    assert len(DEPENDENT) >= len(TRAINER_FINISH)  # most steps read an earlier step's work
    with pytest.raises(InternalError, match="'refit text' reads the work of \\['no such"):
        in_order([Step("refit text", lambda f: None, after=("no such step",))])


@pytest.mark.parametrize(("step", "before"), DEPENDENT)
def test_a_step_moved_before_what_it_reads_is_refused(step: str, before: str) -> None:
    with pytest.raises(InternalError, match="would run after it"):
        in_order(_swapped(step, before))


