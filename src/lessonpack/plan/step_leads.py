"""The words set in bold at the start of a numbered safety step, so the action reads first.

A step's lead is its first sentence when it has more than one ("Stay calm and kind."), or
its words up to a colon or semicolon ("Act immediately:"). A one-sentence step, or a first
sentence too long to read at a glance, is cut at its first comma or "and" that follows at
least four words ("Record what the child said"), so a list such as "look at, copy or
forward" is never cut in two; a short step with no such break is bold whole.
"""

from __future__ import annotations

import re

# A sentence's end: ., ? or ! (perhaps closing a quote) then a space.
_SENTENCE_END = re.compile(r"[.?!][\"'\u201d\u2019]?(?=\s)")
_COLON = re.compile(r"[:;](?=\s)")
_CLAUSE = re.compile(r",(?=\s)|(?=\sand\s)")
_MIN_WORDS = 4
_GLANCE_WORDS = 18  # a longer first sentence is cut at a clause


def step_lead(step: str) -> str:
    """The start of ``step`` to set in bold (a prefix of it, never empty for text)."""
    text = step.rstrip()
    marks = [m.end() for m in (_SENTENCE_END.search(text), _COLON.search(text)) if m]
    lead = text[:min(marks)] if marks else text
    if marks and len(lead.split()) <= _GLANCE_WORDS:
        return lead
    for clause in _CLAUSE.finditer(lead):
        if len(lead[:clause.start()].split()) >= _MIN_WORDS:
            return lead[:clause.start()]
    return lead
