"""Quiz answers at one size across a deck: each question's panels fit the longest answer of
every question laid out the same way (as many answers, pictures on them), so the role keeps
one size from slide to slide (Brightpath KS1 set one question's answers at 32 pt and the
others at 25 pt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.payloads import Question
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.deck.quiz import one_answer_size
from lessonpack.plan.model import Slide

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def brightpath_ks1(brightpath_at_ashgrove: Path) -> Path:
    return brightpath_at_ashgrove / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"


def _answer_sizes(path: Path) -> dict[int, set[float]]:
    sizes: dict[int, set[float]] = {}
    for n, slide in enumerate(Presentation(str(path)).slides, 1):
        for shape in slide.shapes:
            # "Answer A" / "Answer 1": the answer's words (not its panel, letter or picture).
            parts = shape.name.split()
            if len(parts) == 2 and parts[0] == "Answer" and len(parts[1]) == 1 \
                    and shape.has_text_frame and shape.text_frame.text:
                sizes.setdefault(n, set()).update(
                    r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs
                    if r.font.size is not None)
    return sizes


def test_every_quiz_slide_sets_its_answers_at_one_size(brightpath_ks1: Path) -> None:
    sizes = _answer_sizes(brightpath_ks1)
    assert len(sizes) >= 4
    assert len(set().union(*sizes.values())) == 1, sizes


def test_the_planner_tells_each_quiz_slide_every_questions_answers() -> None:
    def quiz(n: int, options: tuple[str, ...]) -> Slide:
        return Slide(f"Q{n}", notes="", payload=QuestionSlide(Question(n, f"Q{n}", options)))

    other = Slide("Other", notes="", payload=BulletSlide(("A point.",)))
    slides = one_answer_size([quiz(1, ("Yes.", "No.")), other,
                              quiz(2, ("A grown-up you trust.", "Nobody."))])
    likes = [s.payload.question.like for s in slides if isinstance(s.payload, QuestionSlide)]
    assert likes == [(("Yes.", "No."), ("A grown-up you trust.", "Nobody."))] * 2
