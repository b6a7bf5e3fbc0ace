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
from pptx.slide import SlideLayout
from pptx.util import Inches

from lessonpack.check.logo_seen import hard_to_see, logos
from lessonpack.render.deck_bare_slide import BareSlide
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_plate import ROUND, WHITE, add_plate

PLATE_NAME = "Logo plate"
PAD = int(Inches(0.08))  # round the logo: the plate reads as its ground, not as a card


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
        view = view_of(BareSlide(layout))
        for logo, below, _above in logos(view):
            if id(logo.el) not in faint and hard_to_see(view, logo, below) is not None:
                faint[id(logo.el)] = (logo.el, logo.box)
    for logo_el, box in faint.values():
        add_plate(logo_el.getparent(), _padded(box, size), PLATE_NAME, fill=WHITE, radius=ROUND,
                  before=logo_el)
    return len(faint)


def _padded(box: Box, size: tuple[int, int]) -> Box:
    """The logo's box and PAD round it, kept on the slide."""
    x, y, w, h = box
    left, top = max(0, x - PAD), max(0, y - PAD)
    right = min(size[0], x + w + PAD) if size[0] else x + w + PAD
    bottom = min(size[1], y + h + PAD) if size[1] else y + h + PAD
    return left, top, right - left, bottom - top
