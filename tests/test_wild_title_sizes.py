"""Slide titles on trainers' templates: one size across the content slides, and broken
where they are drawn to break.

- Google Slides' export set a long title at 30 pt (fitted to the template's title box)
  between titles at 40 pt: the heading jumped in size from slide to slide. Titles of
  layouts that set one title size are now set alike, at the smallest.
- The Office-default German template names "Calibri Light", which has no font file here:
  measured by the average-glyph estimate, "Big ideas: Private things stay private" took two
  lines of its 11.5 in box and was broken by hand at half the width. A content title is
  now measured in the face it is drawn in here.
- "How it escalated this time: warning-sign sort" wrapped at the hyphen
  ("warning- / sign sort"): a two-line title breaks by hand before a hyphenated word its
  second line starts with.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check import Options, check_file
from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def _deck(out: Path, template: str, audience: str) -> Path:
    assert main(["build", "-k", audience, "-f", "pptx", "--out", str(out), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    return out / f"live-streaming-{audience}" / f"live-streaming-{audience}-slides.pptx"


def _title_sizes(deck: Path) -> dict[int, set[float]]:
    sizes = {}
    for n, slide in enumerate(Presentation(str(deck)).slides, 1):
        title = slide.shapes.title
        if title is not None and slide.slide_layout.name in ("TITLE_AND_BODY", "TITLE_ONLY"):
            sizes[n] = {r.font.size.pt for p in title.text_frame.paragraphs for r in p.runs
                        if r.font.size is not None}
    return sizes


def test_google_content_titles_are_one_size(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "google-slides-export", "ks4")
    sizes = _title_sizes(deck)
    assert len(sizes) >= 30
    assert {s for found in sizes.values() for s in found} == {30.0}, sizes
    # The long title that set the size is on one line, not made smaller still.
    titles = [s.shapes.title.text_frame.text for s in Presentation(str(deck)).slides
              if s.shapes.title is not None]
    assert "How it escalated this time: warning-sign sort" in titles, titles


def test_german_titles_break_where_they_are_drawn_to(tmp_path: Path) -> None:
    ks2 = _deck(tmp_path / "ks2", "pptx-blueprint-german", "ks2")
    ks4 = _deck(tmp_path / "ks4", "pptx-blueprint-german", "ks4")
    titles2 = [s.shapes.title.text_frame.text for s in Presentation(str(ks2)).slides
               if s.shapes.title is not None]
    titles4 = [s.shapes.title.text_frame.text for s in Presentation(str(ks4)).slides
               if s.shapes.title is not None]
    assert "Big ideas: Private things stay private" in titles2  # one line, no break by hand
    assert "How it escalated this time:\vwarning-sign sort" in titles4
    for deck in (ks2, ks4):
        assert not [f.message for f in check_file(deck, Options()) if f.code == "LPC304"]
