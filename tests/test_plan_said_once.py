"""A lesson plan says each thing once: one safeguarding section (the checks, then how to teach
safely), and a misconception the starter's statements answer is not tabled again."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.plan.common import SAFE_DELIVERY
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import BulletList, Checklist, DocPlan, Heading


def _plans(brand: Brand) -> list[tuple[object, DocPlan]]:
    index = load(())
    return [(i.item, plan_lesson_plan(i.item, index.facts, brand))
            for i in index.items.values() if i.item.kind == "lesson"]


def test_one_safeguarding_section_holds_the_checks_then_the_notes() -> None:
    for lesson, plan in _plans(Brand()):
        headings = [b.text for b in plan.blocks if isinstance(b, Heading)]
        assert headings.count(SAFE_DELIVERY) == 1, plan.filename
        assert "Safeguarding checklist" not in headings, plan.filename
        at = next(i for i, b in enumerate(plan.blocks)
                  if isinstance(b, Heading) and b.text == SAFE_DELIVERY)
        checks, notes = plan.blocks[at + 1], plan.blocks[at + 2]
        assert isinstance(checks, Checklist) and checks.items, plan.filename
        assert isinstance(notes, BulletList), plan.filename
        assert len(notes.items) == len(lesson.safeguarding.notes), plan.filename  # type: ignore[attr-defined]
