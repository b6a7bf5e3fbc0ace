"""count_lines must wrap exactly as measuring the growing line word by word does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lessonpack.textfit import count_lines, text_width

WORDS = st.sampled_from(["a", "I", "live", "stream", "Stop,", "Block,", "Report,", "Tell.",
                         "WWWWWWWW", "iiii", "Childline", "0800 1111", "—", "trusted",
                         "adult", "gifts", "don't", "ÄÖÜ", "supercalifragilistic"])


def _greedy(text: str, family: str, size: float, width: float, bold: bool) -> int:
    """The reference: one measurement of the whole line per word added."""
    total = 0
    for para in text.split("\n"):
        lines, current = 1, ""
        for word in para.split():
            trial = f"{current} {word}".strip()
            if current and text_width(trial, family, size, bold) > width:
                lines += 1
                current = word
            else:
                current = trial
        total += lines
    return total


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
