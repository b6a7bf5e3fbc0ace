"""Help-card icons sized by what they draw, not by their canvas: a drawing with
wide transparent margins read at half the size of one that fills its canvas."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from lessonpack.render.deck_pictures import INK_SHARE, _ink_size, ink_box


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
