"""Every lesson carries signposting and sound safeguarding notes (LP164, LP165).

The schema requires every part of the safeguarding notes (LP102 when one is missing; LP163,
which said so again here, is retired). The lint checks what the schema cannot: who pupils are
pointed to, and the steps the brief (section 4.3) asks every pack to include.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

SIGNPOST = "LP164"
ADVICE = "LP165"

# Helplines a child can use without an adult's help; a pupil lesson must name one of them.
PUPIL_SIGNPOSTS = ("childline", "trusted_adult")

# Soft checks (warnings): steps every set of disclosure notes and ground rules should have,
# recognised by a word any phrasing of them is likely to use.
_ADVICE = [
    ("disclosure", re.compile(r"\bDSL\b|designated safeguarding lead", re.IGNORECASE),
     "the disclosure steps never say to pass concerns to the Designated Safeguarding Lead "
     "(DSL)"),
    ("disclosure", re.compile(r"promise|secret|confidential", re.IGNORECASE),
     "the disclosure steps never say not to promise to keep a secret"),
    ("ground_rules", re.compile(r"\bpass\b|opt out|sit out", re.IGNORECASE),
     "the ground rules do not include the right to pass"),
]


def _check(loaded: LoadedItem) -> list[Problem]:
    item = loaded.item
    safeguarding = item.safeguarding
    problems = []
    if not item.signposting:
        problems.append(problem(loaded, ("signposting",), SIGNPOST,
                                "no signposting; every lesson ends by saying where to get help"))
    elif item.audience.is_pupils and not set(PUPIL_SIGNPOSTS) & set(item.signposting):
        problems.append(problem(
            loaded, ("signposting",), SIGNPOST,
            "a pupil lesson must signpost childline or trusted_adult, help a child can reach "
            "on their own"))
    for part, pattern, message in _ADVICE:
        texts = [getattr(t, "text", t) for t in getattr(safeguarding, part)]
        if texts and not any(pattern.search(t) for t in texts):
            problems.append(problem(loaded, ("safeguarding", part), ADVICE, message))
    return problems


def check_safeguarding(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
