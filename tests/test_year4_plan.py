"""A Year 4 class's lesson plan describes what Year 4 does: its short-of-time cuts and
stretch are its own, its running sheet says Part 1 is done on cards, and its resources
describe its two-sided sheet, not the Card tables it does not have."""

from __future__ import annotations

from lessonpack.content.brand import DEFAULT_BRAND, Brand
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.routes import lines_for_year
from lessonpack.plan.class_fit import for_class
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import Table
from lessons import content_index, lesson_for, plan_strings


def _brand(class_name: str) -> Brand:
    return DEFAULT_BRAND.model_copy(update={"class_name": class_name})


def _plan(class_name: str) -> tuple[Lesson, str, Table]:
    brand = _brand(class_name)
    lesson = for_class(lesson_for(Audience.KS2), brand)
    plan = plan_lesson_plan(lesson, content_index().facts, brand)
    sheet = next(b for b in plan.blocks if isinstance(b, Table) and "Pupils' sheet" in b.header)
    return lesson, " ".join(plan_strings(plan.blocks)), sheet


def test_lines_labelled_for_other_years_are_left_out() -> None:
    lines = ["Everyone: this.", "Years 5–6: that.", "Years 3–4: the other."]
    assert lines_for_year(lines, 4) == ["Everyone: this.", "The other."]
    assert lines_for_year(lines, 6) == ["Everyone: this.", "That."]
    assert lines_for_year(lines, None) == lines


def test_a_year_4_plan_is_year_4s() -> None:
    lesson, text, sheet = _plan("Year 4 Owls")
    assert not any("Years 5–6" in line for line in
                   [*lesson.short_of_time, *lesson.differentiation.stretch])
    # Year 4's own cut kept, unlabelled: the plan is the class's.
    assert any(line.startswith("Skip Part 1") for line in lesson.short_of_time)
    for gone in ("Years 5–6", "Year 4:", "Card tables", "tick tables", "both sorts"):
        assert gone not in text, gone
    # Part 1's sort is on cards: the running sheet sends no one to a Part 1 on the sheet.
    sheet_column = [row[-1] for row in sheet.rows]
    assert any(c.startswith("No sheet:") and "on cards" in c for c in sheet_column)
    assert not any(c.startswith("Part 1") for c in sheet_column)


def _where_pupils_work(class_name: str) -> dict[str, str]:
    """Each sort's task slide (by title) and its notes' line saying where pupils work."""
    brand = _brand(class_name)
    lesson = for_class(lesson_for(Audience.KS2), brand)
    sorts = {c.task.title for c in lesson.cycles if c.task.sort is not None}
    deck = plan_lesson_deck(lesson, content_index().facts, brand)
    return {s.title: line for s in deck.slides if s.title in sorts
            for line in s.notes.splitlines() if line.startswith("Pupils ")}


def test_a_year_4_sort_is_sent_to_the_cards() -> None:
    # Year 4's sheet keeps Part 2's story, not its sort: its notes never say "use the
    # worksheet" for a sort done on cards.
    year4 = _where_pupils_work("Year 4 Owls")
    # The question written is named as the sheet prints it: "its last question" was read
    # as the sheet's last question (the quiz).
    assert year4 and set(year4.values()) == {
        "Pupils sort on the cards (no writing). In the Ask minute, they write under Part 2 "
        "on the sheet: \"What should Mei do now? Who could help her?\""}
    # A class with the whole sheet does the same sort on it.
    assert set(_where_pupils_work("").values()) == {"Pupils use the worksheet."}


def test_a_class_of_no_known_year_keeps_every_route() -> None:
    lesson, _text, sheet = _plan("")
    assert any(line.startswith("Years 5–6:") for line in lesson.short_of_time)
    assert any(row[-1].startswith("Part 1") for row in sheet.rows)
