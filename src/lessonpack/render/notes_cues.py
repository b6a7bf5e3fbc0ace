"""Speaker notes as cue lines, each opening with its label in bold.

A presenter glances at the notes pane mid-lesson: "Story (3 min): Do: … Ask: … Say: …" in one
plain paragraph hid the cue they needed. Each paragraph is split where a cue starts ("Do:",
"Say:", "Ask:", "If asked:", a year group's route, a second adult's job), outside quoted words,
and each line's label (a step with its minutes, a cue, the part's clock) is set in a bold run.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from lxml import etree

from lessonpack.render.deck_text import LANG, add_run, emptied
from lessonpack.render.ooxml import A, set_lang

_P, _RPR = f"{{{A}}}p", f"{{{A}}}rPr"

# A cue said inside a paragraph, which starts a line of its own.
_INLINE = re.compile(r"(?:Do|Say|Ask|Then ask|If asked|Second adult"
                     r"|Model answer(?: to “[^”]{1,120}”)?"
                     r"|Years? \d+(?:[–-]\d+)?(?: only)?)(?: \([^()]{1,40}\))?: ")
# A cue timed inside a step ("Ask (1 min):" within "Task (6 min): …") stays in the step's
# line: on a line of its own it read as minutes more than the step's. After a year group's
# route or a second adult's job it starts a line again: it is the teacher's step, and on
# the "Years 5–6:" line a Year 4 teacher skipped their own closing question.
_TIMED = re.compile(r"\(\d+ min")
_ASIDE = re.compile(r"Second adult|Years? \d")
# What may end the text before an inline cue: a sentence, a clause or a step's label.
_BEFORE = (". ", ": ", "; ", "? ", "! ", ") ", "” ", '" ')
# A line's label: a step or cue of up to four words, with an optional bracket ("Story
# (3 min):", "If asked:", "Model answer to “…”:"), or the part's clock ("Section 0:06–0:20
# (14 min; at 0:20 be on slide 15).").
_LABEL = re.compile(r"^(?:Section \d+:\d\d–\d+:\d\d \([^()]+\)\.?"
                    r"|Model answer to “[^”]{1,120}”:"
                    r"|[A-Z][\w'’-]*(?: [\w'’&–-]+){0,3}(?: \([^()]{1,80}\))?:)(?=\s|$)")


def cue_lines(notes: str) -> list[tuple[str, str]]:
    """``notes`` as (bold label, rest) lines: each paragraph split before its inline cues."""
    out: list[tuple[str, str]] = []
    for paragraph in notes.split("\n"):
        for line in _split(paragraph):
            found = _LABEL.match(line)
            label = found[0] if found else ""
            out.append((label, line[len(label):]))
    return out


def _split(paragraph: str) -> list[str]:
    """The paragraph cut before each cue that starts outside quotation marks."""
    quoted = _quoted(paragraph)
    cuts: list[int] = []
    line = _INLINE.match(paragraph)  # the cue the current line opens with, if any
    for m in _INLINE.finditer(paragraph):
        if m.start() == 0 or quoted[m.start()] or not paragraph[:m.start()].endswith(_BEFORE):
            continue
        if _TIMED.search(m[0]) and not (line and _ASIDE.match(line[0])):
            continue
        cuts.append(m.start())
        line = m
    if not cuts:
        return [paragraph]
    bounds = [0, *cuts, len(paragraph)]
    return [paragraph[a:b].strip() for a, b in pairwise(bounds)
            if paragraph[a:b].strip()]


def _quoted(text: str) -> list[bool]:
    """For each character, whether it is inside “…” or "…"."""
    inside, out = False, []
    for ch in text:
        if ch == "“" or (ch == '"' and not inside):
            out.append(inside)
            inside = True
        elif ch == "”" or ch == '"':
            out.append(inside)
            inside = False
        else:
            out.append(inside)
    return out


def fill_notes(body: Any, notes: str, size_pt: int) -> None:
    """The notes text body ``body`` (a p:txBody) holding ``notes``, one paragraph a cue line,
    its label in a bold run, every run at ``size_pt``."""
    first = emptied(body)
    for i, (label, rest) in enumerate(cue_lines(notes)):
        p = first if i == 0 else etree.SubElement(body, _P)
        if label:
            add_run(p, label, bold=True)
        if rest or not label:
            add_run(p, rest, bold=False)
    set_lang(body, LANG)
    for rpr in body.iter(_RPR):
        rpr.set("sz", str(size_pt * 100))
