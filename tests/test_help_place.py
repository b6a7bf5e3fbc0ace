"""Where in school a child finds the safeguarding lead and the deputy, read from a brand or
school file's contact by one rule (plan/deck/help ``place_of``) for both people, whichever
of them names a place: the place's own words, never a phone number or an email address
(a KS1 card is for children who cannot read them, and are not asked to ring)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lessonpack.content.brand import Brand
from lessonpack.content.loader import load_content
from lessonpack.content.model import Lesson
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.deck.help import help_slides, place_of

GARDEN_GAMES = Path(__file__).resolve().parent / "topics" / "garden-games"


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
