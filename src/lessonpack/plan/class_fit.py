"""A lesson's notes fitted to the class it is built for (the school file's classes,
``--class``): the class year's route alone (plan/year_routes.py), and at a visit the second
adult named, who is the class teacher staying all lesson ("the second adult notes who shows
thumbs up" left the trainer to work out who that was)."""

from __future__ import annotations

import re

from lessonpack.content.brand import Brand
from lessonpack.content.model import LearningCycle, Lesson, Plenary, Starter
from lessonpack.plan.class_line import class_and_teacher, class_year
from lessonpack.plan.common import pupil_name, visitor
from lessonpack.plan.year_routes import for_year

_SECOND_ADULT = re.compile(r"\b([Tt])he second adult\b")


def second_adult(text: str, teacher: str) -> str:
    """"the second adult notes…" -> "Mrs Evans (the second adult) notes…"; unchanged with no
    teacher named."""
    if not teacher:
        return text
    return _SECOND_ADULT.sub(lambda m: f"{teacher} ({m[1].lower()}he second adult)", text)


def for_class(lesson: Lesson, brand: Brand) -> Lesson:
    """``lesson`` with every step's notes and every resource fitted to the class."""
    year = class_year(lesson.audience, brand)
    # At a visit the class teacher stays all lesson: they are the second adult. A school's
    # own lesson may have a teaching assistant instead, so its words stay as written.
    teacher = pupil_name(class_and_teacher(lesson.audience, brand)[1].strip()) \
        if visitor(brand) else ""
    if year is None and not teacher:
        return lesson

    def fit(part: Starter | LearningCycle | Plenary) -> str:
        return second_adult(for_year(part.notes, part.routes, year), teacher)

    return lesson.model_copy(update={
        "starter": lesson.starter.model_copy(update={"notes": fit(lesson.starter)}),
        "cycles": [c.model_copy(update={"notes": fit(c)}) for c in lesson.cycles],
        "plenary": lesson.plenary.model_copy(update={"notes": fit(lesson.plenary)}),
        "resources": [r.model_copy(update={"text": for_year(r.text, r.routes, year)})
                      for r in lesson.resources],
        # The class's own route alone, "Year 4: do only …" (the worksheet prints it).
        "sheet_routes": [] if year is None else [
            r.model_copy(update={"years": str(year)}) for r in lesson.sheet_routes
            if r.covers(year)],
    })
