"""What matching found for one slide kind: its layout, the placeholder for each part, and
boxes for what has none (``ResolvedLayout``), and a box cut to the slide (``on_slide``).

Kept apart from deck_layouts, which finds them, and deck_match, which makes them, so that
imports between the two go one way: deck_layouts imports deck_match, and both import this.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from pptx.slide import SlideLayout

from lessonpack.render.deck_geometry import Box


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
    """A layout for one slide kind: placeholders by role, and boxes for what has none.
    Frozen, its mappings read-only: a template's layouts are worked out once and kept
    (render/pptx._inspect_template), so every deck and look built on it is handed the same
    ones, and a change made for one would reach the next."""

    kind: str  # the slide kind's name
    layout: SlideLayout
    # How it was found: by our layout's name, or by its placeholders (render/deck_match.py).
    how: Literal["name", "placeholders"]
    slots: Mapping[str, int]  # role -> placeholder idx (unique within the layout)
    region: Box | None = None  # drawing area when the layout has no region placeholder
    boxes: Mapping[str, Box] = field(default_factory=dict)  # role -> box when no placeholder
    notes: tuple[str, ...] = ()
    clones: Mapping[str, Clone] = field(default_factory=dict)  # role -> master placeholder copy
    title_from: Any = None  # master title whose place and look the slide title takes
    # role -> where to draw when that placeholder's area is drawn instead of filled: a
    # trainer's content area kept clear of its title rule and footers (deck_match.ROOM).
    drawn_in: Mapping[str, Box] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("slots", "boxes", "clones", "drawn_in"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))

    def describe(self) -> str:
        master = self.layout.slide_master
        masters = list(self.layout.part.package.presentation_part.presentation.slide_masters)
        where = f" (master {masters.index(master) + 1})" if len(masters) > 1 else ""
        how = "by name" if self.how == "name" else "by placeholders: " + ", ".join(
            sorted({*self.slots, *self.clones})) + (", drawing area" if self.region else "")
        if self.clones:
            how += " (from the master's own placeholders)"
        extra = "".join(f"; {n}" for n in self.notes)
        return f"{self.kind}: layout {self.layout.name!r}{where}, {how}{extra}"


def on_slide(box: Box, size: tuple[int, int]) -> Box:
    """``box`` cut to the slide: a template's picture placeholder may run past its edge (a
    conference deck's 'title and image' area is 10.5 in wide on a 10 in slide), and a
    drawing sized to it ran off the slide (LPC306)."""
    x, y, w, h = box
    left, top = max(0, x), max(0, y)
    right, bottom = min(size[0], x + w), min(size[1], y + h)
    if right <= left or bottom <= top:
        return box  # wholly off the slide: left as it is, for the check to name
    return left, top, right - left, bottom - top
