"""Draws the logos of the example brands in examples/brands/ and the crest of the example
school in examples/schools/ (transparent PNG).

Run: python tools/make_example_logos.py   (needs Liberation Sans and Carlito, the metric twins
of Arial and Calibri: Debian fonts-liberation2 and fonts-crosextra-carlito)

Each logo is a simple mark (tree, shield, rounded square) with initials or a symbol, and a
two-line wordmark, drawn at three times the size, scaled down so edges are smooth and trimmed
to the drawing. Wide logos (about 3:1) sit best in the slide footer band and document header.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lessonpack.check.measure import font_path  # noqa: E402

W, H, S = 900, 300, 3  # final size and supersampling factor
Draw = ImageDraw.ImageDraw


def font(family: str, bold: bool, px: int) -> ImageFont.FreeTypeFont:
    path = font_path(family, bold)
    if path is None:
        raise SystemExit(f"font {family!r} (or its metric twin) is not installed")
    return ImageFont.truetype(str(path), px * S)


def centred(draw: Draw, box: tuple[int, int, int, int], text: str,
            face: ImageFont.FreeTypeFont, fill: str) -> None:
    x0, y0, x1, y1 = (v * S for v in box)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=face)
    draw.text(((x0 + x1 - (right - left)) / 2 - left, (y0 + y1 - (bottom - top)) / 2 - top),
              text, font=face, fill=fill)


def wordmark(draw: Draw, x: int, lines: list[tuple[str, ImageFont.FreeTypeFont, str]]) -> None:
    """Lines of text left-aligned at ``x``, centred as a block on the logo's height."""
    boxes = [draw.textbbox((0, 0), text, font=face) for text, face, _ in lines]
    gap = 14 * S
    total = sum(b[3] - b[1] for b in boxes) + gap * (len(lines) - 1)
    y = (H * S - total) / 2
    for (text, face, fill), box in zip(lines, boxes, strict=True):
        draw.text((x * S - box[0], y - box[1]), text, font=face, fill=fill)
        y += box[3] - box[1] + gap


def oakfield(draw: Draw) -> None:
    dark, green, trunk = "#1E4D2B", "#2A6B30", "#6D4C2F"
    s = S
    draw.rectangle((128 * s, 178 * s, 152 * s, 262 * s), fill=trunk)
    for cx, cy, r, colour in ((95, 130, 62, green), (185, 130, 62, green), (140, 95, 78, dark)):
        draw.ellipse(((cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s), fill=colour)
    centred(draw, (60, 60, 220, 170), "OP", font("Calibri", True, 74), "#FFFFFF")
    wordmark(draw, 275, [("Oakfield", font("Calibri", True, 104), dark),
                         ("Primary School", font("Calibri", False, 62), green)])


def riverside(draw: Draw) -> None:
    navy, teal = "#0B2545", "#13607C"
    s = S
    shield = [(40, 30), (240, 30), (240, 150), (140, 270), (40, 150)]
    draw.polygon([(x * s, y * s) for x, y in shield], fill=navy)
    for i, y in enumerate((170, 196)):
        draw.line([(70 * s, y * s), (105 * s, (y - 10) * s), (140 * s, y * s),
                   (175 * s, (y - 10) * s), (210 * s, y * s)],
                  fill="#FFFFFF" if i else "#7FC4D9", width=9 * s, joint="curve")
    centred(draw, (40, 45, 240, 150), "RA", font("Arial", True, 78), "#FFFFFF")
    wordmark(draw, 280, [("Riverside", font("Arial", True, 92), navy),
                         ("A C A D E M Y", font("Arial", True, 50), teal)])


def northshire(draw: Draw) -> None:
    purple, magenta = "#5B2A86", "#B0174F"
    s = S
    draw.rounded_rectangle((30 * s, 40 * s, 250 * s, 260 * s), radius=44 * s, fill=purple)
    # A shield outline with a tick: the online-safety team's mark.
    shield = [(95, 85), (185, 85), (185, 160), (140, 215), (95, 160)]
    draw.line([(x * s, y * s) for x, y in (*shield, shield[0])], fill="#FFFFFF", width=12 * s,
              joint="curve")
    draw.line([(115 * s, 145 * s), (135 * s, 168 * s), (168 * s, 120 * s)], fill="#FFFFFF",
              width=13 * s, joint="curve")
    wordmark(draw, 285, [("Northshire", font("Calibri", True, 100), purple),
                         ("Online Safety Team", font("Calibri", False, 58), magenta)])


def ashgrove(draw: Draw) -> None:
    """A fictional school's crest: a shield with an ash tree's leaf, for --school examples."""
    green, gold, dark = "#1F5C3A", "#E0A526", "#17432A"
    s = S
    shield = [(40, 30), (240, 30), (240, 150), (140, 270), (40, 150)]
    draw.polygon([(x * s, y * s) for x, y in shield], fill=green)
    draw.line([(140 * s, 60 * s), (140 * s, 225 * s)], fill=gold, width=8 * s)
    # An ash leaf: pairs of leaflets along the stem, one at the tip.
    for y in (85, 125, 165):
        for side in (-1, 1):
            cx, cy = 140 + side * 42, y + 8
            draw.ellipse(((cx - 30) * s, (cy - 13) * s, (cx + 30) * s, (cy + 13) * s), fill=gold)
    draw.ellipse((122 * s, 44 * s, 158 * s, 92 * s), fill=gold)
    wordmark(draw, 270, [("Ashgrove", font("Arial", True, 92), dark),
                         ("Primary School", font("Arial", False, 60), green)])


LOGOS: dict[str, Callable[[Draw], None]] = {
    "brands/oakfield-primary/logo.png": oakfield,
    "brands/riverside-academy/logo.png": riverside,
    "brands/northshire-online-safety/logo.png": northshire,
    "schools/ashgrove-primary/crest.png": ashgrove,
}


def main() -> None:
    for folder, paint in LOGOS.items():
        big = Image.new("RGBA", (W * S, H * S), (255, 255, 255, 0))
        paint(ImageDraw.Draw(big))
        out = ROOT / "examples" / folder
        out.parent.mkdir(parents=True, exist_ok=True)
        logo = big.resize((W, H), Image.Resampling.LANCZOS)
        # Trim to the drawing plus a small margin, so the logo's box is the logo.
        left, top, right, bottom = logo.getbbox() or (0, 0, W, H)
        pad = 12
        logo = logo.crop((max(0, left - pad), max(0, top - pad), min(W, right + pad),
                          min(H, bottom + pad)))
        # No timestamps or text chunks, so the same script always writes the same bytes.
        logo.save(out, optimize=True)
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
