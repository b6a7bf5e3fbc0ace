"""Slide titles on a trainer's template at least as large as lessonpack's own.

A corporate template's title style is set for a meeting room (Brightpath: 32 pt, others 24
or 28 pt). Read from the back of a school hall, titles came out at about 75% of the size on
lessonpack's own slides and the hierarchy went (designer s7 B4). A title smaller than
lessonpack's (36 pt, the cover 48 pt, on a 7.5 in tall slide; in proportion on a shorter
one) is set to it; a larger one is the template's choice and stays. The text is fitted
afterwards by deck_contrast.refit_text, which makes a long title smaller again where it
would not fit its box.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn

from lessonpack.check.pptx_text import text_frame
from lessonpack.render.deck_contrast import view_of

TITLE_PT = 36  # lessonpack's own "LP Bullets" title
COVER_PT = 48  # lessonpack's own "LP Title"
FULL_HEIGHT = 6858000  # 7.5 in: the slide these sizes are for


def title_floor(slide_height: int, cover: bool) -> int:
    """The least title size in points on a slide this tall."""
    size = COVER_PT if cover else TITLE_PT
    return int(size * min(1.0, slide_height / FULL_HEIGHT))


def raise_titles(slide: Any) -> None:
    """Every title placeholder's runs at least ``title_floor``."""
    view = view_of(slide)
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    for item in view.items:
        if item.ph is None or item.ph.type not in ("title", "ctrTitle"):
            continue
        frame = text_frame(item, view)
        if frame is None or not frame.text.strip():
            continue
        floor = title_floor(height, item.ph.type == "ctrTitle")
        largest = max((run.size for para in frame.paras for run in para.runs), default=0.0)
        if largest >= floor:
            continue
        for run in item.el.iter(qn("a:r")):
            r_pr = run.find(qn("a:rPr"))
            if r_pr is None:
                r_pr = etree.Element(qn("a:rPr"))
                run.insert(0, r_pr)
            r_pr.set("sz", str(floor * 100))
