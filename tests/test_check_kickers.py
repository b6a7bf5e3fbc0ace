"""A learning cycle's single check question is a "Quick check", not "Check 1 of 1"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import slides_file


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_no_check_counts_to_one(built_packs: Path, audience: str) -> None:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            slides_file(audience)))
    kickers = [sh.text_frame.text for s in deck.slides for sh in s.placeholders
               if sh.placeholder_format.idx != 0 and sh.has_text_frame
               and "check" in sh.text_frame.text.lower() and "·" in sh.text_frame.text]
    assert kickers, audience
    assert not [k for k in kickers if "of 1" in k], audience
    if audience in ("ks1", "ks2"):  # their cycles have one check each
        assert any("Quick check" in k for k in kickers), audience


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_a_check_run_only_if_time_allows_says_so_on_its_slides(built_packs: Path,
                                                               audience: str) -> None:
    # The teacher skips it from the slide itself, without reading the notes.
    from lessonpack.api import load

    lesson = load().items[f"live-streaming-{audience}"].item
    optional = [q.question for c in lesson.cycles for q in c.checks if q.optional]
    assert optional, audience
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            slides_file(audience)))
    marked = [s.shapes.title.text_frame.text.replace("\v", " ") for s in deck.slides
              for sh in s.placeholders if sh.placeholder_format.idx != 0 and sh.has_text_frame
              and sh.text_frame.text.endswith("· optional")]
    # Each optional check's question slide, and only those (its answer slide adds "· Answer").
    assert len(marked) == len(optional), (marked, optional)
