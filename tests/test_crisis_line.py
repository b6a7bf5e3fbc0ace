"""The day-or-night crisis line (Samaritans and Shout) where a pack deals with sextortion:
the KS4 letter home before the lesson and every parents' handout for families with
teenagers (secondary and all-through), in the same words and numbers; none for a primary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

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


def test_the_ks3_letter_names_the_crisis_line_it_teaches_and_no_other() -> None:
    """KS3's help slides name Shout beside Childline, not Samaritans: its letter's night
    line says the same, and never a service the class was not shown."""
    before, _ = plan_letters(lesson_for(Audience.KS3), load().facts, DEFAULT_BRAND)
    night = [line for t in _texts(before.blocks) for line in t.split("\n")
             if line.startswith("Day or night:")]
    assert night == ["Day or night: Childline 0800 1111 · Shout: text SHOUT to 85258"], night


def test_handouts_for_teenagers_families_give_the_same_crisis_line() -> None:
    # The default look is all-through; Riverside secondary; Northshire's team all-through.
    for brand in (DEFAULT_BRAND, _brand("riverside-academy"),
                  _brand("northshire-online-safety")):
        assert f"Day or night: {WORDS}" in _handout_lines(brand), brand.name
    assert not any("Samaritans" in t for t in _handout_lines(_brand("oakfield-primary")))


def test_childline_gives_way_to_the_night_line_by_its_mark_not_its_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A card may name Childline otherwise than the facts file does: the letter still finds
    its line by the helpline mark and leaves it to the night line."""
    from lessonpack.plan import common
    from lessonpack.plan.letter import help as letter_help
    from lessonpack.plan.model import HelplineRef

    plain = common.adult_signposts

    def renamed(*args: object) -> tuple[object, ...]:
        return tuple(replace(s, name="Childline (NSPCC)")
                     if s.helpline == HelplineRef("childline") else s
                     for s in plain(*args))  # type: ignore[arg-type]

    monkeypatch.setattr(common, "adult_signposts", renamed)
    # Room for every national line, so only the join can leave Childline's own out.
    monkeypatch.setattr(letter_help, "LETTER_NATIONAL_LEAST", 5)
    monkeypatch.setattr(letter_help, "LETTER_NATIONAL_MOST", 5)
    lesson = lesson_for(Audience.KS4)
    said, _local = letter_help.letter_services(lesson, load().facts, DEFAULT_BRAND, crisis=True)
    assert "Day or night: Childline 0800 1111" in said, said
    assert "Childline (NSPCC):" not in said, said


def test_the_crisis_services_are_the_ones_the_facts_file_marks() -> None:
    from lessonpack.plan.crisis_line import crisis_services

    facts = load().facts
    signposting = lesson_for(Audience.KS4).signposting
    assert crisis_services(facts, signposting) == WORDS
    # Unmark Shout in the facts: the line names Samaritans alone, with no plan code changed.
    lines = [h.model_copy(update={"crisis": False}) if h.id == "shout" else h
             for h in facts.helplines]
    unmarked = facts.model_copy(update={"helplines": lines})
    assert crisis_services(unmarked, signposting) == "Samaritans 116 123"
