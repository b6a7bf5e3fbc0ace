"""A section slide opening each learning cycle: its title and what pupils will be able to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from lessonpack.kinds._shared import fill_subtitle, restack_in_trainers_layout
from lessonpack.kinds.base import SUBTITLE, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class SectionSlide:
    kind: ClassVar[str] = "section"
    subtitle: str = ""


def picture_and_order(filler: Filler, slide: Slide, payload: SectionSlide, look: Look
                      ) -> None:
    """The section's picture on a disc at the right, its text kept clear of it."""
    if slide.pictures:
        filler.draw.section_picture(filler, slide.pictures[0], look)
    restack_in_trainers_layout(filler, slide, payload.subtitle)


KIND = SlideKind(
    "section", SectionSlide, layout("LP Section", subtitle=SUBTITLE),
    "a section layout (title + subtitle or text)", fill_subtitle, match=Match.SECTION, order=10,
    decorate=picture_and_order)
