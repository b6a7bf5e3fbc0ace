"""A deck built from an example brand or school carries a red "EXAMPLE" band on its cover
and on every slide that shows one of the file's made-up contacts, in a strip of the slide
that nothing else is in; a deck built without one has no band anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx.dml.color import RGBColor
from pptx.shapes.base import BaseShape
from pptx.slide import Slide

from built_decks import built_deck
from lessonpack.content.brand import load_brand
from lessonpack.content.fill_ins import example_values
from lessonpack.render.deck_example_band import BAND_NAME, WORDS

ROOT = Path(__file__).resolve().parents[1]


def _band(slide: Slide) -> BaseShape | None:
    return next((s for s in slide.shapes if s.name == BAND_NAME), None)


def _text(slide: Slide) -> str:
    return " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame
                    and s.name != BAND_NAME).replace("\u00a0", " ")


def _overlap(a: BaseShape, b: BaseShape) -> bool:
    return (a.left < b.left + b.width and b.left < a.left + a.width
            and a.top < b.top + b.height and b.top < a.top + a.height)


@pytest.mark.parametrize("audience", ["ks1", "ks2", "parents"])
def test_an_example_decks_cover_and_contact_slides_carry_the_band(oakfield_all: Path,
                                                                   audience: str) -> None:
    brand = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    made_up = example_values(brand)
    deck = built_deck(oakfield_all, audience)
    banded = []
    for number, slide in enumerate(deck.slides, 1):
        band = _band(slide)
        if slide.element.get("show") == "0":
            continue
        contact = any(v in _text(slide) for v in made_up)
        assert (band is not None) == (number == 1 or contact), (audience, number)
        if band is None:
            continue
        banded.append(number)
        # Full width, red, white bold words of 14 pt or more.
        assert band.left == 0 and band.width == deck.slide_width
        assert band.fill.fore_color.rgb == RGBColor.from_string("A4161A")
        run = band.text_frame.paragraphs[0].runs[0]
        assert run.text == WORDS and run.font.bold and run.font.size.pt >= 14
        assert run.font.color.rgb == RGBColor.from_string("FFFFFF")
        # Its own strip: no other shape of the slide reaches into it.
        others = [s for s in slide.shapes if s is not band and s.width is not None
                  and s.width < deck.slide_width and _overlap(s, band)]
        assert not others, (audience, number, [s.name for s in others])
    # The help slides with the school's made-up leads are among them.
    assert len(banded) >= 2, banded


@pytest.mark.parametrize("audience", ["ks1", "ks4", "parents"])
def test_a_deck_built_without_an_example_file_has_no_band(built_packs: Path,
                                                          audience: str) -> None:
    deck = built_deck(built_packs, audience)
    assert not [n for n, s in enumerate(deck.slides, 1) if _band(s) is not None]


def test_on_a_trainers_template_the_band_keeps_clear_of_its_frame(
        brightpath_at_ashgrove: Path) -> None:
    """The Brightpath template's side bar runs the slide's height and its footer row holds
    the logos, and its help slides have no strip to spare: the band is on the cover only,
    never over the cover's words."""
    deck = built_deck(brightpath_at_ashgrove, "ks1")
    banded = {n: b for n, s in enumerate(deck.slides, 1) if (b := _band(s)) is not None}
    help_slides = [n for n, s in enumerate(deck.slides, 1)
                   if s.shapes.title is not None
                   and s.shapes.title.text_frame.text.startswith("Who can help")
                   and "Mrs Okafor" in _text(s)]
    assert help_slides and set(banded) == {1}, (banded, help_slides)
    for number, band in banded.items():
        slide = deck.slides[number - 1]
        others = [s.name for s in slide.shapes if s is not band and s.width is not None
                  and s.width < deck.slide_width and _overlap(s, band)]
        assert not others, (number, others)
