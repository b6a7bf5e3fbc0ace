"""Teacher notes as a script: one paragraph per stage, each stage's label bold."""

from __future__ import annotations

import re

from lessonpack.plan.model import Paragraph

# "Say (3 min): …", "Watch for: …", "Key message (CEOP): …": a stage label a teacher scans
# for, up to four words with an optional bracket, then a colon.
_LABEL = re.compile(r"^((?:[A-Z][\w'’-]*)(?: [\w'’&-]+){0,3}(?: \([^()]{1,40}\))?:)\s+(.+)$",
                    re.DOTALL)


def script(notes: str) -> list[Paragraph]:
    """Teacher notes, one paragraph per stage, each stage's label ("Say (3 min):") bold."""
    out = []
    for line in (x.strip() for x in notes.split("\n")):
        if not line:
            continue
        match = _LABEL.match(line)
        out.append(Paragraph(match[2], label=match[1]) if match else Paragraph(line))
    return out
