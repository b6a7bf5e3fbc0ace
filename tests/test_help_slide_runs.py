"""A run of help cards over several slides is shared out evenly: no last slide holding one
card alone, which looked like a layout error on the last slide pupils see."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.brand import load_brand
from lessonpack.kinds.signposting import SignpostingSlide
from lessonpack.plan.common import even_runs
from lessonpack.plan.lesson_deck import plan_lesson_deck

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("count", "most", "sizes"), [
    (0, 3, []), (1, 3, [1]), (4, 3, [2, 2]), (7, 3, [3, 2, 2]), (10, 3, [3, 3, 2, 2])])
def test_even_runs_share_items_out_fuller_first(count: int, most: int,
                                                sizes: list[int]) -> None:
    runs = even_runs(count, most)
    assert [len(r) for r in runs] == sizes
    assert [i for r in runs for i in r] == list(range(count))


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_a_secondary_school_s_extra_helpline_is_never_alone_on_a_slide(audience: str) -> None:
    brand = load_brand(ROOT / "examples" / "brands" / "riverside-academy" / "brand.yml").brand
    index = load()
    plan = plan_lesson_deck(index.items[f"live-streaming-{audience}"].item, index.facts, brand)
    counts = [len(s.payload.signposts) for s in plan.slides
              if isinstance(s.payload, SignpostingSlide)]
    assert len(counts) > 1 and min(counts) >= 2, counts
    assert max(counts) - min(counts) <= 1, counts
