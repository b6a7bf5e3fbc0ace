"""The lesson plan's slide ranges ("Plenary · 8 min · slides 19–27") find each part of the
deck by the deck planner's marks (Slide.cycle, Slide.opens_plenary), never by a slide's
kicker: "Part 2 · Story" and "Plenary" are printed words a wording change may alter."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_plan import slide_ranges


@pytest.mark.parametrize("stage", ["ks1", "ks2"])
def test_ranges_come_from_the_marks_not_the_kickers(stage: str) -> None:
    index = load()
    lesson = index.items[f"live-streaming-{stage}"].item
    assert isinstance(lesson, Lesson)
    deck = plan_lesson_deck(lesson, index.facts, Brand())
    ranges = slide_ranges(lesson, deck)
    assert len(ranges) == len(lesson.cycles) + 2, ranges
    plenary = next(n for n, s in enumerate(deck.slides, 1) if s.opens_plenary)
    assert ranges[-1].startswith(f"slides {plenary}–"), ranges
    first = next(n for n, s in enumerate(deck.slides, 1) if s.cycle == 1)
    assert ranges[0] == f"slides 1–{first - 1}", ranges
    # Every kicker reworded: the same ranges.
    reworded = replace(deck, slides=tuple(replace(s, kicker="Look here") for s in deck.slides))
    assert slide_ranges(lesson, reworded) == ranges
    # Without the marks there are no parts to find.
    unmarked = replace(deck, slides=tuple(replace(s, cycle=0, opens_plenary=False)
                                          for s in deck.slides))
    assert slide_ranges(lesson, unmarked) == []
