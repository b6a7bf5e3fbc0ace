"""The secondary lessons' spoken close fits its minutes: three routes read aloud, the rest on
the help card. "Read each help route" was nine routes (DSL, trusted adult, Childline,
Samaritans, Shout, CEOP, Report Remove, police, student support) in a three-minute close
with the key messages and the invitation to stay behind."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.model import Lesson


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_the_close_reads_three_routes_and_hands_out_the_rest(audience: str) -> None:
    lesson = load().items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    notes = lesson.plenary.notes
    close = notes[notes.index("Close ("):].split("\n\n", 1)[0]
    assert "three routes" in close and "each" not in close.split("Say:")[0], close
    for route in ("DSL", "Childline", "CEOP", "999"):
        assert route in close, (route, close)
    assert "help card" in close and "the rest" in close, close
