"""Secondary decks (KS3, KS4) are typographic where a primary deck decorates: the goal, the
reflection and the key messages carry no colour picture that only decorates (a cartoon heart
beside a lesson on sextortion read as juvenile); the closing key messages a line icon. Slides
are found by kind (the plan's payload)."""

from __future__ import annotations

import pytest

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.key_messages import KeyMessagesSlide
from lessonpack.kinds.look import LOOKS
from lessonpack.plan.model import Slide
from lessonpack.plan.pack import plan_pack


def _slides(audience: str) -> tuple[Slide, ...]:
    index = load()
    item = index.items[f"live-streaming-{audience}"].item
    (plan,) = plan_pack(item, index.facts, DEFAULT_BRAND, index.pictures).decks
    return plan.slides


def _word_slides(slides: tuple[Slide, ...]) -> list[Slide]:
    """Key messages (goal, remember) and lists of words (objectives, reflection); the
    agree-disagree statements (``scale``) keep their thumbs: they are what pupils show."""
    return [s for s in slides if isinstance(s.payload, KeyMessagesSlide)
            or (isinstance(s.payload, BulletSlide) and not s.payload.scale)]


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_secondary_word_slides_have_no_decoration(audience: str) -> None:
    slides = _word_slides(_slides(audience))
    assert len(slides) >= 2, audience  # goal and key messages at least
    # The closing key messages carry a one-colour line icon, as every other closing slide
    # has its picture; no word slide has a colour picture.
    assert [s.title for s in slides if s.pictures
            and not isinstance(s.payload, KeyMessagesSlide)] == [], audience
    assert all(p.name.startswith("plain-") for s in slides for p in s.pictures), audience


@pytest.mark.parametrize("audience", ["ks1", "ks2"])
def test_primary_word_slides_keep_their_pictures(audience: str) -> None:
    slides = [s for s in _slides(audience) if isinstance(s.payload, KeyMessagesSlide)]
    assert slides and all(s.pictures for s in slides), audience


def test_only_primary_looks_decorate() -> None:
    assert {name for name, look in LOOKS.items() if look.decorative} == {"ks1", "ks2"}
