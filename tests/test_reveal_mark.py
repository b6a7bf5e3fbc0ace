"""An answer's reveal is known by the planner's mark (QuestionSlide.reveal: the right
answer given), never by its title's "Answer: ": a trainer's title is broken again after it
is refitted (deck_titles.rebalance_title), and only a reveal keeps its question's lines."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pptx import Presentation

from lessonpack.kinds.quiz_question import Question, QuestionSlide, is_reveal
from lessonpack.render import deck_reveal_breaks, deck_title_breaks
from lessonpack.render.deck_titles import rebalance_title


def test_the_reveal_is_the_question_with_its_answer() -> None:
    question = Question(1, "Who can you tell?", ("A friend", "A trusted adult"))
    assert not QuestionSlide(question).reveal
    reveal = QuestionSlide(Question(1, question.text, question.options, answer=1))
    assert reveal.reveal and is_reveal(reveal)
    assert not is_reveal(QuestionSlide(question)) and not is_reveal(question)


@pytest.mark.parametrize(("title", "reveal"), [
    ("Answer: Who can you tell?", False),  # a title's words are no mark
    ("Who can you tell?", True),  # a reveal however its title reads
])
def test_only_a_marked_reveal_keeps_its_question_s_lines(
        monkeypatch: pytest.MonkeyPatch, title: str, reveal: bool) -> None:
    kept: list[object] = []
    monkeypatch.setattr(deck_reveal_breaks, "keep_title_lines", kept.append)
    monkeypatch.setattr(deck_reveal_breaks, "match_reveal_lines", lambda filler: None)
    monkeypatch.setattr(deck_title_breaks, "balance_title", lambda filler: None)
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = title
    filler = SimpleNamespace(slide=slide, slots={"title": 0})
    rebalance_title(filler, reveal)
    assert kept == ([filler] if reveal else [])
