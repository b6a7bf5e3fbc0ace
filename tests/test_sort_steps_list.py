"""A sort's "Your turn" slide (KS2 "Spot the clues"): its steps one numbered list over the
key and cards, a step a line across the width beside the timer, at about the cards' size
(three narrow columns at 18 pt over 22 pt cards read as small print)."""

from __future__ import annotations

import itertools
from pathlib import Path

from pptx.util import Inches

from built_decks import built_deck


def _size(shape: object) -> float:
    return max(r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
               for r in p.runs)


def test_a_sorts_steps_are_a_full_width_list_at_the_cards_size(built_packs: Path) -> None:
    deck = built_deck(built_packs, "ks2")
    slides = [s for s in deck.slides if any(sh.name == "Sort column 1" for sh in s.shapes)
              and any(sh.name == "Task step 1" for sh in s.shapes)]
    assert slides
    for slide in slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        steps = [shapes[n] for n in sorted(shapes) if n.startswith("Task step ")]
        assert len(steps) >= 2
        card = shapes["Task card 1 text"]
        key = shapes["Sort column 1"]
        tile = shapes["Task panel"]
        for above, below in itertools.pairwise(steps):
            # One under another, from the same left: a list, not columns.
            assert above.left == below.left
            assert above.top + above.height <= below.top
        for step in steps:
            assert step.left >= tile.left + tile.width  # beside the timer tile, not in it
            assert step.width >= Inches(9)  # the whole width beside it
            assert step.top + step.height <= key.top  # over the key
            assert _size(step) >= 22
            assert _size(step) >= _size(card) - 1
