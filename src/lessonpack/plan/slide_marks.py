"""A plan line names slides by the marks content gives them, "{slides age_rules}", and
prints their numbers in the deck as planned ("slides 17–19", "slides 9 and 12").

A number typed into content ("check age rules (slides 17–19 …)") was right only until the
next deck changed: a slide added before them, or a check cut, and the checklist sent the
teacher to the wrong slides, with nothing to say so. The marks are on the content that
makes the slides (a Part's ``explain_marks``, a check's ``marks``), the deck's planner
copies them onto the slides (``Slide.marks``), and the numbers are counted here, so they
are the deck's whatever a template or a class's route adds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessonpack.plan.counts_and_lists import and_list
from lessonpack.plan.model import DeckPlan
from lessonpack.plan.slide_span import SlideSpan

# "{slides age_rules}", and the ", " or ": " after it, which goes with it where the pack
# has no deck: "(slides 9 and 12: as of …)" is then "(as of …)".
MARKER = re.compile(r"\{slides ([a-z][a-z0-9_]*)\}(, |: )?")


def marked(deck: DeckPlan | None, mark: str) -> list[int]:
    """The numbers of ``deck``'s slides marked ``mark``, in order; none without a deck."""
    return [n for n, s in enumerate(deck.slides, 1) if mark in s.marks] if deck else []


def runs(numbers: Sequence[int]) -> list[SlideSpan]:
    """``numbers`` (in order) as runs of slides one after another: 9, 12, 13 as 9 and
    12–13."""
    spans: list[SlideSpan] = []
    for n in numbers:
        if spans and n == spans[-1].last + 1:
            spans[-1] = SlideSpan(spans[-1].first, n)
        else:
            spans.append(SlideSpan(n, n))
    return spans


def said(numbers: Sequence[int]) -> str:
    """"slides 17–19", "slides 9 and 12", "slide 9"; "" for none."""
    spans = runs(numbers)
    if len(spans) == 1:
        return spans[0].label
    return f"slides {and_list([str(s) for s in spans])}" if spans else ""


def with_marked_slides(line: str, deck: DeckPlan | None) -> str:
    """``line`` with each "{slides mark}" said as the slides marked so in ``deck``; with
    the ", " or ": " after it left out too where no slide is (a plan built without its
    deck)."""
    def one(found: re.Match[str]) -> str:
        numbers = marked(deck, found[1])
        return f"{said(numbers)}{found[2] or ''}" if numbers else ""
    return MARKER.sub(one, line)
