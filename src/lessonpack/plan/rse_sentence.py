"""The letter home's sentence on which part of RSHE the school teaches the lesson in.

Secondary schools teach relationships and sex education (RSE) and health education; the
primary subject, relationships education, is not a secondary one, so a secondary letter
never names it. Parents may ask to withdraw their child from the sex education part of RSE
only, never from its relationships part or from health education; from three terms before
the pupil turns 16, the pupil may choose to receive sex education whatever the parents
asked (DfE statutory guidance, 2025: content/facts.yml S-RSHE25). Which part a lesson on
sexual images and sextortion belongs to is the school's policy decision, not the teacher's.
A brand or school file that says so (``rse_lesson``) gets one finished sentence; one that
does not gets the three parts as tick boxes in a paragraph of their own after the choice's,
under one short yellow field, for the school to tick once on the copy it photocopies (the
choice as one long bracketed sentence mid-paragraph could not be printed as it was).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.content.brand import RSE_PART_WORDS, RsePart
from lessonpack.content.model import Audience
from lessonpack.content.parts import RSE_CHOICE

# The choice as the lesson files write it (the content refuses a letter with
# ``rse_withdrawal`` that words it otherwise), then the rest of its sentence (the policy's
# fill-in). Line breaks in the lesson file are spaces by now (YAML folds them).
CHOICE = RSE_CHOICE
_SENTENCE = re.compile(r"(?P<lead>The lesson is taught in )?" + re.escape(CHOICE)
                       + r"(?P<rest>[^.]*)\.\s?")

_PART = RSE_PART_WORDS

# The relationships part or health education: every pupil takes it. Said with why, so a
# parent who asks to withdraw reads the rule, not a refusal. The letter's first paragraph
# already offers the materials, so this sentence does not offer them again.
EVERY_PUPIL = ("Every pupil takes it, with no right to withdraw: that right is for sex "
               "education only.")
# Sex education: the right to ask to withdraw is from sex education only, so the letter names
# it; a lesson that teaches where to get help is one to talk over before a parent decides, as
# the statutory guidance advises.
WITHDRAW = "you may ask to withdraw your child from it: please talk to us first."
# KS4 pupils are 14 to 16: from three terms before they turn 16 the choice is theirs, and the
# guidance asks schools to make sure pupils know it, so their parents are told too.
OWN_CHOICE = "From three terms before 16, your child can choose it themselves."
# The same, while the school has not said which part the lesson is: a yellow field that
# goes with the choice (deleted unless the school picks sex education). Kept for a lesson
# file that still writes it; the tick lines say it on the sex education line instead.
OWN_CHOICE_FIELD = "[If sex education: from three terms before 16, your child may choose it.]"
# While the school has not said: its one field, over the three parts as tick boxes
# (a box in front of each, not a slash between them, so the choice reads as a choice).
TICK_FIELD = "[tick one before copying]"
BOX = "\u2610"
TICK_LEAD = f"The lesson's part of our RSHE {TICK_FIELD}:"
TICK_EVERY = "every pupil takes it"
TICK_WITHDRAW = "you may ask to withdraw your child (talk to us first)."


def withdrawable(rse_lesson: RsePart | None) -> bool | None:
    """Whether the letter offers parents the right to withdraw: True for sex education,
    False for relationships or health education, None while the school has not said."""
    return None if rse_lesson is None else rse_lesson == "sex"


def _said(rse_lesson: RsePart, match: re.Match[str], audience: Audience) -> str:
    """The choice's sentence as the school's answer."""
    own = audience is Audience.KS4
    lead, rest = match.group("lead") or "", match.group("rest")
    end = " " if match.group(0).endswith(" ") else ""
    if rse_lesson == "sex":
        return (f"{lead}{_PART['sex']}{rest}, and {WITHDRAW}" + (f" {OWN_CHOICE}" if own else "")
                + end)
    return f"{lead}{_PART[rse_lesson]}{rest}. {EVERY_PUPIL}{end}"


def tick_lines(audience: Audience) -> str:
    """The three parts as tick boxes under the school's field (a KS4 pupil's own right on
    the sex education line)."""
    own = f" {OWN_CHOICE}" if audience is Audience.KS4 else ""
    # The two parts every pupil takes share a line: a line each left a host school's KS4
    # letter, with two local helplines, under a centimetre above its reply slip.
    return "\n".join((TICK_LEAD,
                      f"{BOX} the relationships part of our RSE or {BOX} health education: "
                      f"{TICK_EVERY}",
                      f"{BOX} the sex education part of our RSE: {TICK_WITHDRAW}{own}"))


def _unsaid(paragraph: str, audience: Audience) -> str:
    """The paragraph without the choice's sentence, the tick lines at its end (the choice
    left mid-sentence when the lesson file words it otherwise: there, "the part ticked")."""
    def cut(match: re.Match[str]) -> str:
        if match.group("lead"):
            return ""
        return f"the part of our RSHE ticked below{match.group('rest')}. "
    cut_out = _SENTENCE.sub(cut, paragraph).rstrip()
    return f"{cut_out}\n{tick_lines(audience)}" if cut_out != paragraph.rstrip() else paragraph


def settle_rse(paragraphs: Sequence[str], rse_lesson: RsePart | None,
               audience: Audience = Audience.KS3) -> tuple[str, ...]:
    """``paragraphs`` with the RSHE choice made as ``rse_lesson`` says (tick lines under a
    field when the school has not said, None)."""
    if rse_lesson is None:
        return tuple(_unsaid(p, audience) for p in paragraphs)
    return tuple(_SENTENCE.sub(lambda m: _said(rse_lesson, m, audience), p)
                 for p in paragraphs)


# The letter's settled part, confirmed against the school's own RSHE policy before it goes:
# a lesson on nude images and sextortion is one many policies class as sex education, where
# parents' right to withdraw applies, and the letter must not deny a right the policy gives.
_CONFIRM = {
    "relationships": "Letter home: it says every pupil takes this lesson (the relationships "
                     "part of our RSE). Check our RSHE policy classes it so; if it is sex "
                     "education, the right to withdraw applies: ask whoever made the pack for "
                     "that letter.",
    "health": "Letter home: it says every pupil takes this lesson (health education). Check "
              "our RSHE policy classes it so; if it is sex education, the right to withdraw "
              "applies: ask whoever made the pack for that letter.",
    "sex": "Letter home: it offers parents the right to withdraw (sex education). Check our "
           "RSHE policy classes it so; at short notice, move the lesson, not the letter.",
}


def confirm_line(rse_lesson: RsePart) -> str:
    """The plan's checklist line that has the school confirm the letter's part of RSHE."""
    return _CONFIRM[rse_lesson]
