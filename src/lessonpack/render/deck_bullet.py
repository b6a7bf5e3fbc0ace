"""The round bullet lessonpack gives a point on a trainer's slide, in the point's own font.

A bullet character takes its font from the nearest list style that names one. LibreOffice
designs (lo5 "cosmos", "simple-dark") bullet their text in Wingdings or Symbol, whose
private-use characters draw as marks; the same font then draws lessonpack's U+2022 as a
cross. ``a:buFontTx`` says "the text's font", so the point's bullet is a real bullet in
every template; ``a:buSzTx`` sets it at the text's size, as the list style's 45 % was for a
symbol font's larger mark (at 45 % the round bullet was a speck).
"""

from __future__ import annotations

from lxml import etree
from pptx.oxml.ns import qn

BULLET = "\u2022"
# The bullet's elements this sets: any of them the paragraph had is replaced.
_REPLACED = ("a:buSzTx", "a:buSzPct", "a:buSzPts", "a:buFontTx", "a:buFont", "a:buNone",
             "a:buAutoNum", "a:buChar", "a:buBlip")
# a:pPr's children that come after the bullet in schema order (PowerPoint repairs a file
# whose children are out of order); spacing and the bullet's colour come before.
_LATER = ("a:tabLst", "a:defRPr", "a:extLst")


def set_round_bullet(p_pr: etree._Element) -> None:
    """Give a paragraph's properties a round bullet at the text's own size and font."""
    for name in _REPLACED:
        for child in p_pr.findall(qn(name)):
            p_pr.remove(child)
    size = etree.Element(qn("a:buSzTx"))
    font = etree.Element(qn("a:buFontTx"))
    char = etree.Element(qn("a:buChar"))
    char.set("char", BULLET)
    later_tags = {qn(name) for name in _LATER}
    later = next((child for child in p_pr if child.tag in later_tags), None)
    for element in (size, font, char):
        if later is not None:
            later.addprevious(element)
        else:
            p_pr.append(element)
