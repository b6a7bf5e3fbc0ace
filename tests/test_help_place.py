"""Where in school a child finds the safeguarding lead and the deputy, read from a brand or
school file's contact by one rule (plan/deck/help ``place_of``) for both people, whichever
of them names a place: the place's own words, never a phone number or an email address
(a KS1 card is for children who cannot read them, and are not asked to ring)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.loader import load_content
from lessonpack.content.model import Lesson
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.deck.help import help_slides, place_of
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.pack import plan_pack
from lessonpack.plan.school_places import in_person, with_services_there

ROOT = Path(__file__).resolve().parents[1]
GARDEN_GAMES = ROOT / "tests" / "topics" / "garden-games"


@pytest.mark.parametrize(("contact", "place"), [
    # The owner's office is followed by where it is: the card names the person already.
    ("Mrs Okafor's office, by the school hall; 01632 960419", "by the school hall"),
    ("Deputy Head's office, by the library; direct line 01632 960 216", "by the library"),
    # The place up to the first number, address or "or".
    ("school office, 01632 960 214", "school office"),
    ("Student Services, room G14, or safeguarding@example.org.uk", "Student Services, room G14"),
    ("Room 4, next to the library", "Room 4, next to the library"),
    ("Mrs Shah's office", "Mrs Shah's office"),  # nothing after it: the office is the place
    # No room named: nothing to point a child to.
    ("01632 960 214", ""),
    ("", ""),
])
def test_the_place_is_the_contact_s_own_words_up_to_a_way_to_reach(contact: str,
                                                                    place: str) -> None:
    assert place_of(contact) == place


def _school_cards(brand: Brand) -> list[Any]:
    """The first help slide's cards for the garden-games test topic's readers' lesson."""
    index = load_content([GARDEN_GAMES.parent])
    lesson = next(loaded.item for loaded in index.items.values()
                  if isinstance(loaded.item, Lesson) and loaded.item.topic == "garden-games"
                  and not loaded.item.readers)
    slide = help_slides(lesson, index.facts, brand, index.pictures)[0]
    assert isinstance(slide.payload, SignpostingSlide)
    return list(slide.payload.signposts)


def _school_card_contact(brand: Brand) -> str:
    return str(_school_cards(brand)[0].contact)


def test_the_lead_s_place_alone_when_the_deputy_names_none() -> None:
    """Only the lead's contact names a room: the card's line is that place, by the same rule
    as the deputy's, with no phone number (the old rule, read from the card's sentences,
    printed "School office, 01632 960 214" or nothing)."""
    brand = Brand(org_name="Test Primary", dsl_name="Mrs Jo Test", deputy_dsl_name="Mr Al Deputy",
                  safeguarding_contact="Student Services, room G14, or lead@example.org.uk")
    assert _school_card_contact(brand) == "Student Services, room G14"


def test_each_person_s_place_when_both_name_one() -> None:
    brand = Brand(org_name="Test Primary", dsl_name="Mrs Jo Test", deputy_dsl_name="Mr Al Deputy",
                  safeguarding_contact="Mrs Test's office, by the school hall; 01632 960419",
                  deputy_dsl_contact="Room 4, next to the library")
    # One card a person, each with their own place, without the names again.
    lead, deputy = _school_cards(brand)[:2]
    assert lead.name.replace("\u00a0", " ") == "Mrs Test" and lead.contact == "By the school hall"
    assert deputy.name.replace("\u00a0", " ") == "Mr Deputy"
    assert deputy.contact == "Room 4, next to the library"


@pytest.mark.parametrize(("contact", "place"), [
    ("Student Services, room G14, or safeguarding@example.org.uk", "Student Services, room G14"),
    # Whose office it is stays: the secondary card names the role, not the person.
    ("Mrs Okafor's office, by the school hall; 01632 960419",
     "Mrs Okafor's office, by the school hall"),
    ("safeguarding@example.org.uk", ""),
])
def test_a_pupil_is_told_where_the_lead_is_never_their_inbox(contact: str, place: str) -> None:
    """11-16s' help slide and sheet give the lead in person: an inbox read in school hours
    told a pupil writing at 10pm that the school knew."""
    assert in_person(contact) == place


def test_a_service_in_the_lead_s_room_is_said_once() -> None:
    """Riverside's Student Support is in Student Services, room G14, where its DSL is: the
    help card and the sheet said the room twice, a line apart. The service joins the lead's
    line with its hours, and its own line goes."""
    brand = load_brand(ROOT / "examples/brands/riverside-academy/brand.yml").brand
    line = "In school: Mr Daniel Okafor (safeguarding lead) or Mrs Joy Mensah (deputy), " \
        "both at Student Services, room G14, or any adult you trust"
    said, there = with_services_there(line, brand)
    assert said == ("In school: Mr Daniel Okafor (safeguarding lead) or Mrs Joy Mensah "
                    "(deputy), both at Student Services, room G14, with Riverside Student "
                    "Support (8.15am to 4pm), or any adult you trust")
    assert there == {"Riverside Student Support"}
    # Elsewhere, nothing changes: a line without the place, a brand without such a service.
    assert with_services_there("Childline: 0800 1111", brand) == ("Childline: 0800 1111",
                                                                 frozenset())
    assert with_services_there(line, Brand())[1] == frozenset()
    index = load_content([])
    for ks in ("ks3", "ks4"):
        pack = plan_pack(index.items[f"live-streaming-{ks}"].item, index.facts, brand)
        printed = [t for d in pack.documents for b in d.blocks
                   for t in getattr(b, "lines", ()) if isinstance(t, str)]
        room = [t for t in printed if "room G14" in t]
        assert room and all("Riverside Student Support (8.15am to 4pm)" in t for t in room), room
        assert not [t for t in printed if t.startswith("Riverside Student Support:")], ks


def test_a_ks2_card_gives_the_lead_s_place_where_a_number_follows_it() -> None:
    """Oakfield's lead is found at "school office, 01632 960 214" (the room and the number
    in one part) and its deputy "by the library": the KS2 card gave the deputy's place and
    not the lead's, so a child told where only the deputy is goes to the deputy. Each
    person's place in their own clause, as Ashgrove's card says it."""
    brand = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    index = load()
    plan = plan_lesson_deck(index.items["live-streaming-ks2"].item, index.facts, brand)
    first = next(s.payload for s in plan.slides if isinstance(s.payload, SignpostingSlide))
    school = first.signposts[0]
    blurb = school.blurb.replace("\u00a0", " ")
    assert "safeguarding lead, in the school office, keeps children safe" in blurb, blurb
    assert blurb.endswith("Or ask Mr Adeyemi, by the library."), blurb
    assert "01632" not in blurb
