"""The timed steps a part's notes are written in: one paragraph each, "Story (2 min): …".

Read by the deck (plan/cycle_steps.py puts each step of a learning cycle on the slide where it
happens) and by ``lessonpack validate`` (LP157 warns where a cycle names none of them).
"""

from __future__ import annotations

import re

# A step's minutes as written after its name: "(2 min)", also "(2 mins)" or "(1 minute)".
# The one spelling every reader of a step's time uses (the deck, validate, the plan's step
# table), so a step validate counts is never one the plan leaves off the clock.
_UNIT = r"\((\d+)\s*min(?:ute)?s?\)"
MINUTES = re.compile(r"\s*" + _UNIT)
# "Story (2 min):" at the start of a paragraph: the step's name and minutes.
STEP = re.compile(r"^([A-Z][^\n(:]{0,40}?)\s*" + _UNIT + r"\s*:")
# The steps a learning cycle's slides are made for, by the name's first word: "Say" opens
# (the explanation, or the story where no "Story" step tells it), KS1's "Ending" is the
# story's ending told as the check's answer.
# These are the places every deck has; a slide kind adds its own step where it declares a
# place in a Part (kinds/base.CyclePlace), and plan/cycle_steps.placed() gives them all.
PLACED = ("say", "story", "explain", "check", "ending", "task", "feedback")


def step_of(paragraph: str) -> tuple[str, int] | None:
    """("Story", 2) for "Story (2 min): …", else None."""
    found = STEP.match(paragraph.strip())
    return (found[1].strip(), int(found[2])) if found else None


def kind(name: str) -> str:
    """ "story" for "Story", "check" for "Check and discuss" and for "Check, then vote": a
    step's name by its first word, a comma after it dropped."""
    return name.split()[0].lower().rstrip(",;") if name.strip() else ""
