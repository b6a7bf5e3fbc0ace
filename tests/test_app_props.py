"""Reopen built decks and documents and read their file metadata as File > Info shows it: the
extended properties (docProps/app.xml) count what the file holds, and every run on a slide
is tagged en-GB so UK spellings are not flagged."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation

from built_decks import pack_folder
from lessonpack.render.app_props import APPLICATION, presentation_format

EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def _app(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("docProps/app.xml"))
    return {child.tag.removeprefix(EP): child.text or "" for child in root}


def _decks(build: Path) -> list[Path]:
    found = sorted(build.rglob("*.pptx"))
    assert found, f"no decks in {build}"
    return found


def test_presentation_format_names_powerpoints_sizes() -> None:
    assert presentation_format(12192000, 6858000) == "Widescreen"
    assert presentation_format(9144000, 6858000) == "On-screen Show (4:3)"
    assert presentation_format(9144000, 5143500) == "On-screen Show (16:9)"
    assert presentation_format(10000000, 5000000) == "Custom"


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_deck_app_properties_count_the_deck(look: str, request: pytest.FixtureRequest) -> None:
    for path in _decks(request.getfixturevalue(look)):
        deck = Presentation(str(path))
        slides = list(deck.slides)
        hidden = [s for s in slides if s.element.get("show") in ("0", "false")]
        noted = [s for s in slides
                 if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()]
        app = _app(path)
        assert app["Application"] == APPLICATION, path.name
        assert app["PresentationFormat"] == "Widescreen", path.name
        assert int(app["Slides"]) == len(slides) >= 10, path.name
        assert int(app["HiddenSlides"]) == len(hidden), path.name
        assert int(app["Notes"]) == len(noted) > 0, path.name
        # The template's stale figures are gone, not left at 0.
        assert "Words" not in app and "Paragraphs" not in app and "AppVersion" not in app


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_document_app_properties_claim_no_stale_counts(look: str,
                                                        request: pytest.FixtureRequest) -> None:
    documents = sorted(request.getfixturevalue(look).rglob("*.docx"))
    assert documents
    for path in documents:
        app = _app(path)
        assert app["Application"] == APPLICATION, path.name
        for stale in ("Pages", "Words", "Characters", "Lines", "Paragraphs", "Template",
                      "TotalTime", "AppVersion"):
            assert stale not in app, (path.name, stale)


@pytest.mark.parametrize("look", ["built_packs", "brightpath_at_ashgrove"])
def test_every_run_on_slides_and_notes_is_en_gb(look: str,
                                                request: pytest.FixtureRequest) -> None:
    for path in _decks(request.getfixturevalue(look)):
        with zipfile.ZipFile(path) as package:
            names = [n for n in package.namelist()
                     if n.startswith(("ppt/slides/slide", "ppt/notesSlides/"))
                     and n.endswith(".xml")]
            assert names
            for name in [*names, "ppt/presentation.xml"]:
                root = etree.fromstring(package.read(name))
                langs = {el.get("lang") for el in root.iter() if el.get("lang") is not None}
                assert langs <= {"en-GB"}, (path.name, name, langs)
            slide = etree.fromstring(package.read(names[0]))
        runs = slide.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}r")
        assert all(r[0].get("lang") == "en-GB" for r in runs), path.name


def test_trainer_deck_slide_numbers_are_en_gb(brightpath_at_ashgrove: Path) -> None:
    """The slide-number field the trainer's layout gives every slide was copied as en-US."""
    deck = pack_folder(brightpath_at_ashgrove, "ks1") / "live-streaming-ks1-slides.pptx"
    with zipfile.ZipFile(deck) as package:
        xml = package.read("ppt/slides/slide2.xml").decode()
    assert 'type="slidenum"' in xml and "en-US" not in xml
