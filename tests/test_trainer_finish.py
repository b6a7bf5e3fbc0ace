"""The steps that finish a slide on a trainer's template run in one declared order
(render/deck_finish.TRAINER_FINISH): a step placed before one whose work it reads is refused,
and swapping two dependent steps changes what a trainer's deck looks like, so the order is
held by tests rather than by comments."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import overflow
from lessonpack.errors import InternalError
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_finish import TRAINER_FINISH, Finishing, Step, in_order

PICTURE = Path(__file__).resolve().parents[1] / "src" / "lessonpack" / "pictures" / "stop.png"


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




# The pair whose order a slide shows: points beside a picture set one sentence at 36 pt
# (deck_side.SENTENCE_PT), and refitting measures the text at the size it is left at.
PAIR = ("points beside picture", "refit text")
SENTENCE = "If a message in a chat ever worried me, I would stop and tell a grown-up I trust."


def _sentence_beside_a_picture(order: tuple[Step, ...]) -> tuple[Any, list[str]]:
    """A trainer's slide as a kind leaves it (python-pptx's own template: a title, one
    sentence in the body at the template's 32 pt, a picture beside it), finished by the two
    steps of ``order`` that PAIR names, in ``order``'s order."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Before you go"
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.5), Inches(1.6), Inches(5.5), \
        Inches(1.4)
    body.text_frame.text = SENTENCE
    slide.shapes.add_picture(str(PICTURE), Inches(6.5), Inches(1.5), Inches(3), Inches(3))
    finishing = Finishing(SimpleNamespace(slide=slide), None, [], [])  # type: ignore[arg-type]
    for step in (s for s in order if s.name in PAIR):
        step.run(finishing)
    return slide, finishing.misfits


def _body_overflows(slide: Any) -> bool:
    view = view_of(slide)
    item = next(i for i in view.items if i.ph is not None and i.ph.idx == 1)
    frame = text_frame(item, view)
    return frame is not None and overflow(item, frame) is not None


def test_the_declared_order_fits_a_sentence_raised_beside_a_picture() -> None:
    """Refitting after the sentence is raised to 36 pt fits it to its box; refitting first
    (swapped) fits the template's size, and the raise then leaves it running out of the box:
    what a trainer projects would overflow."""
    declared, misfits = _sentence_beside_a_picture(TRAINER_FINISH)
    assert not misfits and not _body_overflows(declared)
    sizes = {r.font.size.pt for p in declared.placeholders[1].text_frame.paragraphs
             for r in p.runs}
    assert max(sizes) < 36  # raised, then made smaller to fit
    swapped, _ = _sentence_beside_a_picture(_swapped(*PAIR))
    assert _body_overflows(swapped)
