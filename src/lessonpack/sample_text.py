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

# Whole phrases that only ever mean "replace me". A text box is sample text only when every
# line of it is one of them, so a real line that merely contains the words ("Supporting your
# organisation since 1990", a credit naming the presenter) is kept: a match is taken out.
_PHRASE = (
    r"your\s+(?:name|title|organi[sz]ation|company(?:\s+name)?|logo|text\s+here|subtitle)"
    r"|(?:1\s*st|2\s*nd|3\s*rd|first|second|third)\s+line\s+of\s+your\s+"
    r"(?:organi[sz]ation|company|address)"
    r"|lorem\s+ipsum\b.*"
    r"|course\s+name|more\s+description\s+about\s+the\s+course"
    r"|(?:presenter|speaker|author|company)(?:'s)?\s+name"
    r"|title\s+of\s+(?:the\s+)?(?:lecture|presentation|talk)"
    r"|(?:click|tap)\s+(?:here\s+)?to\s+(?:add|edit|insert)(?:\s+\w+){0,3}"
)
_LINE = re.compile(rf"\s*(?:{_PHRASE})\s*[.:]?\s*", re.IGNORECASE)


def is_sample_text(text: str) -> bool:
    """Whether ``text`` (a whole text box's words, its paragraphs on their own lines) is a
    template's sample wording: every non-empty line a whole sample phrase."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_LINE.fullmatch(" ".join(line.split())) for line in lines)
