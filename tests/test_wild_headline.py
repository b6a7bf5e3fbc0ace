"""A title slide's title is its headline: clearly larger than the line under it.

LibreOffice's FireRed sets its title and subtitle at one size, so the cover (and each
learning cycle's divider) had no headline: "Live streams: watching safely and getting help"
no bigger than the sentence under it. The line under the title is now made smaller (never
under 18 pt) where it is under 1.6 times smaller than the title (lessonpack's own section:
44 over 24 pt). At 1.3, hexagons' dividers set 40 pt titles over 31 pt objectives.

klee2's cover title was fitted to its master's 0.89 in box at 26 pt, then stacked in a navy
band with room for two lines at 36: it is set back at the largest size the stack's room
holds, and the section titles in the slim bar at the top of the same layout (24 pt) no
longer pull it down to theirs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.check.pptx_shapes import open_deck
from lessonpack.check.pptx_text import text_frame
from squeezed_template import slides_on

WILD = Path(__file__).resolve().parent / "fixtures" / "wild"


def _sizes(view, kind: str) -> list[float]:  # type: ignore[no-untyped-def]
    found = []
    for item in view.items:
        if item.ph is not None and item.ph.type == kind:
            frame = text_frame(item, view)
            found += [r.size * frame.font_scale for p in frame.paras for r in p.runs
                      if r.text.strip()] if frame else []
    return found


@pytest.mark.parametrize("template", ["lo-cft-fire-red", "lo-cft-hexagons"])
def test_title_slides_have_a_headline(tmp_path: Path, template: str) -> None:
    deck = open_deck(slides_on(tmp_path, "ks2", WILD / f"{template}.pptx"), template)
    measured = 0
    for view in deck.slides:
        subtitle = _sizes(view, "subTitle")
        title = _sizes(view, "title") + _sizes(view, "ctrTitle")
        if not subtitle or not title:
            continue
        measured += 1
        assert min(title) >= 1.5 * max(subtitle) or max(subtitle) <= 18, (
            view.number, title, subtitle)
    assert measured >= 3  # the cover and the learning cycles' dividers


def test_klee2_cover_title_fills_its_band(tmp_path: Path) -> None:
    """The cover's title at 32 pt or more (it was 26 pt, barely over the 20 pt line under
    it), inside the navy band with the kicker and the line under it, and the section
    titles in the top bar kept at their own size."""
    deck = slides_on(tmp_path, "ks2", WILD / "klee2-libreoffice.pptx")
    view = open_deck(deck, "klee2").slides[0]
    title = _sizes(view, "title")
    assert title and min(title) >= 32, title
    prs = Presentation(str(deck))
    band = max((sh for sh in prs.slides[0].slide_layout.slide_master.shapes
                if not sh.is_placeholder and sh.width >= 0.95 * prs.slide_width
                and sh.height < 0.9 * prs.slide_height), key=lambda sh: sh.height)
    for shape in prs.slides[0].shapes:
        if shape.name.startswith(("Title", "Kicker", "PlaceHolder 2")):
            assert band.top <= shape.top and shape.top + shape.height <= band.top + band.height, (
                shape.name)
    sections = [s for s in prs.slides if s.slide_layout.name == prs.slides[0].slide_layout.name
                and s.shapes.title is not None and s.shapes.title.top < band.top]
    assert sections
    for slide in sections:
        assert {r.font.size.pt for p in slide.shapes.title.text_frame.paragraphs
                for r in p.runs if r.font.size} <= {24.0}
