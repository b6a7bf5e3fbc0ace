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
from lessonpack.plan.fill_in_first import head_line
from lessonpack.plan.parents.workshop import plan_facilitator_notes, plan_parents_deck
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
    # And what follows when neither comes, as the cue says: wait ten minutes, then rearrange.
    assert ("DSL or deputy on site throughout, named at the start; none ten minutes in? "
            "Rearrange.") in booklet


def test_riverside_evening_says_which_of_them_is_here_tonight() -> None:
    index = load()
    session = index.items["live-streaming-parents"].item
    deck = plan_parents_deck(session, index.facts, RIVERSIDE)
    help_notes = [s.notes for s in deck.slides if "here tonight" in s.notes]
    assert help_notes, "the first help slide says which of them is here tonight"
    assert "(one is on site all session: without one, you do not start)" in help_notes[0]


# Whom the presenter phones when neither safeguarding lead is free, in each look's
# facilitator notes and title-slide note: the head by name with a phone that answers out of
# school hours where the school file gives them, else a field for what it leaves out (a
# name alone gave nobody a number to ring at 6pm).
NEITHER = {
    "default": ("[headteacher's name and phone]",
                "children's social care ([council's 24-hour number])"),
    "oakfield": ("Mr Tom Hughes (Headteacher), 07700 900461",
                 "Northshire Children's Services, 0306 999 0123 (24 hours)"),
    "riverside": ("Mrs Angela Brooks (Headteacher), 07700 900512",
                  "Northshire Children's Services, 0306 999 0123 (24 hours)"),
    "oakfield, no phone": ("Mr Tom Hughes (Headteacher), [headteacher's out-of-hours phone]",
                           "Northshire Children's Services, 0306 999 0123 (24 hours)"),
}
LOOKS["oakfield, no phone"] = OAKFIELD.model_copy(update={"headteacher_phone": ""})


@pytest.mark.parametrize("look", sorted(NEITHER))
def test_a_parents_disclosure_box_says_whom_when_neither_is_free(look: str) -> None:
    brand: Brand = LOOKS[look]
    head, local = NEITHER[look]
    index = load()
    session = index.items["live-streaming-parents"].item
    notes = plan_facilitator_notes(session, index.facts, brand)
    booklet = " ".join(strings_in(notes)).replace("\u00a0", " ")  # a number held whole
    # Another senior leader after the head: the step must not fail when the head is away.
    assert (f"If neither is free: {head}, or another senior leader, then {local}. "
            "In danger now: 999.") in booklet
    cue = " ".join(plan_parents_deck(session, index.facts, brand).slides[0].notes.split())
    # Then the words for families while they wait (the visit brief's call-off row).
    assert f"do not start: phone {head} and tell families" in cue, cue
    assert "phone the headteacher" not in cue
    # A field in the notes' own box is asked for in their "Fill in first" box (which lists
    # the other files); a named head needs nothing.
    asked = head_line(notes)
    assert asked.startswith("This file's “If a parent or carer discloses a concern” box and "
                            "the title slide's notes: write in the headteacher's name"
                            ) == head.startswith("["), asked
    assert (asked == "") == (not head.startswith("["))


def test_riverside_evening_help_slide_names_the_councils_line_out_of_hours() -> None:
    """The office on the help slide's first card shuts at 4pm; the session is at 6pm. Out
    of hours, the council's 24-hour line is named beside 999, on one line."""
    index = load()
    session = index.items["live-streaming-parents"].item
    deck = plan_parents_deck(session, index.facts, RIVERSIDE)
    said = " ".join(strings_in(deck))
    line = ("Talk to us tonight. Out of hours: Northshire Children's Services, "
            "0306 999 0123; in danger now, 999.")
    assert line in said
    assert "Out of hours, a child in danger: ring 999." not in said
