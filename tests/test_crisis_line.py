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
from lessonpack.plan.parents.workshop import plan_handout
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


def test_both_ks4_letters_give_the_crisis_line_where_they_say_where_help_is() -> None:
    facts = load().facts
    for brand in (DEFAULT_BRAND, _brand("riverside-academy")):
        for letter in plan_letters(lesson_for(Audience.KS4), facts, brand):
            (help_box,) = [t for t in _texts(letter.blocks) if "Where to get help" in t]
            lines = help_box.split("\n")
            night = [line for line in lines if line.startswith("Day or night:")]
            # One line for the three open at any hour: Childline's number stays on it.
            assert night == [f"Day or night: Childline 0800 1111 · {WORDS}"], lines
            assert not any(line.startswith("Childline:") for line in lines), lines
        # The letter after the lesson names them in what the class learned too, pointing to
        # the help box for their numbers (one place to keep them right).
        said = repr(letter.blocks)
        assert "Help at any hour: Childline, Samaritans and Shout (numbers below)." in said


def test_the_ks3_letter_names_the_crisis_line_it_teaches_and_no_other() -> None:
    """KS3's help slides name Samaritans and Shout beside Childline, as its help cards do:
    its letter's night line says the same, and never a service the class was not shown."""
    before, _ = plan_letters(lesson_for(Audience.KS3), load().facts, DEFAULT_BRAND)
    night = [line for t in _texts(before.blocks) for line in t.split("\n")
             if line.startswith("Day or night:")]
    assert night == ["Day or night: Childline 0800 1111 · Samaritans 116 123 · "
                     "Shout: text SHOUT to 85258"], night


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
    from lessonpack.plan import help_signposts
    from lessonpack.plan.letter import help as letter_help
    from lessonpack.plan.model import HelplineRef

    plain = help_signposts.adult_signposts

    def renamed(*args: object) -> tuple[object, ...]:
        return tuple(replace(s, name="Childline (NSPCC)")
                     if s.helpline == HelplineRef("childline") else s
                     for s in plain(*args))  # type: ignore[arg-type]

    monkeypatch.setattr(help_signposts, "adult_signposts", renamed)
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


def test_the_line_gives_the_number_fields_not_the_cards_prose() -> None:
    """The card line reworded, number last, leaves the crisis line as it was: the numbers
    are the helplines' ``call`` and ``text`` fields, not the card's first words."""
    from lessonpack.plan.crisis_line import crisis_services

    facts = load().facts
    reworded = {"samaritans": "Free, any time: 116 123", "shout": "Any time: text SHOUT to 85258"}
    lines = [h.model_copy(update={"card": reworded[h.id]}) if h.id in reworded else h
             for h in facts.helplines]
    assert crisis_services(facts.model_copy(update={"helplines": lines}),
                           lesson_for(Audience.KS4).signposting) == WORDS


def _samaritans(**fields: object) -> dict[str, object]:
    return {"id": "samaritans", "name": "Samaritans", "for_whom": "Anyone",
            "what_for": "Listening.", "child_friendly": "Kind people.",
            "young_people": "Someone will listen.", "contact": "116 123 (free, 24 hours)",
            "crisis": True, "sources": ["S-SAM"], "checked": "2026-12-03", **fields}


@pytest.mark.parametrize(("fields", "why"), [
    ({}, "crisis: a service open day or night needs its number"),
    ({"call": "116 124"}, "call: '116 124' is not in contact"),
    ({"call": "116 123", "text_word": "SAM"}, "text_word: give the number to text"),
    ({"call": "116-123"}, "call"),
])
def test_a_crisis_service_is_given_a_number_its_contact_says(fields: dict[str, object],
                                                              why: str) -> None:
    from pydantic import ValidationError

    from lessonpack.content.model import Helpline

    with pytest.raises(ValidationError, match=why):
        Helpline.model_validate(_samaritans(**fields))
    assert Helpline.model_validate(_samaritans(call="116 123")).call == "116 123"


def _ks4_letter(signposting: list[str]) -> list[str]:
    lesson = lesson_for(Audience.KS4).model_copy(update={"signposting": signposting})
    before, _ = plan_letters(lesson, load().facts, DEFAULT_BRAND)
    (help_box,) = [t for t in _texts(before.blocks) if "Where to get help" in t]
    return help_box.split("\n")[1:]


def test_the_night_line_takes_the_row_of_a_service_it_names_only() -> None:
    # Childline among the three national rows: the night line, which names it, takes its row.
    assert _ks4_letter(["trusted_adult", "childline", "samaritans", "shout", "ceop"])[:3] == [
        "NSPCC Helpline: 0808 800 5000 or help@nspcc.org.uk",
        "CEOP Safety Centre: Online report form at ceop.police.uk",
        f"Day or night: Childline 0800 1111 · {WORDS}"]
    # Childline after the third: all three national rows stay, and the night line is a row
    # more (it had taken the third's place).
    rows = _ks4_letter(["trusted_adult", "report_remove", "samaritans", "shout", "childline"])
    assert rows[2].startswith("Report Remove: ") and rows[3] == (
        f"Day or night: Childline 0800 1111 · {WORDS}"), rows
    # A crisis service among the rows is said once, on the night line.
    rows = _ks4_letter(["samaritans", "shout", "police"])
    assert rows[2] == f"Day or night: {WORDS}", rows
    assert sum("Samaritans" in row for row in rows) == 1, rows
