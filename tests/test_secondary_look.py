"""Readers' decks (KS2 up) are typographic where the picture-led KS1 deck decorates: the
objectives, the reflection's list and the key messages carry no picture that only decorates (a
tick, a heart or a shield took a third of the panel and said nothing the words did not; a
cartoon heart beside a lesson on sextortion read as juvenile). The goal is the one word slide
with a picture in every deck: alone in a wide panel its sentence left two-thirds of it
blank, so it has the star beside it to 11 and a plain line-drawn tick after (never an
emoji). Slides are found by kind (the plan's payload)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.bullets import BulletSlide
from lessonpack.kinds.checklist import ChecklistSlide
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
    return [s for s in slides if isinstance(s.payload, (KeyMessagesSlide, ChecklistSlide))
            or (isinstance(s.payload, BulletSlide) and not s.payload.scale)]


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_readers_word_slides_have_no_decoration(audience: str) -> None:
    slides = _word_slides(_slides(audience))
    assert len(slides) >= 3, audience  # goal, objectives and key messages at least
    assert [s.title for s in slides if s.pictures] == ["Today's goal"], audience


@pytest.mark.parametrize(("audience", "picture"),
                         [("ks1", "star"), ("ks2", "star"), ("ks3", "plain-check"),
                          ("ks4", "plain-check")])
def test_the_goal_has_one_picture_plain_for_11_to_16s(audience: str, picture: str) -> None:
    (goal,) = [s for s in _slides(audience) if s.title == "Today's goal"]
    assert [p.name for p in goal.pictures] == [picture], audience


def test_the_picture_led_deck_keeps_its_pictures() -> None:
    slides = [s for s in _slides("ks1") if isinstance(s.payload, KeyMessagesSlide)]
    assert slides and all(s.pictures for s in slides)


def test_only_the_picture_led_look_decorates() -> None:
    assert {name for name, look in LOOKS.items() if look.decorative} == {"ks1"}


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_the_secondary_goal_tick_is_white_on_a_brand_disc(built_packs: Path,
                                                          audience: str) -> None:
    """The thin navy tick alone in a pale panel was the weakest slide of the secondary
    decks (a designer's review, twice): the tick is white, inside a disc of the brand's
    accent colour (the lettered answer discs' colour), the disc marked decorative."""
    import io

    from PIL import Image
    from pptx import Presentation

    deck = Presentation(str(built_packs / f"live-streaming-{audience}"
                            / f"live-streaming-{audience}-slides.pptx"))
    slide = next(s for s in deck.slides if s.shapes.title is not None
                 and s.shapes.title.text.replace("\u2019", "'") == "Today's goal")
    shapes = {sh.name: sh for sh in slide.shapes}
    disc = shapes["Goal disc"]
    assert disc.fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1
    tick = next(sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE)
    # Inside the disc, and after it in the shape tree (drawn on it).
    assert disc.left < tick.left and tick.left + tick.width < disc.left + disc.width
    assert disc.top < tick.top and tick.top + tick.height < disc.top + disc.height
    order = [sh.name for sh in slide.shapes]
    assert order.index("Goal disc") < order.index(tick.name)
    image = Image.open(io.BytesIO(tick.image.blob)).convert("RGBA")
    raw = image.tobytes()  # RGBA, four bytes a pixel
    ink = {tuple(raw[i:i + 3]) for i in range(0, len(raw), 4) if raw[i + 3] == 255}
    assert ink == {(255, 255, 255)}, sorted(ink)[:5]
