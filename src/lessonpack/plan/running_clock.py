"""The lesson's running clock in the presenter's notes: where each part starts and ends,
and on which slide the next part begins."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from lessonpack.errors import expect
from lessonpack.plan.model import Slide


def minutes(n: int) -> str:
    return f"{n} min"


def clock(minute: int) -> str:
    """ "0:06": the lesson's running clock, hours and minutes since it started."""
    return f"{minute // 60}:{minute % 60:02d}"


def section_timing(start: int, length: int) -> str:
    """ "Section 0:06–0:20 (14 min)": where the clock should be at a part's first slide and
    when it should move on, as the plan's running sheet has it; a slide's own activity says
    "This slide: …" instead, so the two are never mixed up."""
    return f"Section {clock(start)}–{clock(start + length)} ({minutes(length)})"


_SECTION = re.compile(r"^(Section \d+:\d\d–(\d+:\d\d) \(\d+ min)\)", re.M)


def next_part_slides(slides: list[Slide]) -> list[Slide]:
    """Each part's clock line also says where the next part starts: "Section 0:06–0:20
    (14 min; at 0:20 be on slide 15)", counted in the finished deck's order."""
    starts = [i for i, s in enumerate(slides) if _SECTION.search(s.notes)]
    out = list(slides)
    for i, j in pairwise(starts):
        m = expect(_SECTION.search(slides[i].notes), "the clock line found above")
        notes = (f"{slides[i].notes[:m.start()]}{m[1]}; at {m[2]} be on slide {j + 1})"
                 f"{slides[i].notes[m.end():]}")
        out[i] = replace(slides[i], notes=notes)
    return out
