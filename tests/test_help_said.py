"""The deputy's card, said aloud to children who cannot read: the pronoun follows the
title in the school file ("He helps Mrs Okafor", not "They help" about a named man)."""

from __future__ import annotations

import pytest

from lessonpack.plan.deck.help import helps_said


@pytest.mark.parametrize(("name", "said"), [
    ("Mr Daniel Price", "He helps"), ("Mrs Priya Shah", "She helps"),
    ("Miss Lee", "She helps"), ("Ms. Khan", "She helps"), ("Mx Rowe", "They help"),
    ("Dr Ade Bello", "They help"), ("Sam", "They help"),
])
def test_the_pronoun_follows_the_title(name: str, said: str) -> None:
    assert helps_said(name) == said
