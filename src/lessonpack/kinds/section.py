"""A section slide opening each learning cycle: its title and what pupils will be able to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from lessonpack.kinds._shared import fill_subtitle
from lessonpack.kinds.base import SUBTITLE, SlideKind, layout


@dataclass(frozen=True)
class SectionSlide:
    kind: ClassVar[str] = "section"
    subtitle: str = ""


KIND = SlideKind(
    "section", SectionSlide, layout("LP Section", subtitle=SUBTITLE),
    "a section layout (title + subtitle or text)", fill_subtitle, match="section", order=10)
