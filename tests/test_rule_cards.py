"""Ground rules as calm sentences beside their icons: regular weight for 11-16s, each
sentence centred against its icon, and an odd last rule across the whole width rather than
a half card alone in the middle of the foot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation

from built_decks import slides_file


def _rules(built_packs: Path, audience: str) -> dict[str, Any]:
    deck = Presentation(str(built_packs / f"live-streaming-{audience}" /
                            slides_file(audience)))
    slide = next(s for s in deck.slides if any(sh.name == "Card 1 heading" for sh in s.shapes)
                 and not any(sh.name == "Card 1 text" for sh in s.shapes))
    return {sh.name: sh for sh in slide.shapes}


@pytest.mark.parametrize("audience", ["ks3", "ks4"])
def test_secondary_rules_regular_and_centred_on_their_icons(built_packs: Path,
                                                           audience: str) -> None:
    shapes = _rules(built_packs, audience)
    n = 1
    while f"Card {n}" in shapes:
        words, icon = shapes[f"Card {n} heading"], shapes[f"Card {n} picture"]
        runs = [r for p in words.text_frame.paragraphs for r in p.runs]
        assert runs and not any(r.font.bold for r in runs), (audience, n)
        middle = words.top + words.height / 2
        assert abs(middle - (icon.top + icon.height / 2)) < 0.12 * 914400, (audience, n)
        n += 1
    count = n - 1
    assert count >= 5
    if count % 2:
        last, first = shapes[f"Card {count}"], shapes["Card 1"]
        assert last.left == first.left and last.width > 1.9 * first.width
