"""7-11s' "Who can help" names the school's two adults on cards of their own where the
school names them, as the 5-7s' slide does: one card crammed the lead, their place, the
deputy and theirs into one centred paragraph. Each card says where to find them once."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.content.model import Lesson
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.lesson_deck import plan_lesson_deck

ROOT = Path(__file__).resolve().parents[1]


def _first_help(brand: Brand) -> SignpostingSlide:
    index = load()
    lesson = index.items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson)
    plan = plan_lesson_deck(lesson, index.facts, brand)
    return next(s.payload for s in plan.slides if isinstance(s.payload, SignpostingSlide))


def test_a_named_school_s_lead_and_deputy_have_a_card_each() -> None:
    brand = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    lead, deputy, *_ = _first_help(brand).signposts
    assert lead.name.replace("\u00a0", " ") == "Mrs Shah"
    assert deputy.name.replace("\u00a0", " ") == "Mr Adeyemi"
    assert lead.blurb == "Our safeguarding lead keeps children safe."
    assert "Mrs Shah" in deputy.blurb
    assert lead.picture is not None and deputy.picture is not None
    assert lead.picture.name != deputy.picture.name


def test_an_unnamed_school_keeps_its_lead_s_one_card() -> None:
    first = _first_help(DEFAULT_BRAND).signposts[0]
    assert first.name == "Our safeguarding lead"
