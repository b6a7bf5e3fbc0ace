"""What the planners make from content is switched by fields, not by how a sentence is worded:
the "How it escalates" timeline slide by the sort's ``timeline``, the message drawn on a
phone by the prompt's ``message``. A content editor's rewording neither adds nor drops them;
a marked message worded another way is refused by the model, at its line."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpack import api
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson, Task, WorksheetPrompt
from lessonpack.kinds.timeline import TimelineSlide
from lessonpack.plan.deck.task import task_slide
from lessonpack.plan.lesson_deck import plan_lesson_deck


def _timelines(lesson: Lesson) -> list[str]:
    index = api.load()
    deck = plan_lesson_deck(lesson, index.facts, DEFAULT_BRAND)
    return [s.title for s in deck.slides if isinstance(s.payload, TimelineSlide)]


def _with_cycle(lesson: Lesson, n: int, title: str, timeline: bool) -> Lesson:
    cycles = list(lesson.cycles)
    cycle = cycles[n]
    assert cycle.task.sort is not None
    sort = cycle.task.sort.model_copy(update={"timeline": timeline})
    task = cycle.task.model_copy(update={"sort": sort})
    cycles[n] = cycle.model_copy(update={"title": title, "task": task})
    return lesson.model_copy(update={"cycles": cycles})


def test_the_timeline_follows_the_field_not_the_title() -> None:
    ks4 = api.load().items["live-streaming-ks4"].item
    assert isinstance(ks4, Lesson)
    n = next(i for i, c in enumerate(ks4.cycles) if c.task.sort and c.task.sort.timeline)
    assert len(_timelines(ks4)) == 1
    assert len(_timelines(_with_cycle(ks4, n, "Spotting the signs", True))) == 1
    assert _timelines(_with_cycle(ks4, n, "How it unfolds and escalates", False)) == []


def _prompt(text: str, message: bool) -> WorksheetPrompt:
    return WorksheetPrompt(text=text, message=message, model_answer="An answer.")


def test_the_phone_message_follows_the_field() -> None:
    text = 'Ravi messages Amara: "Should I just pay?" Write Amara\'s reply.'
    marked = Task(title="Reply", minutes=5, instructions=["Read it."],
                  prompts=[_prompt(text, True)])
    drawn = task_slide(marked, True, None)
    assert drawn.message is not None and drawn.message.text == "Should I just pay?"
    plain = marked.model_copy(update={"prompts": [_prompt(text, False)]})
    assert task_slide(plain, True, None).message is None  # worded so, but not marked


def test_a_marked_message_worded_otherwise_is_refused() -> None:
    with pytest.raises(ValidationError, match="message: true needs text that opens with the "
                                              "message"):
        _prompt("Write Amara's reply to Ravi's message.", True)


def _step_rows(prompt: WorksheetPrompt) -> list[str]:
    from lessonpack.content.model import Audience
    from lessonpack.plan.model import Table
    from lessonpack.plan.worksheet.prompts import prompt_blocks

    tables = [b for b in prompt_blocks([prompt], Audience.KS2) if isinstance(b, Table)]
    return [row[0] for table in tables for row in table.rows]


def test_the_worksheet_step_rows_follow_the_field_not_the_sentence() -> None:
    """A step's row and its hint come from the prompt's ``steps``: a prompt that only ends in
    a capitalised list ("…: Open, Edit, Save, Print.") gets writing lines, no screenshot
    advice; the built-in KS2 task's Save row carries its hint from the content."""
    ks2 = api.load().items["live-streaming-ks2"].item
    assert isinstance(ks2, Lesson)
    prompt = next(p for c in ks2.cycles for p in c.task.prompts if p.steps)
    save = next(step for step in prompt.steps if step.hint)
    assert f"{save.name} ({save.hint})" in _step_rows(prompt)
    assert _step_rows(prompt) == [step.shown for step in prompt.steps]
    prose = WorksheetPrompt(text="Write your story: Open, Edit, Save, Print.",
                            model_answer="Any story.")
    assert _step_rows(prose) == []


def test_a_step_the_text_does_not_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="steps: Hide not named in the text"):
        WorksheetPrompt(text="Plan the steps: Stop, Tell.", model_answer="x",
                        steps=[{"name": "Stop"}, {"name": "Hide"}])
