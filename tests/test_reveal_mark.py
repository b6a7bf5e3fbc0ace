"""An answer's reveal is known by the planner's mark (QuestionSlide.reveal: the right
answer given), never by its title's "Answer: ": a trainer's title is broken again after it
is refitted (deck_titles.rebalance_title), and only a reveal keeps its question's lines."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from pptx import Presentation
from pptx.util import Pt

from lessonpack.kinds import registry
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.payloads import Question
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.model import Slide
from lessonpack.render import deck_reveal_breaks, deck_title_breaks
from lessonpack.render.deck_reveal_titles import even_reveal_titles
from lessonpack.render.deck_titles import rebalance_title
from lessonpack.render.ooxml.slides import SlideXml, slides_xml


def test_the_reveal_is_the_question_with_its_answer() -> None:
    question = Question(1, "Who can you tell?", ("A friend", "A trusted adult"))
    assert not QuestionSlide(question).reveal
    reveal = QuestionSlide(Question(1, question.text, question.options, answer=1))
    assert reveal.reveal
    # The renderer asks the kind (SlideKind.reveals), which reads the same mark.
    assert registry.reveals(Slide("Who can you tell?", "notes", reveal))
    assert not registry.reveals(Slide("Who can you tell?", "notes", QuestionSlide(question)))
    assert not registry.reveals(Slide("Who can you tell?", "notes", BulletSlide(("A",))))


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


def _two_titles(question: str, answer: str) -> list[SlideXml]:
    """A question slide's title at 40 pt and the next slide's at 36 pt."""
    prs = Presentation()
    for title, size in ((question, 40), (answer, 36)):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(size)
    return slides_xml(prs)


def _sizes(slides: list[SlideXml]) -> list[int]:
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    return [int(next(s.tree.iter(f"{a}rPr")).get("sz")) for s in slides]


def test_a_reveal_and_its_question_share_a_title_size_by_the_mark() -> None:
    slides = _two_titles("Who can you tell?", "Who can you tell, and when?")
    assert even_reveal_titles(slides, frozenset({1})) == {0}
    assert _sizes(slides) == [3600, 3600]


def test_a_title_reading_answer_is_no_reveal_without_the_mark() -> None:
    slides = _two_titles("Who can you tell?", "Answer: Who can you tell?")
    assert even_reveal_titles(slides, frozenset()) == set()
    assert _sizes(slides) == [4000, 3600]
