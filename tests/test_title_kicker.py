"""A pack built for a class names it on the deck's title slide ("Year 6 (Mr Reed) · 60
minutes"): two classes' decks otherwise differed only in their file names. A pack for no
class, or for a class of another key stage, keeps the key stage there."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.school_classes import for_class


def _kicker(audience: str, brand: Brand) -> str:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    return plan_lesson_deck(lesson, load().facts, brand).slides[0].kicker


def test_the_title_slide_names_the_class_it_was_built_for() -> None:
    year_6 = for_class(DEFAULT_BRAND, "Year 6 Kites", "Mr Tom Reed")
    assert _kicker("ks2", year_6) == "Year 6 Kites (Mr Reed) · 60 minutes"
    assert _kicker("ks2", DEFAULT_BRAND).startswith("Key Stage 2")
    assert _kicker("ks1", year_6).startswith("Key Stage 1")
