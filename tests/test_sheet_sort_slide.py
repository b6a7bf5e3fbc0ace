"""A class that sorts on its worksheet's card tables (a route with ``sort_cards: false``) has
no cut-out cards: the slide showing the cards to sort is titled for the sheet, not "the
cards", while a pack keeping a route that cuts cards still names them."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_deck import plan_lesson_deck


def _titles(lesson: Lesson) -> list[str]:
    return [s.title for s in plan_lesson_deck(lesson, load().facts, DEFAULT_BRAND).slides]


def test_a_class_sorting_on_its_sheet_is_sent_to_the_sheet() -> None:
    lesson = load().items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson)
    on_sheet = [r for r in lesson.sheet_routes if not r.sort_cards]
    assert on_sheet, "KS2 keeps a route that sorts on the sheet"
    every_year = _titles(lesson)
    assert any(t.endswith(": the cards") for t in every_year)
    sheet_class = _titles(lesson.model_copy(update={"sheet_routes": on_sheet}))
    assert not [t for t in sheet_class if t.endswith("the cards")]
    assert [t for t in sheet_class if t.endswith(": on your sheet")]
