"""A part of a deck a planner offers (kinds/base.Offer) is drawn by whichever registered kind
claims it: the planner keeps where the part goes and what is said around it, and a kind added
for the test (no planner edited) makes its slide; without a claim, the planner's own payload."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Lesson
from lessonpack.errors import InternalError
from lessonpack.kinds import registry
from lessonpack.kinds.base import (
    BIG_IDEAS,
    BODY,
    BigIdeasOffered,
    Filler,
    SlideKind,
    claim,
    layout,
)
from lessonpack.kinds.checklist import ChecklistSlide
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class _Loud:
    kind: ClassVar[str] = "loud_ideas_for_a_test"
    ideas: tuple[str, ...]


def _fill(filler: Filler, _slide: Slide, payload: _Loud) -> None:
    filler.put("body", [i.upper() for i in payload.ideas])


def _kind(make: object) -> SlideKind[_Loud]:
    return SlideKind("loud_ideas_for_a_test", _Loud, layout("LP Bullets", body=BODY),
                     "a title and content layout", _fill, order=1,
                     claims=claim(BIG_IDEAS, make))  # type: ignore[arg-type]


def _big_ideas(key: str) -> list[Slide]:
    lesson = load().items[key].item
    assert isinstance(lesson, Lesson)
    plan = plan_lesson_deck(lesson, load().facts, DEFAULT_BRAND)
    return [s for s in plan.slides if s.title.startswith("Big ideas:")]


def _every_cycle(offered: BigIdeasOffered) -> _Loud:
    return _Loud(tuple(offered.cycle.explain))


def test_a_kind_that_claims_the_big_ideas_makes_their_slides() -> None:
    before = _big_ideas("live-streaming-ks3")
    with registry.registered(_kind(_every_cycle)):
        claimed = _big_ideas("live-streaming-ks3")
    assert claimed and len(claimed) == len(before)
    for mine, theirs in zip(claimed, before, strict=True):
        assert isinstance(mine.payload, _Loud)
        assert mine.payload.ideas  # made from the cycle's own points
        # The planner's part is unchanged: title, kicker, notes, marks.
        assert (mine.title, mine.kicker, mine.notes, mine.marks) == (
            theirs.title, theirs.kicker, theirs.notes, theirs.marks)


def test_a_claim_that_makes_nothing_leaves_the_planner_s_rows() -> None:
    with registry.registered(_kind(lambda _offered: None)):
        slides = _big_ideas("live-streaming-ks3")
    assert slides and all(type(s.payload) is not _Loud for s in slides)


def test_the_youngest_big_ideas_are_never_offered() -> None:
    # KS1's big ideas are the picture-and-sayings panel children who cannot read follow.
    with registry.registered(_kind(_every_cycle)):
        slides = _big_ideas("live-streaming-ks1")
    assert slides
    assert not [s for s in slides if isinstance(s.payload, _Loud)]


def test_a_claim_making_another_kind_s_payload_is_refused() -> None:
    def wrong(offered: BigIdeasOffered) -> ChecklistSlide:
        return ChecklistSlide(tuple(offered.cycle.explain))

    with registry.registered(_kind(wrong)), pytest.raises(InternalError, match="not its payload"):
        _big_ideas("live-streaming-ks2")
