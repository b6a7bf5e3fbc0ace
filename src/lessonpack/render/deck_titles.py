"""Slide titles on a trainer's template at least as large as lessonpack's own.

A corporate template's title style is set for a meeting room (Brightpath: 32 pt, others 24
or 28 pt). Read from the back of a school hall, titles came out at about 75% of the size on
lessonpack's own slides and the hierarchy went (designer s7 B4). A title smaller than
lessonpack's (36 pt, the cover 48 pt, on a 7.5 in tall slide; in proportion on a shorter
one) is set to it; a larger one is the template's choice and stays. The title is then
balanced (deck_design.balance_title) and fitted (deck_contrast.refit_text, which makes a
long title smaller again where it would not fit its box) at that size.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from lessonpack.render.deck_fit import layout_style

TITLE_PT = 36  # lessonpack's own "LP Bullets" title
COVER_PT = 48  # lessonpack's own "LP Title"
FULL_HEIGHT = 6858000  # 7.5 in: the slide these sizes are for


def title_floor(slide_height: int, cover: bool) -> int:
    """The least title size in points on a slide this tall."""
    size = COVER_PT if cover else TITLE_PT
    return int(size * min(1.0, slide_height / FULL_HEIGHT))


def raise_titles(slide: Any, layout: Any) -> None:
    """Every title placeholder of a new slide, before its text is set, at least
    ``title_floor``: as the placeholder's own list style (lvl1pPr), which the build's fitting
    and title balancing (deck_design.balance_title) and the check all read."""
    height = int(slide.part.package.presentation_part.presentation.slide_height)
    for ph in slide.placeholders:
        kind = ph.placeholder_format.type
        if kind not in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
            continue
        floor = title_floor(height, kind == PP_PLACEHOLDER.CENTER_TITLE)
        if layout_style(ph, layout)[0] >= floor:
            continue
        body = ph.element.find(qn("p:txBody"))
        if body is None:
            continue
        lst = body.find(qn("a:lstStyle"))
        if lst is None:
            lst = etree.Element(qn("a:lstStyle"))
            body_pr = body.find(qn("a:bodyPr"))
            body.insert(0 if body_pr is None else body.index(body_pr) + 1, lst)
        lvl1 = lst.find(qn("a:lvl1pPr"))
        if lvl1 is None:
            lvl1 = etree.Element(qn("a:lvl1pPr"))
            lst.insert(0, lvl1)
        d_rpr = lvl1.find(qn("a:defRPr"))
        if d_rpr is None:
            d_rpr = etree.Element(qn("a:defRPr"))
            ext = lvl1.find(qn("a:extLst"))
            if ext is None:
                lvl1.append(d_rpr)
            else:
                ext.addprevious(d_rpr)
        d_rpr.set("sz", str(floor * 100))
