"""The lesson plan's slide ranges ("Plenary · 8 min · slides 19–27") find each part of the
deck, and the starter's and plenary's steps the slide they are said on, by the deck
planner's marks (Slide.cycle, Slide.place), never by a slide's kicker: "Part 2 · Story",
"Plenary" and "Key messages" are printed words a wording change may alter."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.deck.ending import ending_slides
from lessonpack.plan.deck.opening import opening_slides, starter_slides
from lessonpack.plan.deck.places import PLENARY_PLACES, STARTER_PLACES, steps_in_place
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_plan import slide_ranges
from lessonpack.plan.model import Place


@pytest.mark.parametrize("stage", ["ks1", "ks2"])
def test_ranges_come_from_the_marks_not_the_kickers(stage: str) -> None:
    index = load()
    lesson = index.items[f"live-streaming-{stage}"].item
    assert isinstance(lesson, Lesson)
    deck = plan_lesson_deck(lesson, index.facts, Brand())
    ranges = slide_ranges(lesson, deck)
    assert len(ranges) == len(lesson.cycles) + 2, ranges
    plenary = next(n for n, s in enumerate(deck.slides, 1) if s.place is Place.PLENARY)
    assert ranges[-1].first == plenary and ranges[-1].last == len(deck.slides), ranges
    first = next(n for n, s in enumerate(deck.slides, 1) if s.cycle == 1)
    assert ranges[0].label == f"slides 1–{first - 1}", ranges
    # Every kicker reworded: the same ranges.
    reworded = replace(deck, slides=tuple(replace(s, kicker="Look here") for s in deck.slides))
    assert slide_ranges(lesson, reworded) == ranges
    # Without the marks there are no parts to find.
    unmarked = replace(deck, slides=tuple(replace(s, cycle=0, place=None)
                                          for s in deck.slides))
    assert slide_ranges(lesson, unmarked) == []


def test_the_starters_and_plenarys_steps_move_to_the_slides_their_marks_name() -> None:
    index = load()
    lesson = index.items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson)
    brand = Brand()
    ending = ending_slides(lesson, index.facts, brand, None)
    placed = steps_in_place(ending, lesson.plenary.notes, Place.PLENARY, PLENARY_PLACES)
    # The steps moved: the key messages slide says the close, the vote no longer does.
    close = next(s for s in placed if s.place is Place.CLOSE)
    assert close.notes != next(s for s in ending if s.place is Place.CLOSE).notes
    # With every kicker reworded, each step moves to the same slide.
    reworded = [replace(s, kicker="Look here") for s in ending]
    again = steps_in_place(reworded, lesson.plenary.notes, Place.PLENARY, PLENARY_PLACES)
    assert [s.notes for s in again] == [s.notes for s in placed]
    opening = [*opening_slides(lesson, brand, None), *starter_slides(lesson, None)]
    placed = steps_in_place(opening, lesson.starter.notes, Place.STARTER, STARTER_PLACES)
    reworded = [replace(s, kicker="Look here") for s in opening]
    again = steps_in_place(reworded, lesson.starter.notes, Place.STARTER, STARTER_PLACES)
    assert [s.notes for s in again] == [s.notes for s in placed]
    assert [s.notes for s in placed] != [s.notes for s in opening]
