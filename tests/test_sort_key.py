"""A sort's groups are a key ("Sort into:" then a chip per group), never chips alone: three
chips the width of the card grid over two columns of cards read as column headings that do
not match the columns (KS4's warning-sign sort). Found by shape name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import slides_file


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_every_sort_key_says_sort_into(built_packs: Path, audience: str) -> None:
    prs = Presentation(str(built_packs / f"live-streaming-{audience}"
                           / slides_file(audience)))
    keys = [s for s in prs.slides if any(sh.name == "Sort column 1" for sh in s.shapes)]
    assert keys, audience
    for slide in keys:
        words = [sh for sh in slide.shapes if sh.name == "Sort key words"]
        chip = next(sh for sh in slide.shapes if sh.name == "Sort column 1")
        assert words and words[0].left + words[0].width <= chip.left, audience
