"""Speaker notes keep one running clock: a part's first slide says where the clock should be
("Section 0:06–0:20 (14 min)", as the plan's running sheet), a task slide the time for its
own activity ("This slide: 7 min"); "Timing:", which meant either, is gone."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import WELCOME_MINUTES
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import DeckPlan
from lessonpack.plan.parents.workshop import plan_parents_deck

SECTION = re.compile(r"^Section (\d+):(\d\d)–(\d+):(\d\d) \((\d+) min"
                     r"(?:; at (\d+):(\d\d) be on slide (\d+))?\)[.:]", re.M)


def _sections(plan: DeckPlan) -> list[tuple[int, int, int]]:
    """(start, end, minutes) of each part, checking that each but the last names the slide
    the next part's clock line is on, at the minute this part ends."""
    found, pointers, at = [], [], []
    for number, slide in enumerate(plan.slides, 1):
        assert "Timing:" not in slide.notes, slide.title
        for m in SECTION.finditer(slide.notes):
            h1, m1, h2, m2, length = map(int, m.groups()[:5])
            found.append((h1 * 60 + m1, h2 * 60 + m2, length))
            at.append(number)
            if m[8] is not None:
                assert (int(m[6]), int(m[7])) == (h2, m2)
                pointers.append(int(m[8]))
    assert pointers == at[1:]
    return found


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_a_lessons_parts_follow_one_clock_from_start_to_end(audience: str) -> None:
    index = load()
    lesson = index.items[f"live-streaming-{audience}"].item
    plan = plan_lesson_deck(lesson, index.facts, DEFAULT_BRAND)
    sections = _sections(plan)
    # The starter, each learning cycle and the plenary, in order, end to end.
    assert len(sections) == len(lesson.cycles) + 2
    assert sections[0][0] == 0 and sections[-1][1] == lesson.duration_minutes
    for (_s, end, _n), (start, _e, _m) in pairwise(sections):
        assert start == end
    assert all(end - start == length for start, end, length in sections)
    # A task's own time is said on its first slide, apart from the clock, once: by its step
    # ("Task (6 min):") or, with no such step, "This slide"; never both.
    tasks = [s for s in plan.slides if re.search(r"^Task \(\d+ min\):", s.notes, re.M)]
    assert tasks
    assert not any(re.search(r"^This slide: ", s.notes, re.M) for s in tasks)
    assert not any(SECTION.search(s.notes) for s in plan.slides
                   if re.search(r"^This slide: ", s.notes, re.M))


def test_the_parents_parts_start_after_the_welcome() -> None:
    index = load()
    session = index.items["live-streaming-parents"].item
    sections = _sections(plan_parents_deck(session, index.facts, DEFAULT_BRAND))
    assert len(sections) == len(session.sections)
    assert sections[0][0] == WELCOME_MINUTES
    assert sections[-1][1] == WELCOME_MINUTES + sum(s.minutes for s in session.sections)
    assert all(a[1] == b[0] for a, b in pairwise(sections))
