"""Think, pair, share (kinds/think_pair_share): a cycle whose content gives one
(``think_pair_share``) gets a slide with its question at the top and three panels across it
(Think: on your own, 1 minute; Pair: with a partner, 2 minutes; Share: with the class), each
with its line, inside the slide, in reading order; where the layout has no body area the
same words are text. The KS3 lesson has one, in its Part 3 (tests/test_cycle_steps.py holds
its place and its notes' step)."""

from __future__ import annotations

from typing import Any

import pytest
from pptx import Presentation
from pptx.slide import Slide
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.kind_parts.think_pair_share import ThinkPairShare
from lessonpack.content.model import Lesson
from lessonpack.kinds import registry
from lessonpack.kinds.think_pair_share import STAGES, ThinkPairShareSlide, made_from

TITLE = "Think, pair, share"


def _part() -> ThinkPairShare:
    lesson = load().items["live-streaming-ks3"].item
    assert isinstance(lesson, Lesson)
    (part,) = [c.think_pair_share for c in lesson.cycles if c.think_pair_share is not None]
    return part


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("think-pair-share")
    assert main(["build", "-k", "ks3", "-f", "pptx", "--out", str(out), "--quiet"]) == 0
    return Presentation(str(out / "live-streaming-ks3" / "live-streaming-ks3-slides.pptx"))


def _slide(deck: Any) -> Slide:
    (found,) = [s for s in deck.slides
                if s.shapes.title is not None and s.shapes.title.text_frame.text == TITLE]
    return found


def _shape(slide: Slide, name: str) -> Any:  # a python-pptx shape
    (found,) = [sh for sh in slide.shapes if sh.name == name]
    return found


def _plain(text: str) -> str:
    """Text as content writes it: the deck sets typographic quotes."""
    return text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


def test_the_kind_is_registered_on_the_bullets_layout() -> None:
    kind = registry.by_name("think_pair_share")
    assert kind.payload is ThinkPairShareSlide
    assert registry.home(kind) == "lessonpack.kinds.think_pair_share"
    assert kind.layout.name == "LP Bullets" and "body" in kind.layout.slots


def test_the_stages_are_the_routines_and_the_lines_contents() -> None:
    part = _part()
    payload = made_from(part)
    assert [(s.name, s.how) for s in payload.stages] == list(STAGES)
    assert [s.line for s in payload.stages] == [part.think, part.pair, part.share]
    assert [s.name for s in payload.stages] == ["Think", "Pair", "Share"]
    assert "1\u00a0minute" in payload.stages[0].how and "2\u00a0minutes" in payload.stages[1].how
    # Where the layout has no body area, the slide's text says everything, in order.
    assert payload.lines[0] == part.question
    assert payload.lines[1].startswith("Think (on your own") and payload.lines[1].endswith(
        part.think)


def test_a_line_too_long_for_its_panel_is_refused() -> None:
    part = _part()
    with pytest.raises(ValidationError):
        ThinkPairShare.model_validate({**part.model_dump(), "think": "word " * 20})
    with pytest.raises(ValidationError):
        ThinkPairShare.model_validate({**part.model_dump(), "share": ""})


def test_the_slide_shows_the_question_over_three_panels(deck: Any) -> None:
    part = _part()
    slide = _slide(deck)
    question = _shape(slide, "Question")
    assert _plain(question.text_frame.text) == part.question
    panels = [_shape(slide, f"{name} panel") for name, _how in STAGES]
    # Left to right, in one row, under the question, inside the slide.
    assert [p.left for p in panels] == sorted(p.left for p in panels)
    assert len({p.top for p in panels}) == 1
    assert panels[0].top >= question.top + question.height
    for p in panels:
        assert p.left >= 0 and p.left + p.width <= deck.slide_width
        assert p.top + p.height <= deck.slide_height
    for n, ((name, how), line) in enumerate(
            zip(STAGES, (part.think, part.pair, part.share), strict=True), 1):
        panel = _shape(slide, f"{name} panel")
        assert _shape(slide, f"{name} panel number").text_frame.text == str(n)
        assert _shape(slide, f"{name} panel name").text_frame.text == name
        assert _shape(slide, f"{name} panel how").text_frame.text == how
        text = _shape(slide, f"{name} panel text")
        assert _plain(text.text_frame.text) == line
        # Every word of the panel sits inside it.
        for shape in (_shape(slide, f"{name} panel {k}") for k in ("name", "how", "text")):
            assert panel.left <= shape.left and shape.left + shape.width <= panel.left + panel.width
            assert panel.top <= shape.top and shape.top + shape.height <= panel.top + panel.height


def test_the_slide_is_read_question_first_then_each_panel(deck: Any) -> None:
    """Shapes in the order a screen reader reads them: the question, then Think, Pair,
    Share, each its name before its line."""
    names = [sh.name for sh in _slide(deck).shapes]
    order = ["Question", *(f"{n} panel {k}" for n, _h in STAGES for k in ("name", "text"))]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order)


def test_its_notes_say_the_step_and_how_to_run_it(deck: Any) -> None:
    notes = _plain(_slide(deck).notes_slide.notes_text_frame.text)
    assert notes.startswith("Think, pair, share (4 min):")
    assert _plain(_part().question) in notes
    assert "nobody has to share" in notes
