"""Help-card icons sized by what they draw, not by their canvas: a drawing with
wide transparent margins read at half the size of one that fills its canvas."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from lessonpack.render.deck_pictures import INK_SHARE, _ink_size, ink_box
from squeezed_template import built_on

WILD = Path(__file__).resolve().parents[0] / "fixtures" / "wild"


def _png(box: tuple[int, int, int, int], size: tuple[int, int] = (100, 100)) -> bytes:
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    if box[2] > box[0]:
        ImageDraw.Draw(image).rectangle((box[0], box[1], box[2] - 1, box[3] - 1),
                                        fill=(200, 30, 30, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_the_ink_box_is_the_drawn_part_as_crop_shares() -> None:
    assert ink_box(_png((10, 20, 90, 60))) == (0.1, 0.2, 0.1, 0.4)
    assert ink_box(_png((0, 0, 0, 0))) is None  # nothing drawn
    opaque = io.BytesIO()
    Image.new("RGB", (40, 40), (255, 255, 255)).save(opaque, format="PNG")
    assert ink_box(opaque.getvalue()) is None  # a photo: no canvas to read


def test_icons_with_more_or_less_margin_come_out_one_size_centred() -> None:
    side = 1_000_000
    small = ink_box(_png((30, 30, 70, 70)))  # a small drawing with wide margins
    full = ink_box(_png((0, 0, 100, 100)))  # a drawing to its canvas's edges
    assert small is not None and full is not None
    a, b = _ink_size(small, (100, 100), side, side), _ink_size(full, (100, 100), side, side)
    # As placed by the canvas, the small one was 40% of the other; by its ink, the same.
    assert a == b == (int(INK_SHARE * side), int(INK_SHARE * side))
    # A wide, short drawing: the area of the same square, never wider than its box.
    wide = ink_box(_png((0, 40, 100, 70)))
    assert wide is not None
    w, h = _ink_size(wide, (100, 100), side, side)
    assert w <= side and h < w
    long_ = ink_box(_png((0, 45, 100, 55)))
    assert long_ is not None and _ink_size(long_, (100, 100), side, side)[0] == side


# ------------------------------------------------------------------ ink against the slide

# KS1's "My helping hand": the library's navy helping-hand icon drawn straight on the
# slide (KS4's "Amara's reply: one more question" drew a navy "?" there, until Nia's
# question became a chat message). On lo-cft-smooth-black the slide's background is a
# photo (the master's p:bg blipFill); on lo-cft-hexagons it is white, under a dark
# picture on the master that covers the slide. Both were left navy on near-black: the
# recolouring looked at neither a picture background nor the master's drawings.
ICON_TITLE = "My helping hand"
DARK_TEMPLATES = ("lo-cft-smooth-black", "lo-cft-hexagons")


def _one_colour_ink(data: bytes) -> tuple[float, float, float]:
    image = Image.open(io.BytesIO(data)).convert("RGBA")
    raw = image.tobytes()
    ink = [raw[i:i + 3] for i in range(0, len(raw), 4) if raw[i + 3] >= 200]
    return tuple(sum(p[c] for p in ink) / len(ink) / 255 for c in range(3))  # type: ignore[return-value]


def _behind(slide, box: tuple[int, int, int, int]):  # type: ignore[no-untyped-def]
    """The darkest and lightest colours under ``box``: the master's full-slide picture where
    there is one, else the slide background's picture (check/picture_colour's measure)."""
    from lessonpack.check.picture_colour import picture_paint
    from lessonpack.check.pptx_shapes import NS

    master = slide.slide_layout.slide_master
    width = slide.part.package.presentation_part.presentation.slide_width
    for pic in master.shapes._spTree.iter(f"{{{NS['p']}}}pic"):
        off, ext = pic.find("p:spPr/a:xfrm/a:off", NS), pic.find("p:spPr/a:xfrm/a:ext", NS)
        drawn = (int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy")))
        if drawn[2] >= 0.9 * width:
            return picture_paint(pic.find("p:blipFill", NS), master.part, drawn, box)
    fill = master._element.find("p:cSld/p:bg/p:bgPr/a:blipFill", NS)
    assert fill is not None, "no picture behind the icon: the template changed"
    size = (width, slide.part.package.presentation_part.presentation.slide_height)
    return picture_paint(fill, master.part, (0, 0, *size), box)


@pytest.mark.parametrize("template", DARK_TEMPLATES)
def test_an_icon_on_a_dark_picture_is_inked_to_show(tmp_path: Path, template: str) -> None:
    from pptx import Presentation

    from lessonpack import contrast
    from lessonpack.render.deck_icon_contrast import GRAPHIC, line_icons

    deck = built_on(tmp_path, "ks1", WILD / f"{template}.pptx") / "live-streaming-ks1-slides.pptx"
    slide = next(s for s in Presentation(str(deck)).slides
                 if s.shapes.title is not None and s.shapes.title.text_frame.text == ICON_TITLE)
    icon = next(s for s in slide.shapes if s.name.startswith("Task picture"))
    data = icon.image.blob
    assert hashlib.sha1(data).hexdigest() not in line_icons(), "still the library's navy"
    ink = _one_colour_ink(data)
    behind = _behind(slide, (icon.left, icon.top, icon.width, icon.height))
    assert behind is not None and behind.colours, template
    assert max(contrast.luminance(c) for c in behind.colours) < 0.1  # a dark picture
    for colour in behind.colours:
        # 4.5:1 where a theme or fixed colour reaches it; GRAPHIC (3:1) is the least.
        assert contrast.ratio(ink, colour) >= contrast.AA_NORMAL_TEXT > GRAPHIC, (
            template, ink, colour)
