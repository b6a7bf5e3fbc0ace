"""The manifest tying slide kinds to template layouts (by name) and placeholders (by idx).

A trainer's own template must offer these layout names and placeholder idx values; a check at
load time lists everything missing in one error.
"""

from __future__ import annotations

from dataclasses import dataclass

from pptx.presentation import Presentation
from pptx.slide import SlideLayout

from lessonpack.errors import UserError, problem_at
from lessonpack.plan.model import SlideKind

TITLE, SUBTITLE, BODY, KICKER, SIDE, REGION = 0, 1, 1, 13, 14, 15
LEFT_HEADING, LEFT, RIGHT_HEADING, RIGHT = 14, 15, 16, 17


@dataclass(frozen=True)
class LayoutSpec:
    name: str
    placeholders: frozenset[int]


def _spec(name: str, *idx: int) -> LayoutSpec:
    return LayoutSpec(name, frozenset((TITLE, KICKER, *idx)))


MANIFEST: dict[SlideKind, LayoutSpec] = {
    SlideKind.TITLE: _spec("LP Title", SUBTITLE),
    SlideKind.SECTION: _spec("LP Section", SUBTITLE),
    SlideKind.BULLETS: _spec("LP Bullets", BODY),
    SlideKind.TWO_COLUMN: _spec("LP Two Column", LEFT_HEADING, LEFT, RIGHT_HEADING, RIGHT),
    SlideKind.SCENARIO: _spec("LP Scenario", SIDE, REGION),
    SlideKind.QUIZ_QUESTION: _spec("LP Quiz Question", BODY),
    SlideKind.QUIZ_ANSWERS: _spec("LP Quiz Answers", BODY),
    SlideKind.KEY_MESSAGES: _spec("LP Key Messages", BODY),
    SlideKind.SIGNPOSTING: _spec("LP Signposting", BODY, REGION),
    SlideKind.CHART: _spec("LP Chart", SIDE, REGION),
}


def resolve_layouts(prs: Presentation, source: str) -> dict[SlideKind, SlideLayout]:
    """Find every layout the manifest needs, or raise one error listing all that is missing."""
    by_name = {layout.name: layout for layout in prs.slide_layouts}
    found: dict[SlideKind, SlideLayout] = {}
    missing: list[str] = []
    for kind, spec in MANIFEST.items():
        layout = by_name.get(spec.name)
        if layout is None:
            missing.append(f"layout {spec.name!r}")
            continue
        have = {ph.placeholder_format.idx for ph in layout.placeholders}
        lacking = sorted(spec.placeholders - have)
        if lacking:
            missing.append(f"{spec.name!r} placeholders idx {lacking}")
            continue
        found[kind] = layout
    if missing:
        available = ", ".join(repr(n) for n in by_name) or "none"
        raise UserError(problem_at(source, "LP130", "template lacks " + "; ".join(missing)
                                   + f" (available layouts: {available})"))
    return found
