"""Outline snapshot of the KS2 deck plan: slide kinds, kickers and titles, in order.

After an intended change: UPDATE_SNAPSHOTS=1 pytest tests/test_snapshot.py, then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.plan.lesson_deck import plan_lesson_deck

SNAPSHOT = Path(__file__).parent / "snapshots" / "ks2-outline.txt"


def outline() -> str:
    index = load()
    plan = plan_lesson_deck(index.items["live-streaming-ks2"].item, index.facts, DEFAULT_BRAND)
    return "".join(f"{n:2} {s.kind:14} {s.kicker} | {s.title}\n"
                   for n, s in enumerate(plan.slides, 1))


def test_ks2_outline_matches_snapshot() -> None:
    current = outline()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(current, encoding="utf-8")
    assert current == SNAPSHOT.read_text(encoding="utf-8")
