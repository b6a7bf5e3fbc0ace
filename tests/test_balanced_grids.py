"""Grids that read as finished: sort cards of one size on one grid (rows line up across the
columns, an odd card leaves a slot empty rather than stretching its column), and figures
centred in their tiles on one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_decks import built_deck

INCH = 914400


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4"])
def test_word_cards_share_one_grid(built_packs: Path, audience: str) -> None:
    seen = 0
    for slide in built_deck(built_packs, audience).slides:
        cards = [sh for sh in slide.shapes if sh.name.startswith("Task card ")
                 and sh.name.split()[-1].isdigit()]
        if len(cards) < 4 or any(sh.name.endswith(" picture") for sh in slide.shapes):
            continue
        seen += 1
        assert len({c.height for c in cards}) == 1, audience
        assert len({c.width for c in cards}) == 1, audience
        cols = sorted({c.left for c in cards})
        rows = sorted({c.top for c in cards})
        assert len(rows) == -(-len(cards) // len(cols)), audience  # no row of its own
    assert seen, audience


def test_figures_sit_mid_tile_on_one_line(built_packs: Path) -> None:
    seen = 0
    for slide in built_deck(built_packs, "parents").slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        tiles = [shapes[f"Statistic {n}"] for n in range(1, 6) if f"Statistic {n}" in shapes]
        if not tiles or "Statistics source" not in shapes:
            continue
        seen += 1
        figures = [shapes[f"Statistic {n} figure"] for n in range(1, len(tiles) + 1)]
        assert len({f.top for f in figures}) == 1  # one line across the tiles
        for n, tile in enumerate(tiles, 1):
            figure = shapes[f"Statistic {n} figure"]
            above = figure.top - tile.top
            # The figure sits well down a tall tile, not pinned to its top edge.
            assert above > 0.15 * tile.height or tile.height < 2 * INCH, n
    assert seen


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_sort_chips_share_one_text_size(built_packs: Path, audience: str) -> None:
    seen = 0
    for slide in built_deck(built_packs, audience).slides:
        names = [sh for sh in slide.shapes if sh.name.startswith("Sort column ")
                 and sh.name.endswith(" name")]
        if len(names) < 2:
            continue
        seen += 1
        sizes = {r.font.size for sh in names for p in sh.text_frame.paragraphs for r in p.runs}
        assert len(sizes) == 1, (audience, sizes)
    assert seen, audience
