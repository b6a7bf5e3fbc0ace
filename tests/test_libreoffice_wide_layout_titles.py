"""A LibreOffice re-save with one master per design whose layouts carry title boxes far wider
than the slide (lo5 "simple-dark", converted from Impress: 18.4 in wide titles on an 11 in
slide) was an internal error (AssertionError in deck_match) when the build looked for its
layouts. The masters' own titles are the design and the slides take them through the
layouts' title placeholders, wherever those lie: the layouts are found and the kinds served.
Built from klee2 (tests/fixtures/wild/NOTICE), a two-master LibreOffice conversion, with its
layouts' titles widened as in simple-dark.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.render.deck_layouts import find_layouts
from lessonpack.render.deck_match import TITLE_TYPES, candidates

KLEE2 = Path(__file__).parent / "fixtures" / "wild" / "klee2-libreoffice.pptx"


def _widened(tmp_path: Path) -> Path:
    prs = Presentation(str(KLEE2))
    assert len(prs.slide_masters) > 1
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            for ph in layout.placeholders:
                if ph.placeholder_format.type in TITLE_TYPES:
                    ph.width = Inches(18.36)
    path = tmp_path / "wide-titles.pptx"
    prs.save(str(path))
    return path


def test_layouts_with_titles_wider_than_the_slide_are_matched_by_their_masters(
        tmp_path: Path) -> None:
    prs = Presentation(str(_widened(tmp_path)))
    layouts = [lay for m in prs.slide_masters for lay in m.slide_layouts]
    masters = [c for c in candidates(layouts) if c.from_master]
    assert masters and all(c.roles.title is not None for c in masters)
    found, _gaps = find_layouts(prs, "wide-titles.pptx")
    assert {"bullets", "title"} <= set(found)
