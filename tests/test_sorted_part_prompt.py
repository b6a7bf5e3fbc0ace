"""A Part sorted on the table's cards keeps lines on the sheet for the story's question; the
line over them names that question ("then write your answer here:" named none: it was only
in the story box above and on the slide)."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.plan.worksheet.route import answer_prompt


def test_the_prompt_names_the_storys_last_question() -> None:
    assert answer_prompt("Spot the clues", "Which clues show who Mei is? What should she "
                          "do now?") == ("Spot the clues on your table's cards, then answer: "
                                         "What should she do now?")
    assert answer_prompt("Sort", "Talk about it.") == \
        "Sort on your table's cards, then write your answer here:"


def test_each_ks2_story_sorted_on_cards_has_a_question_to_answer() -> None:
    ks2 = next(i.item for i in load(()).items.values()
               if i.item.audience.value == "ks2" and i.item.kind == "lesson")
    sorted_stories = [c for c in ks2.cycles if c.task.sort and c.scenario]
    assert sorted_stories
    for cycle in sorted_stories:
        assert "then answer: " in answer_prompt(cycle.task.title, cycle.scenario.question)
