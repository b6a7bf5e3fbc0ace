"""Each audience's settings are said once (plan/ages.py), and what one lesson's content decides
is said in the content: the worksheet leaves a story's "Talk with a partner" line out where
the story says its Part's written questions ask it (``question_written``), at any age."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience, Lesson
from lessonpack.plan.ages import AGES, age_of
from lessonpack.plan.model import Callout
from lessonpack.plan.worksheet.sheet import plan_worksheet


def _lesson(audience: str) -> Lesson:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    return lesson


def _talk_lines(lesson: Lesson) -> list[str]:
    """The "Talk with a partner" lines the worksheet's story boxes print."""
    sheet = plan_worksheet(lesson, load().facts, DEFAULT_BRAND)
    return [b.ask[1] for b in sheet.blocks if isinstance(b, Callout) and b.ask[1]]


def test_each_ages_answer_lines_are_one_rule() -> None:
    """Lines under a prompt written for 1, 2, 3 and 7 lines: Year 3-6 two for a short
    answer, else three to five; KS3 four for every answer; KS4 three for a short one, else
    four."""
    said = {a: [age_of(a).sheet.lines.of(n) for n in (1, 2, 3, 7)]
            for a in (Audience.KS2, Audience.KS3, Audience.KS4)}
    assert said == {Audience.KS2: [2, 3, 3, 5], Audience.KS3: [4, 4, 4, 4],
                    Audience.KS4: [3, 4, 4, 4]}
    assert set(AGES) == set(Audience)
    assert [a for a in Audience if age_of(a).primary] == [Audience.KS1, Audience.KS2]
    assert [a for a in Audience if age_of(a).secondary] == [Audience.KS3, Audience.KS4]


def test_the_sheet_drops_a_storys_talk_line_where_the_content_says_so() -> None:
    ks3 = _lesson("ks3")
    kept = [c.scenario.question for c in ks3.cycles
            if c.scenario is not None and not c.scenario.question_written]
    assert len(kept) == 1 and _talk_lines(ks3) == kept
    # The same lesson with no story marked prints every story's line ...
    unmarked = ks3.model_copy(update={"cycles": [
        c.model_copy(update={"scenario": c.scenario.model_copy(
            update={"question_written": False})}) if c.scenario else c for c in ks3.cycles]})
    again = _talk_lines(unmarked)
    assert ks3.cycles[0].scenario is not None and ks3.cycles[0].scenario.question in again
    assert len(again) > len(kept), again
    # ... and another age's story marked leaves its line out: the content decides, not KS3.
    ks4 = _lesson("ks4")
    first = ks4.cycles[0]
    assert first.scenario is not None and first.scenario.question in _talk_lines(ks4)
    marked = ks4.model_copy(update={"cycles": [
        first.model_copy(update={"scenario": first.scenario.model_copy(
            update={"question_written": True})}), *ks4.cycles[1:]]})
    assert first.scenario.question not in _talk_lines(marked)


def test_a_story_cannot_be_written_where_its_task_asks_nothing_in_writing() -> None:
    cycle = _lesson("ks3").cycles[0].model_dump()
    cycle["task"]["prompts"] = [{**p, "lines": 0} for p in cycle["task"]["prompts"]]
    assert cycle["scenario"]["question_written"] is True
    with pytest.raises(ValidationError, match="remove question_written"):
        type(_lesson("ks3").cycles[0]).model_validate(cycle)
