"""Word's own heading styles (Title, Heading 1-3…) look like the document's LP headings, so a
heading a teacher or trainer adds in Word is on brand (the Brightpath
template's navy and Word's blue stayed in them under the Northshire brand).

With a brand file, the brand is the trainer's: its heading font and colours go into the LP
styles and Word's built-in headings alike (the template's sizes and spacing stay). A template
used without a brand file is the trainer's brand itself: the LP headings take the colour of
the template's matching heading, unless it is too pale to read on paper."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.content.brand import load_brand
from lessonpack.render.deck_house_style import in_house_style
from lessonpack.render.deck_theme import read_theme

ROOT = Path(__file__).resolve().parent.parent
BRIGHTPATH = ROOT / "examples/templates/brightpath-training"
NORTHSHIRE = ROOT / "examples/brands/northshire-online-safety/brand.yml"
BUILTINS = ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 1 Char", "Title Char")


def _plan(out: Path, *args: str) -> Document:
    assert main(["build", "-k", "ks1", "-f", "docx", "-q", "-j", "1", "--out", str(out),
                 *args]) == 0
    return docx.Document(str(next(out.rglob("*-lesson-plan.docx"))))


def _colour(document: Document, name: str) -> dict[str, str]:
    rpr = document.styles[name].element.rPr
    colour = rpr.find(qn("w:color")) if rpr is not None else None
    return {k.split("}")[1]: v for k, v in colour.attrib.items()} if colour is not None else {}


@pytest.fixture(scope="module")
def template() -> Document:
    return docx.Document(str(BRIGHTPATH / "document.docx"))


def test_under_a_brand_words_headings_take_the_brands_font_and_colour(
        tmp_path: Path, template: Document) -> None:
    # Brightpath chose its own palette, so the brand is drawn in its house style
    # (render/deck_house_style.py): the brand as styled is what the headings must carry.
    master = Presentation(str(BRIGHTPATH / "deck.pptx")).slide_masters[0]
    brand = in_house_style(load_brand(NORTHSHIRE).brand, read_theme(master))
    document = _plan(tmp_path, "--template", str(BRIGHTPATH), "--brand", str(NORTHSHIRE))
    for name in BUILTINS:
        # The brand's colour alone: a theme colour left beside it would win in Word.
        assert _colour(document, name) == {"val": brand.primary[1:].upper()}, name
        assert document.styles[name].font.name == brand.heading_font, name
    assert _colour(document, "Subtitle") == {"val": brand.secondary[1:].upper()}
    assert _colour(document, "Heading 2") == _colour(document, "LP Heading 2")
    # The template's sizes stay: its layout is the trainer's choice.
    for name in ("Title", "Heading 1", "Heading 2"):
        assert document.styles[name].font.size == template.styles[name].font.size, name


def test_the_default_look_gives_words_headings_the_brand_too(tmp_path: Path) -> None:
    document = _plan(tmp_path)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        assert _colour(document, name) == _colour(document, "LP " + name), name
        assert document.styles[name].font.name == document.styles["LP " + name].font.name


def test_a_template_alone_keeps_its_headings_and_ours_match_them(
        tmp_path: Path, template: Document) -> None:
    document = _plan(tmp_path, "--template", str(BRIGHTPATH))
    for name in ("Title", "Heading 1", "Heading 2"):
        assert _colour(document, name) == _colour(template, name), name
    # Ours in the template's: its Title's and Heading 1's navy ...
    assert _colour(document, "LP Title")["val"] == _colour(template, "Title")["val"]
    assert _colour(document, "LP Heading 1")["val"] == _colour(template, "Heading 1")["val"]
    # ... and Heading 1's for Heading 2, whose Word blue (#4F81BD, 4.0:1 on white) is too
    # pale for text on paper.
    assert _colour(template, "Heading 2")["val"] == "4F81BD"
    assert _colour(document, "LP Heading 2")["val"] == _colour(template, "Heading 1")["val"]
