"""11-16s' help slides join each card to its helpline in content/facts.yml by the
helpline's id (``Signpost.helpline``), never by the card's name, and say what a pupil must
hear before choosing a service (``Helpline.must_hear``) as the facts file writes it, never
found by a word in the service's other lines."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, FactsFile
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.deck.help import help_slides
from lessonpack.plan.model import HelplineRef, Signpost, Slide
from lessonpack.plan.outline import _texts
from lessons import content_index, lesson_for


def _facts(**changes: dict[str, object]) -> FactsFile:
    """The built-in facts with some helplines' fields changed, by id."""
    facts = content_index().facts
    lines = [h.model_copy(update=changes.get(h.id, {})) for h in facts.helplines]
    return facts.model_copy(update={"helplines": lines})


def _slides(facts: FactsFile) -> list[Slide]:
    lesson = lesson_for(Audience.KS3)
    return help_slides(lesson, facts, Brand(), content_index().pictures)


def _cards(slides: list[Slide]) -> list[Signpost]:
    cards: list[Signpost] = []
    for slide in slides:
        assert isinstance(slide.payload, SignpostingSlide)
        cards += slide.payload.signposts
    return cards


def _notes(slides: list[Slide]) -> str:
    return "\n".join(slide.notes for slide in slides)


def test_what_a_pupil_must_hear_is_said_as_the_facts_file_writes_it() -> None:
    said = "CEOP passes your report to the police; you will not be in trouble."
    slides = _slides(_facts(ceop={"must_hear": said, "young_people": "Blackmail? Report it."}))
    # As written: no word of it found in the other lines, its first letter kept.
    assert f"Say of CEOP Safety Centre: {said}" in _notes(slides)


def test_no_line_is_said_for_a_service_whose_facts_give_none() -> None:
    slides = _slides(_facts(ceop={"must_hear": None}))
    # Its young_people words still say "Not anonymous": a word is no longer the mark.
    assert "Say of CEOP" not in _notes(slides)


def test_the_built_in_line_for_ceop() -> None:
    notes = _notes(_slides(content_index().facts))
    assert "Say of CEOP Safety Centre: not anonymous, but you won't be in trouble." in notes


def test_a_renamed_service_keeps_its_short_card_line() -> None:
    slides = _slides(_facts(childline={"name": "Childline (NSPCC)"}))
    card = next(c for c in _cards(slides) if c.helpline == HelplineRef("childline"))
    assert card.name == "Childline (NSPCC)"
    assert card.contact == "0800 1111, free, any time"  # facts.yml's ``card`` line


def test_the_join_is_never_printed() -> None:
    cards = _cards(_slides(content_index().facts))
    assert {c.helpline for c in cards if c.helpline} >= {HelplineRef("childline"),
                                                          HelplineRef("ceop")}
    # The web outline and the Fill in first box print every string a plan holds: the
    # cards print the same with the join as without it.
    assert _texts(cards) == _texts([replace(c, helpline=None) for c in cards])


def test_a_card_line_is_capitalised_unless_its_facts_say_it_opens_with_an_address() -> None:
    cards = _cards(_slides(content_index().facts))
    ceop = next(c for c in cards if c.helpline == HelplineRef("ceop"))
    assert ceop.contact == "ceop.police.uk"  # card_opens_with_address: kept lower case
    # Decided by the field, not by a dot in the line's first word.
    slides = _slides(_facts(childline={"card": "free. Any time on 0800 1111"},
                            ceop={"card_opens_with_address": False}))
    cards = _cards(slides)
    card = next(c for c in cards if c.helpline == HelplineRef("childline"))
    assert card.contact == "Free. Any time on 0800 1111"
    assert next(c for c in cards if c.helpline == HelplineRef("ceop")).contact == \
        "Ceop.police.uk"
    slides = _slides(_facts(childline={"card": "childline.org.uk/chat",
                                       "card_opens_with_address": True}))
    card = next(c for c in _cards(slides) if c.helpline == HelplineRef("childline"))
    assert card.contact == "childline.org.uk/chat"


def test_a_card_line_said_to_open_with_an_address_must_be_given() -> None:
    from lessonpack.content.facts_model import Helpline

    line = content_index().facts.helplines[0].model_dump()
    with pytest.raises(ValueError, match="card_opens_with_address"):
        Helpline.model_validate({**line, "card": None, "card_opens_with_address": True})


def test_ks1_says_childline_s_number_from_its_call_field() -> None:
    """Five-year-olds are told the number to ring, the helpline's ``call``, whatever the
    contact line says around it."""
    from lessonpack.plan.help_signposts import signposts

    facts = _facts(childline={"contact": "Free at any hour on 0800 1111, or chat online"})
    (card,) = [s for s in signposts(lesson_for(Audience.KS1), facts, Brand())
               if s.helpline == HelplineRef("childline")]
    assert card.contact == "You can ring, free, any time: 0800 1111", card.contact
