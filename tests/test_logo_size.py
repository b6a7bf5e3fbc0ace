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


def test_the_footer_slide_number_ends_on_the_right_margin_clear_of_the_logo(
        tmp_path: Path) -> None:
    """The slide footer's number is anchored to the content's right edge (where the title and
    body end), right-aligned, the logo before it with a clear gap, the footer text before
    that: with the logo on the margin the number sat hard against it (about 0.1 in)."""
    Image.new("RGB", (600, 300), (30, 90, 50)).save(tmp_path / "logo.png")
    (tmp_path / "brand.yml").write_text("org_name: Crest Primary School\nlogo: logo.png\n",
                                        encoding="utf-8")
    assert main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out",
                 str(tmp_path / "out"), "--brand", str(tmp_path / "brand.yml")]) == 0
    deck = Presentation(str(tmp_path / "out" / "live-streaming-ks2"
                            / "live-streaming-ks2-slides.pptx"))
    shapes = {sh.name: sh for sh in deck.slide_masters[0].shapes}
    logo, number, footer, title = (shapes["Logo"], shapes["LP Slide Number"],
                                   shapes["LP Footer Text"], shapes["Title"])
    right = title.left + title.width
    # On the margin where the slide number's box ended (0.03 in past the title's box).
    assert abs(number.left + number.width - right) <= Inches(0.05)
    # A clear gap: at least 0.15 in from the logo to the number's box, whose digits end
    # at its right edge.
    assert logo.left + logo.width + Inches(0.15) <= number.left
    assert footer.left + footer.width <= logo.left
    # The footer's words at least 10 pt (read from the back of a room).
    sizes = [r.font.size.pt for p in footer.text_frame.paragraphs for r in p.runs
             if r.font.size is not None]
    assert sizes and min(sizes) >= 10
    # Every paragraph of the number right-aligned, so its digits end on the margin.
    assert all(p.alignment == 3 for p in number.text_frame.paragraphs)  # PP_ALIGN.RIGHT
