"""A plan line names slides by the marks content gives them ("{slides age_rules}"), and the
plan prints their numbers in the deck as planned: a slide added before them moves the
numbers with it, where a number typed into content stayed wrong. ``lessonpack validate``
refuses a typed number and a marker no slide carries (LP183)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.slide_marks import marked, said, with_marked_slides

ROOT = Path(__file__).resolve().parents[1]
LINE = "check age rules ({slides age_rules}: as of December 2026)"


def _lesson(audience: str) -> Lesson:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    return lesson


def test_runs_of_slides_are_said_as_a_teacher_reads_them() -> None:
    assert said([9]) == "slide 9"
    assert said([17, 18, 19]) == "slides 17–19"
    assert said([9, 12]) == "slides 9 and 12"
    assert said([9, 12, 13, 20]) == "slides 9, 12–13 and 20"
    assert said([]) == ""


def test_the_numbers_follow_the_deck_not_the_content() -> None:
    """KS3's big ideas of Part 1 and its check on YouTube's rules are marked; a slide put
    before them moves both numbers."""
    deck = plan_lesson_deck(_lesson("ks3"), load().facts, Brand())
    numbers = marked(deck, "age_rules")
    assert [deck.slides[n - 1].title for n in numbers] == [
        "Big ideas: What changes when it's live?", "YouTube's rules at thirteen"]
    assert with_marked_slides(LINE, deck) == f"check age rules ({said(numbers)}: as of " \
        "December 2026)"
    moved = replace(deck, slides=(deck.slides[0], *deck.slides))
    assert marked(moved, "age_rules") == [n + 1 for n in numbers]
    # Built without a deck, the marker goes with its colon: the line still reads.
    assert with_marked_slides(LINE, None) == "check age rules (as of December 2026)"


@pytest.mark.parametrize(("audience", "titles"), [
    # A check with an answer slide is marked on both: Mei's question and its answer.
    ("ks2", ["Big ideas: Private things stay private", "Mei and the age rules",
             "Answer: Mei and the age rules"]),
    # KS4's tiles are about the threat: no slide shows an app's rule (the notes do).
    ("ks4", [])])
def test_the_marked_slides_are_the_ones_content_marks(audience: str, titles: list[str]
                                                      ) -> None:
    deck = plan_lesson_deck(_lesson(audience), load().facts, Brand())
    assert [deck.slides[n - 1].title for n in marked(deck, "age_rules")] == titles


def _validate(tmp_path: Path, old: str, new: str, capsys: pytest.CaptureFixture[str]
              ) -> list[str]:
    """``lessonpack validate`` on a copy of ks2.yml with ``old`` written ``new``."""
    text = (ROOT / "content/live-streaming/ks2.yml").read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (tmp_path / "lesson.yml").write_text(text.replace(old, new), encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path)]) == 1
    return [x for x in capsys.readouterr().err.splitlines() if "LP183" in x]


def test_validate_refuses_a_marker_no_slide_carries(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _validate(tmp_path, "({slides age_rules},", "({slides age_rule},", capsys)
    assert len(lines) == 1 and "{slides age_rule} names no slide" in lines[0], lines
    assert "safeguarding.checklist[6].text" in lines[0], lines


def test_validate_refuses_a_marker_where_the_plan_reads_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = "    - \"Every question is a good question.\"\n"
    lines = _validate(tmp_path, old, old.replace("question.", "question ({slides age_rules})."),
                      capsys)
    assert len(lines) == 1 and "safeguarding.ground_rules[4]" in lines[0], lines
    assert "is read only in a safeguarding checklist" in lines[0], lines


def test_validate_refuses_marks_on_an_exit_quiz_question(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lesson = _lesson("ks2")
    question = lesson.exit_quiz[0].question
    old = f"  - question: \"{question}\"\n"
    lines = _validate(tmp_path, old, f"{old}    marks: [age_rules]\n", capsys)
    assert len(lines) == 1 and "exit_quiz[0].marks" in lines[0], lines
    assert "shares its slide" in lines[0], lines
