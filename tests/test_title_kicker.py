"""A pack built for a class names it on the deck's title slide, on a line of its own under
the title in sentence case ("Year 6 Kites · Mr Reed"): two classes' decks otherwise differed
only in their file names, and in the kicker's capitals "YEAR 6 (MR REED)" read as a typo.
The kicker says the key stage and the minutes either way; a pack for no class, or for a
class of another key stage, has no class line."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Lesson
from lessonpack.kinds.title import TitleSlide
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import Slide
from lessonpack.plan.school_classes import for_class


def _cover(audience: str, brand: Brand) -> Slide:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    return plan_lesson_deck(lesson, load().facts, brand).slides[0]


def test_the_title_slide_names_the_class_it_was_built_for_on_a_line_of_its_own() -> None:
    year_6 = for_class(DEFAULT_BRAND, "Year 6 Kites", "Mr Tom Reed")
    cover = _cover("ks2", year_6)
    assert isinstance(cover.payload, TitleSlide)
    # The ages are the class's year's, not the key stage's.
    assert cover.kicker == "Key Stage 2 (ages 10–11) · 60 minutes"
    assert _cover("ks2", DEFAULT_BRAND).kicker == "Key Stage 2 (ages 7–11) · 60 minutes"
    assert cover.payload.taught == "Year 6 Kites · Mr Reed"
    assert cover.payload.subtitle_lines == (cover.payload.line, "Year 6 Kites · Mr Reed")
    for other in (_cover("ks2", DEFAULT_BRAND), _cover("ks1", year_6)):
        assert isinstance(other.payload, TitleSlide)
        assert other.payload.taught == ""
        assert other.payload.subtitle_lines == (other.payload.line,)


def test_the_built_title_slide_prints_the_class_under_its_subtitle(oakfield_all: Path) -> None:
    deck = Presentation(str(next(oakfield_all.rglob("live-streaming-ks1-slides.pptx"))))
    texts = [p.text for sh in deck.slides[0].shapes if sh.has_text_frame
             for p in sh.text_frame.paragraphs]
    assert "Year 2 · Miss Cole" in texts
    assert not any("(Miss Cole)" in t or "MISS COLE" in t for t in texts)
