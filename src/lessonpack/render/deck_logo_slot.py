"""Where a school's logo goes on lessonpack's own cover, shown while the brand has none.

A branded cover carries the school's crest on a white plate above the kicker (deck_master).
Built without a logo, the cover had nothing there and looked anonymous beside the letters,
whose letterhead shows a dashed "[School logo]" box the size of a logo. So the
cover layout gets the same: a dashed box with the words, where the plate would be, as large
as a logo prints there. It is on the layout, not the slide: it is not a field to type over
(a school's logo comes in through the brand file, or is placed over it in PowerPoint), so
the hidden "Before you teach" slide does not list it; the cover's words are placed clear of
it as they are of a plate (deck_cover_group).
"""

from __future__ import annotations

from lxml import etree
from pptx.oxml import parse_xml
from pptx.slide import SlideLayout
from pptx.util import Inches

from lessonpack.render.deck_geometry import BACKGROUND_SHARE, Box, area, box_of, overlaps
from lessonpack.render.ooxml import A, P, next_shape_id

SLOT_NAME = "Logo slot"
COVER_LAYOUT = "LP Title"
WORDS = "[School logo]"
# Below a draft deck's strip (deck_draft: 0.6 in) with room between, at the plate's left
# edge; about as large as the cover's plate holds a school's crest beside its name.
SLOT: Box = (int(Inches(0.8)), int(Inches(0.85)), int(Inches(2.4)), int(Inches(0.9)))
SIZE_PT = 18  # the least slide text size


def add_logo_slot(layout: SlideLayout) -> bool:
    """The dashed logo slot on our own cover layout, clear of its drawn shapes (its
    placeholders' words are placed clear of the slot, as of a plate); False (nothing added)
    on another layout or where the slot would meet a shape."""
    if layout.name != COVER_LAYOUT:
        return False
    prs = layout.part.package.presentation_part.presentation
    whole = int(prs.slide_width or 0) * int(prs.slide_height or 0)
    drawn = [box for shape in layout.shapes if not shape.is_placeholder
             and (box := box_of(shape)) is not None
             and area(box) < BACKGROUND_SHARE * whole]  # its background is under it
    if any(overlaps(SLOT, box) for box in drawn):
        return False
    x, y, w, h = SLOT
    shapes = layout.shapes
    sp = parse_xml(
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr>'
        f'<p:cNvPr id="{next_shape_id(shapes)}" name="{SLOT_NAME}" '
        f'descr="A space for the school\'s logo"/><p:cNvSpPr/><p:nvPr userDrawn="1"/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/>'
        '</a:xfrm><a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 12000"/>'
        '</a:avLst></a:prstGeom><a:noFill/><a:ln w="19050"><a:solidFill>'
        '<a:schemeClr val="bg1"/></a:solidFill><a:prstDash val="dash"/></a:ln></p:spPr>'
        '<p:txBody><a:bodyPr wrap="none" lIns="0" rIns="0" tIns="0" bIns="0" anchor="ctr"/>'
        '<a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r>'
        f'<a:rPr lang="en-GB" sz="{SIZE_PT * 100}" b="0" dirty="0"><a:solidFill>'
        '<a:schemeClr val="bg1"/></a:solidFill></a:rPr>'
        f'<a:t>{WORDS}</a:t></a:r></a:p></p:txBody></p:sp>')
    shapes.element.append(sp)
    etree.cleanup_namespaces(sp)
    return True
