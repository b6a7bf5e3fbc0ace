"""A stream widened into lessonpack's own question panel where its chat leaves its video too
little room (KS2's Kofi: five comments, the row of pictures above them under an inch high).

The layout's question panel and its tab are the layout's, so the slide covers the panel's
left edge with the background's colour (a gap as wide as the layout's, behind the stream),
draws the tab again over the narrower panel, and moves the question in. The chat's bubbles
keep their padding: the width, not tighter bubbles, gives the video its room.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Inches

from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_drawings import (
    VIDEO_TAGGED,
    T,
    new_shape,
    plan_stream,
    shows_clues,
)
from lessonpack.render.deck_geometry import Box
from lessonpack.render.ooxml import next_shape_id

if TYPE_CHECKING:
    from pptx.slide import Slide

    from lessonpack.kinds.payloads import StreamScreen

STEP = int(Inches(0.1))
MOST = int(Inches(1.2))  # the most the panel gives: the question keeps 2.7 in of its 3.9


# The room Zainab's video has (VIDEO_TAGGED and its 0.1 in to spare), less the 0.05 in a
# chat without a reactions bar keeps under its last comment: a widened stream's pictures
# are drawn as large as hers.
VIDEO = VIDEO_TAGGED + 0.15


def _free(w: int, h: int, screen: StreamScreen, font: str,
          video: float | None = None) -> tuple[int, int]:
    """(the video's room above the chat, the bubbles' padding) of a stream ``w`` wide."""
    plan = plan_stream(w, h, screen, font, video)
    return plan.bottom - plan.top - plan.needed, plan.pad


def extra_width(slide: Slide, region: Box, screen: StreamScreen, font: str) -> int:
    """EMU the stream takes from the layout's question panel: the least that gives its video
    VIDEO with the bubbles' padding no smaller; 0 where it has that room already, or where
    no width up to MOST gives it (draw the stream with ``video=VIDEO`` when not 0)."""
    names = {sh.name for sh in slide.slide_layout.shapes}
    if screen.scene != "stream" or shows_clues(screen) or screen.setting or not screen.cast \
            or not {"Question panel", "Question tab"} <= names:
        return 0
    _x, _y, w, h = region
    want = int(VIDEO * Inches(1))
    free, pad = _free(w, h, screen, font)
    if free >= want:
        return 0
    for extra in range(STEP, MOST + 1, STEP):
        wider, wider_pad = _free(w + extra, h, screen, font, VIDEO)
        if wider >= want and wider_pad >= pad:
            return extra
    return 0


def narrow_panel(slide: Slide, extra: int, question: Any) -> None:
    """The layout's question panel ``extra`` narrower on its left: a background-coloured
    cover behind the stream, the tab drawn again over the rest, the question moved in."""
    layout = {sh.name: sh for sh in slide.slide_layout.shapes}
    panel, tab = layout["Question panel"], layout["Question tab"]
    # A point over the panel's top and left too: a renderer's anti-aliasing left a hairline
    # of the tab's top showing above a cover cut to the panel's own box. Not below it: the
    # panel already ends at the footer's clearance.
    edge = 12700
    cover = new_shape(slide.shapes, MSO_SHAPE.RECTANGLE,
                      (panel.left - edge, panel.top - edge, extra + edge,
                       panel.height + edge), T.BACKGROUND_1, "Question panel edge")
    cover.line.fill.background()
    cover.text_frame.text = ""
    stream = next((sh for sh in slide.shapes if sh.name == "Mock live stream"), None)
    if stream is not None:
        stream.element.addprevious(cover.element)  # behind the stream's right edge
    sp = copy.deepcopy(tab.element)
    sp.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("id", str(next_shape_id(slide.shapes)))
    set_box(sp, (tab.left + extra, tab.top, tab.width - extra, tab.height))
    slide.shapes.element.insert_element_before(sp, "p:extLst")
    if question is not None:  # its margin inside the panel kept
        set_box(question.element, (question.left + extra, question.top, question.width - extra,
                                   question.height))
