"""A class that sorts on its worksheet's card tables (Years 5–6) is given no sort cards to
print and cut: its cards file holds the help cards alone, and the plan and the visit brief
count that one page."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan.class_fit import for_class
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import HelpCards, SortCards
from lessonpack.plan.sort_cards import plan_sort_cards, sort_print_counts
from lessonpack.plan.visit_brief.brief_day import taught
from lessonpack.plan.visit_brief.brief_rows import day_rows


def _ks2() -> Lesson:
    item = load().items["live-streaming-ks2"].item
    assert isinstance(item, Lesson)
    return item


def _school(year: int, visitor: bool = False) -> Brand:
    return Brand(org_name="Ashgrove Primary School", dsl_name="Mrs Helen Okafor",
                 delivered_by="Northshire Team" if visitor else "",
                 classes=[f"Year {year}, Miss Laura Bennett"],
                 class_sizes={f"Year {year}": 28})


def _kinds(lesson: Lesson, brand: Brand) -> set[type]:
    doc = plan_sort_cards(lesson, brand)
    assert doc is not None
    return {type(b) for b in doc.blocks}


def test_a_year_6_cards_file_holds_the_help_cards_alone() -> None:
    ks2 = _ks2()
    six, four = _school(6), _school(4)
    assert _kinds(for_class(ks2, six), six) >= {HelpCards}
    assert SortCards not in _kinds(for_class(ks2, six), six)
    # No title block over them: the four cards fill the one page the plan counts.
    alone = plan_sort_cards(for_class(ks2, six), six)
    assert alone is not None and alone.title == "" and alone.subtitle == ""
    # Year 4 sorts on cards, and so does the pack of every year (it serves Years 3–4 too).
    assert SortCards in _kinds(for_class(ks2, four), four)
    assert SortCards in _kinds(ks2, Brand(org_name="Ashgrove Primary School"))
    assert sort_print_counts(for_class(ks2, six), 6, 28).startswith("page 1 eight times")
    assert sort_print_counts(for_class(ks2, four), 6, 28).startswith("pages 1 and 2 six")


def test_a_year_6_plan_says_its_cards_file_is_the_help_cards() -> None:
    index = load()
    six = _school(6)
    plan = plan_lesson_plan(for_class(_ks2(), six), index.facts, six)
    text = "\n".join(str(b) for b in plan.blocks)
    assert "holds the help cards alone (print 8 copies)" in text
    assert "no cards: print" not in text


def test_a_visit_briefs_year_6_prints_and_cuts_no_sort_cards() -> None:
    six = _school(6, visitor=True)
    rows = {file: what for _, file, _, what in day_rows(taught((_ks2(),), six), None, six)}
    printing = next(what for file, what in rows.items() if file.startswith("Worksheet"))
    assert "page 1 eight times (help cards" in printing and "sort cards" not in printing
    assert rows["Cards, printed"].startswith("Cut out the help cards")
