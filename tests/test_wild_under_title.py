"""Content drawn on a trainer's template starts clear of a title that wraps to two lines.

On Coreoz (10 x 7.5 in), "How it escalated this time: / warning-sign sort" filled its title
box to the foot and the timeline's column headers sat about 1 mm under its descenders; the
exit quiz's two-line title crowded question 1. A wrapped title's content now starts
three quarters of a title line under its last line; a slide whose title is one line keeps
its place.
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

    def gap(slide: object) -> int:
        title = slide.shapes.title  # type: ignore[attr-defined]
        drawn = [s.top for s in slide.shapes if not s.is_placeholder]  # type: ignore[attr-defined]
        return min(drawn) - (title.top + title.height)

    shown = [s for s in deck.slides if s.element.get("show") != "0"
             and s.shapes.title is not None and any(not x.is_placeholder for x in s.shapes)
             and s.slide_layout.name == deck.slides[1].slide_layout.name]
    wrapped = {s.shapes.title.text_frame.text.split("\v")[0]: gap(s) for s in shown
               if "\v" in s.shapes.title.text_frame.text}
    one_line = {gap(s) for s in shown if "\v" not in s.shapes.title.text_frame.text}
    # The timeline and the blame sort among them; the exit quiz's title is short enough for
    # one line, where two crowded question 1.
    assert "How it escalated this time:" in wrapped, wrapped
    quiz = [s.shapes.title.text_frame.text for s in shown
            if s.shapes.title.text_frame.text.startswith("Exit quiz: ring")]
    assert quiz == ["Exit quiz: ring A, B or C"], quiz
    # Three quarters of a 40 pt title's line under its last line: about half an inch
    # under the box (at 0.2 in question 1 read as the title's third line).
    assert all(g >= Inches(0.45) for g in wrapped.values()), wrapped
    # One-line titles: their content does not move, and starts higher than under two.
    assert max(one_line) - min(one_line) <= Inches(0.25)
    assert max(one_line) < min(wrapped.values()) - Inches(0.1)
