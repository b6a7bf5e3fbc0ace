"""The points beside a figures slide's tiles read at the size of the figures' words: at the
caption panel's own 18 pt the teenagers' figures slide (parents) had two short points,
smaller than everything beside them, in a half-empty panel."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation


def _sizes(shape: object) -> set[float]:
    return {r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
            for r in p.runs if r.font.size is not None}


def test_points_beside_the_figures_match_their_words(built_packs: Path) -> None:
    deck = built_packs / "live-streaming-parents" / "live-streaming-parents-slides.pptx"
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
