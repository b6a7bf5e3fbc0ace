"""A header band painted into a template's background picture belongs to the title's area.

LibreOffice's "Smooth black" (4:3) draws its grey title band as a gradient inside the
picture behind every slide: no shape says where it ends, and the "Spot the clues" timer
panel, its first step and the quiz questions started inside the band, its lower edge
cutting across them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches

from lessonpack.render.deck_picture_band import band_share

FOOT = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)
WILD = Path(__file__).resolve().parent / "fixtures" / "wild"


def test_smooth_black_band_is_read_from_its_picture() -> None:
    prs = Presentation(str(WILD / "lo-cft-smooth-black.pptx"))
    shares = {band_share(layout) for layout in prs.slide_layouts}
    assert len(shares) == 1
    share = shares.pop()
    # The gradient runs from 3 % to about a third of the height: at 26 % it is still a grey
    # a panel's edge shows against, by 31 % it is all but the slide's black.
    assert share is not None and 0.30 < share < 0.33


@pytest.mark.parametrize("name", ["lo-cft-hexagons", "lo-cft-fire-red", "klee2-libreoffice",
                                  "coreoz-ppt-templates", "google-slides-export"])
def test_templates_without_a_painted_band_have_none(name: str) -> None:
    prs = Presentation(str(WILD / f"{name}.pptx"))
    assert {band_share(layout) for layout in prs.slide_layouts} == {None}


def test_every_content_slide_starts_under_the_band(tmp_path: Path) -> None:
    """Every kind of content slide (questions, sorts, streams, help cards, panels), both
    key stages: each shape other than the title and footers starts under the band's last
    grey row, and the lowest ends clear of the footers."""
    from lessonpack.cli import main

    assert main(["build", "-k", "ks2", "-k", "ks4", "-f", "pptx", "-j", "1", "-q", "--out",
                 str(tmp_path), "--template", str(WILD / "lo-cft-smooth-black.pptx")]) == 0
    decks = sorted(tmp_path.rglob("*-slides.pptx"))
    assert len(decks) == 2
    seen: set[str] = set()
    for path in decks:
        deck = Presentation(str(path))
        height = int(deck.slide_height or 0)
        share = band_share(deck.slide_layouts[0])
        assert share is not None
        edge = int(share * height)
        for number, slide in enumerate(deck.slides, 1):
            title = slide.shapes.title
            if slide.element.get("show") == "0" or title is None \
                    or any(sh.name == "Kicker" for sh in slide.shapes):
                continue  # the hidden teacher's slide; title and section slides
            footers = [sh for sh in slide.placeholders if sh.placeholder_format.type in FOOT]
            # Drawn shapes and a trainer's body placeholder kept with its text.
            drawn = [sh for sh in slide.shapes if sh.shape_id != title.shape_id
                     and all(sh.shape_id != f.shape_id for f in footers)]
            assert drawn, number
            seen.add(slide.slide_layout.name)
            where = f"{path.stem} slide {number} {title.text_frame.text!r}"
            top = min(int(sh.top or 0) for sh in drawn)
            assert top >= edge, (where, top / height, share)
            foot = min(int(sh.top or 0) for sh in footers) if footers else height
            assert max(int(sh.top or 0) + int(sh.height or 0) for sh in drawn) <= foot, where
    # Content slides drawn in the template's body area and in its title-only area.
    assert len(seen) >= 2, seen


def test_a_sorts_cards_take_the_width_under_a_timer_band(tmp_path: Path) -> None:
    """On the 4:3 slide the sort's timer is a short band beside its steps, and the clue
    cards run the whole width under both: beside a tall tile they were 3.8 in wide and
    "The picture pinned on the wall" broke after "picture"."""
    from lessonpack.cli import main

    assert main(["build", "-k", "ks2", "-f", "pptx", "-j", "1", "-q", "--out", str(tmp_path),
                 "--template", str(WILD / "lo-cft-smooth-black.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    slide = next(s for s in deck.slides if s.shapes.title is not None
                 and s.shapes.title.text_frame.text == "Spot the clues")
    shapes = {sh.name: sh for sh in slide.shapes}
    band, step = shapes["Task timer tile"], shapes["Task step 1"]
    assert band.height < Inches(1) and band.left + band.width <= step.left
    cards = [sh for name, sh in shapes.items() if re.fullmatch(r"Task card \d+", name)]
    assert len(cards) == 7
    assert min(int(c.left) for c in cards) <= int(band.left)
    assert all(c.width >= Inches(4.2) and c.top >= band.top + band.height for c in cards)
    # A step's wrapped lines hang under its words, not under its number.
    ppr = step.text_frame.paragraphs[0]._p.pPr
    assert ppr is not None and int(ppr.get("indent")) == -int(ppr.get("marL")) < 0
