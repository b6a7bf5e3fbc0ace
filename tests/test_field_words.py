"""The lists of what is left to fill in (the hidden "Before you teach" slide, the "Draft"
strip, the plan's "Fill in first" box) name every field a help slide prints: a primary
slide's "[where to find them]" under each person's name is two fields, and the deputy's
was left off while the slide still carried it."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import FILL_INS, field_of
from lessonpack.content.owners import DSL, OWNERS
from lessonpack.kinds.look import Reader
from lessonpack.plan.field_words import by_owner, each_field, plain
from lessonpack.plan.fill_in_owners import whose_fill_ins
from lessonpack.render.deck_draft import draft_lines

NBSP = "\u00a0"
# A KS1/KS2 help slide's fields as drawn: each name with its place under it.
PRIMARY = [f"[DSL's{NBSP}name]", f"[where{NBSP}to{NBSP}find{NBSP}them]",
           f"[deputy{NBSP}DSL's{NBSP}name]", f"[where{NBSP}to{NBSP}find{NBSP}them]"]


def test_a_place_is_listed_once_for_each_person_it_follows() -> None:
    # The run of help slides repeats the cards: each field once a person, in order.
    assert each_field(PRIMARY * 3) == PRIMARY
    # A field of no person's repeated is said once.
    assert each_field(["[school phone]", "[DSL's name]", "[school phone]"]) == \
        ["[school phone]", "[DSL's name]"]


def test_people_whose_fields_are_alike_are_said_together() -> None:
    assert by_owner(PRIMARY) == ["DSL’s and deputy DSL’s names and where to find them"]
    assert by_owner(["[DSL's name]", "[deputy DSL's name]", "[DSL's room]"]) == \
        ["DSL’s name and room", "deputy DSL’s name"]
    # Fields of no one stay apart, never run into one another.
    assert by_owner(["[DSL's name]", "[deputy DSL's name]", "[school phone]",
                     "[council's 24-hour number]"]) == \
        ["DSL’s and deputy DSL’s names", "school phone", "council’s 24-hour number"]
    # Short, where a line has no room: the deputy is the DSL's, said beside the DSL.
    assert by_owner(PRIMARY, short=True) == ["DSL’s and deputy’s names and where to find them"]


def test_whose_a_field_is_comes_from_its_record_not_its_words() -> None:
    # A field the records do not know is said as printed, never split at its "'s" into an
    # owner the lists would group by: renaming a field is a change to its record.
    assert by_owner(["[parent's phone]", "[DSL's name]"]) == ["parent’s phone", "DSL’s name"]
    assert field_of("[DSL\u2019s\u00a0room]") == field_of("[DSL's room]")
    assert field_of("[DSL's room]").owner is DSL
    # A letterhead's "[Phone]" is the school's: its record says so, the text does not.
    assert plain("[Phone]") == "school phone" and plain("[where to read it]") == "where to read it"


def test_one_owner_table_says_whose_a_field_and_a_made_up_contact_are() -> None:
    """A [field]'s owner (its record) and an example file's made-up contact (the school
    file's line it came from) are said from one table of people (content/owners): the
    handover's "every section" row and the lists of fields said the deputy as two tables
    each spelled them."""
    assert {f.owner for f in FILL_INS if f.owner} <= set(OWNERS)
    lines = {key for o in OWNERS for key in (o.name_key, o.phone_key) if key}
    assert lines <= set(Brand.model_fields), lines - set(Brand.model_fields)
    school = Brand(dsl_name="Mrs Helen Okafor", deputy_dsl_name="Mr Sam Lee",
                   deputy_dsl_contact="by the library; 01632 960419")
    made_up = whose_fill_ins(["Mr Sam Lee", "Mrs Okafor", "01632 960419"], school)
    fields = by_owner(["[deputy DSL's name]", "[DSL's name]", "[DSL's room]"], short=True)
    assert made_up == "DSL’s name, deputy’s name and phone"
    assert fields == ["deputy’s name", "DSL’s name and room"]


def test_the_draft_strip_names_the_deputys_place_too() -> None:
    lines = draft_lines([(27, "Who can help (1 of 2)", PRIMARY)], Reader("teacher"), logo=True)
    assert lines[0] == ("Add your logo here. Fill in slide 27: DSL’s name, where to find "
                        "them, deputy DSL’s name, where to find them.")
    assert lines[1] == ("Add your logo here. Fill in slide 27: DSL’s and deputy DSL’s names "
                        "and where to find them.")


def test_the_draft_strip_names_the_fields_in_the_notes_too() -> None:
    # The title slide's safeguarding line: "phone [school phone], ask for the DSL".
    lines = draft_lines([(37, "Who can help (1 of 2)", PRIMARY)], Reader("teacher"), logo=True,
                        in_notes=[(1, ["[school phone]"])])
    assert lines[1] == ("Add your logo here. Fill in slide 37: DSL’s and deputy DSL’s names "
                        "and where to find them; this slide’s notes: school phone.")
    assert lines[-1] == ("Add your logo here. Fill in the yellow fields on slide 37 and in "
                         "the notes.")
    assert all("notes" in line for line in lines), lines
