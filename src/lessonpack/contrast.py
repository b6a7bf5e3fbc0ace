"""WCAG 2.x colour contrast: relative luminance, contrast ratio and the AA thresholds.

The one place lessonpack computes and words contrast: brand checks (brand.py), the build
(render/deck_theme.py) and ``lessonpack check`` (check/*_rules.py) all call it, so a built pack
passes its checker. Colours are "#RRGGBB", "RRGGBB", "#RGB" or (r, g, b) tuples of 0–255
integers; ``luminance`` and ``ratio`` take the checker's sRGB channels as floats 0..1.

Large text (WCAG 2.x 1.4.3) is 18 pt and above, or 14 pt bold and above: points, as Office
sizes text. (CSS writes the same sizes as 24 px and 18.66 px; those numbers are pixels.)
"""

from __future__ import annotations

import math

Colour = str | tuple[int, int, int]
RGB = tuple[float, float, float]  # sRGB channels, 0..1

AA_NORMAL_TEXT = 4.5  # WCAG 2.x 1.4.3, text below 18 pt (14 pt bold)
AA_LARGE_TEXT = 3.0  # WCAG 2.x 1.4.3, text of 18 pt and above (14 pt bold and above)
LARGE_TEXT_PT = 18.0
LARGE_BOLD_TEXT_PT = 14.0

WHITE = "#FFFFFF"
TEXT_DARK = "#1A1A1A"  # the dark text colour lessonpack puts on pale backgrounds


def parse_colour(colour: Colour) -> tuple[int, int, int]:
    """(r, g, b) from a hex string or a tuple; raises ValueError for anything else."""
    if isinstance(colour, tuple):
        if len(colour) != 3 or not all(isinstance(c, int) and 0 <= c <= 255 for c in colour):
            raise ValueError(f"not an RGB triple: {colour!r}")
        return colour
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in text):
        raise ValueError(f"not a hex colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_colour(colour: Colour) -> str:
    """'#RRGGBB' in upper case, the form used in messages."""
    r, g, b = parse_colour(colour)
    return f"#{r:02X}{g:02X}{b:02X}"


def to_linear(channel: float) -> float:
    """An sRGB channel (0..1) as linear light."""
    # 0.04045 is the sRGB breakpoint; WCAG's older 0.03928 gives the same result for 8-bit input.
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance of sRGB channels 0..1: 0 for black, 1 for white."""
    r, g, b = (to_linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: RGB, b: RGB) -> float:
    """The WCAG contrast ratio of two sRGB colours (0..1 channels), 1.0 to 21.0; symmetric."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def unit_rgb(colour: Colour) -> RGB:
    r, g, b = parse_colour(colour)
    return r / 255, g / 255, b / 255


def relative_luminance(colour: Colour) -> float:
    return luminance(unit_rgb(colour))


def contrast_ratio(foreground: Colour, background: Colour) -> float:
    """The WCAG contrast ratio, from 1.0 (same colour) to 21.0 (black on white); symmetric."""
    return ratio(unit_rgb(foreground), unit_rgb(background))


def is_large_text(size_pt: float, bold: bool = False) -> bool:
    return size_pt >= LARGE_TEXT_PT or (bold and size_pt >= LARGE_BOLD_TEXT_PT)


def required_ratio(size_pt: float, bold: bool = False) -> float:
    """What WCAG AA asks of text this size: 3:1 for large text, else 4.5:1."""
    return AA_LARGE_TEXT if is_large_text(size_pt, bold) else AA_NORMAL_TEXT


def meets_aa(foreground: Colour, background: Colour, *, large: bool = False) -> bool:
    return contrast_ratio(foreground, background) >= (AA_LARGE_TEXT if large else AA_NORMAL_TEXT)


def format_ratio(ratio: float) -> str:
    """'4.4:1'. Rounded down, so a ratio that fails is never shown as the threshold itself."""
    return f"{math.floor(ratio * 10) / 10:.1f}:1"
