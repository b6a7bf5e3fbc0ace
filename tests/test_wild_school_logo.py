"""A host school's crest on trainers' real templates (tests/fixtures/wild), built with
``--school`` as a trainer builds for a school.

- On a dark template (lo-cft-hexagons' near-black master) the crest, drawn for white paper,
  gets a white plate behind it on the master, and every slide then shows it at the measure
  ``check`` uses (check/logo_seen); built without the plate, the same deck fails LPC309.
- On google-slides-export the help cards and the mock live stream stay clear of the crest
  in the slide's corner (render/deck_logo_room), and ``check`` finds no logo covered.
- The first "Who can help" slide, whose school card names the DSL, the deputy and the
  DSL's room, sets its words at the size of the run's next slides (the school's card across
  the top where two a row would shrink them: render/deck_help, render/deck_cards).
- Filled-in school details keep the yellow fill-in highlight only because the example
  school file says its contacts are made up (``example: true``); the same school without
  that line prints its names and rooms plain.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack.check import Options, check_file
from lessonpack.check.logo_seen import hard_to_see, logos
from lessonpack.check.measure import MIN_SLIDE_PT
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.cli import main
from lessonpack.render.deck_logo_plate import PLATE_NAME

ROOT = Path(__file__).resolve().parents[1]
WILD = ROOT / "tests" / "fixtures" / "wild"
SCHOOL = ROOT / "examples" / "schools" / "ashgrove-primary"
DECK = "live-streaming-ks4/live-streaming-ks4-slides.pptx"


def _build(template: str, out: Path, school: Path | None = SCHOOL / "school.yml") -> Path:
    # A primary school's file at KS4, asked for: the crest on a deck of the largest slides.
    host = ["--school", str(school), "--school-phase-mismatch-ok"] if school is not None else []
    assert main(["build", "-k", "ks4", "--template", str(WILD / f"{template}.pptx"), *host,
                 "--out", str(out), "-q", "-j", "1", "-f", "pptx"]) == 0
    return out / DECK


@pytest.fixture(scope="module")
def dark(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build("lo-cft-hexagons", tmp_path_factory.mktemp("hexagons"))


@pytest.fixture(scope="module")
def google(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build("google-slides-export", tmp_path_factory.mktemp("google"))


def _codes(path: Path) -> list[str]:
    return [f"{f.location} {f.code}" for f in check_file(path, Options())
            if f.code in ("LPC309", "LPC310")]


def test_dark_template_puts_the_crest_on_a_white_plate(dark: Path) -> None:
    prs = Presentation(str(dark))
    master = prs.slide_masters[0]
    names = [sh.name for sh in master.shapes]
    assert "Logo" in names and PLATE_NAME in names
    # The plate lies just under the logo, white, and round it on every side.
    assert names.index(PLATE_NAME) == names.index("Logo") - 1
    plate = next(sh for sh in master.shapes if sh.name == PLATE_NAME)
    logo = next(sh for sh in master.shapes if sh.name == "Logo")
    assert plate.fill.fore_color.rgb == (0xFF, 0xFF, 0xFF)
    assert plate.left < logo.left and plate.top < logo.top
    assert plate.left + plate.width > logo.left + logo.width
    assert plate.top + plate.height > logo.top + logo.height
    deck = open_deck(dark, "hexagons")
    shown = [(view.number, logo_item) for view in deck.slides
             for logo_item, below, _above in logos(view)
             if hard_to_see(view, logo_item, below) is None]
    assert len(shown) == len(deck.slides)  # the crest on every slide, every one seen
    assert _codes(dark) == []


def test_without_the_plate_check_finds_the_crest_hidden(dark: Path, tmp_path: Path
                                                        ) -> None:
    prs = Presentation(str(dark))
    for master in prs.slide_masters:
        for shape in list(master.shapes):
            if shape.name == PLATE_NAME:
                shape.element.getparent().remove(shape.element)
    bare = tmp_path / "bare.pptx"
    prs.save(str(bare))
    found = _codes(bare)
    assert len(found) == len(open_deck(bare, "bare").slides)
    assert {code.split()[-1] for code in found} == {"LPC309"}


def test_pink_section_slides_show_the_crest_on_its_plate(google: Path) -> None:
    deck = open_deck(google, "google")
    sections = [view for view in deck.slides if view.number in (8, 19, 28)]
    assert len(sections) == 3
    for view in sections:
        found = list(logos(view))
        assert found and all(hard_to_see(view, logo, below) is None
                             for logo, below, _above in found)


def test_help_cards_and_stream_stay_clear_of_the_crest(google: Path) -> None:
    assert _codes(google) == []
    prs = Presentation(str(google))
    logo = next(sh for sh in prs.slide_masters[0].shapes if sh.name == "Logo")
    checked = 0
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.name.startswith(("Help card", "Screen")):
                checked += 1
                assert shape.top + shape.height <= logo.top or \
                    shape.left >= logo.left + logo.width, (shape.name, slide.slide_id)
    assert checked > 9


def _highlighted(path: Path) -> list[str]:
    prs = Presentation(str(path))
    return [r.findtext(qn("a:t")) or "" for slide in prs.slides for shape in slide.shapes
            for r in shape.element.iter(qn("a:r"))
            if (pr := r.find(qn("a:rPr"))) is not None and pr.find(qn("a:highlight")) is not None]


def test_a_real_school_s_names_print_without_the_fill_in_highlight(google: Path,
                                                                   tmp_path: Path) -> None:
    # The example school's contacts are made up, so they stay marked (example: true).
    marked = _highlighted(google)
    assert "Mrs\u00a0Okafor" in marked and "Mr\u00a0Price" in marked
    real = tmp_path / "school"
    real.mkdir()
    text = (SCHOOL / "school.yml").read_text(encoding="utf-8")
    assert "\nexample: true\n" in text
    (real / "school.yml").write_text(text.replace("\nexample: true\n", "\n"), encoding="utf-8")
    shutil.copy(SCHOOL / "crest.png", real / "crest.png")
    deck = _build("google-slides-export", tmp_path / "out", real / "school.yml")
    filled = ("Okafor", "Price", "school hall", "01632")
    prs = Presentation(str(deck))
    shown = " ".join(shape.text_frame.text for slide in prs.slides for shape in slide.shapes
                     if shape.has_text_frame)
    assert "Mrs\u00a0Okafor" in shown and "Mr\u00a0Price" in shown
    assert [t for t in _highlighted(deck) if any(v in t for v in filled)] == []


def _help_sizes(path: Path) -> dict[str, set[float]]:
    """Each "Who can help" slide's sizes of its cards' words (under their names)."""
    found: dict[str, set[float]] = {}
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title.text if slide.shapes.title is not None else ""
        if not title.startswith("Who can help"):
            continue
        found[title] = {int(r.get("sz")) / 100 for shape in slide.shapes
                        if shape.name.startswith("Help card") and
                        shape.name.endswith((" text", " contact"))
                        for r in shape.element.iter(qn("a:rPr")) if r.get("sz")}
    return found


@pytest.mark.parametrize("deck", ["dark", "google", "klee2", "fire_red_no_school"])
def test_the_school_s_help_slide_reads_as_large_as_the_next(
        deck: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
        ) -> None:
    # Without a school the card's fields to fill in ("Find them in [DSL's room], or ask
    # any staff member.") set it small the same way.
    if deck == "klee2":
        path = _build("klee2-libreoffice", tmp_path_factory.mktemp("klee2"))
    elif deck == "fire_red_no_school":
        path = _build("lo-cft-fire-red", tmp_path_factory.mktemp("plain"), None)
    else:
        path = request.getfixturevalue(deck)
    sizes = _help_sizes(path)
    first, second = sizes["Who can help (1 of 3)"], sizes["Who can help (2 of 3)"]
    assert first and second
    # The school's card at least the next slide's size, never the 18-20 pt it once set while
    # the others kept 25-26. The next slide's cards may go down to the slides' floor on a
    # 4:3 template (klee2, fire-red: 19-24 pt) to keep every service's description.
    assert min(first) >= min(second) >= MIN_SLIDE_PT, sizes
