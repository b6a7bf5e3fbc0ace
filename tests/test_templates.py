"""Trainers' own templates: a deck LibreOffice re-saved, a PowerPoint-style deck with its own
layout names, a Word letterhead without our styles; and the one-line error for what is missing."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from conftest import need_libreoffice
from lessonpack.cli import main
from lessonpack.kinds.registry import kinds
from lessonpack.render.deck_before import LOGO_LINE
from lessonpack.render.deck_reveal_sentence import answer_in_front

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "templates"
LO_DECK = FIXTURES / "deck-libreoffice.pptx"
BRIGHTPATH = ROOT / "examples" / "templates" / "brightpath-training"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _build(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str,
           quiet: bool = True) -> tuple[int, str]:
    code = main(["build", "--out", str(tmp_path), *(["-q"] if quiet else []), *args])
    return code, capsys.readouterr().err


def _plain(text: str) -> str:
    """A title's words as read: a hand break is a space, and a reveal's "Answer: " in front
    wherever a look set it (the default moves it to the last sentence's start when the
    first sentence fills a line)."""
    return answer_in_front(" ".join(text.replace("\v", " ").split()))


def assert_complete_deck(deck: Path, reference: Path) -> None:
    """Same slides as the deck from our template, each with a title and notes, nothing empty
    left behind, and the drawings drawn."""
    prs, ref = Presentation(str(deck)), Presentation(str(reference))
    assert len(prs.slides) == len(ref.slides)
    names: set[str] = set()
    for n, (slide, expected) in enumerate(zip(prs.slides, ref.slides, strict=True), start=1):
        title = slide.shapes.title
        # A title may be broken by hand (a soft line break) where its lines come out even.
        assert title is not None and _plain(title.text) == _plain(expected.shapes.title.text), n
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text.strip(), n
        for ph in slide.placeholders:
            assert ph.has_text_frame and ph.text_frame.text.strip(), (n, ph.name)
        names |= {s.name for s in slide.shapes}
        words = " ".join(_plain(s.text_frame.text) for s in slide.shapes if s.has_text_frame)
        for shape in expected.placeholders:  # every text of our deck is somewhere on the slide
            if shape.has_text_frame and shape.placeholder_format.idx != 13:
                for para in shape.text_frame.paragraphs:
                    if para.text == LOGO_LINE:
                        # The hidden list's logo line asks for our cover's dashed logo box:
                        # a template whose cover has none is not asked for it.
                        continue
                    assert _plain(para.text) in words, (n, para.text)
    assert {"Mock live stream", "Help card 1"} <= names


def test_libreoffice_resaved_template_builds_complete_deck(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], ks2_pack: Path) -> None:
    code, err = _build(tmp_path, capsys, "-k", "ks2", "--template", str(LO_DECK), "-v")
    assert code == 0, err
    layout_lines = [line for line in err.splitlines() if line.startswith("layout ")]
    assert len(layout_lines) == len(kinds())
    assert all("from the master's own placeholders" in line for line in layout_lines)
    assert_complete_deck(tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx",
                         ks2_pack / "live-streaming-ks2-slides.pptx")


def test_template_resaved_by_libreoffice_now(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             ks2_pack: Path) -> None:
    """The real thing: today's template through today's LibreOffice, then a build from it."""
    soffice = need_libreoffice()
    subprocess.run([soffice, "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pptx",
                    "--outdir", str(tmp_path / "lo"), str(ROOT / "templates" / "deck.pptx")],
                   check=True, capture_output=True, timeout=300)
    resaved = tmp_path / "lo" / "deck.pptx"
    assert Presentation(str(resaved)).slide_layouts[0].name != "LP Title"  # names are gone
    code, err = _build(tmp_path / "out", capsys, "-k", "ks2", "--template", str(resaved))
    assert code == 0, err
    assert_complete_deck(tmp_path / "out" / "live-streaming-ks2" /
                         "live-streaming-ks2-slides.pptx",
                         ks2_pack / "live-streaming-ks2-slides.pptx")


def test_powerpoint_style_template_and_letterhead(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  ks2_pack: Path) -> None:
    code, err = _build(tmp_path, capsys, "-k", "ks2", "--template", str(BRIGHTPATH), "-v",
                       quiet=False)
    assert code == 0, err
    assert "bullets: layout 'Title and Content', by placeholders: body, title; kicker in a " \
           "text box above the title" in err
    assert "scenario: layout 'Title Only', by placeholders: title, drawing area" in err
    assert "title: layout 'Title Slide', by placeholders: subtitle, title; kicker joins the " \
           "subtitle" in err
    assert "note: " in err and "added 23 lessonpack styles it lacked" in err
    pack = tmp_path / "live-streaming-ks2"
    assert_complete_deck(pack / "live-streaming-ks2-slides.pptx",
                         ks2_pack / "live-streaming-ks2-slides.pptx")
    # Without a brand file the trainer's theme and letterhead stay as they are.
    with zipfile.ZipFile(pack / "live-streaming-ks2-slides.pptx") as z:
        theme = z.read("ppt/theme/theme1.xml").decode()
    assert '<a:dk2><a:srgbClr val="123C69"/></a:dk2>' in theme
    with zipfile.ZipFile(pack / "live-streaming-ks2-worksheet.docx") as z:
        header = " ".join(z.read(n).decode() for n in z.namelist() if "header" in n)
        styles = z.read("word/styles.xml").decode()
    assert "Brightpath Training" in header
    assert 'w:styleId="LPHeading1"' in styles


def test_brand_on_a_trainers_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brand = ROOT / "examples" / "brands" / "riverside-academy" / "brand.yml"
    code, err = _build(tmp_path, capsys, "-k", "ks2", "--template", str(BRIGHTPATH),
                       "--brand", str(brand))
    assert code == 0, err
    deck = tmp_path / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"
    with zipfile.ZipFile(deck) as z:
        theme = etree.fromstring(z.read("ppt/theme/theme1.xml"))
    slots = {el.getparent().tag.split("}")[1]: el.get("val")
             for el in theme.iter(f"{{{A}}}srgbClr")}
    # Brightpath chose its colours: its house style wins over Riverside's palette (the rule:
    # render/deck_house_style.py); the brand brings its logo and names.
    assert slots["dk2"] == "123C69" and slots["accent1"] == "1F6F8B"
    assert slots["accent3"] == "4E8D5B"  # the trainer's other colours are kept
    prs = Presentation(str(deck))
    logos = [s for s in prs.slide_master.shapes if s.shape_type == 13]
    assert [s._element.nvPicPr.cNvPr.get("descr") for s in logos] == ["Riverside Academy logo"]
    title = next(lay for lay in prs.slide_layouts if lay.name == "Title Slide")
    assert any(s.shape_type == 13 for s in title.shapes)  # it hides the master's shapes
    footers = [ph for ph in prs.slides[1].placeholders if ph.placeholder_format.type == 15]
    # The logo names the school: the footer beside it does not repeat the name.
    assert footers and footers[0].text_frame.text.startswith("PSHE and RSHE")


def test_template_with_only_the_layouts_planned_builds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], ks2_pack: Path) -> None:
    """A trainer's copy of our template keeping just the layouts some slide kind uses (no
    two-column layout, which no planner ever used) builds the same slides. A kind with a
    fallback has no layout of its own in our template (it borrows its fallback's)."""
    prs = Presentation(str(ROOT / "templates" / "deck.pptx"))
    used = {kind.layout.name for kind in kinds() if kind.fallback is None}
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):  # example slides on unused layouts go first
        if prs.slides.get(int(sld_id.id)).slide_layout.name not in used:
            prs.part.drop_rel(sld_id.rId)
            id_list.remove(sld_id)
    for layout in list(prs.slide_layouts):
        if layout.name not in used:
            prs.slide_layouts.remove(layout)
    assert {lay.name for lay in prs.slide_layouts} == used
    template = tmp_path / "used-only.pptx"
    prs.save(str(template))
    code, err = _build(tmp_path / "out", capsys, "-k", "ks2", "--template", str(template))
    assert code == 0, err
    assert_complete_deck(tmp_path / "out" / "live-streaming-ks2" /
                         "live-streaming-ks2-slides.pptx",
                         ks2_pack / "live-streaming-ks2-slides.pptx")


@pytest.mark.parametrize(("setup", "message"), [
    ("missing", "missing: error[LP100] template not found"),
    ("text", "notes.txt: error[LP100] a template must be a PowerPoint (.pptx, .potx) or Word "
             "(.docx, .dotx) file, or a folder with them"),
    ("two", "two: error[LP100] several .pptx files (a.pptx, b.pptx); name the one to use "
            "deck.pptx or pass the file itself to --template"),
    ("zip", "fake.pptx: error[LP100] not an Office Open XML file (.pptx/.docx)"),
])
def test_template_path_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                setup: str, message: str) -> None:
    target = {"missing": tmp_path / "missing", "text": tmp_path / "notes.txt",
              "two": tmp_path / "two", "zip": tmp_path / "fake.pptx"}[setup]
    if setup == "text":
        target.write_text("not a template", encoding="utf-8")
    elif setup == "two":
        target.mkdir()
        for name in ("a.pptx", "b.pptx"):
            shutil.copyfile(BRIGHTPATH / "deck.pptx", target / name)
    elif setup == "zip":
        target.write_bytes(b"plain text, not a zip")
    code, err = _build(tmp_path / "out", capsys, "-k", "ks2", "--template", str(target))
    assert code == 1
    assert err.splitlines()[0] == f"{tmp_path}/{message}"
