"""How numbered rows share their area (render/deck_rows.py, ``_rows_by_need``): at the
largest size that fits with a full pad; closed up (half the pad, a narrower gap) at 18 pt on
a short slide; else equal rows whose overflow ``text_rows`` reports. Unit-level, with the
real font measure: no content, no deck."""

from __future__ import annotations

from itertools import pairwise

from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_card_fit import INCH, MIN_PT, PAD, lines_height
from lessonpack.render.deck_rows import ROW_PAD, _rows_by_need

FONT = "Arial"
SIDE = int(0.6 * INCH)  # a number disc beside each row
WIDTH = int(8 * INCH)
TEXT_W = WIDTH - 3 * PAD - SIDE
SHORT = "Stop."
LONG = ("Tell a grown-up you trust what you saw, where you saw it and who sent it, "
        "then keep the message so they can report it; do not reply to it and do not delete "
        "it before they have seen it, even when it worries you.")
TEXTS = [SHORT, LONG, SHORT]


def _need(text: str, pad: int, least: int) -> int:
    return max(least, int(lines_height([(text, FONT, False, MIN_PT)], TEXT_W) * EMU_PT) + 2 * pad)


def _totals() -> tuple[int, int]:
    """The height the rows take at 18 pt with the full pad, and closed up."""
    full = sum(_need(t, ROW_PAD, max(SIDE + PAD, int(0.7 * INCH))) for t in TEXTS) \
        + 2 * int(0.15 * INCH)
    closed = sum(_need(t, ROW_PAD // 2, SIDE + ROW_PAD // 2) for t in TEXTS) \
        + 2 * int(0.08 * INCH)
    return full, closed


def _inside(rows: list[tuple[int, int, int, int]], box: tuple[int, int, int, int]) -> None:
    for (_x, y, _w, h), (_x2, y2, _w2, _h2) in pairwise(rows):
        assert y + h <= y2, "rows overlap"
    assert rows[0][1] >= box[1] and rows[-1][1] + rows[-1][3] <= box[1] + box[3]


def test_rows_fit_at_size_with_the_full_pad_and_the_long_one_is_taller() -> None:
    box = (0, 0, WIDTH, int(6 * INCH))
    rows, size, pad = _rows_by_need(box, TEXTS, FONT, SIDE, 28)
    assert pad == ROW_PAD and size > MIN_PT
    assert rows[1][3] > rows[0][3] == rows[2][3]
    _inside(rows, box)


def test_rows_close_up_before_they_overflow() -> None:
    full, closed = _totals()
    assert closed < full  # the case exists: room for the closed-up rows, not the full ones
    box = (0, 0, WIDTH, (full + closed) // 2)
    rows, size, pad = _rows_by_need(box, TEXTS, FONT, SIDE, 28)
    assert (size, pad) == (MIN_PT, ROW_PAD // 2)
    _inside(rows, box)
    for text, (_x, _y, _w, h) in zip(TEXTS, rows, strict=True):  # every text fits its row
        assert lines_height([(text, FONT, False, size)], TEXT_W) * EMU_PT <= h - 2 * pad


def test_rows_too_short_even_closed_up_are_equal_and_the_long_one_overflows() -> None:
    _full, closed = _totals()
    box = (0, 0, WIDTH, closed - int(0.3 * INCH))
    rows, size, pad = _rows_by_need(box, TEXTS, FONT, SIDE, 28)
    assert (size, pad) == (MIN_PT, ROW_PAD)
    assert len({h for *_, h in rows}) == 1
    _inside(rows, box)
    assert lines_height([(LONG, FONT, False, size)], TEXT_W) * EMU_PT > rows[1][3] - 2 * pad


def test_equal_rows_that_hold_every_text_are_kept_when_the_full_pad_does_not_fit() -> None:
    """Six short texts in 3 in: too short for six 0.7 in rows, but equal rows hold them with
    the full pad, so the rows stay equal at 18 pt rather than closing up."""
    texts = [SHORT] * 6
    box = (0, 0, WIDTH, int(3 * INCH))
    rows, size, pad = _rows_by_need(box, texts, FONT, SIDE, 28)
    assert (size, pad) == (MIN_PT, ROW_PAD) and len({h for *_, h in rows}) == 1
    _inside(rows, box)
