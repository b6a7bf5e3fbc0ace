"""klee2's section slides (a LibreOffice master whose title sits in a navy bar across the
top) had the bar left empty: the section title was stacked mid-slide, right-aligned, at the
size of the "I can..." line under it. Where a trainer's layout sets its title in a band, the
title now stays in it, and the kicker leads the line under it below the band, flush left."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack.check import Options, check_file
from squeezed_template import slides_on

KLEE2 = Path(__file__).parent / "fixtures" / "wild" / "klee2-libreoffice.pptx"
# KS2's learning cycles (11-16s' decks open each cycle on its story, with no section slide).
SECTIONS = ("Good attention, bad attention", "Private things stay private",
            "Tricks, pressure and what to do")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("klee2-ks2")
    return slides_on(out, "ks2", KLEE2)


def test_section_titles_sit_in_the_template_s_title_bar(deck: Path) -> None:
    found = 0
    for slide in Presentation(str(deck)).slides:
        title = slide.shapes.title
        if title is None or " ".join(title.text_frame.text.split()) not in SECTIONS:
            continue
        found += 1
        master = slide.slide_layout.slide_master
        bar = next(s for s in master.shapes if not s.is_placeholder and s.top == 180000)
        assert bar.top <= title.top and title.top + title.height <= bar.top + bar.height
        sub = next(s for s in slide.placeholders if s.placeholder_format.idx != 0
                   and s.has_text_frame and s.text_frame.text.strip())
        paragraphs = sub.text_frame.paragraphs
        assert paragraphs[0].text.startswith("Learning cycle")
        assert paragraphs[1].text.startswith("I can")
        assert sub.top >= bar.top + bar.height
        for p in paragraphs:  # flush left, no bullet
            p_pr = p._p.find(qn("a:pPr"))
            assert p_pr is not None and p_pr.get("marL") == "0" and p_pr.get("indent") == "0"
            assert p_pr.find(qn("a:buNone")) is not None
        assert not [s for s in slide.shapes if s.name == "Kicker"]  # it leads the line
    assert found == 3


def test_the_deck_is_check_clean(deck: Path) -> None:
    assert not [f"{f.location} {f.code} {f.message}" for f in check_file(deck, Options())]


def test_the_section_picture_stays_on_the_template_s_panel(deck: Path) -> None:
    """klee2's section master sets a pale panel (9.0 M EMU wide) inside a mosaic border;
    the picture's white disc ran 0.35 M EMU over the border. It now ends on the panel."""
    discs = 0
    for slide in Presentation(str(deck)).slides:
        disc = next((s for s in slide.shapes if s.name == "Picture disc"), None)
        if disc is None:
            continue
        discs += 1
        master = slide.slide_layout.slide_master
        panel = next(s for s in master.shapes if not s.is_placeholder
                     and s.width * s.height > 0.25 * 10080000 * 7560000 and s.top > 0)
        assert panel.left <= disc.left and disc.left + disc.width <= panel.left + panel.width
        words = [s for s in slide.placeholders if s.placeholder_format.idx != 0]
        assert all(w.left + w.width <= disc.left for w in words)  # the text keeps clear
    assert discs == 3
