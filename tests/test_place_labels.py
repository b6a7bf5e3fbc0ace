"""The places a drawing task names, read from its steps so the slide and the sheet match."""

from __future__ import annotations

from lessonpack.content.model import Task
from lessonpack.plan.picture_sheet import place_labels


def _task(*steps: str) -> Task:
    # Only the steps are read: the rest of a task is not needed here.
    return Task.model_construct(title="My helping hand", minutes=10, instructions=list(steps))


def test_one_at_can_lead_a_list_of_places() -> None:
    # KS1 steps are kept short: "at school, home or another place" names both places.
    task = _task("Draw round your hand.", "Grown-ups at school, home or another place.")
    assert place_labels(task) == (("school", "At school"), ("home", "At home or another place"))


def test_each_place_with_its_own_at_keeps_the_steps_order() -> None:
    task = _task("Draw round your hand.", "Someone at home or another place, then at school.")
    assert place_labels(task) == (("home", "At home or another place"), ("school", "At school"))


def test_no_drawing_names_no_places() -> None:
    assert place_labels(_task("Talk to someone at school or at home.")) == ()
