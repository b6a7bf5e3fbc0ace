"""A trainer's cover circle filled by its pictures (two small emoji in a large
circle read as a placeholder), yet clear of its edge (characters touching the rim read
as jammed in): KS1's two characters span over half the circle, inside a margin."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_characters_fill_the_trainers_circle(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks1", "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--out", str(tmp_path), "--quiet"]) == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"))
    cover = deck.slides[0]
    circle = next(sh for sh in cover.slide_layout.shapes if sh.name == "Circle")
    pictures = [sh for sh in cover.shapes if sh.shape_type == 13]
    assert len(pictures) == 2
    span = max(p.left + p.width for p in pictures) - min(p.left for p in pictures)
    assert span >= 0.55 * circle.width
    margin = 0.08 * circle.width
    for pic in pictures:  # inside it, clear of the rim
        assert circle.left + margin <= pic.left
        assert pic.left + pic.width <= circle.left + circle.width - margin
