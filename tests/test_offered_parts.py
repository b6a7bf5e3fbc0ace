"""A part of a deck a planner offers (kinds/base.Offer) is drawn by the registered kind that
claims it: the planner keeps where the part goes and what is said around it, and a kind added
for the test (no planner edited) makes its slide; without a claim, the planner's own payload.
An offer is claimed by the object, not its name, and by one kind at most."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ClassVar

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.errors import InternalError
from lessonpack.kinds import registry
from lessonpack.kinds.base import BODY, Filler, Offer, SlideKind, claim, layout
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.kinds.offers import BIG_IDEAS, BigIdeasOffered
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import Slide, SlidePayload


@dataclass(frozen=True)
class _Loud:
    kind: ClassVar[str] = "loud_ideas_for_a_test"
    ideas: tuple[str, ...]


def _fill(filler: Filler, _slide: Slide, payload: _Loud) -> None:
    filler.put("body", [i.upper() for i in payload.ideas])


def _kind(make: Callable[[BigIdeasOffered], SlidePayload | None],
          offer: Offer[BigIdeasOffered] = BIG_IDEAS) -> SlideKind[_Loud]:
    return SlideKind("loud_ideas_for_a_test", _Loud, layout("LP Bullets", body=BODY),
                     "a title and content layout", _fill, claims=claim(offer, make))


@contextmanager
def _claiming(make: Callable[[BigIdeasOffered], SlidePayload | None]) -> Iterator[None]:
    """The test's kind claims the big ideas in place of the idea cards."""
    with registry.replaced(_kind(make), dropping=["idea_cards"]):
        yield


def _big_ideas(key: str) -> list[Slide]:
    lesson = load().items[key].item
    assert isinstance(lesson, Lesson)
    plan = plan_lesson_deck(lesson, load().facts, DEFAULT_BRAND)
    return [s for s in plan.slides if s.title.startswith("Big ideas:")]


def _every_cycle(offered: BigIdeasOffered) -> _Loud:
    return _Loud(tuple(offered.cycle.lines))


def test_a_kind_that_claims_the_big_ideas_makes_their_slides() -> None:
    before = _big_ideas("live-streaming-ks3")
    with _claiming(_every_cycle):
        claimed = _big_ideas("live-streaming-ks3")
    assert claimed and len(claimed) == len(before)
    for mine, theirs in zip(claimed, before, strict=True):
        assert isinstance(mine.payload, _Loud)
        assert mine.payload.ideas  # made from the cycle's own points
        # The planner's part is unchanged: title, kicker, notes, marks.
        assert (mine.title, mine.kicker, mine.notes, mine.marks) == (
            theirs.title, theirs.kicker, theirs.notes, theirs.marks)


def test_a_claim_that_makes_nothing_leaves_the_planner_s_rows() -> None:
    with _claiming(lambda _offered: None):
        slides = _big_ideas("live-streaming-ks3")
    assert slides and all(type(s.payload) is not _Loud for s in slides)


def test_the_youngest_big_ideas_are_never_offered() -> None:
    # KS1's big ideas are the picture-and-sayings panel children who cannot read follow.
    with _claiming(_every_cycle):
        slides = _big_ideas("live-streaming-ks1")
    assert slides
    assert not [s for s in slides if isinstance(s.payload, _Loud)]


def test_a_claim_making_another_kind_s_payload_is_refused() -> None:
    def wrong(offered: BigIdeasOffered) -> ChecklistSlide:
        return ChecklistSlide(tuple(offered.cycle.lines))

    with _claiming(wrong), pytest.raises(InternalError, match="not its payload"):
        _big_ideas("live-streaming-ks2")


def test_two_kinds_claiming_one_offer_are_refused() -> None:
    # Which would draw the part would hang on the kinds' order: refused when registered.
    with pytest.raises(InternalError, match="'idea_cards' and 'loud_ideas_for_a_test' both "
                                            "claim the offered 'big_ideas'"), \
            registry.registered(_kind(_every_cycle)):
        pass


def test_an_offer_is_claimed_by_the_object_not_its_name() -> None:
    # Another offer spelled alike is not the big ideas: the planner's offer finds the idea
    # cards (or their rows), never the test's kind.
    alike: Offer[BigIdeasOffered] = Offer(BIG_IDEAS.name)
    with registry.replaced(_kind(_every_cycle, alike), dropping=["idea_cards"]):
        slides = _big_ideas("live-streaming-ks3")
    assert slides and not [s for s in slides if isinstance(s.payload, _Loud)]
