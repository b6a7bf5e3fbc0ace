"""The parents' first help slide always gives a phone number: where the DSL's contact is a
room and an email (Riverside), the school office's number and its hours lead the school's
card, and the line above the cards says where to go out of hours (a parent with a crisis
at 9pm was shown only an email, broken over two lines)."""

from __future__ import annotations

from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.parents.workshop import plan_parents_deck

ROOT = Path(__file__).resolve().parents[1]
BRANDS = ROOT / "examples" / "brands"


def _first_help(brand: Brand) -> SignpostingSlide:
    index = load()
    session = index.items["live-streaming-parents"].item
    plan = plan_parents_deck(session, index.facts, brand)
    return next(s.payload for s in plan.slides if isinstance(s.payload, SignpostingSlide))


def test_a_dsl_without_a_phone_gets_the_office_number_and_hours_first() -> None:
    brand = load_brand(BRANDS / "riverside-academy" / "brand.yml").brand
    assert brand.office_hours and brand.phone
    first = _first_help(brand)
    school = first.signposts[0]
    assert school.contact.split("; ")[0] == f"Office: {brand.phone} ({brand.office_hours})"
    # The DSL's email is still the card's, after the number (the handout prints it whole).
    assert "safeguarding@riverside-academy.example.org.uk" in school.contact
    assert "Out of hours" in first.intro and "999" in first.intro
    # The names are on the card: the line above it no longer says them again.
    assert "Okafor" not in first.intro


def test_without_hours_the_office_number_stands_alone() -> None:
    brand = load_brand(BRANDS / "riverside-academy" / "brand.yml").brand
    brand = brand.model_copy(update={"office_hours": ""})
    assert _first_help(brand).signposts[0].contact.startswith(f"Office: {brand.phone}; ")


def test_a_dsl_with_a_phone_keeps_the_card_as_it_was() -> None:
    brand = load_brand(BRANDS / "oakfield-primary" / "brand.yml").brand
    first = _first_help(brand)
    assert not first.signposts[0].contact.startswith("Office:")
    assert "Out of hours" not in first.intro


def test_the_school_card_is_headed_by_the_service_with_the_names_under_it() -> None:
    """Parents scan the cards' headings for where to go: every other card is a service
    (NSPCC Helpline, Police), and the school's was headed by the lead's name. The service
    heads it, the lead and the deputy named in one sentence under it (a card cut to fit
    keeps a sentence naming the deputy, and cut "Mr Okafor." alone)."""
    from lessonpack.content.brand import DEFAULT_BRAND

    for name, lead, deputy in (("oakfield-primary", "Mrs Priya Shah", "Mr Ben Adeyemi"),
                               ("riverside-academy", "Mr Daniel Okafor", "Mrs Joy Mensah")):
        school = _first_help(load_brand(BRANDS / name / "brand.yml").brand).signposts[0]
        assert school.name == "Our safeguarding lead", name
        assert school.blurb == f"{lead}, or\u00a0the\u00a0deputy, {deputy}.", school.blurb
    draft = _first_help(DEFAULT_BRAND).signposts[0]
    assert draft.name == "Our safeguarding lead"
    # The deputy's field held whole: "[deputy" / "DSL's name]" broke over a line.
    assert draft.blurb == "[DSL's name], or\u00a0the\u00a0deputy, [deputy\u00a0DSL's\u00a0name]."
