"""Which template layout each slide kind uses, and which placeholder holds each part.

Our own template (and a trainer's copy of it) has layouts named in the manifest below, with
placeholders addressed by idx. A template without those names (made in PowerPoint, saved by
LibreOffice, exported from Google Slides) is matched by its placeholders instead; see
deck_match. Either way the result is a ``ResolvedLayout`` per kind, and a template lacking
what some kind needs gets one error listing everything missing and what is available.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pptx.presentation import Presentation
from pptx.slide import SlideLayout

from lessonpack.errors import UserError, problem_at
from lessonpack.plan.model import SlideKind
from lessonpack.render.deck_geometry import Box

TITLE, SUBTITLE, BODY, KICKER, SIDE, REGION = 0, 1, 1, 13, 14, 15
LEFT_HEADING, LEFT, RIGHT_HEADING, RIGHT = 14, 15, 16, 17


@dataclass(frozen=True)
class LayoutSpec:
    name: str
    # role -> placeholder idx; roles in ``optional`` may be missing from a trainer's copy.
    slots: dict[str, int]
    optional: frozenset[str] = frozenset({"kicker"})

    @property
    def placeholders(self) -> frozenset[int]:
        return frozenset(self.slots.values())

    @property
    def required(self) -> dict[str, int]:
        return {r: i for r, i in self.slots.items() if r not in self.optional}


def _spec(name: str, optional: tuple[str, ...] = (), **slots: int) -> LayoutSpec:
    return LayoutSpec(name, {"title": TITLE, "kicker": KICKER, **slots},
                      frozenset({"kicker", *optional}))


MANIFEST: dict[SlideKind, LayoutSpec] = {
    SlideKind.TITLE: _spec("LP Title", subtitle=SUBTITLE),
    SlideKind.SECTION: _spec("LP Section", subtitle=SUBTITLE),
    SlideKind.BULLETS: _spec("LP Bullets", body=BODY),
    SlideKind.TWO_COLUMN: _spec("LP Two Column", ("left_heading", "right_heading"),
                                left_heading=LEFT_HEADING, left=LEFT,
                                right_heading=RIGHT_HEADING, right=RIGHT),
    SlideKind.SCENARIO: _spec("LP Scenario", ("side",), side=SIDE, region=REGION),
    SlideKind.QUIZ_QUESTION: _spec("LP Quiz Question", body=BODY),
    SlideKind.QUIZ_ANSWERS: _spec("LP Quiz Answers", body=BODY),
    SlideKind.KEY_MESSAGES: _spec("LP Key Messages", body=BODY),
    SlideKind.SIGNPOSTING: _spec("LP Signposting", ("body",), body=BODY, region=REGION),
    SlideKind.CHART: _spec("LP Chart", ("side",), side=SIDE, region=REGION),
}

# What each kind needs, in words, for the error listing what a template lacks.
NEEDS: dict[SlideKind, str] = {
    SlideKind.TITLE: "a title slide layout (title + subtitle)",
    SlideKind.SECTION: "a section layout (title + subtitle or text)",
    SlideKind.BULLETS: "a title and content layout (title + one text box)",
    SlideKind.TWO_COLUMN: "a two content layout (title + two text boxes side by side)",
    SlideKind.SCENARIO: "a title only layout with an empty area for the mock live stream",
    SlideKind.QUIZ_QUESTION: "a title and content layout (title + one text box)",
    SlideKind.QUIZ_ANSWERS: "a title and content layout (title + one text box)",
    SlideKind.KEY_MESSAGES: "a title and content layout (title + one text box)",
    SlideKind.SIGNPOSTING: "a title only layout with an empty area for the help cards",
    SlideKind.CHART: "a title only layout with an empty area for the chart",
}


@dataclass(frozen=True)
class Clone:
    """A master placeholder to copy onto each slide (a LibreOffice master holds a whole
    layout's placeholders); optionally moved, resized or restyled."""

    source: Any  # the master's p:sp element
    box: Box | None = None
    size_pt: int | None = None
    bold: bool | None = None


@dataclass(frozen=True)
class ResolvedLayout:
    """A layout for one slide kind: placeholders by role, and boxes for what has none."""

    kind: SlideKind
    layout: SlideLayout
    how: str  # "name" or "placeholders"
    slots: dict[str, int]  # role -> placeholder idx (unique within the layout)
    region: Box | None = None  # drawing area when the layout has no region placeholder
    boxes: dict[str, Box] = field(default_factory=dict)  # role -> text box when no placeholder
    notes: tuple[str, ...] = ()
    clones: dict[str, Clone] = field(default_factory=dict)  # role -> master placeholder copy
    title_from: Any = None  # master title whose place and look the slide title takes

    def describe(self) -> str:
        master = self.layout.slide_master
        masters = list(self.layout.part.package.presentation_part.presentation.slide_masters)
        where = f" (master {masters.index(master) + 1})" if len(masters) > 1 else ""
        how = "by name" if self.how == "name" else "by placeholders: " + ", ".join(
            sorted({*self.slots, *self.clones})) + (", drawing area" if self.region else "")
        if self.clones:
            how += " (from the master's own placeholders)"
        extra = "".join(f"; {n}" for n in self.notes)
        return f"{self.kind.value}: layout {self.layout.name!r}{where}, {how}{extra}"


def resolve_layouts(prs: Presentation, source: str) -> dict[SlideKind, ResolvedLayout]:
    """Find a layout for every slide kind, or raise one LP130 error listing all that is missing.

    Layouts named in the manifest win; every other kind is matched by placeholders.
    """
    from lessonpack.render.deck_match import make_idx_unique, match_kind

    layouts = [layout for master in prs.slide_masters for layout in master.slide_layouts]
    make_idx_unique(layouts)
    by_name: dict[str, SlideLayout] = {}
    for layout in layouts:
        by_name.setdefault(layout.name, layout)
    found: dict[SlideKind, ResolvedLayout] = {}
    missing: dict[str, list[str]] = {}  # what is needed -> the slide kinds that need it
    size = (int(prs.slide_width), int(prs.slide_height))
    for kind, spec in MANIFEST.items():
        named = by_name.get(spec.name)
        notes: tuple[str, ...] = ()
        if named is not None:
            have = {ph.placeholder_format.idx for ph in named.placeholders}
            lacking = sorted(set(spec.required.values()) - have)
            if not lacking:
                found[kind] = ResolvedLayout(kind, named, "name", {
                    role: idx for role, idx in spec.slots.items() if idx in have})
                continue
            notes = (f"{spec.name!r} lacks placeholders idx {lacking}",)
        match = match_kind(kind, layouts, size, found)
        if match is None:
            need = NEEDS[kind] + (f" ({notes[0]})" if notes else "")
            missing.setdefault(need, []).append(kind.value.replace("_", " "))
            continue
        found[kind] = replace(match, notes=(*notes, *match.notes))
    if missing:
        wanted = "; ".join(f"{need} for {_and(kinds)} slides" for need, kinds in missing.items())
        available = "; ".join(_summary(layout) for layout in layouts) or "none"
        raise UserError(problem_at(source, "LP130", f"template lacks {wanted} (available "
                                   f"layouts: {available})"))
    return found


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _summary(layout: SlideLayout) -> str:
    from lessonpack.render.deck_match import placeholder_summary

    return f"{layout.name!r} [{placeholder_summary(layout)}]"
