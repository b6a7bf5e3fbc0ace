"""The plan's "send the letter by" day says how its two school weeks were counted: the pack
knows the Christmas holidays, not a school's half terms or training days, so it says so
beside the date instead of claiming a term-day count it cannot make."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.plan.lesson_plan import plan_lesson_plan
from plan_strings import strings_in


def _texts(brand: Brand) -> list[str]:
    index = load()
    plan = plan_lesson_plan(index.items["live-streaming-ks2"].item, index.facts, brand)
    return strings_in(plan.blocks)


def test_the_letter_day_says_how_school_days_were_counted() -> None:
    # Across the Christmas holidays: 22 January's ten school days back end on 8 January.
    (line,) = [t for t in _texts(Brand(lesson_date="Friday 22 January 2027"))
               if "send it by" in t]
    assert "by Friday 8 January 2027, the date it carries (ten school days" in line
    assert "Christmas holidays" in line and "half term or training day" in line
    # No lesson date: no day worked out, so nothing to explain.
    (undated,) = [t for t in _texts(Brand()) if "Letter home: send it" in t]
    assert "two school weeks before the lesson" in undated and "Christmas" not in undated
