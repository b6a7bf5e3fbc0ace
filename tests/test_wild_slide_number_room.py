"""A slide number in a box too short for it (KDE "traeth-glas", a LibreOffice design: a box
0.2 in high at the slide's foot, 14 pt, no insets): the number needs 17 pt, so every slide
lessonpack numbered ran it out of its box and past the slide's foot (LPC301 on each slide).
The box is now grown upwards to the height its text needs. Made in the test from
python-pptx's own default deck (10 x 7.5 in, MIT) with its master's slide number drawn as
that design draws it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Inches, Pt

from lessonpack.check import Options, check_file
from lessonpack.render.deck_footer_room import _grown
from squeezed_template import built_on, placed, saved

NUMBER = (9.41, 7.3, 0.59, 0.2)  # inches: flush with the slide's foot and right edge


def _template(folder: Path) -> Path:
    prs = Presentation()  # its layouts' numbers inherit the master's box
    number = next(ph for ph in prs.slide_masters[0].placeholders
                  if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER)
    placed(number, NUMBER)
    body_pr = number.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    for side in ("lIns", "tIns", "rIns", "bIns"):
        body_pr.set(side, "0")
    body_pr.set("anchor", "t")
    for r_pr in number.element.iter(qn("a:defRPr")):
        r_pr.set("sz", "1400")
    return saved(prs, folder / "short-number.pptx")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("slide-number-room")
    return built_on(folder, "ks2", _template(folder)) / "live-streaming-ks2-slides.pptx"


def _numbers(prs: Presentation) -> list[tuple[int, object]]:
    return [(n, ph) for n, slide in enumerate(prs.slides, 1) for ph in slide.placeholders
            if ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER]


def test_the_number_box_holds_its_number_on_the_slide(deck: Path) -> None:
    prs = Presentation(str(deck))
    numbers = _numbers(prs)
    assert len(numbers) > 20  # the template's number is shown on the lesson's slides
    for n, ph in numbers:
        assert ph.height >= Pt(17), (n, ph.height / 12700)  # 14 pt at 1.2 lines
        assert ph.top + ph.height <= prs.slide_height, n


def test_check_finds_no_number_running_out_of_its_box(deck: Path) -> None:
    findings = [f"{f.location} {f.message}" for f in check_file(deck, Options())
                if f.code == "LPC301" and "Slide Number" in f.message]
    assert not findings, findings


def test_a_box_that_would_leave_the_slide_by_its_top_stays() -> None:
    inch = int(Inches(1))
    assert _grown((0, inch // 10, inch, inch // 5), 20.0, 10 * inch) is None
    # One that ran past the slide's foot ends at the foot, taller by what its text needs.
    grown = _grown((0, 7 * inch, inch, inch), 10.0, 15 * inch // 2)
    assert grown is not None
    assert grown[1] + grown[3] == 15 * inch // 2 and grown[3] > inch
