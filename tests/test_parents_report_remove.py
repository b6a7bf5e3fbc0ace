"""Parents in every phase hear what Report Remove asks of a child before they meet it (a
Childline account, perhaps an age check): the primary handout's "If something happens"
says it as the secondary and all-through ones do, and the parents' help slide that shows
Report Remove says it from its notes (``Helpline.parents_hear``), as the facts file writes
it."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import FactsFile
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.model import HelplineRef
from lessonpack.plan.parents.parents_deck import plan_parents_deck

SESSION = "live-streaming-parents"


def _brand(phase: str) -> Brand:
    return DEFAULT_BRAND.model_copy(update={"phase": phase})


def _help_notes(facts: FactsFile, brand: Brand) -> list[tuple[set[HelplineRef], str]]:
    """Each parents' help slide's services and notes."""
    index = load()
    plan = plan_parents_deck(index.items[SESSION].item, facts, brand)
    return [({c.helpline for c in s.payload.signposts if c.helpline}, s.notes)
            for s in plan.slides if isinstance(s.payload, SignpostingSlide)]


@pytest.mark.parametrize("phase", ["primary", "secondary", "all"])
def test_the_slide_showing_report_remove_says_what_it_asks(phase: str) -> None:
    facts = load().facts
    said = next(h.parents_hear for h in facts.helplines if h.id == "report_remove")
    assert said and "Childline account" in said and "age check" in said
    slides = _help_notes(facts, _brand(phase))
    line = f"Say of Report Remove: {said}"
    showing = [notes for ids, notes in slides if HelplineRef("report_remove") in ids]
    assert len(showing) == 1 and line in showing[0], slides
    # Said once, on its own slide: never on a slide without the card.
    assert not any(line in notes for ids, notes in slides
                   if HelplineRef("report_remove") not in ids)


def test_no_line_for_a_service_whose_facts_give_none() -> None:
    facts = load().facts
    lines = [h.model_copy(update={"parents_hear": None}) for h in facts.helplines]
    slides = _help_notes(facts.model_copy(update={"helplines": lines}), _brand("primary"))
    assert not any("Say of " in notes for _ids, notes in slides)


@pytest.mark.parametrize("phase", ["primary", "secondary", "all"])
def test_the_handout_s_steps_say_it_in_every_phase(phase: str) -> None:
    session = load().items[SESSION].item.for_phase(phase)
    steps = [s for s in session.handout.if_something_happens if "Report Remove" in s]
    assert len(steps) == 1, session.handout.if_something_happens
    assert "Report Remove (Childline account; age check, ID optional)" in steps[0]
