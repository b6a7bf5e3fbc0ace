"""Section slides show their titles as written, in sentence case, whatever a template's
capitals setting: Brightpath's section layout set "GOOD ATTENTION, BAD ATTENTION" in capitals,
harder for young readers to decode and unlike every other title in the deck."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
_OWN = f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}"


@pytest.fixture(scope="module")
def ks2_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sections")
    assert main(["build", "-a", "ks2", "-f", "pptx", "-j", "1", "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--out", str(out), "--quiet"]) == 0
    return out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"


def _caps(element) -> str | None:  # type: ignore[no-untyped-def]
    found = element.find(_OWN)
    return found.get("cap") if found is not None else None


def test_section_titles_are_in_sentence_case(ks2_deck: Path) -> None:
    sections = [s for s in Presentation(str(ks2_deck)).slides
                if s.slide_layout.name == "Section Header"]
    assert len(sections) == 3
    layout_title = next(sh for sh in sections[0].slide_layout.placeholders
                        if sh.placeholder_format.type is not None
                        and "TITLE" in str(sh.placeholder_format.type))
    master_says = _caps(layout_title.element) or next(
        (e.get("cap") for e in sections[0].slide_layout.slide_master.element.iter(
            qn("a:defRPr")) if e.get("cap")), None)
    assert master_says == "all"  # the template does set its section titles in capitals
    for slide in sections:
        title = slide.shapes.title
        assert _caps(title.element) == "none", title.text_frame.text
        text = title.text_frame.text
        assert text[0].isupper() and text[1:] != text[1:].upper(), text
