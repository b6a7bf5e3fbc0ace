"""Words a template ships as sample text for its owner to replace.

Trainers' templates carry placeholder wording in plain text boxes on their masters and
layouts: "Your Name / Your Title / 1st Line of Your Organization" on chtsai-impress/klee2's
title master, "Course Name", "Lorem ipsum", "Click to add text". Text boxes are drawn on every
slide of their layout, and lessonpack fills only placeholders, so such wording would stand
beside the lesson's title in front of a class. The build leaves these boxes out of the built
deck (``render/deck_template_text.drop_sample_template_text``) and `check` names them as sample
text, both by this one test.
"""

from __future__ import annotations

import re

# Wording that only ever means "replace me". Kept narrow on purpose: a template's real credit
# line, organisation name or date must never match (a match is taken out of the deck).
_SAMPLE = re.compile(
    r"\byour\s+(?:name|title|organi[sz]ation|company|logo|text\s+here|subtitle)\b"
    r"|\b(?:1st|2nd|3rd|first|second|third)\s+line\s+of\b"
    r"|\blorem\s+ipsum\b"
    r"|\bcourse\s+name\b|\bmore\s+description\s+about\b"
    r"|\b(?:presenter|speaker|author|company)(?:'s)?\s+name\b"
    r"|\btitle\s+of\s+(?:the\s+)?(?:lecture|presentation|talk)\b"
    r"|\b(?:click|tap)\s+(?:here\s+)?to\s+(?:add|edit|insert)\b",
    re.IGNORECASE,
)


def is_sample_text(text: str) -> bool:
    """Whether ``text`` (a whole text box's words) is a template's sample wording."""
    return bool(_SAMPLE.search(" ".join(text.split())))
