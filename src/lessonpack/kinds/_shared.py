"""Fillers two kinds share (a title and a section slide; bullets and key messages): the kinds
differ in layout and look, not in how their text goes in or what is added to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from lessonpack.kinds.base import Filler

MSO_SHAPE_RECT = 1  # MSO_SHAPE.RECTANGLE, without importing pptx at module load

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide
    from lessonpack.render.deck_design import Filler as DeckFiller


class HasSubtitle(Protocol):
    @property
    def subtitle(self) -> str: ...


class HasPoints(Protocol):
    @property
    def bullets(self) -> tuple[str, ...]: ...

    @property
    def leads(self) -> tuple[str, ...]: ...


def fill_subtitle(filler: Filler, slide: Slide, payload: HasSubtitle) -> None:
    lines = [payload.subtitle] if payload.subtitle else []
    if slide.kicker and not filler.kicker_placed:
        # No kicker placeholder (a LibreOffice title slide): it leads the subtitle.
        filler.put("subtitle", [slide.kicker, *lines], lead=len(lines) > 0)
    else:
        filler.put("subtitle", lines)


def fill_points(filler: Filler, _slide: Slide, payload: HasPoints) -> None:
    filler.put("body", payload.bullets, bold_prefix=payload.leads)


def points_with_picture(filler: DeckFiller, slide: Slide, look: Any) -> None:
    """The slide's picture beside the points; with none, the points grown to their room."""
    from lessonpack.render.deck_design import grow_text, picture_beside

    if getattr(slide.payload, "scale", False):
        from lessonpack.render.deck_scale import scale_under

        scale_under(filler, "body", look, slide.pictures)
    elif slide.pictures:
        picture_beside(filler, "body", slide.pictures[0], look, slide.pictures[1:])
    else:
        grow_text(filler, "body", look)


def outcome_panel(filler: DeckFiller, slide: Slide, look: Any) -> None:
    """Key messages and the lesson's goal: in our own layout its panel and bar are the
    layout's; in a trainer's plain text layout the same tinted panel with a bar down its
    left is drawn behind the text, the text centred in it and the picture kept smaller, so
    the goal reads as the slide's point, not as a caption."""
    from lessonpack.render.deck_design import grow_text, picture_beside

    if filler.resolved.how == "name":
        points_with_picture(filler, slide, look)
        return
    from pptx.enum.text import MSO_ANCHOR

    from lessonpack.render.deck_clone import set_box
    from lessonpack.render.deck_design import box_of, placeholder
    from lessonpack.render.deck_drawings import T, _shape

    ph = placeholder(filler.slide, filler.slots.get("body"))
    if ph is None:
        return
    x, y, w, h = box_of(ph)
    inch = 914400
    panel = _shape(filler.slide.shapes, MSO_SHAPE_RECT, (x, y, w, h), T.BACKGROUND_2,
                   "Outcome panel")
    panel.text_frame.text = ""
    _shape(filler.slide.shapes, MSO_SHAPE_RECT, (x, y, int(0.14 * inch), h), T.ACCENT_1,
           "Outcome panel bar")
    # Behind the text (drawn after it, then moved before it in the shape tree).
    for shape in ("Outcome panel", "Outcome panel bar"):
        el = next(sh for sh in filler.slide.shapes if sh.name == shape)._element
        ph._element.addprevious(el)
    pad = int(0.35 * inch)
    set_box(ph._element, (x + pad, y + pad // 2, w - 2 * pad, h - pad))
    ph.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    if slide.pictures:
        from dataclasses import replace

        smaller = replace(look, picture_share=look.picture_share * 0.6)
        picture_beside(filler, "body", slide.pictures[0], smaller, slide.pictures[1:])
    else:
        grow_text(filler, "body", look)


def restack_in_trainers_layout(filler: DeckFiller, slide: Slide) -> None:
    """A title or section slide in a layout found by its placeholders (a trainer's) has its
    kicker, title and subtitle put back in reading order; ours are in order already."""
    from lessonpack.render.deck_design import restack_title

    if filler.resolved.how != "name":
        restack_title(filler, slide)
