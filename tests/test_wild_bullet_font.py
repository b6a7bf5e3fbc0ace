"""Points lessonpack bullets on a template whose list styles bullet in a symbol font.

LibreOffice designs bullet their text in Wingdings or Symbol; a bullet lessonpack adds
without a font of its own took that font and drew as a cross. The Google Slides export is
made into such a template by naming Wingdings as every list style's bullet font.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from built_decks import slides_file
from lessonpack.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"
SYMBOL_FONTS = ("Wingdings", "Symbol")


def _symbol_bulleted(template: Path) -> None:
    replaced = 0
    with zipfile.ZipFile(FIXTURE) as source, zipfile.ZipFile(template, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith(".xml") and item.filename.startswith(
                    ("ppt/slideMasters/", "ppt/slideLayouts/")):
                text = data.decode("utf-8")
                replaced += text.count("Source Code Pro\"/><a:buChar")
                text = text.replace('<a:buFont typeface="Source Code Pro"/>',
                                    '<a:buFont typeface="Wingdings" charset="2"/>')
                data = text.encode("utf-8")
            target.writestr(item, data)
    assert replaced  # the export's list styles bullet in its text font; now in Wingdings


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bullet-font")
    template = folder / "symbol-bullets.pptx"
    _symbol_bulleted(template)
    out = folder / "out"
    with contextlib.redirect_stderr(io.StringIO()):
        code = main(["build", "-a", "parents", "-f", "pptx", "-q", "-j", "1",
                     "--out", str(out), "--template", str(template)])
    assert code == 0
    return out / "live-streaming-parents" / slides_file("parents")


def test_added_bullets_are_drawn_in_the_texts_own_font_and_size(deck: Path) -> None:
    bulleted = 0
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                p_pr = para._p.pPr
                char = None if p_pr is None else p_pr.find(qn("a:buChar"))
                if char is None or char.get("char") != "\u2022":
                    continue
                bulleted += 1
                own_font = p_pr.find(qn("a:buFontTx"))
                named = p_pr.find(qn("a:buFont"))
                assert own_font is not None or (
                    named is not None and named.get("typeface") not in SYMBOL_FONTS), (
                    number, shape.name, para.text[:40])
                # At the text's size: the list style's 45 % for a symbol made it a speck.
                assert p_pr.find(qn("a:buSzTx")) is not None, (number, shape.name)
    # The parents' outcome panels and figures' points: several bulleted slides.
    assert bulleted >= 4
