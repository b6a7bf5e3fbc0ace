"""The letter home's sentence on which part of RSHE the school teaches the lesson in.

Secondary schools teach relationships, sex and health education (RSHE): relationships and
sex education (RSE) and health education. Parents may ask to withdraw their child from sex
education only, never from relationships or health education (DfE statutory guidance, 2025).
Which part a lesson on sexual images and sextortion belongs to is the school's policy
decision, not the teacher's. A brand or school file that says so (``rse_lesson``) gets one
finished sentence; one that does not keeps the bracketed choice for the school to make.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content.brand import RsePart

# The choice as the lesson files write it, then the rest of its sentence (the policy's
# fill-in). Line breaks in the lesson file are spaces by now (YAML folds them). Relationships
# education comes first: the guidance's secondary RSE topic "Online and media", where this
# lesson's content sits, is not sex education unless the school's policy makes it so.
CHOICE = ("[relationships education / health education / sex education (you may ask to "
          "withdraw your child)]")
_SENTENCE = re.compile(re.escape(CHOICE) + r"(?P<rest>[^.]*)\.")

# Relationships or health education: every pupil takes it. Said with why, so a parent who
# asks to withdraw reads the rule, not a refusal. The letter's first paragraph already offers
# the materials, so this sentence does not offer them again.
_EVERY_PUPIL = ("{part} education{rest}. Every pupil takes it: parents may ask to withdraw "
                "their child from sex education only, not from relationships or health "
                "education.")
# Sex education: the right to ask to withdraw is from sex education only, so the letter names
# it; a lesson that teaches where to get help is one to talk over before a parent decides, as
# the statutory guidance advises.
_SEX = ("sex education{rest}, and you may ask to withdraw your child from this lesson: "
        "please talk to us first.")


def withdrawable(rse_lesson: RsePart | None) -> bool | None:
    """Whether the letter offers parents the right to withdraw: True for sex education,
    False for relationships or health education, None while the school has not said."""
    return None if rse_lesson is None else rse_lesson == "sex"


def settle_rse(paragraphs: Sequence[str], rse_lesson: RsePart | None) -> tuple[str, ...]:
    """``paragraphs`` with the RSHE choice made as ``rse_lesson`` says; unchanged when the
    school has not said (None)."""
    if rse_lesson is None:
        return tuple(paragraphs)
    said = _SEX if rse_lesson == "sex" else _EVERY_PUPIL
    return tuple(_SENTENCE.sub(lambda m: said.format(part=rse_lesson, rest=m.group("rest")), p)
                 for p in paragraphs)
