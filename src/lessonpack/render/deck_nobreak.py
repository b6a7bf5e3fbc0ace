"""Words with a hyphen or a range with a dash kept whole on a slide's lines.

LibreOffice and PowerPoint may break a line after a hyphen or an en dash: "Tell a grown-/up."
on KS1's ground rules, "Instagram 13–/15" on KS4's age rules, "live-/streamed" in a parents'
figure (designer s10start F17/F14). lessonpack measures a word as everything between spaces,
so a break inside one also made the text a line longer than measured.

A WORD JOINER (U+2060) goes after the mark: zero width, no glyph, and it forbids a break on
either side. A non-breaking hyphen (U+2011) would replace the hyphen's own glyph, and Carlito
(LibreOffice's stand-in for Calibri) has none: it came from a fallback font; a joiner keeps
each face's own hyphen and dash. Only on the slides: notes and documents are read, not
projected, and keep their text as written.

Left alone: a [bracketed field] a school fills in (found by its exact text) and code-like
tokens (deck_quotes' kept spans), and a dash between spaces (a pause, not a compound).
"""

from __future__ import annotations

import re
from typing import Any

from lessonpack.plan.quotes import KEPT_SPANS as KEPT
from lessonpack.render.ooxml import A

JOINER = "\u2060"
# An address a reader may copy (a web or email address, a path): an invisible joiner inside
# it would break it when pasted.
_ADDRESS = re.compile(r"\S*(?:/|@|[^\W_]\.[^\W\d_])\S*")
_T = f"{{{A}}}t"
# A hyphen between letters ("grown-up", "live-streamed"), or a hyphen or en dash between
# digits ("13–15", "5-7"); never one that already has its joiner.
_JOIN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|(?<=\d)[-\u2013](?=\d)")


# A middle dot between list items ("not your fault · don't pay · report"): the space before
# it held, so no line starts with a dot (designer s10 final #7, KS4 "Amara's reply").
_DOT = " \u00b7 "


def keep_whole(text: str) -> str:
    """``text`` with a joiner after each in-word hyphen and each dash of a number range,
    outside kept spans (a [field], code), and each list dot held to the word before it."""
    if text.count(_DOT) >= 3:  # a list, not a kicker ("Cycle 2 · Check 1 of 2 · Answer")
        text = text.replace(_DOT, "\u00a0\u00b7 ")
    if "-" not in text and "\u2013" not in text:
        return text
    kept = [False] * len(text)
    for span in (*KEPT.finditer(text), *_ADDRESS.finditer(text)):
        for i in range(span.start(), span.end()):
            kept[i] = True
    out = []
    last = 0
    for mark in _JOIN.finditer(text):
        if kept[mark.start()]:
            continue
        out.append(text[last:mark.end()])
        out.append(JOINER)
        last = mark.end()
    out.append(text[last:])
    return "".join(out)


def join_words(tree: Any) -> None:
    """Every run of text under ``tree`` (a slide's shape tree) with its compounds and ranges
    kept whole. Run by run: a hyphen never ends a run in what lessonpack writes."""
    for t in tree.iter(_T):
        if t.text:
            joined = keep_whole(t.text)
            if joined != t.text:
                t.text = joined
