"""Every sample look built from an example file (examples/packs.yml), on every template in
examples/templates: no made-up contact is projected on a slide without the red EXAMPLE band.

A deck of made-up people and numbers shown to a class or to families as it is reads as the
school's real help: the cover and every slide that prints one of them say they are made up
(render/deck_example_band). The band once went off on every trainer's template while its
test was rewritten to match, and nothing else noticed; so this reads the built decks as a
reviewer does, look by look, and finds the made-up contacts twice: the example file's own
(content/fill_ins.example_values) and, independently of it, any number in Ofcom's drama
ranges, which only made-up contacts use.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pptx.slide import Slide

from built_decks import shown
from lessonpack.content.brand import Brand, load_brand
from lessonpack.content.fill_ins import example_values
from lessonpack.content.school import apply_school_file, load_school
from lessonpack.render.deck_example_band import BAND_NAME

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# Each sample look (its ``out`` in examples/packs.yml) and the session's build of it
# (conftest). Oakfield's build leaves its lesson date out: its contacts are the same.
BUILT_BY = {"oakfield-primary": "oakfield_all", "riverside-academy": "riverside_all",
            "northshire-online-safety": "northshire_all",
            "northshire-at-ashgrove": "brightpath_at_ashgrove"}
# A look whose files make nothing up: no build to read (checked below that it has none).
NOTHING_MADE_UP = {"default", "brightpath-training"}

# Ofcom's numbers for drama (01632 960xxx, 07700 900xxx) and the examples' made-up council
# line (0306 999 0xxx): a real school's or council's number is never in them.
DRAMA = re.compile(r"01632 ?96\d{4}|07700 ?900 ?\d{3}|0306 ?999 ?0\d{3}")


def _looks() -> list[dict[str, str]]:
    return yaml.safe_load((EXAMPLES / "packs.yml").read_text(encoding="utf-8"))["packs"]


def _brand(look: dict[str, str]) -> Brand:
    """The look's merged brand, as the build makes it: the brand, then the school's facts."""
    brand = load_brand(EXAMPLES / look["brand"]).brand if "brand" in look else Brand()
    if "school" in look:
        brand = apply_school_file(brand, load_school(EXAMPLES / look["school"]))
    return brand


def _text(slide: Slide) -> str:
    return " ".join(s.text_frame.text for s in slide.shapes
                    if s.has_text_frame and s.name != BAND_NAME).replace("\u00a0", " ")


def _banded(slide: Slide) -> bool:
    return any(s.name == BAND_NAME for s in slide.shapes)


def test_every_sample_look_and_example_template_is_read() -> None:
    """A look added to the samples, or a template to the examples, is read here too: a look
    is either built and read below or makes nothing up, and every example template is
    under a look with made-up contacts."""
    looks = _looks()
    assert {look["out"] for look in looks} == set(BUILT_BY) | NOTHING_MADE_UP
    for look in looks:
        made_up = example_values(_brand(look))
        assert bool(made_up) == (look["out"] in BUILT_BY), (look["out"], made_up[:3])
    templates = {p.name for p in (EXAMPLES / "templates").iterdir() if p.is_dir()}
    banded = {Path(look["template"]).name for look in looks
              if look["out"] in BUILT_BY and "template" in look}
    assert templates and templates <= banded, templates - banded


@pytest.mark.parametrize("look", sorted(BUILT_BY))
def test_no_made_up_contact_on_an_unmarked_slide(look: str,
                                                 request: pytest.FixtureRequest) -> None:
    (entry,) = [e for e in _looks() if e["out"] == look]
    made_up = example_values(_brand(entry))
    build: Path = request.getfixturevalue(BUILT_BY[look])
    decks = sorted(build.rglob("*-slides.pptx"))
    assert decks, build
    marked = 0
    for path in decks:
        slides = shown(Presentation(str(path)).slides)
        assert _banded(slides[0]), (path.name, "the cover")
        for number, slide in enumerate(slides, 1):
            text = _text(slide)
            shows = [v for v in made_up if v in text] + DRAMA.findall(text)
            if shows:
                assert _banded(slide), (path.name, number, shows[:3])
                marked += number > 1
    # Each look's help slides name some of its made-up contacts (Northshire's file names
    # no DSL: only its parents' deck does): the check is never empty.
    assert marked, look
