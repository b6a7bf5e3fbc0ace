"""The letter home's sentence on how the school teaches the lesson: RSE or health education.

Whether a secondary lesson on sexual images is sex education (which parents may ask to
withdraw their child from) or health education (which they cannot) is the school's policy
decision, not the teacher's. A brand or school file that says so (``rse_lesson``) gets one
finished sentence; one that does not keeps the bracketed choice for the school to make.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The choice as the lesson files write it, then the rest of its sentence (the policy's
# fill-in). Line breaks in the lesson file are spaces by now (YAML folds them).
CHOICE = ("[health education / relationships and sex education (you may ask to withdraw "
          "your child)]")
_SENTENCE = re.compile(re.escape(CHOICE) + r"(?P<rest>[^.]*)\.")

# Taught as RSE: parents may ask to withdraw their child, so the letter says so plainly.
_RSE = ("relationships and sex education{rest}, and you may ask to withdraw your child from "
        "this lesson.")
# Taught as health education: no right to withdraw, and the materials are open to parents.
_HEALTH = ("health education{rest}: parents cannot withdraw their child from it, and you "
           "can see the materials beforehand.")


def settle_rse(paragraphs: Sequence[str], rse_lesson: bool | None) -> tuple[str, ...]:
    """``paragraphs`` with the RSE choice made as ``rse_lesson`` says (True: RSE, False:
    health education); unchanged when the school has not said (None)."""
    if rse_lesson is None:
        return tuple(paragraphs)
    said = _RSE if rse_lesson else _HEALTH
    return tuple(_SENTENCE.sub(lambda m: said.format(rest=m.group("rest")), p)
                 for p in paragraphs)
