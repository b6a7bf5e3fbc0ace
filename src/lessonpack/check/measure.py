"""How wide text is and how many lines it takes in a box, with real font metrics where we can
find them: the one measure of text that the renderer (to make text fit as it draws) and
``lessonpack check`` (to find text that does not fit) share.

Office fonts (Arial, Calibri, Times New Roman, Courier New) are often absent on Linux, so we
measure with their metric-compatible twins (Liberation Sans, Carlito, Liberation Serif,
Liberation Mono), which have identical advance widths.
When no font file is found we fall back to an average glyph width of 0.55 em for regular and
0.6 em for bold text, which over-estimates typical English text in Arial slightly (safe side).

Widths are kept (``_WIDTHS``): slide design measures the same words and title halves again and
again (every candidate size of a card, every split of a title), and a measurement costs tens of
microseconds where a look-up costs one.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from lessonpack.caches import BoundedCache

_TWINS = {
    "arial": "LiberationSans",
    "helvetica": "LiberationSans",
    "liberation sans": "LiberationSans",
    "calibri": "Carlito",
    "carlito": "Carlito",
    # Times New Roman, much narrower than the 0.55 em estimate: old 4:3 decks' serif text was
    # found overflowing cards it fitted, and the build shrank and grew boxes for nothing.
    "times new roman": "LiberationSerif",
    "times": "LiberationSerif",
    "liberation serif": "LiberationSerif",
    "courier new": "LiberationMono",
    "liberation mono": "LiberationMono",
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
# A line's height as a multiple of its font size, where a paragraph sets no spacing of its
# own: what PowerPoint draws for single spacing in Arial/Liberation (about 1.15), rounded up.
LINE = 1.2
# The smallest text on a slide: the renderer shrinks text no further, check reports smaller.
MIN_SLIDE_PT = 18
_ESTIMATE_PT = 20.0
# LibreOffice 7.4 wraps a line that these metrics say fits with up to 3 pt to spare (26 pt
# bold Arial in an 826 pt box; its glyph advances are rounded at the size it lays text out
# at), so a box sized to its measured lines and nothing more lost its last line under the
# shape below it (a quiz question under its answer cards). Such text is measured this much
# narrower than its box: WRAP_SHARE of the width and WRAP_PT more.
WRAP_SHARE, WRAP_PT = 0.005, 1.0


def wrap_width(width_pt: float) -> float:
    """The width (points) to count the lines of text in a box ``width_pt`` wide with, where
    a line more than counted would run into what is drawn below it."""
    return width_pt * (1 - WRAP_SHARE) - WRAP_PT


@lru_cache(maxsize=1)
def _font_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in _DIRS:
        if folder.is_dir():
            for path in folder.rglob("*.[ot]tf"):
                found.setdefault(path.stem.lower(), path)
    return found


@lru_cache(maxsize=256)
def font_path(family: str, bold: bool) -> Path | None:
    """The font file text in ``family`` is measured with: its metric twin's (Liberation Sans
    for Arial, Carlito for Calibri: the widths PowerPoint lays out with) or, where no twin is
    installed (Windows, macOS), the font's own file (arial.ttf, arialbd.ttf, calibrib.ttf,
    "Arial Bold.ttf"). None: widths are estimated (see ``fonts_missing``)."""
    files = _font_files()
    own = family.replace(" ", "")
    stems = dict.fromkeys([_TWINS.get(family.lower(), own), own])
    suffixes = ["-Bold", "bd", " Bold", "Bold", "b"] if bold else ["-Regular", "", " Regular"]
    for stem in stems:
        for suffix in suffixes:
            hit = files.get(f"{stem}{suffix}".lower())
            if hit:
                return hit
    return None


# What LibreOffice on Linux draws a font it does not have with (fontconfig's default sans:
# "Calibri Light", which no metric twin covers, came out in DejaVu Sans, far wider).
FALLBACK_FAMILY = "DejaVu Sans"


def drawn_family(family: str) -> str:
    """The family text in ``family`` is drawn with here: itself (or its metric twin) where a
    font file is found, else LibreOffice's fallback where that is installed. For words in a
    box that cannot grow (a chip, a pill), measured as wide as a renderer without the font
    draws them."""
    if font_path(family, False) is not None or font_path(FALLBACK_FAMILY, False) is None:
        return family
    return FALLBACK_FAMILY


def fonts_missing(*families: str) -> list[str]:
    """The families among ``families`` with no font file here to measure text with: their
    text is fitted by average glyph widths, an estimate (a build says so in a note)."""
    return [f for f in dict.fromkeys(families) if font_path(f, False) is None]


@lru_cache(maxsize=128)  # a font object per family, weight and size in use
def _font(family: str, bold: bool, size_pt: float) -> ImageFont.FreeTypeFont | None:
    path = font_path(family, bold)
    if path is None:
        return None
    return ImageFont.truetype(str(path), int(size_pt * _SCALE))


# (text, family, size, bold) -> points. Bounded: about 500 bytes of memory an entry, so at
# most ~4 MiB in a long-running batch worker or web server; one pack measures about 2,000
# distinct texts, the five audiences of a lesson about 5,800.
_WIDTHS: BoundedCache[tuple[str, str, float, bool], float] = BoundedCache(8192)


def text_width(text: str, family: str, size_pt: float, bold: bool = False) -> float:
    """Width of ``text`` in points (kept: the same text is measured once)."""
    key = (text, family, size_pt, bold)
    width = _WIDTHS.get(key)
    if width is None:
        width = _measure(text, family, size_pt, bold)
        _WIDTHS.put(key, width)
    return width


# What LibreOffice on Linux draws text in when a deck names a font the machine lacks
# (fontconfig's default sans): wider than the estimate below for bold text.
FALLBACK_FAMILY = "DejaVu Sans"


def drawn_width(text: str, family: str, size_pt: float, bold: bool = False) -> float:
    """Width of ``text`` in points as it may be drawn: in ``family`` where this machine has
    its file (or a metric twin); where not, the wider of the estimate and the fallback font a
    renderer here substitutes, so a box sized by it holds the text in either."""
    width = text_width(text, family, size_pt, bold)
    if font_path(family, bold) is None and font_path(FALLBACK_FAMILY, bold) is not None:
        width = max(width, text_width(text, FALLBACK_FAMILY, size_pt, bold))
    return width


def _measure(text: str, family: str, size_pt: float, bold: bool) -> float:
    font = _font(family, bold, size_pt)
    if font is None:
        return len(text) * size_pt * (0.6 if bold else 0.55)
    return float(font.getlength(text)) / _SCALE


# Where a line may break: ordinary spaces and tabs. Not a no-break space (str.split() would
# break there): the build holds words together with one ("fault\u00a0·", a name, a phone
# number's groups, a title's last two words) and PowerPoint never breaks a line at it, so a
# line counted there was a line short of what is drawn (and of what `check` counts).
_BREAK_CHARS = " \t\r\f\v"
_BREAKS = re.compile(f"[{_BREAK_CHARS}]+")


@lru_cache(maxsize=16384)
def count_lines(text: str, family: str, size_pt: float, width_pt: float,
                bold: bool = False) -> int:
    """Lines needed when ``text`` is word-wrapped into ``width_pt``; paragraphs on newlines.

    Greedy wrapping, as a text box does it: each line takes words while the line, measured
    whole, still fits (its first word always goes on it). Adding a word only ever widens a
    line, so the number that fits is found from an estimate (the words' own widths, kept
    between calls, scaled to the size) checked by measuring the line with that many words and
    with one more: two measurements a line instead of one per word, and the same answer.
    """
    total = 0
    for para in text.split("\n"):
        words = _BREAKS.split(para.strip(_BREAK_CHARS))
        start, lines = 0, 0
        while start < len(words):
            start += _words_on_line(words, start, family, size_pt, width_pt, bold)
            lines += 1
        total += max(lines, 1)
    return total


def _words_on_line(words: list[str], start: int, family: str, size_pt: float,
                   width_pt: float, bold: bool) -> int:
    left = len(words) - start

    def fits(count: int) -> bool:
        return count == 1 or text_width(" ".join(words[start:start + count]), family,
                                        size_pt, bold) <= width_pt

    scale = size_pt / _ESTIMATE_PT
    space = _word_width(" ", family, bold) * scale
    count, estimate = 1, _word_width(words[start], family, bold) * scale
    while count < left:
        estimate += space + _word_width(words[start + count], family, bold) * scale
        if estimate > width_pt:
            break
        count += 1
    if fits(count):
        while count < left and fits(count + 1):
            count += 1
    else:
        while not fits(count):
            count -= 1
    return count


@lru_cache(maxsize=65536)
def _word_width(word: str, family: str, bold: bool) -> float:
    """About a word's width at 20 pt, for estimates at any size: the sum of its characters'
    advances (kerning and hinting make real widths a little different; the estimate is only
    where the exact search starts)."""
    return sum(_char_width(char, family, bold) for char in word)


@lru_cache(maxsize=4096)
def _char_width(char: str, family: str, bold: bool) -> float:
    return text_width(char, family, _ESTIMATE_PT, bold)


Style = tuple[str, float, bool]  # family, size in points, bold
Piece = tuple[str, Style]


def _width(pieces: list[Piece]) -> float:
    total, text, style = 0.0, "", None
    for chunk, chunk_style in pieces:
        if chunk_style != style and text:
            total += text_width(text, style[0], style[1], style[2])  # type: ignore[index]
            text = ""
        text += chunk
        style = chunk_style
    if text and style is not None:
        total += text_width(text, style[0], style[1], style[2])
    return total


def _words(pieces: list[Piece]) -> list[list[Piece]]:
    """Split styled text at whitespace; a word may run across style changes ("A" + "nswer")."""
    words: list[list[Piece]] = []
    current: list[Piece] = []
    for text, style in pieces:
        for i, part in enumerate(text.split(" ") if text else [""]):
            if i > 0 and current:
                words.append(current)
                current = []
            if part.strip():
                current.append((part.strip(), style))
    if current:
        words.append(current)
    return words


def count_styled_lines(pieces: list[Piece], width: float) -> int:
    """Lines text of differently styled runs needs when wrapped into ``width`` points; "\\n"
    breaks a line. Greedy at spaces like ``count_lines`` (and PowerPoint), measuring each line
    as its same-style stretches (a word may run across style changes, "A" + "nswer"); for
    single-style text the answer is exactly ``count_lines``'s."""
    hard: list[list[Piece]] = [[]]
    for text, style in pieces:
        for i, part in enumerate(text.replace("\t", " ").split("\n")):
            if i:
                hard.append([])
            hard[-1].append((part, style))
    total = 0
    for line in hard:
        lines, current = 1, []  # type: tuple[int, list[Piece]]
        for word in _words(line):
            trial = [*current, (" ", current[-1][1]), *word] if current else word
            if current and _width(trial) > width:
                lines += 1
                current = word
            else:
                current = trial
        total += lines
    return total


@lru_cache(maxsize=32)
def x_height(family: str) -> float:
    """The height of a lower-case "x" in ``family`` at 1 pt (0.0 when the font is not
    found): how large its text reads, beside another font at the same size."""
    font = _font(family, False, 100.0)
    if font is None:
        return 0.0
    top, bottom = font.getbbox("x")[1::2]
    return (bottom - top) / (100.0 * _SCALE)
