"""A deck's quiz slides set their three answers one way: in columns on every one, or in
rows on every one (a parents' deck had cards on a spare question and rows on the next)."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_decks import built_deck


def _arrangements(build: Path, audience: str) -> list[str]:
    deck = built_deck(build, audience)
    found = []
    for slide in deck.slides:
        panels = {sh.name: sh for sh in slide.shapes if sh.name.endswith(" panel")}
        if {"Answer A panel", "Answer B panel", "Answer C panel"} <= set(panels):
            a, b = panels["Answer A panel"], panels["Answer B panel"]
            found.append("columns" if a.top == b.top else "rows")
    return found


@pytest.mark.parametrize("fixture", ["built_packs", "brightpath_at_ashgrove"])
def test_a_parents_decks_quiz_and_spares_look_alike(request: pytest.FixtureRequest,
                                                    fixture: str) -> None:
    found = _arrangements(request.getfixturevalue(fixture), "parents")
    assert len(found) >= 4 and len(set(found)) == 1, found
