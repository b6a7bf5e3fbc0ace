"""A trainer's title that needs more lines than its box holds takes the height of the band
it sits in.

A template may set its title box in the lower part of a coloured band along the slide's top
(lo5 "blue-curve": a 0.7 in box in a 1.03 in band). A question title of two lines did not fit
the box and was shrunk to 20 pt: a question read from the back of the room at two thirds
the size of its answers. The band is the template's own place for the title: as the title is
put in, its box grows up and down inside the band (an edge kept clear) before its text is
fitted; nothing else moves. A question's box grows as its reveal's ("Answer: " + the
question) would, so the click between the two moves nothing.

Our own layouts grow the title a line down instead (deck_title_room.grow_title);
``title_room`` picks which.
"""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn

from lessonpack.check.measure import LINE, count_lines
from lessonpack.check.pptx_layout_rules import opaque
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_fit import box_size, insets, layout_style, title_face
from lessonpack.render.deck_geometry import INCH, Box
from lessonpack.render.deck_title_room import grow_title, title_lines

# Clear space kept between the grown title box and its band's edges.
EDGE = int(0.06 * INCH)
# A band is a strip: at most this share of the slide's height. A picture behind the whole
# slide (KDE "chalkboard") is no band, and a title grown to it ran down over the cards.
BAND_SHARE = 0.25


def title_room(filler: Filler, ph: Any, text: str = "") -> None:
    """Room for the title's lines, or ``text``'s (a question's reveal): a line more on our
    own layouts, the band's height on a trainer's."""
    if filler.resolved.how == "name":
        grow_title(filler, ph, text)
    else:
        title_into_band(filler, ph, text)


def band_behind(title: Box, beneath: list[Any], view: Any, slide_h: int) -> Box | None:
    """The smallest filled template shape or picture, a strip no taller than BAND_SHARE of
    the slide, the title box lies in across its width (blue-curve's band is a picture)."""
    x, y, w, h = title
    bands = [i.box for i in beneath if opaque(i, view) and i.box[3] <= BAND_SHARE * slide_h
             and i.box[0] <= x and x + w <= i.box[0] + i.box[2]
             and i.box[1] <= y + h // 2 <= i.box[1] + i.box[3]]
    return min(bands, key=lambda b: b[3], default=None)


def _needs_more(filler: Filler, ph: Any, text: str) -> bool:
    """The title's text, or ``text``, at the title's own size takes more height than its
    box holds."""
    layout = filler.resolved.layout
    size, bold, _space, _bulleted = layout_style(ph, layout)
    left, top, right, bottom = insets(ph, layout)
    width, height = (v / EMU_PT for v in box_size(ph, layout))
    need = title_lines(filler, ph)
    runs = ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:r')}")
    if text and runs:
        need = max(need, count_lines(text, title_face(ph, runs[0], filler.brand), size,
                                     width - left - right, bold))
    return need * size * LINE > height - top - bottom


def title_into_band(filler: Filler, ph: Any, text: str = "") -> bool:
    """Grow the title's box to its band's height (less EDGE at each edge) where its text or
    ``text`` needs more than the box; True when it grew."""
    if not _needs_more(filler, ph, text):
        return False
    view = view_of(filler.slide)
    item = next((i for i in view.items if i.el is ph.element), None)
    slide_h = int(filler.slide.part.package.presentation_part.presentation.slide_height or 0)
    band = band_behind(item.box, view.beneath, view, slide_h) if item is not None else None
    if item is None:
        return False
    if band is None:
        if view.background.picture is not None:
            # A picture behind the whole slide (a gloss fading down from the top): where
            # its band ends cannot be measured, and a title grown down ran out of it. The
            # template's title box is where it puts its titles: fitted there, not grown.
            return False
        return _title_down(filler, ph, item, view)
    x, y, w, h = item.box
    top = min(y, band[1] + EDGE)
    bottom = max(y + h, band[1] + band[3] - EDGE)
    if (top, bottom) == (y, y + h):
        return False
    set_box(ph.element, (x, top, w, bottom - top))
    return True


def _title_down(filler: Filler, ph: Any, item: Any, view: Any) -> bool:
    """No band: the title's box grows down, by a line of its size at most, into the free
    room above whatever the template or the slide draws under it (a rule, the body), an EDGE
    clear; True when it grew. A Google Slides export's one-line title box (0.9 in over a
    0.25 in gap to its rule) shrank a two-line title to 24 pt on one line, beside 40 pt
    titles; given the gap, it takes two lines at a size nearer its neighbours'."""
    x, y, w, h = item.box
    foot = y + h
    size = layout_style(ph, filler.resolved.layout)[0]
    below = [i.box[1] for i in [*view.beneath, *view.items]
             if i.el is not ph.element and i.box[1] >= foot - EDGE
             and min(x + w, i.box[0] + i.box[2]) > max(x, i.box[0])]
    bottom = min([*below, foot + int(size * LINE * EMU_PT) + EDGE]) - EDGE
    if bottom <= foot:
        return False
    set_box(ph.element, (x, y, w, bottom - y))
    return True
