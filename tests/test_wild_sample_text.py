"""A template's sample wording ("Your Name / Your Title / 1st Line of Your Organization" on
klee2's title master, a plain text box lessonpack never fills and nothing covers) stood
beside the lesson's title on slide 1 of both decks. The build leaves such text out of the
built deck's masters and layouts (the trainer's file keeps it), and `check`, given a deck
that still shows it, says it is sample text and names the unnamed box by where it is, not
`in ""`."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu

from lessonpack import api
from lessonpack.cli import main
from lessonpack.sample_text import is_sample_text

KLEE2 = Path(__file__).parent / "fixtures" / "wild" / "klee2-libreoffice.pptx"


def _all_text(prs: Presentation) -> str:
    parts = [*prs.slide_masters,
             *(lo for m in prs.slide_masters for lo in m.slide_layouts), *prs.slides]
    return " ".join(t.text or "" for p in parts for t in p.element.iter(qn("a:t")))


def test_sample_wording_is_told_from_real_text() -> None:
    for sample in ("Your Name", "1st Line of Your Organization", "Course Name\nMore "
                   "Description About the Course", "Lorem ipsum dolor", "Click to add text"):
        assert is_sample_text(sample), sample
    for real in ("Ashgrove Primary School", "Northshire Online Safety Team",
                 "Name your feelings", "Course: online safety", "2005-12-31",
                 "Supporting your organisation since 1990", "Your name is safe with us",
                 "Your Name\nSupporting your organisation since 1990"):
        assert not is_sample_text(real), real


def test_klee2_deck_has_no_sample_text(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert "Your Name" in _all_text(Presentation(str(KLEE2)))
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-j", "1", "--out", str(out),
                 "--template", str(KLEE2)]) == 0
    printed = capsys.readouterr()
    said = [line for line in (printed.out + printed.err).splitlines() if "LP133" in line]
    assert len(said) == 1, said  # one line for the template, naming what was left out
    assert "warning[LP133]" in said[0]
    assert ('"Your Name / Your Title / 1st Line of Your Organization / 2nd Line of Your '
            'Organization"') in said[0]
    deck = Presentation(str(out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    text = _all_text(deck)
    for sample in ("Your Name", "Your Title", "Line of Your Organization", "Course Name"):
        assert sample not in text
    assert deck.slides[0].shapes.title.text.startswith("Live stream")
    assert "Your Name" in _all_text(Presentation(str(KLEE2)))  # the template is unchanged
    assert api.check([out]).exit_code == 0


def test_check_names_sample_text_and_its_unnamed_box(tmp_path: Path) -> None:
    prs = Presentation(str(KLEE2))
    layout = next(lo for lo in prs.slide_masters[0].slide_layouts if lo.name == "Title Slide")
    slide = prs.slides.add_slide(layout)
    slide.shapes.title.text = "Live streaming"
    path = tmp_path / "shows-sample.pptx"
    prs.save(str(path))
    lines = [line for line in api.check([path]).lines() if "Your Title" in line]
    assert lines, api.check([path]).lines()
    assert 'in ""' not in lines[0]
    assert "an unnamed text box 0.79 in from the left, 2.23 in down on the slide master" \
        in lines[0]
    assert "the template's sample text" in lines[0]
    assert "delete it on the template's slide master" in lines[0]


def test_real_slogan_on_the_master_is_kept(tmp_path: Path) -> None:
    prs = Presentation(str(KLEE2))
    master = prs.slide_masters[0]
    # A master's shapes cannot add a text box: made on a scratch slide, moved to the master.
    scratch = prs.slides.add_slide(master.slide_layouts[0])
    box = scratch.shapes.add_textbox(Emu(0), prs.slide_height - Emu(300000), Emu(3000000),
                                     Emu(300000))
    box.text_frame.text = "Supporting your organisation since 1990"
    master.shapes._spTree.append(box._element)
    prs.part.drop_rel(prs.slides._sldIdLst[-1].rId)
    prs.slides._sldIdLst.remove(prs.slides._sldIdLst[-1])
    template = tmp_path / "slogan.pptx"
    prs.save(str(template))
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(template)]) == 0
    deck = Presentation(str(out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    text = _all_text(deck)
    assert "Supporting your organisation since 1990" in text
    assert "Your Name" not in text
