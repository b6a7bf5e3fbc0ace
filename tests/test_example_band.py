"""A deck built from an example brand or school carries a red "EXAMPLE" band on its cover
and on every slide that shows one of the file's made-up contacts, always across the top
edge, in a strip every slide of the deck keeps free (render/deck_band_room): nothing on any
slide reaches into it and a banded slide's title is where its unbanded neighbours' is. A
deck built without one has no band anywhere."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as Deck
from pptx.shapes.base import BaseShape
from pptx.slide import Slide

from built_decks import built_deck, shown
from conftest import _build_into, _built_once
from lessonpack.content.brand import load_brand
from lessonpack.content.fill_ins import example_values
from lessonpack.render.deck_band_room import STRIP
from lessonpack.render.deck_example_band import BAND_NAME, HEIGHT, band_words

ROOT = Path(__file__).resolve().parents[1]
NORTHSHIRE = ROOT / "examples/brands/northshire-online-safety/brand.yml"
ACROSS = 0.9  # a slide's own full-width panel from its top edge: the band is drawn on it


def _band(slide: Slide) -> BaseShape | None:
    return next((s for s in slide.shapes if s.name == BAND_NAME), None)


def _text(slide: Slide) -> str:
    return " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame
                    and s.name != BAND_NAME).replace("\u00a0", " ")


def _in_strip(deck: Deck, slide: Slide) -> list[str]:
    """The slide's shapes (its own, and the layout's and master's it shows, backgrounds
    and full-width frames aside) that reach into the band's strip."""
    width, height = deck.slide_width, deck.slide_height
    found = []
    for shape in [*slide.shapes, *_shown_behind(slide)]:
        if shape is _band(slide) or shape.top is None:
            continue
        frame = shape.top <= 0 and shape.width >= ACROSS * width
        if not frame and shape.top < STRIP and shape.height < ACROSS * height:
            found.append(shape.name)
    return found


def _shown_behind(slide: Slide) -> list[BaseShape]:
    """What the slide shows of its layout and master: their shapes that are not
    placeholders (a placeholder there is only a slide's pattern), the master's only when
    the layout does not hide them."""
    layout = slide.slide_layout
    behind = [s for s in layout.shapes if not s.is_placeholder]
    if layout.element.get("showMasterSp") != "0":
        behind += [s for s in layout.slide_master.shapes if not s.is_placeholder]
    return behind


def _check_band(deck: Deck, slide: Slide, words: str) -> None:
    band = _band(slide)
    assert band is not None
    # One place on every slide and every look: the top edge, full width, one height.
    assert (band.left, band.top, band.width, band.height) == (0, 0, deck.slide_width, HEIGHT)
    assert band.fill.fore_color.rgb == RGBColor.from_string("A4161A")
    run = band.text_frame.paragraphs[0].runs[0]
    assert run.text == words and run.font.bold and run.font.size.pt >= 18
    assert run.font.color.rgb == RGBColor.from_string("FFFFFF")
    # Read first (or right after a panel the slide draws from its top edge).
    before = list(slide.shapes)[:list(slide.shapes).index(band)]
    assert all(s.top <= 0 and s.width >= ACROSS * deck.slide_width for s in before), \
        [s.name for s in before]


def _titles_even(deck: Deck, slides: list[Slide]) -> None:
    """A banded slide's title at the same top as every other slide's of its layout."""
    tops: dict[str, set[int]] = defaultdict(set)
    for slide in slides:
        title = slide.shapes.title
        if title is not None and title.top is not None:
            tops[slide.slide_layout.name].add(int(title.top))
    assert all(len(found) == 1 for found in tops.values()), dict(tops)


@pytest.mark.parametrize("audience", ["ks1", "ks2", "parents"])
def test_an_example_decks_cover_and_contact_slides_carry_the_band(oakfield_all: Path,
                                                                   audience: str) -> None:
    brand = load_brand(ROOT / "examples/brands/oakfield-primary/brand.yml").brand
    made_up = example_values(brand)
    deck = built_deck(oakfield_all, audience)
    words = band_words(families=audience == "parents")
    assert words.endswith("families." if audience == "parents" else "a class.")
    banded = []
    slides = shown(deck.slides)
    for number, slide in enumerate(slides, 1):
        contact = any(v in _text(slide) for v in made_up)
        assert (_band(slide) is not None) == (number == 1 or contact), (audience, number)
        # The strip is kept on every slide, banded or not.
        assert not _in_strip(deck, slide), (audience, number, _in_strip(deck, slide))
        if contact or number == 1:
            _check_band(deck, slide, words)
            banded.append(number)
    # The help slides with the school's made-up leads are among them.
    assert len(banded) >= 2, banded
    _titles_even(deck, slides[1:])


@pytest.mark.parametrize("audience", ["ks1", "ks4", "parents"])
def test_a_deck_built_without_an_example_file_has_no_band(built_packs: Path,
                                                          audience: str) -> None:
    deck = built_deck(built_packs, audience)
    assert not [n for n, s in enumerate(deck.slides, 1) if _band(s) is not None]


@pytest.mark.parametrize("audience", ["ks1", "parents"])
def test_on_a_trainers_template_the_help_slides_carry_the_band_too(
        brightpath_at_ashgrove: Path, audience: str) -> None:
    """The Brightpath template's side bar runs the slide's height and its footer row holds
    the logos: the band takes the strip at its top, on the cover and on the help slides
    that name made-up contacts, clear of every other shape. The template's title starts
    below the strip, so nothing of it moves: the kicker hangs over the title's first line
    under the strip on every slide (the drawings keep their room:
    tests/test_brightpath_template.py)."""
    deck = built_deck(brightpath_at_ashgrove, audience)
    slides = shown(deck.slides)
    banded = [n for n, s in enumerate(slides, 1) if _band(s) is not None]
    # The school's made-up DSL, and the team's made-up council numbers (0306 999 01xx).
    leads = [n for n, s in enumerate(slides, 1)
             if "Okafor" in _text(s) or "0306 999 01" in _text(s)]
    assert leads and set(banded) == {1, *leads}, (banded, leads)
    for number, slide in enumerate(slides, 1):
        assert not _in_strip(deck, slide), (number, _in_strip(deck, slide))
        if number in banded:
            _check_band(deck, slide, band_words(families=audience == "parents"))
    _titles_even(deck, slides[1:])


@pytest.fixture(scope="module")
def northshire_parents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Northshire's parents' deck: an example file that names no DSL, so a draft too."""
    return _built_once(tmp_path_factory, "band-northshire-parents", _build_into(
        "-a", "parents", "-f", "pptx", "-j", "1", "--brand", str(NORTHSHIRE)))


def test_a_draft_example_deck_says_both_in_one_bar(northshire_parents: Path) -> None:
    """Fields left and made-up contacts: the cover has one bar, the band, opening with
    "Draft" (the check's draft mark, LPC108) and naming the slides to fill in, and no
    yellow Draft strip stacked beside it."""
    deck = Presentation(str(next(northshire_parents.rglob("*-slides.pptx"))))
    cover = deck.slides[0]
    assert not [s.name for s in cover.shapes if s.name.startswith("Draft strip")]
    band = _band(cover)
    assert band is not None
    words = band.text_frame.text
    assert words.startswith("Draft example: made-up ") and "Fill in" in words, words
    assert (band.top, band.height) == (0, HEIGHT)
    assert not _in_strip(deck, cover), _in_strip(deck, cover)
    # The notes never ask for a yellow strip to be deleted: there is none.
    assert "Draft” strip" not in cover.notes_slide.notes_text_frame.text


def test_a_draft_bar_with_no_room_for_what_to_fill_in_stays_on_the_slide() -> None:
    """The band's words never wrap: where no line naming what to fill in fits the slide's
    width, the bar says it is a draft example and nothing more, a line that fits, and none
    to fill in at all is no error."""
    from pptx.util import Inches

    from lessonpack.check.measure import text_width
    from lessonpack.geometry import EMU_PT
    from lessonpack.render.deck_example_band import MARGIN, SIZE_PT, merged_words

    narrow = int(Inches(7))
    fill_in = ["Fill in slides 2, 14 and 21: DSL’s name, DSL’s phone, deputy’s name, "
               "the school office’s phone."]
    words = merged_words(False, fill_in, "Arial", narrow)
    assert words == merged_words(True, [], "Arial", narrow) == \
        "Draft example: made-up school and contacts."
    assert text_width(words, "Arial", SIZE_PT, True) <= (narrow - 2 * MARGIN) / EMU_PT
    wide = int(Inches(40))
    assert "Fill in" in merged_words(False, fill_in, "Arial", wide)
