"""The "How it escalates" timeline slide comes from the sort's ``timeline`` field, never from
how the cycle's title is worded: a content editor retitling the cycle keeps the slide, and a
sort without the field gets none, whatever its title says."""

from __future__ import annotations

from lessonpack import api
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.kinds.timeline import TimelineSlide
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
