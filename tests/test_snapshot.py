"""Outline snapshots of the lesson deck plans: slide kinds, kickers and titles, in order, for
KS1 (children who cannot read yet: parts, sayings, no section slides), KS2, KS3 (its think,
pair, share) and KS4.

After an intended change: UPDATE_SNAPSHOTS=1 pytest tests/test_snapshot.py, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.lesson_deck import plan_lesson_deck

SNAPSHOTS = Path(__file__).parent / "snapshots"


def outline(audience: str = "ks2") -> str:
    index = load()
    plan = plan_lesson_deck(index.items[f"live-streaming-{audience}"].item, index.facts,
                            DEFAULT_BRAND)
    return "".join(f"{n:2} {s.kind:14} {s.kicker} | {s.title}\n"
                   for n, s in enumerate(plan.slides, 1))


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_outline_matches_snapshot(audience: str) -> None:
    snapshot = SNAPSHOTS / f"{audience}-outline.txt"
    current = outline(audience)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.write_text(current, encoding="utf-8")
    assert current == snapshot.read_text(encoding="utf-8")
