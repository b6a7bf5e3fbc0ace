"""Our title slide's words as one composed group: kicker, title and subtitle a fixed gap
apart, centred on the cover's height beside its pictures, clear of a school's logo.

The layout keeps each in a fixed box (kicker at 1.45 in, a title box to 4.65 in anchored to
its foot, subtitle from 4.85 in): a one-line title then sat two inches under its kicker,
which read as a stray label, and a school's logo plate crowded that kicker from above. The
boxes are set on the slide from the words' measured height, so a two-line title and a
one-line one both read as kicker-title-subtitle.
"""

from __future__ import annotations

from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Inches

from lessonpack.kinds.base import Filler
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_fit import text_height
from lessonpack.render.deck_geometry import box_of
from lessonpack.render.ooxml.placeholders import placeholder
from lessonpack.render.shape_names import LOGO_PANEL

COVER_LAYOUT = "LP Title"
GAP = int(Inches(0.15))  # between boxes; with their 0.05 in insets, ~0.25 in between words
SLACK = int(Inches(0.1))  # on the side away from the group's middle: rounding, never a gap
CLEAR = int(Inches(0.3))  # under a logo plate
EDGE = int(Inches(0.5))  # from the slide's top edge without one


def _layout_shape_box(slide: Slide, name: str) -> tuple[int, int, int, int] | None:
    shape = next((s for s in slide.slide_layout.shapes if s.name == name), None)
    return box_of(shape) if shape is not None else None


def _logo_box(slide: Slide) -> tuple[int, int, int, int] | None:
    """A school's logo plate, or the slot a cover without a logo keeps for it
    (deck_logo_slot): the cover's words go under it."""
    return _layout_shape_box(slide, LOGO_PANEL) or _layout_shape_box(slide, "Logo slot")


def _anchor(ph: object, where: str) -> None:
    body = ph.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")  # type: ignore[attr-defined]
    if body is not None:
        body.set("anchor", where)


def compose_cover(filler: Filler) -> None:
    """On our own title layout, stack the kicker, title and subtitle that have words."""
    slide = filler.slide
    if slide.slide_layout.name != COVER_LAYOUT or filler.resolved.how != "name":
        return
    brand = filler.brand
    parts = []
    for role in ("kicker", "title", "subtitle"):
        ph = placeholder(slide, filler.slots.get(role))
        if ph is not None and ph.text_frame.text.strip():
            font = brand.heading_font if role == "title" else brand.body_font
            parts.append((role, ph, text_height(ph, font)))
    if not any(role == "title" for role, _ph, _h in parts):
        return
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    stripe = _layout_shape_box(slide, "Accent stripe")
    foot = (stripe[1] if stripe is not None else height) - EDGE
    plate = _logo_box(slide)
    top_limit = plate[1] + plate[3] + CLEAR if plate is not None else EDGE
    block = sum(h for _r, _p, h in parts) + GAP * (len(parts) - 1)
    # Centred on the cover's height above the stripe (where its pictures are centred), moved
    # down only as far as a logo needs, and up only as far as the stripe needs.
    top = max(top_limit, (foot + EDGE) // 2 - block // 2)
    top = min(top, foot - block)
    y = top
    for role, ph, h in parts:
        x, w = int(ph.left or 0), int(ph.width or 0)
        if role == "subtitle":  # grows downwards, away from the title
            set_box(ph.element, (x, y, w, h + SLACK))
            _anchor(ph, "t")
        else:  # grows upwards, away from what is under it
            set_box(ph.element, (x, y - SLACK, w, h + SLACK))
            _anchor(ph, "b")
        y += h + GAP
