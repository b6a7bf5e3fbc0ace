"""Line counts of text made of differently styled runs, with real font metrics.

Wraps greedily at spaces like lessonpack.render.textfit.count_lines (and PowerPoint), measuring each
line as its same-style stretches; for single-style text the result is exactly textfit's.
Fonts that are not installed fall back to textfit's documented average glyph width.
"""

from __future__ import annotations

from lessonpack.render.textfit import text_width

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


def count_lines(pieces: list[Piece], width: float) -> int:
    """Lines the styled text needs when wrapped into ``width`` points; "\\n" breaks a line."""
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
