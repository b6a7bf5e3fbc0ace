"""The back half of a pupil deck: the readers' exit quiz on one slide,
and the big ideas, self-checks and that quiz each as rows across the whole slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.slide import Slide

from built_decks import shown
from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.quiz_answers import AnswersSlide
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.pack import plan_pack

READERS = ("ks2", "ks3", "ks4")


def _planned(built: Path, audience: str) -> tuple[list[tuple[Slide, object]], object]:
    """Each shown slide beside its planned payload, and the lesson it was planned from."""
    index = load()
    item = index.items[f"live-streaming-{audience}"].item
    (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    path = built / f"live-streaming-{audience}" / f"live-streaming-{audience}-slides.pptx"
    deck = shown(Presentation(str(path)).slides)
    planned = [spec.payload for spec in plan.slides if not spec.hidden]
    assert len(deck) == len(planned), audience
    return list(zip(deck, planned, strict=True)), item


def _plain(text: str) -> str:
    """Words as compared: spaces closed up, typographic quotes as typed ones."""
    return " ".join(text.split()).translate(str.maketrans("‘’“”", "''\"\""))


def _words(slide: Slide) -> str:
    return " ".join(_plain(sh.text_frame.text) for sh in slide.shapes if sh.has_text_frame)


@pytest.mark.parametrize("audience", READERS)
def test_the_exit_quiz_is_one_slide_its_answers_hidden_until_the_next(
        built_packs: Path, audience: str) -> None:
    slides, lesson = _planned(built_packs, audience)
    quiz = lesson.exit_quiz
    questions = tuple(q.question for q in quiz)
    at = [i for i, (_s, p) in enumerate(slides)
          if isinstance(p, ChecklistSlide) and p.points == questions]
    assert len(at) == 1, audience
    slide, _payload = slides[at[0]]
    words = _words(slide)
    assert "ring A, B or C on your worksheet" in words
    for q in quiz:
        assert _plain(q.question) in words
        # The answers wait for the answers slide: none of them is on the question slide.
        assert _plain(q.correct_text) not in words, (audience, q.correct_text)
    assert isinstance(slides[at[0] + 1][1], AnswersSlide), audience
    # No question slide of the old one-per-question run is left after it.
    assert not any(isinstance(p, QuestionSlide) for _s, p in slides[at[0]:])
    # The teacher still has every answer in the notes.
    notes = _plain(slide.notes_slide.notes_text_frame.text)
    assert all(_plain(q.explanation)[:40] in notes for q in quiz)


@pytest.mark.parametrize("audience", READERS)
def test_rows_of_big_ideas_and_self_checks_take_the_whole_width(
        built_packs: Path, audience: str) -> None:
    slides, _lesson = _planned(built_packs, audience)
    rows = [(s, p) for s, p in slides if isinstance(p, ChecklistSlide)
            and not p.flow and not p.pictures]
    assert len(rows) >= 4, audience  # big ideas and a self-check a cycle, and the quiz
    for slide, _p in rows:
        title = slide.shapes.title.text_frame.text
        # No icon repeated on a pale disc beside them: the words have its room.
        assert not [sh for sh in slide.shapes if sh.shape_type == 13], (audience, title)
        cards = [sh for sh in slide.shapes
                 if sh.name.startswith("Check") and sh.name.split()[-1].isdigit()]
        assert cards, (audience, title)
        # Our layout's body is 12.1 in wide: each row spans it.
        assert all(c.width >= 12 * 914400 for c in cards), (audience, title)
        sizes = {r.font.size.pt for sh in slide.shapes if sh.name.endswith(" text")
                 for para in sh.text_frame.paragraphs for r in para.runs if r.font.size}
        assert sizes and min(sizes) >= 22, (audience, title, sizes)
