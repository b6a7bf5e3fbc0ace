"""A square logo (a school crest) is drawn at least 0.9 in wide on the title and section
slides' logo plate, and its plate keeps clear of the kicker under it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main


def _box(shape) -> tuple[int, int, int, int]:
    return (shape.left, shape.top, shape.width, shape.height)


def test_a_square_logo_is_readable_on_the_title_slide(tmp_path: Path) -> None:
    Image.new("RGB", (400, 400), (30, 90, 50)).save(tmp_path / "logo.png")
    (tmp_path / "brand.yml").write_text("org_name: Crest Primary School\nlogo: logo.png\n",
                                        encoding="utf-8")
    assert main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--brand", str(tmp_path / "brand.yml")]) == 0
    deck = Presentation(str(tmp_path / "out" / "live-streaming-ks2"
                            / "live-streaming-ks2-slides.pptx"))
    for layout_name in ("LP Title", "LP Section"):
        layout = next(s.slide_layout for s in deck.slides
                      if s.slide_layout.name == layout_name)
        shapes = {sh.name: sh for sh in layout.shapes}
        logo, plate, kicker = shapes["Logo"], shapes["Logo panel"], shapes["Kicker"]
        assert logo.width >= Inches(0.9), layout_name
        assert plate.top + plate.height <= kicker.top, layout_name
        assert plate.top >= 0
