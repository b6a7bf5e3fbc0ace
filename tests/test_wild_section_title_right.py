"""A section layout whose title sits at the right of the slide's foot (KDE "squares", a
LibreOffice design whose second master puts its title 5.2 in across a 10 in slide): the
title was narrowed to a 1 in column beside the section's picture, its words broken
mid-word, and the line under it moved into that column, half under the picture's disc
(LPC305 on every section slide). The text now keeps a column of at least
``LEAST_COLUMN`` of the slide's width left of the disc. Made in the test from python-pptx's
own default deck (10 x 7.5 in, MIT) with its "Section Header" title moved as that master has
it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check import Options, check_file
from lessonpack.render.deck_cover_art import LEAST_COLUMN
from squeezed_template import built_on, placed, saved, squeezed_default

FOOTERS = (13, 15, 16)  # slide number, footer, date: the layout's, not the section's text
TITLE_AT_FOOT_RIGHT = (5.19, 4.98, 3.3, 0.7)  # inches, as the KDE master has it


def _template(folder: Path) -> Path:
    prs = Presentation(str(squeezed_default(folder / "default.pptx")))
    section = next(la for la in prs.slide_layouts if la.name == "Section Header")
    title = next(ph for ph in section.placeholders if ph.placeholder_format.idx == 0)
    placed(title, TITLE_AT_FOOT_RIGHT)
    return saved(prs, folder / "section-title-right.pptx")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("section-title-right")
    return built_on(folder, "ks2", _template(folder)) / "live-streaming-ks2-slides.pptx"


def _sections(prs: Presentation) -> list[int]:
    return [n for n, s in enumerate(prs.slides, 1)
            if any(sh.name == "Picture disc" for sh in s.shapes)]


def test_section_text_keeps_a_column_clear_of_the_disc(deck: Path) -> None:
    prs = Presentation(str(deck))
    sections = _sections(prs)
    assert sections
    for n in sections:
        slide = prs.slides[n - 1]
        disc = next(sh for sh in slide.shapes if sh.name == "Picture disc")
        texts = [sh for sh in slide.shapes if sh.has_text_frame and sh.text_frame.text.strip()
                 and not (sh.is_placeholder and sh.placeholder_format.type in FOOTERS)]
        assert texts, n
        for shape in texts:
            assert shape.left + shape.width <= disc.left, (n, shape.name)
            assert shape.width >= prs.slide_width * LEAST_COLUMN - Inches(0.05), (
                n, shape.name, shape.width / 914400)


def test_check_finds_no_text_under_the_disc(deck: Path) -> None:
    sections = _sections(Presentation(str(deck)))
    findings = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC305", "LPC306", "LPC307")
                and f.location.split(":")[0] in {f"slide {n}" for n in sections}]
    assert not findings, findings
