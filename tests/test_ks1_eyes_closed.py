"""KS1's private thumbs votes never make closed eyes the only way.

Some children (after trauma, some with SEND) find closing their eyes in a group frightening,
or will not: the starter offers covering them with a hand, says nobody has to (those who
don't look down, so no child is seen by classmates), and the plenary's second vote keeps the
same choice."""

from __future__ import annotations

from lessonpack.content.model import Audience
from lessons import lesson_for


def test_the_starter_offers_covering_the_eyes_and_nobody_has_to() -> None:
    notes = " ".join(lesson_for(Audience.KS1).starter.notes.split())
    assert "Close your eyes, or cover them with your hand" in notes
    assert "Nobody has to close their eyes;" in notes
    # The vote stays private either way: a child who keeps their eyes open looks down.
    assert "so no child sees another's thumbs" in notes


def test_the_plenary_vote_keeps_the_choice() -> None:
    notes = " ".join(lesson_for(Audience.KS1).plenary.notes.split())
    assert "eyes closed or covered" in notes
    assert "eyes closed, then" not in notes
