"""A task's answers are in the speaker notes once: a trainer found the same sort answers in
three slides' notes running (the cards, the circled clues, the self-check)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import slides_file
from lessonpack.api import load
from lessonpack.content.model import Lesson
from lessonpack.plan.deck.task import FEEDBACK_HAS_KEY, task_key


def _plain(text: str) -> str:
    for curly, straight in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("\xa0", " ")):
        text = text.replace(curly, straight)
    return text


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_readers_hear_each_tasks_answers_on_one_slide(built_packs: Path, audience: str) -> None:
    lesson = load(()).items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson) and lesson.readers
    path = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(path)).slides
             if s.has_notes_slide]
    plain = [_plain(n) for n in notes]
    for cycle in lesson.cycles:
        # The key's opening words, quotes and apostrophes straightened as the deck curls
        # them: one slide's notes carry them.
        first = _plain(task_key(cycle))[:40]
        holding = [n for n in plain if first in n]
        assert len(holding) == 1, (cycle.title, len(holding))
    # The task slides point to where the answers are.
    assert sum(_plain(FEEDBACK_HAS_KEY) in n for n in plain) == len(lesson.cycles)
