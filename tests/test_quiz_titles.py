"""Quiz slides keep a short title and ask a long question above the answers: a question of
two or three lines as the title dwarfed its answers, touched a trainer template's rule,
and its reveal put "Answer:" in the middle of the title."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import ParentSession
from lessonpack.kinds.quiz_question import QuestionSlide
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import DeckPlan
from lessonpack.plan.parents.workshop import plan_parents_deck
from lessonpack.render.deck_question_band import NAME as ASKED

# "Answer: " and a title this long fit one line in every look's title box.
LONGEST = 36


def _plan(audience: str) -> DeckPlan:
    index = load()
    item = index.items[f"live-streaming-{audience}"].item
    if isinstance(item, ParentSession):
        return plan_parents_deck(item, index.facts, DEFAULT_BRAND)
    return plan_lesson_deck(item, index.facts, DEFAULT_BRAND)


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_quiz_titles_are_short_and_the_question_is_asked_in_full(audience: str) -> None:
    slides = [s for s in _plan(audience).slides if isinstance(s.payload, QuestionSlide)]
    assert slides
    for slide in slides:
        question = slide.payload.question
        title = slide.title.removeprefix("Answer: ")
        assert len(title) <= LONGEST, slide.title
        # The whole question is on the slide: as its title, or asked above the answers.
        assert question.asked == ("" if title == question.text else question.text), title
    # A reveal's title is its question's with "Answer: " in front, and asks the same.
    for asked, shown in itertools.pairwise(slides):
        if shown.title == f"Answer: {asked.title}":
            assert shown.payload.question.asked == asked.payload.question.asked


def _quiz_slides(deck: Path) -> list:
    return [s for s in Presentation(str(deck)).slides
            if any(sh.name == "Answer A panel" for sh in s.shapes)]


@pytest.mark.integration
@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_quiz_slides_have_one_line_titles_and_a_still_question(
        look: str, request: pytest.FixtureRequest) -> None:
    root: Path = request.getfixturevalue(look)
    seen = 0
    for deck in sorted(root.glob("live-streaming-*/*-slides.pptx")):
        if "ks1" in deck.name:
            continue  # read aloud: the question is the title
        slides = _quiz_slides(deck)
        for asked, shown in itertools.pairwise(slides):
            title = asked.shapes.title.text_frame.text
            assert "\v" not in title and "\n" not in title, (deck.name, title)
            if shown.shapes.title.text_frame.text != f"Answer: {title}":
                continue
            bands = [{sh.name: sh for sh in s.shapes}.get(ASKED) for s in (asked, shown)]
            if bands[0] is None:
                assert bands[1] is None
                continue
            # The click to the answer moves neither the question nor the panels.
            assert bands[1] is not None
            assert bands[0].text_frame.text == bands[1].text_frame.text
            assert (bands[0].top, bands[0].height) == (bands[1].top, bands[1].height)
            panels = [next(sh for sh in s.shapes if sh.name == "Answer A panel")
                      for s in (asked, shown)]
            assert panels[0].top == panels[1].top >= bands[0].top + bands[0].height
            seen += 1
    assert seen >= 3
