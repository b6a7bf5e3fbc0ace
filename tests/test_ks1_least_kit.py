"""KS1's plan says on page one how long the kit takes and the least kit that runs the
lesson: a teacher opening it at 8pm learned of 45 minutes' cutting (a bag of lights for each
child) only on page five, with no smaller way in sight."""

from __future__ import annotations

import re

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.plan.model import Heading, Paragraph
from lessonpack.plan.pack import plan_pack


def _page_one(audience: str, brand=DEFAULT_BRAND) -> list[Paragraph]:  # type: ignore[no-untyped-def]
    index = load()
    lesson = index.items[f"live-streaming-{audience}"].item
    assert isinstance(lesson, Lesson)
    plan = next(d for d in plan_pack(lesson, index.facts, brand).documents
                if d.kind == "lesson_plan")
    first = []
    for block in plan.blocks:  # the overview runs to the running sheet's heading
        if isinstance(block, Heading) and block.text == "Running sheet":
            break
        if isinstance(block, Paragraph):
            first.append(block)
    return first


def test_ks1_page_one_gives_the_prep_time_and_the_least_kit() -> None:
    (prep,) = [p for p in _page_one("ks1") if p.label == "Preparing:"]
    # The route with no cutting first (a teacher with one evening reads it before the
    # 45 minutes), then the least kit, then the full kit.
    assert prep.text.startswith("With no time to cut, show the slides' pictures and let "
                                "children hold up a crayon of each colour."), prep.text
    least, full = (int(n) for n in re.findall(r"(?i)about (\d+)", prep.text))
    assert least < full, prep.text
    # A class of 30 (no size given): eight groups, four sets of lights a page, so page 3
    # twice, not the eight copies a bag for each child takes.
    assert "print page 3 twice and cut a set of lights for every four children" in prep.text


def test_readers_plans_have_no_prep_line() -> None:
    assert not [p for p in _page_one("ks3") if p.label == "Preparing:"]
