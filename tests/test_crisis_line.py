"""The day-or-night crisis line (Samaritans and Shout) where a pack deals with sextortion:
the KS4 letter home before the lesson and every parents' handout for families with
teenagers (secondary and all-through), in the same words and numbers; none for a primary."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.content.model import Audience, ParentSession
from lessonpack.content.picture_library import builtin_library
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.model import Paragraph
from lessonpack.plan.parents import plan_handout
from lessons import lesson_for

ROOT = Path(__file__).resolve().parents[1]
WORDS = "Samaritans 116 123 · Shout: text SHOUT to 85258"


def _brand(name: str) -> Brand:
    return load_brand(ROOT / f"examples/brands/{name}/brand.yml").brand


def _texts(blocks: object) -> list[str]:
    return [f"{b.label} {b.text}" for b in blocks if isinstance(b, Paragraph)]  # type: ignore[attr-defined]


def _handout_lines(brand: Brand) -> list[str]:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    return _texts(plan_handout(session, load().facts, brand, builtin_library()).blocks)


def test_the_ks4_letter_before_the_lesson_gives_the_crisis_line() -> None:
    facts = load().facts
    for brand in (DEFAULT_BRAND, _brand("riverside-academy")):
        before, after = plan_letters(lesson_for(Audience.KS4), facts, brand)
        (help_box,) = [t for t in _texts(before.blocks) if "Where to get help" in t]
        lines = help_box.split("\n")
        night = [line for line in lines if line.startswith("Day or night:")]
        # One line for the three open at any hour: Childline's number stays on the letter.
        assert night == [f"Day or night: Childline 0800 1111 · {WORDS}"], lines
        assert not any(line.startswith("Childline:") for line in lines), lines
        # The letter after the lesson says them in what the class learned.
        said = repr(after.blocks)
        assert "Samaritans (116 123)" in said and "text SHOUT to 85258" in said


def test_the_ks3_letter_names_no_crisis_line_it_was_not_taught() -> None:
    before, _ = plan_letters(lesson_for(Audience.KS3), load().facts, DEFAULT_BRAND)
    assert not any("Day or night:" in t for t in _texts(before.blocks))
    assert any("Childline:" in t for t in _texts(before.blocks))


def test_handouts_for_teenagers_families_give_the_same_crisis_line() -> None:
    # The default look is all-through; Riverside secondary; Northshire's team all-through.
    for brand in (DEFAULT_BRAND, _brand("riverside-academy"),
                  _brand("northshire-online-safety")):
        assert f"Day or night: {WORDS}" in _handout_lines(brand), brand.name
    assert not any("Samaritans" in t for t in _handout_lines(_brand("oakfield-primary")))
