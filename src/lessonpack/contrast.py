"""WCAG 2.x colour contrast: relative luminance, contrast ratio and the AA thresholds.

One small module so every part of lessonpack (brand loading, ``check``, renderers) computes
and words contrast the same way. Colours are "#RRGGBB", "RRGGBB", "#RGB" or (r, g, b) tuples.
"""

from __future__ import annotations

import math

Colour = str | tuple[int, int, int]

AA_NORMAL_TEXT = 4.5  # WCAG 2.x 1.4.3, text below 18 pt (14 pt bold)
AA_LARGE_TEXT = 3.0  # WCAG 2.x 1.4.3, text of 18 pt and above (14 pt bold and above)
AAA_NORMAL_TEXT = 7.0

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


def _linear(channel: int) -> float:
    c = channel / 255
    # 0.04045 is the sRGB breakpoint; WCAG's older 0.03928 gives the same result for 8-bit input.
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: Colour) -> float:
    r, g, b = parse_colour(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: Colour, background: Colour) -> float:
    """The WCAG contrast ratio, from 1.0 (same colour) to 21.0 (black on white); symmetric."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def meets_aa(foreground: Colour, background: Colour, *, large: bool = False) -> bool:
    return contrast_ratio(foreground, background) >= (AA_LARGE_TEXT if large else AA_NORMAL_TEXT)


def format_ratio(ratio: float) -> str:
    """'4.4:1'. Rounded down, so a ratio that fails is never shown as the threshold itself."""
    return f"{math.floor(ratio * 10) / 10:.1f}:1"
