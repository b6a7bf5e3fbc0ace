"""Agree-disagree slides (starter and plenary) hold one statement each in every key stage: a
class shows one position at a time, so three statements over one line left nothing to vote
on. Found by kind: a bullet slide drawn over the scale."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.plan.pack import plan_pack


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_each_statement_has_its_own_vote(audience: str) -> None:
    index = load()
    item = index.items[f"live-streaming-{audience}"].item
    (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    votes = [s.payload for s in plan.slides
             if isinstance(s.payload, BulletSlide) and s.payload.scale]
    assert len(votes) == 2 * len(item.starter.statements), audience  # starter and plenary
    assert all(len(v.bullets) == 1 for v in votes), audience
