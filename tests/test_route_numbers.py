"""A route's Part and quiz numbers are read from its words as an author writes them, ranges
and lists included, and checked against the lesson (LP114; the fixture
tests/bad_inputs/route-unknown-part holds the lines it prints)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("run", "numbers"), [
    ("2", [2]), ("1 and 4", [1, 4]), ("2, 3 or 4", [2, 3, 4]), ("1–3", [1, 2, 3]),
])
def test_the_numbers_a_route_names(run: str, numbers: list[int]) -> None:
    from lessonpack.content.route_numbers import _numbers
    assert _numbers(run) == numbers

