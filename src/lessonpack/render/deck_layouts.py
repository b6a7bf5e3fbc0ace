"""Which template layout each slide kind uses, and which placeholder holds each part.

Our own template (and a trainer's copy of it) has layouts named in the manifest below, with
placeholders addressed by idx. A template without those names (made in PowerPoint, saved by
LibreOffice, exported from Google Slides) is matched by its placeholders instead; see
deck_match. Either way the result is a ``ResolvedLayout`` per kind the template can serve,
and ``LayoutGaps`` for the kinds it cannot: a deck is refused (LP130, one error listing
everything missing and what is available) only when it has slides of such a kind.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from pptx.presentation import Presentation
from pptx.slide import SlideLayout

from lessonpack.errors import Problem, UserError, problem_at
from lessonpack.kinds import registry
from lessonpack.kinds.base import LayoutSpec
from lessonpack.plan.counts_and_lists import and_list
from lessonpack.render.deck_match import make_idx_unique, match_kind, matching, placeholder_summary
from lessonpack.render.deck_resolved import ResolvedLayout
from lessonpack.render.ooxml.placeholders import each_placeholder

# The smallest slide lessonpack fills (EMU): its text is at least 18 pt, and a slide smaller
# than this has no room for a title and a few lines of it.
MIN_SLIDE = (int(7.5 * 914400), int(4.2 * 914400))


def layout_specs() -> dict[str, LayoutSpec]:
    """Our template's layout for each slide kind, by kind name; each kind module declares its
    own."""
    return {kind.name: kind.layout for kind in registry.kinds()}


@dataclass(frozen=True)
class LayoutGaps:
    """The slide kinds a template has no layout for, and what each needs. Plain data, so a
    look carries it to the build's check of each pack's planned deck (build/run.py)."""

    source: str  # the template, as problems name it
    needs: dict[str, str]  # kind name -> what it needs (and why a named layout fell short)
    available: str  # the template's layouts and their placeholders, for the message

    def refusal(self, kinds: Collection[str], decks: Sequence[str] = ()) -> Problem | None:
        """LP130 naming what is missing for ``kinds`` (in the registry's order, grouped by
        what they need); None when the template serves them all. ``decks`` names the packs
        whose decks have those slides, when only some decks do."""
        missing: dict[str, list[str]] = {}  # what is needed -> the slide kinds that need it
        for kind in registry.kinds():
            if kind.name in kinds and kind.name in self.needs:
                missing.setdefault(self.needs[kind.name], []).append(
                    kind.name.replace("_", " "))
        if not missing:
            return None
        wanted = "; ".join(f"{need} for {and_list(kinds)} slides"
                           for need, kinds in missing.items())
        of = f" in {and_list(list(decks))}" if decks else ""
        return problem_at(self.source, "LP130", f"template lacks {wanted}{of} (available "
                          f"layouts: {self.available})")


def resolve_layouts(prs: Presentation, source: str, wanted: Collection[str] | None = None
                    ) -> dict[str, ResolvedLayout]:
    """A layout for each kind in ``wanted`` (every kind when None: a template checked for
    any deck), or one LP130 error listing all that is missing."""
    found, gaps = find_layouts(prs, source)
    problem = gaps.refusal(wanted if wanted is not None else [k.name for k in registry.kinds()])
    if problem is not None:
        raise UserError(problem)
    return found


def find_layouts(prs: Presentation, source: str
                 ) -> tuple[dict[str, ResolvedLayout], LayoutGaps]:
    """The layout of every slide kind the template serves, and the gaps: what the others need.

    Layouts named as our template names them win; every other kind is matched by
    placeholders, and a kind whose layout is optional takes its fallback kind's layout.
    Every kind is looked for, whichever kinds a deck has, so a kind's layout never depends
    on which other kinds a deck uses (the section slide is matched unlike the title slide's).
    """
    layouts = [layout for master in prs.slide_masters for layout in master.slide_layouts]
    make_idx_unique(layouts)
    by_name: dict[str, SlideLayout] = {}
    for layout in layouts:
        by_name.setdefault(layout.name, layout)
    if prs.slide_width is None or prs.slide_height is None:
        # Every deck PowerPoint writes has a slide size; without one nothing can be placed.
        raise UserError(problem_at(source, "LP130", "template has no slide size "
                                   "(p:sldSz in ppt/presentation.xml); re-save it in "
                                   "PowerPoint or LibreOffice"))
    size = (int(prs.slide_width), int(prs.slide_height))
    if size[0] < MIN_SLIDE[0] or size[1] < MIN_SLIDE[1]:
        # A thumbnail-sized deck (an Apache POI test file is 2 x 1.2 in): no lesson text at
        # 18 pt fits, and building it gave 131 overflowing boxes.
        raise UserError(problem_at(source, "LP130", (
            f"template's slides are {size[0] / 914400:.2f} x {size[1] / 914400:.2f} in, too "
            f"small for lesson text at 18 pt (at least {MIN_SLIDE[0] / 914400:g} x "
            f"{MIN_SLIDE[1] / 914400:g} in: Google Slides' 10 x 5.625 in and PowerPoint's "
            "13.33 x 7.5 in both work); change its slide size (Design > Slide Size) and "
            "retry")))
    with matching():  # each layout's roles and boxes worked out once (deck_match)
        found, needs = _each_kind(layouts, by_name, size)
    # Described only for a template with gaps (only a refusal shows it).
    available = ("; ".join(_summary(layout) for layout in layouts) or "none") if needs else ""
    return found, LayoutGaps(source, needs, available)


def _each_kind(layouts: list[SlideLayout], by_name: dict[str, SlideLayout],
               size: tuple[int, int]) -> tuple[dict[str, ResolvedLayout], dict[str, str]]:
    """``find_layouts``' search, kind by kind: the layout each kind takes, and what each kind
    the template lacks needs."""
    found: dict[str, ResolvedLayout] = {}
    needs: dict[str, str] = {}  # kind -> what it needs, for the kinds the template lacks
    for kind in registry.kinds():
        spec = kind.layout
        named = by_name.get(spec.name)
        notes: tuple[str, ...] = ()
        if named is not None:
            have = {ph.placeholder_format.idx for ph in each_placeholder(named.placeholders)}
            lacking = sorted(set(spec.required.values()) - have)
            if not lacking:
                found[kind.name] = ResolvedLayout(kind.name, named, "name", {
                    role: idx for role, idx in spec.slots.items() if idx in have})
                continue
            notes = (f"{spec.name!r} lacks placeholders idx {lacking}",)
        match = None if kind.match is None else match_kind(kind.name, kind.match, layouts,
                                                           size, found)
        if match is not None:
            found[kind.name] = replace(match, notes=(*notes, *match.notes))
        elif kind.fallback is not None and kind.fallback in found:
            # Kinds are resolved after the kinds they fall back to (the registry orders them).
            fallback = found[kind.fallback]
            found[kind.name] = replace(fallback, kind=kind.name, notes=(
                *notes, *fallback.notes, f"no layout of its own: uses the {kind.fallback} "
                "slides' layout"))
        elif kind.fallback is not None:
            needs[kind.name] = needs[kind.fallback]  # missing with the layout it borrows
        else:
            needs[kind.name] = kind.needs + (f" ({notes[0]})" if notes else "")
    return found, needs


def _summary(layout: SlideLayout) -> str:
    return f"{layout.name!r} [{placeholder_summary(layout)}]"
