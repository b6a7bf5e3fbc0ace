"""Where content's words part into sentences: one rule for every layer.

A card's kept sentences (``Signpost.kept``) are recorded by their place: the content
validator accepts ``keep_with_first`` as whole sentences, the planner counts the places and
the renderer reads them back. A place is only a mark if all three count the same way, so
they all split here; a change to the rule (an abbreviation, a number after a full stop)
moves every end together.
"""

from __future__ import annotations

import re

# A sentence ends at a full stop, question or exclamation mark followed by white space.
_END = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    """``text``'s sentences in order, each with its closing mark; one (the text stripped)
    where there is no end inside it, ``[""]`` for blank text."""
    return _END.split(text.strip())


def first_sentence(text: str) -> str:
    """``text``'s first sentence (the whole stripped text where it has only one)."""
    return sentences(text)[0]
