"""Fillers two kinds share (a title and a section slide; bullets and key messages): the kinds
differ in layout and look, not in how their text goes in or what is added to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from lessonpack.kinds.base import Filler

if TYPE_CHECKING:
    from lessonpack.kinds.look import Look
    from lessonpack.plan.model import Slide


class HasSubtitle(Protocol):
    @property
    def subtitle_lines(self) -> tuple[str, ...]: ...


class HasPoints(Protocol):
    @property
    def bullets(self) -> tuple[str, ...]: ...

    @property
    def leads(self) -> tuple[str, ...]: ...


def fill_subtitle(filler: Filler, slide: Slide, payload: HasSubtitle) -> None:
    # A title slide's class ("Year 2 · Miss Cole") is a line of its own under the subtitle.
    lines = list(payload.subtitle_lines)
    if slide.kicker and not filler.kicker_placed:
        # No kicker placeholder (a LibreOffice title slide): it leads the subtitle.
        filler.put("subtitle", [slide.kicker, *lines], lead=len(lines) > 0)
    else:
        filler.put("subtitle", lines)


def fill_points(filler: Filler, _slide: Slide, payload: HasPoints) -> None:
    filler.put("body", payload.bullets, bold_prefix=payload.leads)


def points_with_picture(filler: Filler, slide: Slide, look: Look) -> None:
    """The slide's picture beside the points; with none, the points grown to their room."""
    if slide.pictures:
        filler.draw.picture_beside(filler, "body", slide.pictures[0], look, slide.pictures[1:])
    else:
        filler.draw.grow_text(filler, "body", look)


def restack_in_trainers_layout(filler: Filler, slide: Slide, subtitle: tuple[str, ...]
                               ) -> None:
    """A title or section slide in a layout found by its placeholders (a trainer's) has its
    kicker, title and subtitle put back in reading order; ours are in order already.
    ``subtitle``: its lines, one a paragraph."""
    if filler.resolved.how != "name":
        filler.draw.restack_title(filler, slide, subtitle)
