"""A LibreOffice master's picture bullet on a trainer's slide: left out, with its indent.

klee2's master bullets its body text with a picture. Copied onto a slide, the bullet named
the master's picture by a relationship the slide does not have: it drew nothing, and every
wrapped line of "What this session covers" stood indented under an empty bullet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as Deck

from lessonpack.cli import main

pytestmark = pytest.mark.integration

WILD = Path(__file__).parent / "fixtures" / "wild"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    out = tmp_path_factory.mktemp("klee2")
    assert main(["build", "-a", "parents", "-f", "pptx", "--out", str(out), "-q", "-j", "1",
                 "--template", str(WILD / "klee2-libreoffice.pptx")]) == 0
    return Presentation(str(next(out.glob("live-streaming-parents/*-slides.pptx"))))


def test_no_slide_names_a_picture_it_does_not_have(deck: Deck) -> None:
    for number, slide in enumerate(deck.slides, 1):
        for blip in slide.element.iter(qn("a:buBlip"), qn("a:blip")):
            embed = blip.get(R_EMBED) or next(
                (b.get(R_EMBED) for b in blip.iter(qn("a:blip"))), None)
            assert embed is None or embed in slide.part.rels, (number, embed)
        assert not list(slide.element.iter(qn("a:buBlip"))), number


@pytest.mark.parametrize("title", ["What this session covers", "Take home"])
def test_unbulleted_points_hang_from_no_indent(deck: Deck, title: str) -> None:
    slide = next(s for s in deck.slides if s.shapes.title is not None
                 and s.shapes.title.text_frame.text.startswith(title))
    body = next(sh for sh in slide.placeholders
                if sh.placeholder_format.idx and len(sh.text_frame.paragraphs) > 2)
    level = body.text_frame._txBody.find(f"{qn('a:lstStyle')}/{qn('a:lvl1pPr')}")
    assert level is not None and level.find(qn("a:buNone")) is not None
    assert level.get("marL") == "0" and level.get("indent") == "0"
    for paragraph in body.text_frame.paragraphs:
        own = paragraph._p.pPr
        # No paragraph brings back an indent or a bullet of its own.
        assert own is None or own.get("indent") in (None, "0"), own.attrib
        assert own is None or own.find(qn("a:buChar")) is None
