"""Measures how many lines text takes in a box, with real font metrics where we can find them.

Office fonts (Arial, Calibri) are often absent on Linux, so we measure with their
metric-compatible twins (Liberation Sans, Carlito), which have identical advance widths.
When no font file is found we fall back to an average glyph width of 0.55 em for regular and
0.6 em for bold text, which over-estimates typical English text in Arial slightly (safe side).
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path

from PIL import ImageFont

_TWINS = {
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "liberation sans": "LiberationSans",
    "calibri": "Carlito",
    "carlito": "Carlito",
}
_DIRS = [
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".fonts",
    Path.home() / ".local/share/fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
]
_SCALE = 20  # measure at 20 px per point so rounding does not add up over a line


@cache
def _font_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in _DIRS:
        if folder.is_dir():
            for path in folder.rglob("*.[ot]tf"):
                found.setdefault(path.stem.lower(), path)
    return found


@cache
def font_path(family: str, bold: bool) -> Path | None:
    files = _font_files()
    stem = _TWINS.get(family.lower(), family.replace(" ", ""))
    suffixes = ["-Bold", "bd", " Bold", "Bold"] if bold else ["-Regular", "", " Regular"]
    for suffix in suffixes:
        hit = files.get(f"{stem}{suffix}".lower())
        if hit:
            return hit
    return None


@cache
def _font(family: str, bold: bool, size_pt: float) -> ImageFont.FreeTypeFont | None:
    path = font_path(family, bold)
    if path is None:
        return None
    return ImageFont.truetype(str(path), int(size_pt * _SCALE))


def text_width(text: str, family: str, size_pt: float, bold: bool = False) -> float:
    """Width of ``text`` in points."""
    font = _font(family, bold, size_pt)
    if font is None:
        return len(text) * size_pt * (0.6 if bold else 0.55)
    return float(font.getlength(text)) / _SCALE


@lru_cache(maxsize=16384)
def count_lines(text: str, family: str, size_pt: float, width_pt: float,
                bold: bool = False) -> int:
    """Lines needed when ``text`` is word-wrapped into ``width_pt``; paragraphs on newlines."""
    total = 0
    for para in text.split("\n"):
        lines, current = 1, ""
        for word in para.split():
            trial = f"{current} {word}".strip()
            if current and text_width(trial, family, size_pt, bold) > width_pt:
                lines += 1
                current = word
            else:
                current = trial
        total += lines
    return total


def text_height(text: str, family: str, size_pt: float, width_pt: float, bold: bool = False,
                line_spacing: float = 1.2) -> float:
    """Height in points of wrapped text at the given line spacing."""
    return count_lines(text, family, size_pt, width_pt, bold) * size_pt * line_spacing
