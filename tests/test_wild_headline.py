"""A title slide's title is its headline: at least 1.3 times the line under it.

LibreOffice's FireRed sets its title and subtitle at one size, so the cover (and each
learning cycle's divider) had no headline: "Live streams: watching safely and getting help"
no bigger than the sentence under it. The line under the title is now made smaller (never
under 18 pt) where it is nearly the title's size.
"""

from __future__ import annotations

from pathlib import Path

from lessonpack.check.pptx_shapes import open_deck
from lessonpack.check.pptx_text import text_frame
from squeezed_template import slides_on

FIRE_RED = Path(__file__).resolve().parent / "fixtures" / "wild" / "lo-cft-fire-red.pptx"


def _sizes(view, kind: str) -> list[float]:  # type: ignore[no-untyped-def]
    found = []
    for item in view.items:
        if item.ph is not None and item.ph.type == kind:
            frame = text_frame(item, view)
            found += [r.size * frame.font_scale for p in frame.paras for r in p.runs
                      if r.text.strip()] if frame else []
    return found


def test_title_slides_have_a_headline(tmp_path: Path) -> None:
    deck = open_deck(slides_on(tmp_path, "ks2", FIRE_RED), "fire-red")
    measured = 0
    for view in deck.slides:
        subtitle = _sizes(view, "subTitle")
        title = _sizes(view, "title") + _sizes(view, "ctrTitle")
        if not subtitle or not title:
            continue
        measured += 1
        assert min(title) >= 1.3 * max(subtitle) or max(subtitle) <= 18, (
            view.number, title, subtitle)
    assert measured >= 3  # the cover and the learning cycles' dividers
