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
CHOICE = "[health education / sex education (you may ask to withdraw your child)]"
_SENTENCE = re.compile(re.escape(CHOICE) + r"(?P<rest>[^.]*)\.")

# Taught as RSE: the right to ask to withdraw is from sex education only (not relationships
# or health education), so the letter names sex education; a lesson that teaches where to get
# help is one to talk over before a parent decides, as the statutory guidance advises.
_RSE = ("sex education{rest}, and you may ask to withdraw your child from this lesson: "
        "please talk to us first.")
# Taught as health education: no right to withdraw. The letter's first paragraph already
# offers the materials, so this sentence does not offer them again.
_HEALTH = "health education{rest}. Every pupil takes it: there is no right to withdraw from it."


def settle_rse(paragraphs: Sequence[str], rse_lesson: bool | None) -> tuple[str, ...]:
    """``paragraphs`` with the RSE choice made as ``rse_lesson`` says (True: RSE, False:
    health education); unchanged when the school has not said (None)."""
    if rse_lesson is None:
        return tuple(paragraphs)
    said = _RSE if rse_lesson else _HEALTH
    return tuple(_SENTENCE.sub(lambda m: said.format(rest=m.group("rest")), p)
                 for p in paragraphs)
