"""A chat comment's lines: broken once, at the bubble's own text width, in the font and size
it is drawn in, and written with those breaks; the bubble is as tall as those lines.

The bubbles were sized by one measure (a share of the width held back, or the whole comment
measured in bold) while the renderer wrapped their words by its own, round held-together
words: "Pixel_Pal  Ooh, / a purple cat!" broke where "Ooh, a" fitted, and a bubble sized
for two lines held one. Breaking the lines here, greedily as a phone's chat does, and
writing each break, leaves the renderer nothing to wrap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.oxml.ns import qn

from lessonpack.check.measure import text_width
from lessonpack.render.ooxml import text_body

if TYPE_CHECKING:
    from pptx.shapes.autoshape import Shape

# The last line is a word alone only where giving it the line above's last word would
# leave that line shorter than this share of the width ("I recorded / this whole / stream
# haha" left "this whole" a short middle line where "this whole stream" fitted).
WIDOW_LEAST = 0.6
NAME_GAP = "  "  # between a comment's bold name and its words


def _fits(width: float, room: float) -> bool:
    """A line is kept whole where it fits the bubble's text width as measured, none held
    back. The renderer is told not to wrap the lines again (``write_lines``): a line it
    measures a little wider than this runs into the bubble's padding (0.1 in each side)
    rather than dropping a word onto a line the bubble has no room for. (Held back 2%,
    "ArtLover_Jo  Your / cat's whiskers" broke where LibreOffice set "Your cat's" on the
    first line.)"""
    return width <= room


def chat_lines(user: str, text: str, font: str, size: float, room: float,
               inline: bool = True) -> list[str]:
    """The comment's words as lines in ``room`` points: with ``inline`` the first follows
    the bold name (and is "" where not even the first word fits beside it); else the name
    has a line of its own above them. A word wider than the line has a line to itself."""
    words = text.split()
    lead = text_width(user + NAME_GAP, font, size, True) if inline else 0.0
    lines = _greedy(words, font, size, room, lead)
    # The name alone on its line, the words under it, where the first word does not fit
    # beside it, or is a one-letter word alone there ("ClipMaster  I / recorded this": it
    # reads as part of the name).
    if inline and lines[0] and (
            not _fits(lead + text_width(lines[0][0], font, size), room)
            or (len(lines) > 1 and lines[0] == [words[0]] and len(words[0]) == 1)):
        lines, lead = [[], *_greedy(words, font, size, room, 0.0)], 0.0
    return [" ".join(line) for line in _no_widow(lines, font, size, room, lead)]


def _greedy(words: list[str], font: str, size: float, room: float, lead: float
            ) -> list[list[str]]:
    """``words`` a line at a time, each line taking every word that fits (the first line
    after ``lead`` points: the name)."""
    lines: list[list[str]] = [[]]
    for word in words:
        start = lead if len(lines) == 1 else 0.0
        trial = " ".join([*lines[-1], word])
        if lines[-1] and not _fits(start + text_width(trial, font, size), room):
            lines.append([word])
        else:
            lines[-1].append(word)
    return lines


def _no_widow(lines: list[list[str]], font: str, size: float, room: float, lead: float
              ) -> list[list[str]]:
    """The last line's word alone joined by the line above's last word where that line stays
    well filled and the pair fits ("…just for / me" is "…just / for me")."""
    if len(lines) < 2 or len(lines[-1]) != 1 or len(lines[-2]) < 2:
        return lines
    above, last = lines[-2], lines[-1]
    start = lead if len(lines) == 2 else 0.0
    kept = start + text_width(" ".join(above[:-1]), font, size)
    pair = text_width(" ".join([above[-1], *last]), font, size)
    if kept >= WIDOW_LEAST * room and _fits(pair, room):
        return [*lines[:-2], above[:-1], [above[-1], *last]]
    return lines


def inline_runs(user: str, lines: list[str]) -> tuple[str, list[str]]:
    """The texts of an inline comment's runs, from ``chat_lines``: its bold name (the gap
    after it where words follow on its line) and a run for each line that holds words. The
    name alone on its line is the name, then a break (``write_lines``), with no run for the
    empty line: an empty run is written one way as drawn (``<a:t></a:t>``) and another once
    the slide cache reads a kept slide back (``<a:t/>``), and one deck had two byte forms."""
    if lines and not lines[0]:
        return user, lines[1:]
    return user + NAME_GAP, lines


def write_lines(bubble: Shape, first: int, lines: list[str]) -> None:
    """Each of ``lines`` (``chat_lines``) after the first in its run after a line break in
    that run's size: the bubble's runs from index ``first`` are the lines', one a line, as
    ``inline_runs`` writes them (a first line left empty has no run: its break comes before
    the next line's). The renderer wraps nothing more: the lines are the ones the bubble was
    sized for."""
    bubble.text_frame.word_wrap = False
    runs = list(text_body(bubble.text_frame).iter(qn("a:r")))[first:]
    written = lines if lines[0] else lines[1:]
    # The first line follows the name on its line; past a name alone, every line is broken.
    for n, (run, _line) in enumerate(zip(runs, written, strict=True)):
        if n == 0 and lines[0]:
            continue
        br = run.makeelement(qn("a:br"), {})
        props = run.find(qn("a:rPr"))
        if props is not None:
            # The break's size and language, not its colour: the deck's contrast pass
            # recolours runs, and a break's copy of a theme colour would be left behind.
            br.append(br.makeelement(qn("a:rPr"), dict(props.attrib)))
        run.addprevious(br)
