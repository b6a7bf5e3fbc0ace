"""count_lines must wrap exactly as measuring the growing line word by word does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessonpack.check.measure import count_lines, count_styled_lines, text_width

WORDS = st.sampled_from(["a", "I", "live", "stream", "Stop,", "Block,", "Report,", "Tell.",
                         "WWWWWWWW", "iiii", "Childline", "0800 1111", "—", "trusted",
                         "adult", "gifts", "don't", "ÄÖÜ", "supercalifragilistic"])


def _greedy(text: str, family: str, size: float, width: float, bold: bool) -> int:
    """The reference: the plain greedy wrap, one measurement of the whole line per word added
    (check.measure.count_styled_lines, for text of one style)."""
    return count_styled_lines([(text, (family, size, bold))], width)


@settings(max_examples=400, deadline=None)
@given(paragraphs=st.lists(st.lists(WORDS, max_size=40).map(" ".join), min_size=1,
                           max_size=3).map("\n".join),
       family=st.sampled_from(["Arial", "Calibri", "No Such Font"]),
       size=st.sampled_from([9.0, 12.0, 18.0, 24.0, 40.0]),
       width=st.floats(min_value=1, max_value=900), bold=st.booleans())
def test_same_lines_as_word_by_word(paragraphs: str, family: str, size: float, width: float,
                                    bold: bool) -> None:
    assert count_lines(paragraphs, family, size, width, bold) == _greedy(
        paragraphs, family, size, width, bold)


@settings(max_examples=100, deadline=None)
@given(text=st.lists(WORDS, min_size=1, max_size=40).map(" ".join),
       width=st.floats(min_value=20, max_value=600), scale=st.sampled_from([0.5, 0.8, 1.3, 2.0]))
def test_a_wrong_estimate_is_corrected(text: str, width: float, scale: float) -> None:
    # The estimate from word widths is only a starting point: make it too short or too long
    # and the exact measurements must still give the reference's lines.
    import lessonpack.check.measure as measure

    original = measure._word_width.__wrapped__
    measure.count_lines.cache_clear()
    measure._word_width = lambda w, f, b: original(w, f, b) * scale  # type: ignore
    try:
        assert count_lines(text, "Arial", 18.0, width) == _greedy(text, "Arial", 18.0, width,
                                                                   False)
    finally:
        measure._word_width = measure.lru_cache(maxsize=65536)(original)  # type: ignore
        measure.count_lines.cache_clear()


@settings(max_examples=60, deadline=None)
@given(text=st.lists(WORDS, min_size=1, max_size=6).map(" ".join),
       size=st.sampled_from([12, 18.0, 28, 40.5]), bold=st.booleans(),
       family=st.sampled_from(["Arial", "Calibri", "No Such Font"]))
def test_kept_widths_are_the_measured_ones(text: str, size: float, bold: bool,
                                           family: str) -> None:
    # Widths are kept between calls (slide design measures the same words at every size it
    # tries): the kept width is exactly a fresh measurement, and the store stays bounded.
    import lessonpack.check.measure as measure

    first = text_width(text, family, size, bold)
    assert first == text_width(text, family, size, bold) == measure._measure(text, family,
                                                                            size, bold)
    assert len(measure._WIDTHS) <= measure._WIDTHS.max_items


@pytest.mark.parametrize(("family", "twin"), [("Times New Roman", "LiberationSerif"),
                                              ("Courier New", "LiberationMono")])
def test_office_serif_and_mono_fonts_are_measured_by_their_metric_twins(
        family: str, twin: str) -> None:
    # Old 4:3 decks in Times New Roman were measured by the 0.55 em estimate, about a third
    # wider than the font: text that fitted its card was reported and boxes grown for it.
    from lessonpack.check.measure import _font_files, font_path

    if f"{twin}-Regular".lower() not in _font_files():
        pytest.skip(f"{twin} is not installed here (fonts-liberation2)")
    assert font_path(family, False) == _font_files()[f"{twin}-Regular".lower()]
    assert font_path(family, True) == _font_files()[f"{twin}-Bold".lower()]
    words = "You can tell a grown-up even if someone online says to keep it secret."
    estimate = text_width(words, "No Such Font", 18)
    assert text_width(words, family, 18) != estimate
