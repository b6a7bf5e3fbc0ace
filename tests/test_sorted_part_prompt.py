"""A Part sorted on the table's cards keeps lines on the sheet for the story's question; the
line over them names that question ("then write your answer here:" named none: it was only
in the story box above and on the slide)."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.plan.model import Paragraph
from lessonpack.plan.worksheet.route import answer_prompt, last_question


def test_the_prompt_names_the_storys_last_question() -> None:
    # Each question a sentence of its own, in sentence case ("then answer: What should
    # she do now?" had a capital mid-sentence).
    assert answer_prompt("Spot the clues", last_question(
        "Which clues show who Mei is? What should she do now?")) == (
        "Spot the clues on your table's cards. What should she do now?")
    assert answer_prompt("Sort", "Talk about it.") == \
        "Sort on your table's cards, then write your answer here:"


def test_a_task_with_its_own_prompt_asks_it_whole_as_the_year_6_sheet_does() -> None:
    assert answer_prompt("Spot the clues", "What should Mei do now? Who could help her?") == (
        "Spot the clues on your table's cards. What should Mei do now? Who could "
        "help her?")


def test_year_4s_sheet_asks_what_the_year_6_sheet_asks() -> None:
    """Year 4 sorts Mei's clues on the table's cards: the line over its answer lines asks
    the task's own questions, as the Year 6 sheet (which sorts on the sheet) asks them."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.class_fit import for_class
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    index = load(())
    ks2 = index.items["live-streaming-ks2"].item
    brand = Brand(org_name="Oakfield Primary School", classes=["Year 4, Ms Lee"])
    sheet = plan_worksheet(for_class(ks2, brand), index.facts, brand)
    texts = [b.text for b in sheet.blocks if isinstance(b, Paragraph)]
    assert ("Spot the clues on your table's cards. What should Mei do now? Who "
            "could help her?") in texts, texts
    assert not [t for t in texts if "then answer" in t]


def test_year_4s_sorted_answer_has_the_lines_its_route_gives_and_no_more() -> None:
    """The answer to a sorted Part is written in the task's last minute: its lines are the
    route's (content), and they do not grow to fill the side (six lines under a one-minute
    answer read as a long task)."""
    from lessonpack.content.brand import Brand
    from lessonpack.plan.class_fit import for_class
    from lessonpack.plan.model import PageBreak, WritingLines
    from lessonpack.plan.worksheet.route import class_sheet
    from lessonpack.plan.worksheet.sheet import plan_worksheet

    index = load(())
    ks2 = index.items["live-streaming-ks2"].item
    brand = Brand(org_name="Oakfield Primary School", classes=["Year 4, Ms Lee"])
    lesson = for_class(ks2, brand)
    route = class_sheet(lesson)
    assert route is not None and route.answer_lines == 3
    blocks = list(plan_worksheet(lesson, index.facts, brand).blocks)
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
              and b.text.startswith("Spot the clues on your table's cards."))
    lines, after = blocks[at + 1], blocks[at + 2]
    assert isinstance(lines, WritingLines) and lines.count == route.answer_lines, lines
    assert not lines.fill_page, lines
    assert isinstance(after, PageBreak) and not after.fill, after
