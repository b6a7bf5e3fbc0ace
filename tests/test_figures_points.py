"""The points beside a figures slide's tiles read at the size of the figures' words: at the
caption panel's own 18 pt the teenagers' figures slide (parents) had two short points,
smaller than everything beside them, in a half-empty panel."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from built_decks import slides_file


def _sizes(shape: object) -> set[float]:
    return {r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
            for r in p.runs if r.font.size is not None}


def test_points_beside_the_figures_match_their_words(built_packs: Path) -> None:
    deck = built_packs / "live-streaming-parents" / slides_file("parents")
    checked = 0
    for slide in Presentation(str(deck)).slides:
        labels = [s for s in slide.shapes
                  if s.name.startswith("Statistic ") and s.name.endswith(" label")]
        if not labels:
            continue
        words = set().union(*(_sizes(s) for s in labels))
        points = [s for s in slide.placeholders if s.placeholder_format.idx not in (0, 13)
                  and s.has_text_frame and s.text_frame.text.strip()
                  and s.left > labels[0].left + labels[0].width]
        assert points, slide.shapes.title.text
        for shape in points:
            assert _sizes(shape) == {min(words)}, (slide.shapes.title.text, _sizes(shape))
        checked += 1
    assert checked


def test_a_rise_is_not_drawn_as_a_share(built_packs: Path) -> None:
    """Figures in percent beside each other read as shares of one whole (79% boys, 21%
    girls); a rise drawn the same way ("72%") read as a third share. A slide's percentages
    add up to 100 at most; a change is a count with the change in its words."""
    deck = built_packs / "live-streaming-parents" / slides_file("parents")
    checked = 0
    for slide in Presentation(str(deck)).slides:
        figures = [s.text_frame.text for s in slide.shapes
                   if s.name.startswith("Statistic ") and s.name.endswith(" figure")]
        shares = [float(f.rstrip("%")) for f in figures if f.endswith("%")
                  and f.rstrip("%").replace(".", "").isdigit()]
        if len(shares) >= 2:
            assert sum(shares) <= 100, (slide.shapes.title.text, figures)
            checked += 1
    assert checked
