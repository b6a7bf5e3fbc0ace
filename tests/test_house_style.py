"""A trainer's template that chose its colours is their house style: its palette and fonts
win over the brand file's, on the deck and the documents alike; the brand brings the logo and
the names. A stock palette (Office's) takes the brand's colours (render/deck_house_style.py).

Built as the review builds Brightpath (Northshire brand, Brightpath template, Ashgrove school)
and reopened: the deck's theme, the fonts its text resolves to, a document's heading colour.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from lessonpack.cli import main
from lessonpack.content.brand import DEFAULT_BRAND, contrast_failures, load_brand
from lessonpack.render.deck_house_style import house_style_note, in_house_style, is_house_style

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "examples/templates/brightpath-training"
BRAND = ROOT / "examples/brands/northshire-online-safety/brand.yml"
SCHOOL = ROOT / "examples/schools/ashgrove-primary/school.yml"
SLOT = re.compile(r'<a:(dk2|lt2|accent\d)><a:srgbClr val="([0-9A-F]{6})"')
BRIGHTPATH = {"dk2": "123C69", "lt2": "F1F5F9", "accent1": "1F6F8B", "accent2": "B8336A"}


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("house-style")
    assert main(["build", "-k", "ks1", "-q", "-j", "1", "--out", str(out), "--brand", str(BRAND),
                 "--template", str(TEMPLATE), "--school", str(SCHOOL)]) == 0
    return out / "live-streaming-ks1"


def test_the_templates_palette_and_fonts_win_on_the_deck(pack: Path) -> None:
    prs = Presentation(str(pack / "live-streaming-ks1-slides.pptx"))
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME).blob.decode()
    slots = dict(SLOT.findall(theme))
    assert {k: slots[k] for k in BRIGHTPATH} == BRIGHTPATH
    faces = re.findall(r'<a:(?:major|minor)Font><a:latin typeface="([^"]*)"', theme)
    assert faces == ["Calibri", "Calibri"]  # not Northshire's Arial text under Calibri titles
    # The brand still brings its identity: the team's logo beside the school's on the cover.
    logos = [s for s in prs.slides[0].slide_layout.shapes if s.shape_type == 13]
    assert any("Northshire" in (s._element.nvPicPr.cNvPr.get("descr") or "") for s in logos)


def test_the_documents_follow_the_same_palette(pack: Path) -> None:
    with zipfile.ZipFile(pack / "live-streaming-ks1-worksheet.docx") as z:
        styles = z.read("word/styles.xml").decode()
    heading = re.search(r'w:styleId="LPHeading1".*?</w:style>', styles, re.S)
    assert heading is not None
    assert 'w:val="123C69"' in heading.group(0)  # Brightpath's navy, not the council aubergine
    assert "2E1A47" not in styles


def test_a_stock_palette_is_nobodys_choice() -> None:
    assert is_house_style({"accent1": "1F6F8B", "accent2": "B8336A"})
    assert not is_house_style({"accent1": "4472C4", "accent2": "ED7D31"})  # Office 2013-22
    assert not is_house_style({"accent1": "4F81BD", "accent2": "C0504D"})  # Office 2007
    assert not is_house_style({})


def test_a_stock_palette_keeps_the_brands_colours_and_fonts() -> None:
    brand = load_brand(BRAND).brand
    stock = ({"dk2": "44546A", "lt2": "E7E6E6", "accent1": "4472C4", "accent2": "ED7D31"},
             "Calibri Light", "Calibri")
    assert in_house_style(brand, stock) == brand


def test_a_theme_colour_unreadable_on_paper_gives_way_to_the_brands() -> None:
    """A dark template's light dk2 would be pale headings on white paper: that role keeps
    the brand's colour; the template's other colours and its fonts still win."""
    brand = load_brand(BRAND).brand
    dark = ({"dk2": "F2F2F2", "lt2": "F1F5F9", "accent1": "1F6F8B", "accent2": "B8336A"},
            "Georgia", "Verdana")
    styled = in_house_style(brand, dark)
    assert styled.primary == brand.primary
    assert (styled.secondary, styled.accent) == ("#1F6F8B", "#B8336A")
    assert (styled.heading_font, styled.body_font) == ("Georgia", "Verdana")
    assert not contrast_failures(styled)
    assert in_house_style(DEFAULT_BRAND, dark).primary == DEFAULT_BRAND.primary


def test_the_build_says_when_the_brands_colours_give_way(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A trainer who gave a brand file and a template learns from the build, not the
    printed pages, that the template's colours were used."""
    assert main(["build", "-k", "ks1", "-f", "docx", "--out", str(tmp_path), "-j", "1",
                 "--brand", str(BRAND), "--template", str(TEMPLATE)]) == 0
    err = capsys.readouterr().err.splitlines()
    said = [line for line in err if "house style" in line]
    assert len(said) == 1 and "primary" in said[0] and "not the brand file" in said[0]
    # With a brand file the template's letterhead gives way, and the note says so plainly.
    letterhead = [line for line in err if "(a letterhead)" in line]
    assert len(letterhead) == 1 and "give way to the brand file's" in letterhead[0]
    styled = in_house_style(load_brand(BRAND).brand, (BRIGHTPATH, "Calibri", "Calibri"))
    assert house_style_note(styled, styled, "t.pptx") is None  # nothing changed: no note


def test_palette_brand_puts_the_brands_colours_and_fonts_on_the_template(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``palette: brand`` in the brand file: the trainer chose the brand's colours (their
    purple logo on a deck in the same purples), so the template's theme takes them, and the
    build says nothing about a house style."""
    brand_dir = tmp_path / "brand"
    shutil.copytree(BRAND.parent, brand_dir)
    brand = brand_dir / "brand.yml"
    brand.write_text(brand.read_text(encoding="utf-8") + "palette: brand\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-k", "ks1", "-q", "-j", "1", "--out", str(out), "--brand",
                 str(brand), "--template", str(TEMPLATE), "--school", str(SCHOOL)]) == 0
    assert not [line for line in capsys.readouterr().err.splitlines()
                if "house style" in line]
    prs = Presentation(str(out / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME).blob.decode()
    slots = dict(SLOT.findall(theme))
    assert {k: slots[k] for k in BRIGHTPATH} == {
        "dk2": "2E1A47", "accent1": "5B2A86", "accent2": "B0174F", "lt2": "F3EEF8"}, slots


def test_a_palette_that_is_not_a_choice_is_one_line(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    brand_dir = tmp_path / "brand"
    shutil.copytree(BRAND.parent, brand_dir)
    brand = brand_dir / "brand.yml"
    brand.write_text(brand.read_text(encoding="utf-8") + "palette: mine\n", encoding="utf-8")
    assert main(["build", "-k", "ks1", "-q", "-j", "1", "--out", str(tmp_path / "out"),
                 "--brand", str(brand)]) == 1
    said = [line for line in capsys.readouterr().err.splitlines() if "error[" in line]
    assert len(said) == 1 and said[0].startswith(f"{brand}:") and "palette" in said[0], said
