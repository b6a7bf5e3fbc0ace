"""A KS1 teacher printing the night before may have no puppets: the plan's resources say
what to use instead, on the same line as the puppets."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.model import BulletList
from lessonpack.plan.pack import plan_pack


def test_the_ks1_plan_says_what_to_use_without_puppets() -> None:
    index = load()
    lesson = index.items["live-streaming-ks1"].item
    assert isinstance(lesson, Lesson)
    plan = next(d for d in plan_pack(lesson, index.facts, Brand()).documents
                if d.kind == "lesson_plan")
    texts = [t for b in plan.blocks if isinstance(b, BulletList) for t in b.items]
    puppets = next(t for t in texts if "puppet or soft toy" in t)
    assert "if you have none" in puppets and "on the slides" in puppets, puppets
