"""The school's card carries its contact lines as marked ways (``Reach``: whom each reaches,
its label, how): the parents' slide puts the office first, the handout's row drops the
deputy's address and the notes say whose a left-off number is, each by the planner's mark.
The printed labels ("DSL:", "School office:") are words a later step never reads: a line
labelled one way and marked another is taken as marked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import Brand, load_brand
from lessonpack.kinds.payloads import Card
from lessonpack.plan.deck.help import parents_school_card
from lessonpack.plan.handout_school_row import school_row
from lessonpack.plan.model import Reach, Signpost, Who
from lessonpack.plan.parents.parents_handout import _table_rows
from lessonpack.plan.school_card import school_contact
from lessonpack.render.deck_help_words import FULL, _whose, contacts_note

ROOT = Path(__file__).resolve().parents[1]
BRANDS = ROOT / "examples" / "brands"


def _brand(name: str) -> Brand:
    return load_brand(BRANDS / name / "brand.yml").brand


def _parents_card(name: str) -> Signpost:
    session = load().items["live-streaming-parents"].item
    return school_contact(session, _brand(name))


def test_the_parents_school_card_marks_each_line_with_whom_it_reaches() -> None:
    card = _parents_card("oakfield-primary")
    whos = [w.who for w in card.ways]
    assert Who.DEPUTY in whos and Who.OFFICE in whos, card.ways
    # Printed as before: the ways one after another, each after its label.
    assert card.contact == "; ".join(w.line for w in card.ways)
    deputy = next(w for w in card.ways if w.who is Who.DEPUTY)
    assert deputy.line == f"Deputy: {deputy.how}" and "01632 960 216" in deputy.how
    office = next(w for w in card.ways if w.who is Who.OFFICE)
    assert office.how == _brand("oakfield-primary").phone


def test_the_office_is_put_first_by_its_mark_not_its_label() -> None:
    brand = _brand("riverside-academy")
    card = _parents_card("riverside-academy")
    # A lead's line worded like the office's stays; an office line labelled otherwise goes.
    ways = (Reach("School office: by the gate", Who.LEAD),
            Reach("01632 000 000", Who.OFFICE, "Front desk"),
            *(w for w in card.ways if w.who is not Who.OFFICE))
    shown = parents_school_card(replace(card, ways=ways), brand)
    assert [w.who for w in shown.ways][:2] == [Who.OFFICE, Who.LEAD], shown.ways
    assert shown.ways[0].line.startswith(f"Office: {brand.phone}")
    assert "School office: by the gate" in shown.contact
    assert "Front desk" not in shown.contact


def test_a_left_off_line_is_said_as_whose_its_mark_says() -> None:
    brand = _brand("oakfield-primary")
    deputy = Reach("direct line 01632 960 216", Who.DEPUTY, "Deputy")
    said = _whose(deputy.line, (deputy, True), brand)
    assert said == f"Deputy, {brand.deputy_dsl_name}: direct line 01632 960 216"
    # Labelled "DSL" but marked the office's: no person is put to it.
    office = Reach("01632 960 218", Who.OFFICE, "DSL")
    assert _whose(office.line, (office, True), brand) == office.line
    # A line an address wrapped to is not the way's first: said as it is.
    assert _whose("direct line", (deputy, False), brand) == "direct line"


def test_the_notes_say_a_left_off_deputy_line_by_its_mark() -> None:
    brand = _brand("oakfield-primary")
    ways = (Reach("01632 960 214", Who.LEAD, "Lead"),
            Reach("01632 960 215", Who.OFFICE, "Reception"),
            Reach("direct line 01632 960 216", Who.DEPUTY, "Second"))
    card = Card("Our safeguarding lead", "Who keeps children safe.\n"
                + "; ".join(w.line for w in ways), None, True, ways)
    note = contacts_note([card], brand, 28, [2_000_000], [FULL])
    assert f"Second, {brand.deputy_dsl_name}: direct line 01632 960 216." in note, note
    assert "Reception, " not in note, note


def test_the_handout_row_reads_the_marks() -> None:
    riverside = _brand("riverside-academy")
    # Without the office's number (no number to put first), the lead's own line leads.
    brand = riverside.model_copy(update={"phone": ""})
    card = _parents_card("riverside-academy")
    assert card.ways[0].who is Who.LEAD and "@" in card.ways[0].how
    (row,) = _table_rows([replace(card, ways=(*card.ways, Reach("x@y.org", Who.DEPUTY)))],
                         brand)
    # The deputy's address goes by its mark, though it has no "Deputy" label.
    assert "x@y.org" not in row.contact
    # The lead's name takes the lead's label's place.
    assert row.contact.startswith(f"{card.name}: {card.ways[0].how}"), row.contact
    # With it, the number to ring first, asking for the lead; the address after it. The
    # lead's line is known by its mark: the office's own line is not said twice.
    (row,) = _table_rows([card], riverside)
    assert [w.who for w in row.ways] == [Who.OFFICE, Who.LEAD], row.ways
    assert row.ways[0].how.endswith(f", ask for {card.name}"), row.ways
    assert card.ways[0].how in row.ways[1].how and "school hours" in row.ways[1].how
    # A first line that is not the lead's: the name said before it.
    office_first = replace(card, ways=(Reach("01632 960 000", Who.OFFICE, "DSL"),))
    assert school_row(office_first, brand).contact == f"{card.name}. DSL: 01632 960 000"


def test_each_contact_line_is_made_with_its_mark_from_the_card_s_ways() -> None:
    """The lines a card sets and the marks the notes read are made together from
    ``Card.ways``, never paired by position with lines read from the card's text: a text
    whose last line lost the office's number still has the deputy's line said as theirs."""
    brand = _brand("oakfield-primary")
    ways = (Reach("01632 960 214", Who.LEAD, "Lead"),
            Reach("01632 960 215", Who.OFFICE, "Reception"),
            Reach("direct line 01632 960 216", Who.DEPUTY, "Second"))
    printed = "; ".join(w.line for w in (ways[0], ways[2]))
    card = Card("Our safeguarding lead", f"Who keeps children safe.\n{printed}", None, True,
                ways)
    note = contacts_note([card], brand, 28, [2_000_000], [FULL])
    assert f"Second, {brand.deputy_dsl_name}: direct line 01632 960 216." in note, note
