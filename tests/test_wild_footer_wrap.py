"""A template's narrow footer (Apache POI's "aascu" and "GeomLec1" decks, 4:3: a centre
footer 2.57 in wide and 0.4 in tall): the KS4 lesson's footer, "Live streaming · Key
Stage 4 (ages 14–16)", fitted no line of 10-12 pt, so it was set at 9 pt on two lines on
every slide, and `check` said nothing. The footer now gives way to a shorter form of the
lesson's name on one line ("Live streaming · Key Stage 4"), and `check` reports a footer
that wraps (LPC308). Made in the test from python-pptx's own default deck (10 x 7.5 in,
MIT) with its master's footer drawn that size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from lessonpack.check import Options, check_file
from lessonpack.check.measure import text_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_master import footer_shortenings, one_line_footer
from squeezed_template import built_on, placed, saved

FOOTER = (4.79, 7.01, 2.3, 0.4)  # inches: "aascu" draws it 2.57 in wide in a wider font


def _template(folder: Path) -> Path:
    prs = Presentation()  # its layouts' footers inherit the master's box
    footer = next(ph for ph in prs.slide_masters[0].placeholders
                  if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
    placed(footer, FOOTER)
    return saved(prs, folder / "narrow-footer.pptx")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("footer-wrap")
    return built_on(folder, "ks4", _template(folder)) / "live-streaming-ks4-slides.pptx"


def test_every_footer_is_one_readable_line_naming_the_lesson(deck: Path) -> None:
    prs = Presentation(str(deck))
    footers = [(n, ph) for n, slide in enumerate(prs.slides, 1) for ph in slide.placeholders
               if ph.placeholder_format.type == PP_PLACEHOLDER.FOOTER]
    assert len(footers) > 20  # the template's footer is shown on the lesson's slides
    for n, ph in footers:
        assert ph.text_frame.text == "Live streaming · Key Stage 4", n
        (run,) = ph.text_frame.paragraphs[0].runs
        assert run.font.size is not None and run.font.size.pt >= 10, n
        # One line inside PowerPoint's default insets, by check's own measure.
        assert text_width(run.text, "Calibri", run.font.size.pt) <= ph.width / EMU_PT - 14.4


def test_check_finds_no_footer_on_two_lines(deck: Path) -> None:
    findings = [f"{f.location} {f.message}" for f in check_file(deck, Options())
                if f.code in ("LPC301", "LPC308") and "Footer" in f.message]
    assert not findings, findings


def test_the_footer_gives_way_part_by_part() -> None:
    text = "Oakfield Primary  ·  Live streaming · Key Stage 4 (ages 14–16)"
    assert footer_shortenings(text) == [
        text, "Live streaming · Key Stage 4 (ages 14–16)", "Live streaming · Key Stage 4",
        "Live streaming"]
    # The whole footer where there is room: nothing is cut that need not be.
    assert one_line_footer(text, "Calibri", 600) == (text, 18)
    # At 18 pt the brand's line gives way before the size does; the topic alone only where
    # no size holds the key stage.
    assert one_line_footer(text, "Calibri", 300) == (
        "Live streaming · Key Stage 4 (ages 14–16)", 18)
    assert one_line_footer(text, "Calibri", 600, height_pt=16) == (text, 12)
    assert one_line_footer(text, "Calibri", 20) is None
