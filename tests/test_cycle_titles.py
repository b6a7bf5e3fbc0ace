"""A task's title continued after "How it escalates:" keeps the capitals of names and
initialisms (.lower() gave "…mei's…")."""

from __future__ import annotations

import pytest

from lessonpack.plan.deck.feedback import after_colon


@pytest.mark.parametrize(("title", "shown"), [
    ("Warning-sign sort", "warning-sign sort"),
    ("Sort the messages Kofi got", "sort the messages Kofi got"),
    ("Mei's clues", "Mei's clues"),
    ("DMs that escalate", "DMs that escalate"),
    ("A", "a"),
])
def test_after_colon(title: str, shown: str) -> None:
    assert after_colon(title) == shown
