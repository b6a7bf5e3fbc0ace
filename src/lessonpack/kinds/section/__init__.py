"""A section slide opening each learning cycle: its title and what pupils will be able to do,
beside the cycle's picture, or (11-16s) a crop of the cycle's own story scene."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds._shared import fill_subtitle, restack_in_trainers_layout
from lessonpack.kinds.base import (
    SUBTITLE,
    DrawingSlot,
    Filler,
    LayoutEdit,
    Match,
    SlideKind,
    layout,
)

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.look import Look
    from lessonpack.kinds.payloads import StreamScreen
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class SectionSlide:
    kind: ClassVar[str] = "section"
    subtitle: str = ""
    # The room of the cycle's story (its stream's video, without the stream around it),
    # drawn large in place of the picture disc: an older class's part opens on its scene.
    scene: StreamScreen | None = None
    # A later part of the same story (no scene of its own): its room after the stream, the
    # chair empty and the phone lit (render/deck_stream_scene ``after``).
    after_stream: bool = False

    @property
    def subtitle_lines(self) -> tuple[str, ...]:
        """What goes under the title: the part's outcome, one paragraph (none when empty)."""
        return (self.subtitle,) if self.subtitle else ()


class DrawsPicture(Protocol):
    def __call__(self, filler: Filler, picture: Picture, look: Look) -> None: ...


# The picture on a disc at the right: kinds/section/drawing.py (render/deck_cover_art draws it).
PICTURE: DrawingSlot[DrawsPicture] = DrawingSlot("section_picture")


class DrawsScene(Protocol):
    def __call__(self, filler: Filler, scene: StreamScreen, after: bool, look: Look
                 ) -> None: ...


# The story's room at the right, framed like a still from the stream:
# kinds/section/scene.py.
SCENE: DrawingSlot[DrawsScene] = DrawingSlot("section_scene")


class SetsCase(Protocol):
    def __call__(self, filler: Filler) -> None: ...


# The title as written, never in a template's capitals: render/deck_section_case.py.
AS_WRITTEN: DrawingSlot[SetsCase] = DrawingSlot("section_title_as_written")


# The short accent rule a template draws where the picture disc goes, taken off the layout
# when the deck's section slides carry pictures: kinds/section/drawing.py.
RULE_UNDER_PICTURE = LayoutEdit("section_rule_under_picture")


def picture_and_order(filler: Filler, slide: Slide, payload: SectionSlide, look: Look
                      ) -> None:
    """The section's title as written (sentence case, whatever the template's capitals
    setting), its scene or its picture on a disc at the right, its text kept clear of it."""
    filler.drawing(AS_WRITTEN)(filler)  # before the title is balanced and refitted
    if payload.scene is not None:
        filler.drawing(SCENE)(filler, payload.scene, payload.after_stream, look)
    elif slide.pictures:
        filler.drawing(PICTURE)(filler, slide.pictures[0], look)
    restack_in_trainers_layout(filler, slide, payload.subtitle_lines)


KIND = SlideKind(
    "section", SectionSlide, layout("LP Section", subtitle=SUBTITLE),
    "a section layout (title + subtitle or text)", fill_subtitle, match=Match.SECTION, order=10,
    decorate=picture_and_order, edit_layout=RULE_UNDER_PICTURE)
