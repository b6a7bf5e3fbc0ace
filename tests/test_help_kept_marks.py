"""A help card cut to fit keeps the sentences the planner marked (``Signpost.kept``, carried
on ``Card.kept``): the one naming whom else to ask, on every cut card, and whether a report
is anonymous, with the first sentence. The renderer reads the marks, never the words: a
sentence saying "deputy" unmarked is cut, a marked one saying neither word is kept. A mark
is a sentence's place (0: the first), never its words."""

from __future__ import annotations

import re

import pytest
from pptx.util import Inches
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.facts_model import Helpline
from lessonpack.kinds.payloads import Card
from lessonpack.plan.help_signposts import adult_signposts, signposts
from lessonpack.plan.model import Keep
from lessonpack.render.deck_help_words import FIRST, NONE, card_stack


def _shown(card: Card, brief: int) -> list[str]:
    """What the card shows of what it is for at ``brief``, spaces closed up."""
    _row, under = card_stack(card, DEFAULT_BRAND, 24, int(Inches(5)), 0, brief)
    return [" ".join(text.split()) for text, bold, *_rest in under if not bold]


CARD = Card("Our safeguarding lead",
            "Mrs Shah keeps you safe. Mr Price is here when she is away. Your deputy head "
            "teaches Year 6. Nothing is anonymous.\n01632 960 214",
            kept=((1, Keep.WHO_ELSE),))


def test_a_cut_card_keeps_the_sentences_marked_and_no_other() -> None:
    assert _shown(CARD, NONE) == ["Mr Price is here when she is away."]
    assert _shown(CARD, FIRST) == ["Mrs Shah keeps you safe. Mr Price is here when she is "
                                   "away."]


def test_a_sentence_marked_to_go_with_the_first_is_kept_only_with_it() -> None:
    card = Card(CARD.heading, CARD.text, kept=((2, Keep.WITH_FIRST),))
    assert _shown(card, NONE) == []
    assert _shown(card, FIRST) == ["Mrs Shah keeps you safe. Your deputy head teaches "
                                   "Year 6."]


def test_the_planner_marks_the_deputy_and_whether_a_report_is_anonymous() -> None:
    index = load()
    brand = Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Ada Okafor",
                  deputy_dsl_name="Mr Ben Price")
    ks2 = index.items["live-streaming-ks2"].item
    school, *_rest = signposts(ks2, index.facts, brand)
    assert school.kept == ((1, Keep.WHO_ELSE),)
    assert _sentences(school.blurb)[1] == "Or ask Mr Price."
    ceop = next(s for s in adult_signposts(ks2, index.facts, brand) if "CEOP" in s.name)
    assert ceop.kept == ((1, Keep.WITH_FIRST),)
    assert _sentences(ceop.blurb)[1] == "Not anonymous."
    # No mark is a string: every string a plan holds is printed (the web outline).
    assert not any(isinstance(part, str) for mark in (*school.kept, *ceop.kept)
                   for part in mark)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text.strip())


def test_a_sentence_kept_with_the_first_is_one_of_the_helplines_own() -> None:
    ceop = next(h for h in load().facts.helplines if h.id == "ceop")
    data = ceop.model_dump()
    assert Helpline.model_validate(data).keep_with_first
    with pytest.raises(ValidationError):
        Helpline.model_validate({**data, "keep_with_first": ["Not anonymous at all."]})


def test_the_notes_say_what_a_cut_card_left_off_not_what_it_shows() -> None:
    """A school's card cut to its lead's names: its notes said "Say what each is for: Our
    safeguarding lead: [DSL's name] or [deputy DSL's name]." (the names the slide still
    showed) and its reassurance was nowhere. The notes say the first sentence left off."""
    from lessonpack.render.deck_help_words import FULL, said_aloud

    card = Card("Our safeguarding lead",
                "[DSL's name] or [deputy DSL's name]. They keep you safe: talk to them about "
                "any worry. You don't have to say why.\n01632 960 214")
    assert _shown(card, FIRST) == ["[DSL's name] or [deputy DSL's name]."]
    assert said_aloud([card], FIRST) == ("Say what each is for: Our safeguarding lead: They "
                                         "keep you safe: talk to them about any worry.")
    # A card showing none of its words says its first sentence, as before; one shown whole
    # says nothing.
    service = Card("Childline", "Free and private, any time. Run by the NSPCC.\n0800 1111")
    assert said_aloud([service], NONE) == ("Say what each is for: Childline: Free and "
                                           "private, any time.")
    assert said_aloud([service], FULL) == ""
    assert said_aloud([card, service], [FIRST, FULL]) == (
        "Say what each is for: Our safeguarding lead: They keep you safe: talk to them about "
        "any worry.")
