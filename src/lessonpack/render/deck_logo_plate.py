"""A light plate behind a logo that the slides' background would hide.

A trainer's template gets the school's crest in its master's footer row, drawn as it is. On
a dark template (a #434343 master, black chrome, a dark photo) or a strong colour band, a
crest drawn for white paper loses its wordmark: only the shield shows. So, once the logos are
placed, each is measured on every layout the deck's slides use, as ``check`` measures it
(check/logo_seen: its own pixels against the colours behind it), and a logo some slide
would hide gets a plate behind it on its master or layout: white (the page the logo was
drawn for), rounded, a little larger than the logo. One plate on the master, not one on
each dark layout, so the logo sits the same way on every slide; on a white slide the plate
does not show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.slide import SlideLayout
from pptx.util import Inches

from lessonpack.check.logo_seen import hard_to_see, logos
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.ooxml import A, P, mark_decorative

PLATE_NAME = "Logo plate"
PAD = int(Inches(0.08))  # round the logo: the plate reads as its ground, not as a card
PLATE_FILL = "FFFFFF"
Box = tuple[int, int, int, int]


class _BareSlide:
    """A slide of ``layout`` with nothing on it: what the logo sits on, whatever a slide
    then draws elsewhere. The slides themselves may be kept parts from an earlier deck
    (render/slide_cache), not python-pptx slides."""

    def __init__(self, layout: SlideLayout) -> None:
        self.slide_layout = layout
        self.element = parse_xml(f'<p:sld xmlns:p="{P}" xmlns:a="{A}"><p:cSld><p:spTree/>'
                                 '</p:cSld></p:sld>')
        self.part = layout.part


def plate_faint_logos(prs: Any, layouts: Iterable[SlideLayout]) -> int:
    """A plate behind each master or layout logo that a slide of ``layouts`` (the deck's)
    would show hard to see; how many plates were added."""
    size = (int(prs.slide_width or 0), int(prs.slide_height or 0))
    faint: dict[int, tuple[etree._Element, Box]] = {}
    measured: set[int] = set()
    for layout in layouts:
        if id(layout.element) in measured:
            continue
        measured.add(id(layout.element))
        view = view_of(_BareSlide(layout))
        for logo, below, _above in logos(view):
            if id(logo.el) not in faint and hard_to_see(view, logo, below) is not None:
                faint[id(logo.el)] = (logo.el, logo.box)
    for logo_el, box in faint.values():
        _plate_before(logo_el, _padded(box, size))
    return len(faint)


def _padded(box: Box, size: tuple[int, int]) -> Box:
    """The logo's box and PAD round it, kept on the slide."""
    x, y, w, h = box
    left, top = max(0, x - PAD), max(0, y - PAD)
    right = min(size[0], x + w + PAD) if size[0] else x + w + PAD
    bottom = min(size[1], y + h + PAD) if size[1] else y + h + PAD
    return left, top, right - left, bottom - top


def _plate_before(logo_el: etree._Element, box: Box) -> None:
    """A white rounded plate drawn just under ``logo_el``, in the same shape tree."""
    tree = logo_el.getparent()
    ids = [int(el.get("id", "0")) for el in tree.iter(qn("p:cNvPr"))]
    x, y, w, h = box
    sp = parse_xml(
        f'<p:sp xmlns:p="{P}" xmlns:a="{A}"><p:nvSpPr>'
        f'<p:cNvPr id="{max(ids, default=0) + 1}" name="{PLATE_NAME}"/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm>'
        f'<a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom '
        'prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 16667"/></a:avLst></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{PLATE_FILL}"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        '</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p>'
        '</p:txBody></p:sp>')
    logo_el.addprevious(sp)
    mark_decorative(sp.find(f".//{qn('p:cNvPr')}"))
