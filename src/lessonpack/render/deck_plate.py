"""The plate behind a logo: one builder for every logo lessonpack places or finds.

A plate is a rounded, borderless light shape drawn just under a logo, a little larger than
it. Logos are drawn for white paper: a school's crest on a colour band, a dark template's
master or a photo loses its wordmark and keeps only its shield. On a plate the logo sits on
the page it was drawn for, whatever the slide behind it, and on a white slide the plate does
not show. It is decorative: screen readers skip it.

Two callers, and where they differ:

- render/deck_master places the brand's and the trainer's logos, each on a plate it sizes
  with PLATE_PAD round the logo, in the theme's background colour (``BACKGROUND``, bg1: white
  in lessonpack's own themes and in every template tried), a gentle corner, added before the
  logo so the logo is drawn on it.
- render/deck_logo_plate finds a logo a template's slides would hide and slips a plate under
  it afterwards: white whatever the theme (``WHITE``: it is there because the template's
  colours hide the logo, so it takes none of them), hugging the logo closer (its own PAD),
  so rounder.
"""

from __future__ import annotations

from typing import Any, Final

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn

from lessonpack.render.deck_geometry import Box
from lessonpack.render.ooxml import A, P, mark_decorative

# The plate's colour, as DrawingML: the theme's background (lessonpack's own masters, where
# that is white), or white whatever the theme (a template whose background hides the logo).
BACKGROUND: Final = '<a:schemeClr val="bg1"/>'
WHITE: Final = '<a:srgbClr val="FFFFFF"/>'
# Corner rounding (roundRect's "adj", in 1/100000 of the shorter side).
GENTLE: Final = 12000
ROUND: Final = 16667


def add_plate(tree: Any, box: Box, name: str, *, fill: str = BACKGROUND, radius: int = GENTLE,
              before: etree._Element | None = None) -> etree._Element:
    """A plate named ``name`` in ``box`` added to shape tree ``tree`` (a slide's, layout's
    or master's ``p:spTree``, or a group): just before ``before`` (a logo already there),
    else last (the logo to be added after it). Its id is the next free one in the part, as
    python-pptx gives a new shape's."""
    x, y, w, h = box
    sp = parse_xml(
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr>'
        f'<p:cNvPr id="{tree.max_shape_id + 1}" name="{name}"/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm>'
        f'<a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom '
        f'prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {radius}"/></a:avLst>'
        f'</a:prstGeom><a:solidFill>{fill}</a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>'
        '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody>'
        '</p:sp>')
    if before is None:
        tree.append(sp)
    else:
        before.addprevious(sp)
    mark_decorative(sp.find(f".//{qn('p:cNvPr')}"))
    return sp
