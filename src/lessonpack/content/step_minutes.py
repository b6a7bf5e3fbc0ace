"""The minutes a parents' session script gives each step, read as the facilitator notes'
clock reads them (plan/parents/session_steps.py): a paragraph that opens "Name (4 min):", "Name
(two minutes, in pairs):" or "Name (2 min)." is a step of that many minutes. The content
check uses it so that a typo in a step's minutes ("(eleven min)", a word the clock cannot
read, or "(13 min)" in a seven-minute Part) is refused with the file and field, not printed
as a step that vanished or a Part that runs into the next one.
"""

from __future__ import annotations

import re

# The words a script may use for a step's minutes.
NUMBERS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten"), 1)}
# A paragraph opening a step with its minutes: the step's name, then "(N min" or "(N minutes".
_STEP = re.compile(r"^(?P<name>[A-Z][^\n(:.]{0,40}?)\s*\((?P<n>[^\s,()]+) min(?:ute)?s?\b",
                   re.M)


def minutes_word(word: str) -> int | None:
    """``word`` ("4", "four") as minutes, None where the clock cannot read it."""
    return int(word) if word.isdigit() else NUMBERS.get(word)


def step_minutes(script: str) -> list[int]:
    """Each timed step's minutes in ``script``, in order; a ValueError naming the step whose
    minutes are not a number the clock reads."""
    found = []
    for match in _STEP.finditer(script):
        minutes = minutes_word(match["n"])
        if minutes is None:
            raise ValueError(f"the step \u201c{match['name'].strip()}\u201d gives its minutes as "
                             f"\u201c{match['n']}\u201d: write a number (4) or one of "
                             f"{', '.join(NUMBERS)}")
        found.append(minutes)
    return found


def check_steps_fit(script: str, minutes: int, field: str) -> None:
    """A ValueError when ``script``'s timed steps add up to more than the Part's
    ``minutes`` (the notes' clock would run the Part into the next)."""
    total = sum(step_minutes(script))
    if total > minutes:
        raise ValueError(f"{field}: its timed steps add up to {total} min, more than the "
                         f"Part's {minutes}: the steps' minutes must fit the Part")
