"""A header band painted into a template's background picture belongs to the title's area.

LibreOffice's "Smooth black" (4:3) draws its grey title band as a gradient inside the
picture behind every slide: no shape says where it ends, and the "Spot the clues" timer
panel, its first step and the quiz questions started inside the band, its lower edge
cutting across them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.render.deck_picture_band import band_share

WILD = Path(__file__).resolve().parent / "fixtures" / "wild"


def test_smooth_black_band_is_read_from_its_picture() -> None:
    prs = Presentation(str(WILD / "lo-cft-smooth-black.pptx"))
    shares = {band_share(layout) for layout in prs.slide_layouts}
    assert len(shares) == 1
    share = shares.pop()
    # The gradient runs from 3 % to about a third of the height; most of it is gone by 26 %.
    assert share is not None and 0.24 < share < 0.30


@pytest.mark.parametrize("name", ["lo-cft-hexagons", "lo-cft-fire-red", "klee2-libreoffice",
                                  "coreoz-ppt-templates", "google-slides-export"])
def test_templates_without_a_painted_band_have_none(name: str) -> None:
    prs = Presentation(str(WILD / f"{name}.pptx"))
    assert {band_share(layout) for layout in prs.slide_layouts} == {None}


def test_drawn_content_starts_under_the_band(tmp_path: Path) -> None:
    from lessonpack.cli import main

    assert main(["build", "-k", "ks2", "-f", "pptx", "-j", "1", "-q", "--out", str(tmp_path),
                 "--template", str(WILD / "lo-cft-smooth-black.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    height = int(deck.slide_height or 0)
    share = band_share(deck.slide_layouts[0])
    edge = int((share or 0.26) * height)
    seen = 0
    for slide in deck.slides:
        title = slide.shapes.title
        if title is None or title.text_frame.text not in ("Spot the clues", "Kofi and the dare"):
            continue
        seen += 1
        drawn = [sh for sh in slide.shapes if not sh.is_placeholder]
        assert drawn
        # Every drawn shape (timer panel, steps, question, cards) under the band's edge,
        # and the lowest one still clear of the footers.
        assert min(int(sh.top or 0) for sh in drawn) >= edge - int(0.02 * 914400), title.text
        footers = [sh for sh in slide.placeholders if sh.placeholder_format.idx != 0]
        foot = min(int(sh.top or 0) for sh in footers) if footers else height
        assert max(int(sh.top or 0) + int(sh.height or 0) for sh in drawn) < foot
    assert seen == 2
