"""The steps that finish a slide on a trainer's template run in one declared order
(render/deck_finish.TRAINER_FINISH): a step placed before one whose work it reads is refused,
and swapping two dependent steps changes what a trainer's deck looks like, so the order is
held by tests rather than by comments."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.errors import InternalError
from lessonpack.io.zipnorm import build_time
from lessonpack.plan.pack import plan_pack
from lessonpack.render import deck_finish, slide_cache
from lessonpack.render.deck_finish import TRAINER_FINISH, Step, in_order
from lessonpack.render.pptx import render_pptx

BRIGHTPATH = Path("examples/templates/brightpath-training")


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


def _slides(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {n: package.read(n) for n in package.namelist()
                if n.startswith("ppt/slides/slide")}


def _brightpath_ks2() -> dict[str, bytes]:
    index = api.load()
    look = prepare_look(template=BRIGHTPATH)
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, look.brand)
    slide_cache.forget()  # every slide finished again, none kept from another order
    return _slides(render_pptx(plan.decks[0], look.brand, look.templates.deck, build_time(),
                               custom=True, brand_theme=look.brand_in_template))


def test_swapping_dependent_steps_changes_the_trainers_deck(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Measured on Brightpath's KS2 deck: text refitted before the panels and the picture's
    centre line took their room fits other boxes. (Contrast before the points' panel showed
    only in the colour of a title's hand-made line break, which titles on a template no
    longer have (deck_titles.rebalance_title); the kicker's steps are seen only on a
    template whose titles contrast gives a plate: tests/test_wild_templates.py.)"""
    kept = _brightpath_ks2()
    for step, before in (("refit text", "points beside picture"),):
        with monkeypatch.context() as patch:
            patch.setattr(deck_finish, "TRAINER_FINISH", _swapped(step, before))
            swapped = _brightpath_ks2()
        assert swapped.keys() == kept.keys()
        assert [n for n in kept if swapped[n] != kept[n]], (step, before)
    assert _brightpath_ks2() == kept  # the declared order again: the same slides
