"""A learning cycle's single check question is a "Quick check", not "Check 1 of 1"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_no_check_counts_to_one(built_packs: Path, audience: str) -> None:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            f"live-streaming-{audience}-slides.pptx"))
    kickers = [sh.text_frame.text for s in deck.slides for sh in s.placeholders
               if sh.placeholder_format.idx != 0 and sh.has_text_frame
               and "check" in sh.text_frame.text.lower() and "·" in sh.text_frame.text]
    assert kickers, audience
    assert not [k for k in kickers if "of 1" in k], audience
    if audience in ("ks1", "ks2"):  # their cycles have one check each
        assert any("Quick check" in k for k in kickers), audience
