"""A section layout whose text placeholder starts right of the title's left edge (Apache POI
"aascu" and "GeomLec1": PowerPoint's "Section Header" with its text at 4.3 in) was
narrowed to a 1 in column beside the section's picture and measured there: moved under
the title, one sentence was given 4.6 in of height and ran over the footer (LPC307) and off
the slide (LPC306); the picture was then moved off its disc to line up with that text.
The template is python-pptx's own default deck (10 x 7.5 in, MIT) with its section
layout's text placeholder moved as those decks have it, made in the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check import Options, check_file
from lessonpack.cli import main
from squeezed_template import squeezed_default


def _template(folder: Path) -> Path:
    prs = Presentation(str(squeezed_default(folder / "default.pptx")))
    section = next(la for la in prs.slide_layouts if la.name == "Section Header")
    body = next(ph for ph in section.placeholders if ph.placeholder_format.idx == 1)
    body.left, body.top, body.width, body.height = (Inches(4.29), Inches(3.21), Inches(5.0),
                                                    Inches(1.59))
    out = folder / "section-text-right.pptx"
    prs.save(str(out))
    return out


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("section")
    code = main(["build", "-k", "ks2", "-q", "-j", "1", "-f", "pptx", "--out",
                 str(folder / "out"), "--template", str(_template(folder))])
    assert code == 0
    return folder / "out" / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"


def test_section_text_stays_above_the_footer_and_on_the_slide(deck: Path) -> None:
    prs = Presentation(str(deck))
    sections = [n for n, s in enumerate(prs.slides, 1)
                if any(sh.name == "Picture disc" for sh in s.shapes)]
    assert sections
    findings = [f"{f.code} {f.location}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC306", "LPC307")]
    assert not [f for f in findings if any(f"slide {n}:" in f for n in sections)], findings
    for n in sections:
        slide = prs.slides[n - 1]
        footer = min(ph.top for ph in slide.slide_layout.placeholders
                     if ph.placeholder_format.type in (13, 15, 16))
        texts = [ph for ph in slide.placeholders if ph.placeholder_format.idx == 1]
        assert all(ph.top + ph.height <= footer for ph in texts), n


def test_section_picture_stays_on_its_disc(deck: Path) -> None:
    for slide in Presentation(str(deck)).slides:
        discs = [sh for sh in slide.shapes if sh.name == "Picture disc"]
        if not discs:
            continue
        pictures = [sh for sh in slide.shapes if sh.shape_type == 13]
        assert len(pictures) == 1
        disc, pic = discs[0], pictures[0]
        assert abs((pic.top + pic.height // 2) - (disc.top + disc.height // 2)) < Inches(0.05)
        assert abs((pic.left + pic.width // 2) - (disc.left + disc.width // 2)) < Inches(0.05)
