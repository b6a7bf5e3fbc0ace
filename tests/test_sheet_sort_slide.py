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


def test_cards_for_a_support_group_only_send_the_class_to_its_sheet() -> None:
    # KS3 and KS4 print sort cards for a support group alone; everyone else sorts on the
    # worksheet, so a title naming the cards had a teacher cut a set for every table.
    for key in ("live-streaming-ks3", "live-streaming-ks4"):
        lesson = load().items[key].item
        assert isinstance(lesson, Lesson)
        assert lesson.card_sets == "support"
        plan = plan_lesson_deck(lesson, load().facts, DEFAULT_BRAND)
        titles = [s.title for s in plan.slides]
        notes = " ".join(s.notes for s in plan.slides)
        assert not [t for t in titles if t.lower().endswith("the cards")], (key, titles)
        assert "Leave the cards up" not in notes, key
    ks4 = _titles(load().items["live-streaming-ks4"].item)  # type: ignore[arg-type]
    assert "Warning-sign sort: on your sheet" in ks4
    assert "Blaming, dismissing or supportive? On your sheet" in ks4
