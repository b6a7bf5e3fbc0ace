"""A visiting trainer's lesson plan is the trainer's: its subtitle, answer key and "Fill in
first" box speak to whoever teaches ("Lesson plan", "the school's details"), not to the class
teacher; a school's own plan keeps "Teacher lesson plan" and "your school's"."""

from __future__ import annotations

from pathlib import Path

from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.loader import load_content
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.plan.fill_in_first import TITLE, with_fill_in_first
from lessonpack.plan.model import Callout, DocPlan, Paragraph
from lessonpack.plan.pack import _planned

ROOT = Path(__file__).resolve().parent.parent


def _visiting() -> Brand:
    return apply_school_file(
        load_brand(ROOT / "examples/brands/northshire-online-safety/brand.yml").brand,
        load_school(ROOT / "examples/schools/ashgrove-primary/school.yml"))


def _plan(brand: Brand) -> tuple[DocPlan, DocPlan]:
    index = load_content()
    lesson = next(loaded.item for loaded in index.items.values()
                  if isinstance(loaded.item, Lesson) and loaded.item.audience is Audience.KS2)
    pack = with_fill_in_first(_planned(lesson, index.facts, brand, None), brand)
    return next(d for d in pack.documents if d.kind == "lesson_plan"), \
        next(d for d in pack.documents if d.kind == "teacher_notes")


def _words(plans: tuple[DocPlan, DocPlan]) -> tuple[str, str, str]:
    """The plan's subtitle, its answer key's note (in the teacher notes beside it), and its
    "Fill in first" box's title."""
    plan, notes = plans
    key = next(b.text for b in notes.blocks if isinstance(b, Paragraph)
               and b.text.endswith("worksheets carry no answers."))
    box = next((b.title for b in plan.blocks if isinstance(b, Callout)
                and b.title.startswith(TITLE)), "")
    return plan.subtitle, key, box


def test_a_visitors_plan_speaks_to_whoever_teaches() -> None:
    subtitle, key, box = _words(_plan(_visiting()))
    assert subtitle.startswith("Lesson plan · ")
    assert key.startswith("For whoever teaches:") and "teacher" not in key.split(":")[0]
    # Ashgrove's example contacts print in yellow, so the box is there to read.
    assert box.startswith(f"{TITLE}: the school's details")
    assert "your school" not in box


def test_a_schools_own_plan_speaks_to_the_teacher() -> None:
    subtitle, key, box = _words(_plan(Brand()))
    assert subtitle.startswith("Teacher lesson plan · ")
    assert key.startswith("For the teacher:")
    assert box.startswith(f"{TITLE}: your school's details")
