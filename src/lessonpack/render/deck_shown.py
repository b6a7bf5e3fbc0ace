"""Speaker notes that talk only about what the slide shows: a stream drawn in a small area
lets its oldest comments scroll off, and a child's watching scene shows only the message
that pops up, so the notes' list of comments "for discussion" keeps only those drawn
(the notes asked five-year-olds about comments they could not see)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from lessonpack.render.ooxml import A

if TYPE_CHECKING:
    from lessonpack.kinds.payloads import StreamComment

# The plan's line (plan/deck/cycle.py): "Comments, for discussion: “text” (user): kind; ..."
_LINE = re.compile(r"^Comments, for discussion: (?P<items>.*)\.$")
# A user may carry its own bracket: "Ama_M (Gran)", whose account the child types on.
_ITEM = re.compile(r"“(?P<text>.*?)” \((?P<user>(?:[^()]|\([^()]*\))*)\): [a-z ]+")


def slide_words(slide_element: etree._Element) -> str:
    """Every word drawn on the slide, runs joined, spaces evened out."""
    return " ".join(" ".join(t.text or "" for t in slide_element.iter(f"{{{A}}}t")).split())


def unshown(comments: Sequence[StreamComment], drawn: str) -> tuple[str, ...]:
    """The texts of the comments whose words are not on the slide."""
    return tuple(c.text for c in comments if " ".join(c.text.split()) not in drawn)


def trim_notes(notes: str, hidden: Sequence[str]) -> str:
    """``notes`` with the comments in ``hidden`` left out of its "for discussion" line
    (the line goes when none is left)."""
    if not hidden:
        return notes
    lines = []
    for line in notes.split("\n"):
        found = _LINE.match(line)
        if found:
            items = [m.group(0) for m in _ITEM.finditer(found["items"])
                     if m["text"] not in hidden]
            if not items:
                continue
            line = "Comments, for discussion: " + "; ".join(items) + "."
        lines.append(line)
    return "\n".join(lines)
