"""KS1 help cards share one anatomy: a picture, a name, a line of words under it (said
aloud), then a number where there is one. Childline's card had its number only, and read
visibly lighter than its neighbours."""

from __future__ import annotations

import re

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.deck.help import few_words
from lessonpack.plan.pack import plan_pack


def test_a_number_keeps_the_short_words_that_go_with_it() -> None:
    assert few_words("You can ring, free, any time: 0800 1111") == \
        "Ring, free, any time\n0800 1111"
    assert few_words("0800 1111, free, any time") == "Free, any time\n0800 1111"
    # One word, or words with figures of their own, are left to be said aloud.
    assert few_words("Call 0808 800 5000") == "0808 800 5000"
    assert few_words("0800 1111 (free, 24 hours) or chat online") == "0800 1111"


def test_a_card_marked_as_naming_no_place_points_to_none() -> None:
    """The school's card says where to find the lead before the deputy's name; where the
    planner marked it as naming no place (Way.NO_PLACE: "Your teacher can take you."), the
    line keeps the deputy alone, whatever the wording file says there. Read from the mark,
    never by comparing with the file's sentence."""
    from lessonpack.plan.model import Way

    said = "Your teacher walks you there. Or Mr Price."
    assert few_words(said, Way.NO_PLACE) == "or Mr Price"
    assert few_words(said) == "Your teacher walks you there · or Mr Price"
    assert few_words("Your teacher can take you. By the hall. Or Mr Price.") == \
        "By the hall · or Mr Price"


def test_every_ks1_help_card_has_words_under_its_name() -> None:
    index = load()
    item = index.items["live-streaming-ks1"].item
    (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    cards = [card for slide in plan.slides if slide.title.startswith("Who can help")
             for card in slide.payload.signposts]
    assert any(card.name == "Childline" for card in cards)
    for card in cards:
        words = [line for line in card.contact.split("\n")
                 if re.search(r"[A-Za-z]{3}", line)]
        assert words, card
