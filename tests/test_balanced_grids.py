"""Grids that read as finished: sort cards of one size on one grid (rows line up across the
columns; cards left over from the full rows stand centred in a last row under them, rather
than leaving an empty slot at the grid's corner or stretching a column), and figures
centred in their rows in one column."""

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
        rows = sorted({c.top for c in cards})
        cols = sorted({c.left for c in cards if c.top == rows[0]})
        assert len(rows) == -(-len(cards) // len(cols)), audience  # no row of its own
        last = [c for c in cards if c.top == rows[-1]]
        if len(cards) % len(cols):
            # The short last row centred under the columns: no slot left empty at a corner.
            middle = (min(c.left for c in last) + max(c.left + c.width for c in last)) / 2
            assert abs(middle - (cols[0] + cols[-1] + cards[0].width) / 2) <= 0.02 * INCH
        else:
            assert {c.left for c in cards} == set(cols), audience
    assert seen, audience


def test_figures_sit_mid_row_in_one_column(built_packs: Path) -> None:
    """The parents' figures as rows (three tiles side by side set
    each figure's words in four lines and the figure smaller than the next slide's): every
    figure at one size across the deck, in one column, centred down its row, its words
    beside it in at most two lines."""
    from lessonpack.check.measure import count_lines
    from lessonpack.kinds.statistic.drawing import DIGIT_LIFT

    seen, sizes = 0, set()
    for slide in built_deck(built_packs, "parents").slides:
        shapes = {sh.name: sh for sh in slide.shapes}
        tiles = [shapes[f"Statistic {n}"] for n in range(1, 6) if f"Statistic {n}" in shapes]
        if not tiles or "Statistics source" not in shapes:
            continue
        seen += 1
        figures = [shapes[f"Statistic {n} figure"] for n in range(1, len(tiles) + 1)]
        assert len({f.left for f in figures}) == 1  # one column
        assert len({t.height for t in tiles}) == 1 and len({t.left for t in tiles}) == 1
        for n, (tile, figure) in enumerate(zip(tiles, figures, strict=True), 1):
            # Centred on the digits, not the box: the box goes up by the part of a line's
            # descent that digits leave empty (DIGIT_LIFT of the figure's size).
            size = figure.text_frame.paragraphs[0].runs[0].font.size
            middle = tile.top + tile.height // 2 - int(size * DIGIT_LIFT)
            assert abs(figure.top + figure.height // 2 - middle) <= 0.02 * INCH, n
            sizes |= {r.font.size.pt for p in figure.text_frame.paragraphs for r in p.runs}
            label = shapes[f"Statistic {n} label"]
            assert label.left > figure.left + figure.width  # the words beside the figure
            run = label.text_frame.paragraphs[0].runs[0]
            lines = count_lines(label.text_frame.text, run.font.name, run.font.size.pt,
                                label.width / 12700)
            assert lines <= 2, (n, label.text_frame.text)
            assert run.font.size.pt >= 20
    # The default (all-through) workshop has one figures slide, the teenagers' (primary-age
    # children's figures could not be read for a current year); a secondary school's has two.
    assert seen >= 1
    # One figure size on every figures slide, large: over twice the words' size.
    assert len(sizes) == 1 and sizes.pop() >= 48


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
