"""Every field a pack leaves to fill in prints with a straight apostrophe, as typed: the
typographic quotes leave a [field] as it is (a school finds and replaces it by its exact
text), so a field spelled with a curled one ("[headteacher’s name and phone]") was the one
field among straight ones a search for "'s name" missed. One source for them all:
content/fill_ins."""

from __future__ import annotations

import pytest

from lessonpack.content import fill_ins
from lessonpack.plan import local_help, school_card
from lessonpack.plan.quotes import typographic

FIELDS = ("HEAD_FIELD", "HEAD_PHONE_FIELD", "LOCAL_HELP_FIELD", "FILL_IN_DSL",
          "FILL_IN_DEPUTY", "FILL_IN_DSL_ROOM", "FILL_IN_CONTACT")


@pytest.mark.parametrize("name", FIELDS)
def test_a_field_prints_as_typed_with_a_straight_apostrophe(name: str) -> None:
    field = getattr(fill_ins, name)
    assert field.startswith("[") and field.endswith("]")
    assert not set(field) & set("‘’“”"), field
    said = f"Ring {field} now, or they're told."
    assert typographic(said) == f"Ring {field} now, or they’re told."


# The planners that print the school's fields, each with the fields it prints.
PLANNERS = [*((school_card, name) for name in ("FILL_IN_DSL", "FILL_IN_DEPUTY", "FILL_IN_DSL_ROOM",
                                               "FILL_IN_CONTACT")),
            (local_help, "LOCAL_HELP_FIELD")]


@pytest.mark.parametrize(("planner", "name"), PLANNERS)
def test_the_planners_fields_are_the_one_source(planner: object, name: str) -> None:
    assert getattr(planner, name) is getattr(fill_ins, name)
