"""Brightpath's sample pack carries Brightpath's own logo: without it a freelance trainer's
slides showed no mark of theirs, only a structure shared with another team's. Its templates
keep the logo's place free and lessonpack fills it from the brand file, so the logo is a
brand's: the sample pack names its brand file, and the same templates carry the Northshire
team's logo at Ashgrove."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.cli import main
from lessonpack.content.brand import load_brand

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
BRAND = EXAMPLES / "brands/brightpath-training/brand.yml"
TEMPLATE = EXAMPLES / "templates/brightpath-training"


def _brightpath_pack() -> dict[str, object]:
    packs = yaml.safe_load((EXAMPLES / "packs.yml").read_text(encoding="utf-8"))["packs"]
    return next(p for p in packs if p["out"] == "brightpath-training")


def test_the_sample_pack_names_brightpaths_brand() -> None:
    pack = _brightpath_pack()
    assert pack["brand"] == "brands/brightpath-training/brand.yml"
    assert pack["template"] == "templates/brightpath-training"


def test_brightpaths_brand_is_a_trainer_with_a_logo_and_no_colours() -> None:
    brand = load_brand(BRAND).brand
    assert brand.logo is not None and brand.logo.is_file()
    # The trainer delivers; the school stays a fill-in, so letters home stay the school's.
    assert brand.delivered_by == "Brightpath Training" and not brand.named
    assert brand.logo_alt == "Brightpath Training logo"
    # No colours or fonts: the templates' own are kept.
    assert not {"primary", "secondary", "accent", "light", "heading_font",
                "body_font"} & brand.model_fields_set


@pytest.mark.integration
def test_brightpaths_slides_show_its_logo(tmp_path: Path) -> None:
    code = main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--brand", str(BRAND), "--template", str(TEMPLATE)])
    assert code == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    master = deck.slide_masters[0]
    logos = [sh for sh in master.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(logos) == 1
    logo = logos[0]
    # In the footer row, readable: at least an inch wide, wholly on the slide.
    assert logo.width >= 914400 and logo.top + logo.height <= deck.slide_height
    assert logo.top > deck.slide_height * 0.85
    alt = logo._element.nvPicPr.cNvPr.get("descr")
    assert alt == "Brightpath Training logo"
    cover = deck.slides[0]
    words = " ".join(sh.text_frame.text for sh in cover.shapes if sh.has_text_frame)
    layout_words = " ".join(sh.text_frame.text for sh in cover.slide_layout.shapes
                            if sh.has_text_frame)
    assert "Brightpath Training" in words + layout_words
