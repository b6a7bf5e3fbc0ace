"""The parents' session's words follow its time: a 3.30pm session is not "tonight"."""
from __future__ import annotations

import pytest

from example_looks import ASHGROVE, OAKFIELD
from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.loader import load_content
from lessonpack.content.model import ParentSession
from lessonpack.plan.parents.workshop import plan_parents_deck

INDEX = load_content([])


def _titles(brand: Brand) -> list[str]:
    session = INDEX.items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    deck = plan_parents_deck(session, INDEX.facts, brand)
    return [s.title for s in deck.slides]


@pytest.mark.parametrize(("brand", "when"), [
    (OAKFIELD, "today"),      # "Thursday 21 January 2027, 3.30pm": after school
    (ASHGROVE, "tonight"),    # "Friday 22 January 2027, 6pm"
    (DEFAULT_BRAND, "today"),  # no time given: "today" is true whenever it runs
])
def test_ground_rules_title_follows_the_session_time(brand: Brand, when: str) -> None:
    titles = _titles(brand)
    assert f"How we will work {when}" in titles
    other = "tonight" if when == "today" else "today"
    assert f"How we will work {other}" not in titles
