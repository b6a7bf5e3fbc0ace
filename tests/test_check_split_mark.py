"""A check whose answer slide is crowded has its reason planned on a slide of its own. The
answer slide is split under its question's title, marked by the planner that made the pair
(``Slide.split_as``): the check's planner finds it by that name, never by reading "Answer: "
off the printed title."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.build.parallel import split_names
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds import registry
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.plan.model import DeckPlan, PackPlan, SplitRef
from lessonpack.plan.pack import plan_pack


def _pack(split: frozenset[str] = frozenset()) -> PackPlan:
    index = load()
    item = index.items["live-streaming-ks2"].item
    return plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures, split)


def _deck(split: frozenset[str] = frozenset()) -> DeckPlan:
    (deck,) = _pack(split).decks
    return deck


def test_a_crowded_answer_slide_puts_its_checks_reason_on_a_slide_of_its_own() -> None:
    plan = _pack()
    (deck,) = plan.decks
    slides = list(deck.slides)
    # A check's answer slide, in a learning cycle, straight after its question.
    n = next(i for i, s in enumerate(slides) if registry.reveals(s) and s.cycle)
    question, answer = slides[n - 1], slides[n]
    assert answer.split_as == SplitRef(question.title) and question.title != answer.title
    # A mark, not a string: every string a plan holds is printed.
    assert not isinstance(answer.split_as, str)
    # The build names the crowded answer slide by its mark, not by its title.
    assert split_names(plan, {answer.title}) == {question.title}
    again = list(_deck(frozenset({question.title})).slides)
    assert len(again) == len(slides) + 1
    assert again[n].title == answer.title
    assert isinstance(again[n + 1].payload, BulletSlide), again[n + 1].title
    assert again[n + 2].title == slides[n + 1].title
