"""Content drawn on a trainer's template starts clear of a title that wraps to two lines.

On Coreoz (10 x 7.5 in), "How it escalated this time: / warning-sign sort" filled its title
box to the foot and the timeline's column headers sat about 1 mm under its descenders; the
exit quiz's two-line title crowded question 1. A wrapped title's content now starts at
least 0.15 in under the title's box; a slide whose title is one line keeps its place.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_content_moves_down_under_a_wrapped_title(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks4", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / "coreoz-ppt-templates.pptx")]) == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"))

    def tops(n: int) -> tuple[int, int]:
        slide = deck.slides[n - 1]
        title = slide.shapes.title
        drawn = [s.top for s in slide.shapes if not s.is_placeholder]
        return title.top + title.height, min(drawn)

    def number(start: str) -> int:
        """The slide whose title starts so: numbers move as the deck changes."""
        return next(i for i, s in enumerate(deck.slides, 1)
                    if s.shapes.title is not None and s.shapes.title.text.startswith(start))

    timeline, exit_quiz = number("How it escalated"), number("Exit quiz: ring")
    for n in (timeline, exit_quiz):  # two-line titles: the timeline, the exit quiz
        assert "\v" in deck.slides[n - 1].shapes.title.text_frame.text, n
        foot, content = tops(n)
        assert content - foot >= Inches(0.15), (n, content - foot)
    # One-line titles: their content does not move, and starts higher than under two.
    one, other = number("Answer: A move"), number("Amara’s reply")
    assert "\v" not in deck.slides[one - 1].shapes.title.text_frame.text
    assert tops(one)[1] == tops(other)[1] < tops(timeline)[1] - Inches(0.1)
