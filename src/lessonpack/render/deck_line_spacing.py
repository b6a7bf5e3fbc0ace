"""Line spacing a template set for display type, opened for lessonpack's text.

A speaker's template may set its text styles' lines at 70 % (shana/talks "pixelscamp": a
condensed display face at 56 pt, one or two words a slide). lessonpack's sentences at 18 to
28 pt in those placeholders inherited it, and their wrapped lines touched: descenders on the
next line's capitals. Its text boxes inherit the deck's default text style, as
lessonpack's cards, rows and panels do: there 80 %. A paragraph on the slide whose inherited
spacing is under PowerPoint's own (90 %) gets single spacing (a title, PowerPoint's 90 %);
spacing set on the paragraph itself, or in points, is left as it is, and so are the footers.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from lessonpack.check.pptx_shapes import FOOTER_TYPES, TITLE_TYPES
from lessonpack.check.pptx_text import text_frame
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_kicker import TITLE_SPACING

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# PowerPoint's own text styles set 90 %; under it, wrapped lines of a sentence touch.
TIGHTEST = 0.9
BODY_SPACING = "100000"


def open_tight_lines(slide: Any) -> int:
    """Give each paragraph of the slide's text (placeholders, text boxes) that inherits
    lines under TIGHTEST an explicit spacing; returns how many paragraphs were given one."""
    view = view_of(slide)
    opened = 0
    for item in view.items:
        if item.tag != "sp" or item.layer != "slide" or (
                item.ph is not None and item.ph.type in FOOTER_TYPES):
            continue
        frame = text_frame(item, view)
        if frame is None or item.tx_body is None:
            continue
        title = item.ph is not None and item.ph.type in TITLE_TYPES
        spacing = TITLE_SPACING if title else BODY_SPACING
        for para, p in zip(frame.paras, item.tx_body.findall(f"{A}p"), strict=True):
            if para.line_points is not None or para.line_factor >= TIGHTEST:
                continue
            ppr = p.find(f"{A}pPr")
            if ppr is None:
                ppr = etree.Element(f"{A}pPr")
                p.insert(0, ppr)
            if ppr.find(f"{A}lnSpc") is not None:
                continue
            line = etree.Element(f"{A}lnSpc")
            etree.SubElement(line, f"{A}spcPct").set("val", spacing)
            ppr.insert(0, line)  # lnSpc comes first in a:pPr
            opened += 1
    return opened
