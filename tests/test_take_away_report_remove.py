"""The help card a pupil keeps says Report Remove is for a threat too, in the year's words.

A pupil holding only the card is the one being threatened before anything is posted: "(a
nude of you shared, or threatened)" read as if the picture were threatened, and Report
Remove can act before an image is shared. Year 7 (and a pack for no one class) reads "a
private picture of you"; Years 8-9 and KS4 read "nude", UKCIS's word."""

from __future__ import annotations

from lessonpack.content.facts_model import FactsFile
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.textrender import render_text, text_context
from lessonpack.plan.year_words import for_year
from lessons import content_index, lesson_for


def _route(lesson: Lesson, facts: FactsFile | None, name: str) -> str:
    assert lesson.take_away is not None
    context = text_context(facts or content_index().facts)
    lines = [render_text(line.text, context) for line in lesson.take_away.lines]
    return next(line for line in lines if line.startswith(name))


def test_report_remove_is_for_a_picture_online_or_a_threat() -> None:
    """KS4's card says Report Remove is for a nude of you even when it is only threatened:
    "(a nude of you, or a threat: send it only here)" could be read as "send the threats
    here", and threats go to CEOP. The slides say it is the one place to send the image."""
    line = _route(lesson_for(Audience.KS3), None, "Report Remove")
    assert line.startswith("Report Remove: childline.org.uk (")
    assert "online or a threat to share one" in line, line
    line = _route(lesson_for(Audience.KS4), None, "Report Remove")
    assert line == "Report Remove: childline.org.uk (a nude of you, even if only threatened)"
    assert "threat:" not in line and "send" not in line


def test_year_seven_s_card_says_private_picture_and_year_eight_s_nude() -> None:
    facts = content_index().facts
    seven = _route(*for_year(lesson_for(Audience.KS3), facts, None), "Report Remove")
    eight = _route(*for_year(lesson_for(Audience.KS3), facts, 8), "Report Remove")
    assert "a private picture of you online" in seven and "nude" not in seven
    assert "a nude of you online" in eight


def test_take_it_down_is_not_only_before_posting() -> None:
    line = _route(lesson_for(Audience.KS4), None, "Take It Down")
    assert "before a nude is posted" not in line
    assert "to stop a nude of you being shared" in line
