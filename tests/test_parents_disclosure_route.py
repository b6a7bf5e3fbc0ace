"""Where a parent's disclosure goes on the night.

Riverside's 6pm session routed a disclosure to "Student Services, room G14, or safeguarding@…"
(shut and unread at 6pm), named no deputy, and its help slide let the evening run with
neither the DSL nor the deputy there ("if neither could come, say so"), against the
facilitator checklist ("on site throughout"). Every look's title-slide note now says: in
person, to the DSL or the named deputy, one of them on site all session; email only to
follow up; neither on site, do not start."""

from __future__ import annotations

import pytest

from example_looks import ASHGROVE, OAKFIELD, ROOT
from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND, Brand, load_brand
from lessonpack.plan.parents import plan_facilitator_notes, plan_parents_deck
from plan_strings import strings_in

RIVERSIDE = load_brand(ROOT / "examples/brands/riverside-academy/brand.yml").brand
LOOKS = {"default": DEFAULT_BRAND, "oakfield": OAKFIELD, "riverside": RIVERSIDE,
         "brightpath": ASHGROVE}


@pytest.mark.parametrize("look", sorted(LOOKS))
def test_a_parents_disclosure_goes_in_person_to_whoever_is_on_site(look: str) -> None:
    brand: Brand = LOOKS[look]
    index = load()
    session = index.items["live-streaming-parents"].item
    deck = plan_parents_deck(session, index.facts, brand)
    cue = " ".join(deck.slides[0].notes.split())
    assert "pass it on at once" in cue and "in person, to " in cue, cue
    assert "one of whom is on site for the whole session" in cue, cue
    assert "Email only to follow up." in cue, cue
    assert "nor the deputy is on site, do not start: phone " in cue, cue
    # Never an inbox or an office as the route: both are shut or unread at 6pm.
    assert "@" not in cue and "room G14" not in cue and "office" not in cue.lower(), cue
    deputy = brand.deputy_dsl_name.strip()
    assert (f"the deputy, {deputy}" if deputy else "or a deputy") in cue, cue
    notes = " ".join(s.notes for s in deck.slides)
    assert "if neither could come" not in notes
    assert "whichever is here" in notes  # the welcome names the one who came
    # The facilitator notes ask for the same: one of them on site throughout.
    booklet = " ".join(strings_in(plan_facilitator_notes(session, index.facts, brand)))
    assert "Ask the DSL or a deputy to be on site throughout" in booklet


def test_riverside_evening_says_which_of_them_is_here_tonight() -> None:
    index = load()
    session = index.items["live-streaming-parents"].item
    deck = plan_parents_deck(session, index.facts, RIVERSIDE)
    help_notes = [s.notes for s in deck.slides if "here tonight" in s.notes]
    assert help_notes, "the first help slide says which of them is here tonight"
    assert "(one is on site all session: without one, you do not start)" in help_notes[0]
