"""Templates smaller than PowerPoint's widescreen slide (Google Slides' 10 x 5.625 in, an 11 x
6.2 in LibreOffice one) are scaled up to meet 13.33 x 7.5 in, their shape kept, and the deck
is built at that size. On the 10 x 5.625 in slide KS4's seven sort cards, its seven-step
timeline and its reply task ran out of their cards at 18 pt (about 20 LPC301 on one deck);
scaled, the trainer's design keeps its proportions and every key stage's deck reads. A 4:3
10 x 7.5 in template and a thumbnail-sized test deck are left as they are. Built from the
fixtures in the repository (sources and licences: tests/fixtures/wild/NOTICE): no network.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from lessonpack.check import Options, check_file
from lessonpack.cli import main
from lessonpack.render.deck_resize import TALL, WIDE, _factor

WILD = Path(__file__).parent / "fixtures" / "wild"
GOOGLE = WILD / "google-slides-export.pptx"
# Contrast, type size, overflow, hidden and off-slide: what makes a slide unreadable.
UNREADABLE = ("LPC201", "LPC202", "LPC301", "LPC305", "LPC306")


@pytest.mark.parametrize(("width", "height", "scaled"), [
    (10, 5.625, True),  # Google Slides
    (11.02, 6.2, True),  # LibreOffice "FireRed"
    (10, 7.5, False),  # 4:3: as tall as widescreen
    (13.333, 7.5, False),  # PowerPoint's own
    (12.5, 7.5, False),  # near enough
    (1.97, 1.18, False),  # a thumbnail: refused in one line, not blown up
])
def test_which_sizes_are_scaled_up(width: float, height: float, scaled: bool) -> None:
    factor = _factor(int(Inches(width)), int(Inches(height)))
    assert (factor is not None and factor > 1) is scaled
    if factor is not None:
        # Up to widescreen in one direction, inside it in the other: the shape kept.
        assert abs(min(WIDE - Inches(width) * factor, TALL - Inches(height) * factor)) < 2000
        assert Inches(width) * factor <= WIDE + 2000 and Inches(height) * factor <= TALL + 2000


def test_google_slides_ks4_deck_is_built_at_widescreen_and_reads(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The deck that overflowed most: KS4 on the Google Slides export."""
    assert main(["build", "-a", "ks4", "-f", "pptx", "-j", "1", "--out", str(tmp_path),
                 "--template", str(GOOGLE)]) == 0
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "10.00 x 5.62 in" in line]
    assert len(said) == 1 and "warning[LP131]" in said[0] and "13.33 x 7.50 in" in said[0], err
    deck_path = next(tmp_path.glob("*/*-slides.pptx"))
    deck, template = Presentation(str(deck_path)), Presentation(str(GOOGLE))
    assert (deck.slide_width, deck.slide_height) == (WIDE, TALL)
    # The template's layouts in proportion: each placeholder where it was, as a share of the
    # slide, and its own type a third larger.
    before = {lay.name: lay for lay in template.slide_layouts}
    for layout in deck.slide_layouts:
        old = before[layout.name]
        for ph, was in zip(layout.placeholders, old.placeholders, strict=True):
            assert abs(ph.left / deck.slide_width - was.left / template.slide_width) < 0.002
            assert abs(ph.top / deck.slide_height - was.top / template.slide_height) < 0.002
    found = [f"{f.code} {f.location} {f.message}" for f in check_file(deck_path, Options())
             if f.code in UNREADABLE]
    assert not found, found[:5]


@pytest.mark.parametrize("audience", ["ks1", "ks3"])
def test_google_slides_decks_read_at_every_key_stage(tmp_path: Path, audience: str) -> None:
    """KS1's picture cards (pink words half off their dark cards, 2.3:1) and KS3's checks
    (two cards' words over their foot) on the same export."""
    assert main(["build", "-a", audience, "-f", "pptx", "-q", "-j", "1", "--out",
                 str(tmp_path), "--template", str(GOOGLE)]) == 0
    deck_path = next(tmp_path.glob("*/*-slides.pptx"))
    found = [f"{f.code} {f.location} {f.message}" for f in check_file(deck_path, Options())
             if f.code in UNREADABLE]
    assert not found, found[:5]
