"""A teacher's note for one step split into what the teacher does and what they say.

A step's note runs instructions and spoken words together ('Do: show the stream. Ask: "What
might Zainab enjoy?"'). In the lesson plan's step table the words said aloud are set apart
on a tint, so a teacher reads them out at a glance and skims the rest. Only whole spoken
sentences are set apart: those led by "Say:", "Ask:", "Then:" or "Praise:", and quoted
sentences that stand alone; a quote inside a sentence ('thumbs up to "If I tell, I get in
trouble"') stays in its sentence.
"""

from __future__ import annotations

import re

from lessonpack.plan.model import StepLine

# A spoken passage: an optional lead ("Ask:", or "Ask" straight before the quote, labelled
# alike so every spoken line reads the same), the quoted words (which end a sentence), and
# a bracket straight after them (the answers to listen for: "(a skill, cheering, pride)").
_SPOKEN = re.compile(
    r"(?:(?P<lead>\b(?:[Ss]ay|[Aa]sk|[Tt]hen|[Pp]raise))(?::\s*|\s+(?=[\"“])))?"
    r"(?P<quote>[\"“][^\"“”]*[.?!…][\"”])"
    r"(?P<tail>\s*\([^()]*\)\.?)?")
# Where a plain stretch starts a labelled instruction of its own ("Model answer: …",
# "Second adult (Mrs Evans): …", "Safeguarding: …"): a sentence opened by up to three words
# and a colon. Run on inside one paragraph, a step's jobs for the second adult and its
# safeguarding points were lost in the middle of its instructions; each on a line of its
# own under its bold label, the cell reads as a list of short jobs. Not a lead whose second
# word is "is", "are", "was" or "were" ("Kai is sixteen: …"): that is the story's sentence.
_ANY_LEADS = re.compile(
    r"(?:^|(?<=[.?!”\"] ))"
    r"(Do|[A-Z][a-z]+(?: (?!(?:is|are|was|were)\b)[a-z]+){0,2}(?: \([^()]{1,40}\))?):\s+")
# The parents' facilitator notes split at these alone: their cues' own labels ("At any
# age:", "Safeguarding:") are points of one step, kept with it.
_PLAIN_LEADS = re.compile(r"(?:^|(?<=[.?!”\"] ))(Do|Model answer|Then):\s+")
# A quote starts a sentence: at the text's start or after a sentence's end.
_SENTENCE_START = re.compile(r"(?:^|[.?!…”\"]\s*)$")


def split_spoken(text: str, *, labels: bool = False) -> tuple[StepLine, ...]:
    """``text`` as plain instructions and spoken passages, in order; ``labels``: a lesson
    plan's, each labelled instruction ("Second adult: …") on a line of its own."""
    leads = _ANY_LEADS if labels else _PLAIN_LEADS
    lines: list[StepLine] = []
    at = 0
    for found in _SPOKEN.finditer(text):
        # A quote inside a sentence is part of the instruction: so is one led by a small
        # "ask" mid-sentence ('pupils ask "why?"'); one that opens a step is spoken.
        lead = found["lead"] or ""
        if (not lead or lead.islower()) and not _SENTENCE_START.search(text[at:found.start()]):
            continue
        lines += _plain(text[at:found.start()], leads, opening=not lines)
        spoken = found["quote"] + (found["tail"] or "")
        lines.append(StepLine(spoken.strip(), "say",
                              f"{lead.capitalize()}:" if lead else ""))
        at = found.end()
    lines += _plain(text[at:], leads, opening=not lines)
    return tuple(lines)


# A step's opening sentence shorter than this keeps the labelled one after it on its line
# ("Agree the ground rules. Open warmly: …"): alone, it left most of a line empty, and the
# line was what a plan's first step lacked to start on page two under its heading.
SHORT_OPENING = 40
# On a line of their own however short the sentence before: a model answer, and a job for
# someone else in the room or a safeguarding point, never run on after another instruction.
_OWN_LINE = re.compile(r"(?:Do|Model answer|Then|Second adult|Safeguarding|Watch for)\b")


def _plain(text: str, leads: re.Pattern[str], *, opening: bool = False) -> list[StepLine]:
    """A stretch of instructions, split where a labelled one (``leads``: "Model answer:")
    begins."""
    text = text.strip()
    if not text.strip(" .;,"):
        return []
    cuts = list(leads.finditer(text))
    if opening and cuts and not _OWN_LINE.match(cuts[0][1]) \
            and 0 < cuts[0].start() < SHORT_OPENING:
        cuts = cuts[1:]
    if not cuts:
        return [StepLine(text)]
    lines = [StepLine(text[:cuts[0].start()].strip())] if cuts[0].start() else []
    for k, cut in enumerate(cuts):
        end = cuts[k + 1].start() if k + 1 < len(cuts) else len(text)
        label = "" if cut[1] == "Do" else f"{cut[1]}:"
        body = text[cut.end():end].strip()
        if body:
            lines.append(StepLine(body[:1].upper() + body[1:] if not label else body,
                                  label=label))
    return [line for line in lines if line.text]
