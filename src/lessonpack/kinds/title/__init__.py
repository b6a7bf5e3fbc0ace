"""The title slide: the lesson's title, a subtitle, and who and how long it is for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from lessonpack.kinds._shared import fill_subtitle, restack_in_trainers_layout
from lessonpack.kinds.base import SUBTITLE, DrawingSlot, Filler, Match, SlideKind, layout

if TYPE_CHECKING:
    from lessonpack.content.picture_library import Picture
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


@dataclass(frozen=True)
class TitleSlide:
    kind: ClassVar[str] = "title"
    line: str = ""  # the line under the title
    # The class it is built for, "Year 2 · Miss Cole" (empty: none named), on a line of
    # its own: in the capitals of the kicker above the title it read as "YEAR 2 (MISS COLE)".
    taught: str = ""

    @property
    def subtitle_lines(self) -> tuple[str, ...]:
        """What goes under the title: its line, then the class, one a paragraph."""
        return tuple(t for t in (self.line, self.taught) if t)


class DrawsArt(Protocol):
    def __call__(self, filler: Filler, pictures: tuple[Picture, ...], look: Look) -> None: ...


# The age's pictures on our title layout (render/deck_cover_art.title_art), and on a trainer's
# own (render/deck_cover.cover_art): kinds/title/drawing.py.
TITLE_ART: DrawingSlot[DrawsArt] = DrawingSlot("title_art")
COVER_ART: DrawingSlot[DrawsArt] = DrawingSlot("cover_art")


def art_and_order(filler: Filler, slide: Slide, payload: TitleSlide, look: Look) -> None:
    """The age's pictures on our title layout; on a trainer's, inside its own circle if it
    has one (render/deck_cover.py), and the visiting team credited."""
    if slide.pictures and filler.resolved.how == "name":
        filler.drawing(TITLE_ART)(filler, slide.pictures, look)
    elif filler.resolved.how != "name":
        filler.drawing(COVER_ART)(filler, slide.pictures, look)
    restack_in_trainers_layout(filler, slide, payload.subtitle_lines)


KIND = SlideKind(
    "title", TitleSlide, layout("LP Title", subtitle=SUBTITLE),
    "a title slide layout (title + subtitle)", fill_subtitle, match=Match.TITLE, order=0,
    decorate=art_and_order, notes_mark_examples=True)
