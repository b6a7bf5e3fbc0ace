"""Slides added to the decks lessonpack builds, as python-pptx adds them, with the steps that
walk the whole package left out (a new part has no relationship to it yet) and the XML in
lessonpack's element classes (render.ooxml.elements) from the start.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.oxml.slide import CT_Slide
from pptx.parts.slide import SlidePart
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout

from lessonpack.render.ooxml.elements import ours


def _related(prs: Presentation, part: Any, layout: SlideLayout) -> str:
    """Relate a new slide part to its layout and the presentation to it; its rId."""
    presentation = prs.part
    part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    # A new part: no relationship to it exists, so skip relate_to's search for one, which
    # walks every relationship of the presentation for each slide added.
    return presentation._rels._add_relationship(RT.SLIDE, part)


def new_slide(prs: Presentation, layout: SlideLayout) -> Slide:
    """``prs.slides.add_slide(layout)``, step for step, with the new slide's XML read with
    lessonpack's classes from the start."""
    presentation = prs.part
    part = SlidePart(presentation._next_slide_partname, CT.PML_SLIDE, presentation.package,
                     ours(CT_Slide.new()))
    part.relate_to(layout.part, RT.SLIDE_LAYOUT)
    r_id = presentation.relate_to(part, RT.SLIDE)
    slide = part.slide
    slide.shapes.clone_layout_placeholders(layout)
    prs.slides._sldIdLst.add_sldId(r_id)
    return slide


def copied_slide(prs: Presentation, layout: SlideLayout, element: Any) -> Slide:
    """A new slide on ``layout`` whose XML is a copy of ``element`` (a slide prepared
    earlier from the same layout), as python-pptx's PresentationPart.add_slide makes one."""
    presentation = prs.part
    part = SlidePart(presentation._next_slide_partname, CT.PML_SLIDE, presentation.package,
                     copy.deepcopy(element))
    prs.slides._sldIdLst.add_sldId(_related(prs, part, layout))
    return part.slide


def saved_slide(prs: Presentation, layout: SlideLayout, slide_xml: bytes, notes_xml: bytes,
                relate_pictures: Callable[[Part], None]) -> None:
    """A slide and its speaker notes added as saved XML (plain parts, never read again),
    related as python-pptx relates a new slide: layout, pictures (``relate_pictures``), the
    presentation to it; then the notes to their master and the slide, the slide to them."""
    presentation = prs.part
    package = presentation.package
    slide = Part(presentation._next_slide_partname, CT.PML_SLIDE, package, slide_xml)
    slide.relate_to(layout.part, RT.SLIDE_LAYOUT)
    relate_pictures(slide)
    r_id = presentation._rels._add_relationship(RT.SLIDE, slide)
    prs.slides._sldIdLst.add_sldId(r_id)
    notes = Part(package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
                 CT.PML_NOTES_SLIDE, package, notes_xml)
    notes.relate_to(presentation.notes_master_part, RT.NOTES_MASTER)
    notes.relate_to(slide, RT.SLIDE)
    slide.relate_to(notes, RT.NOTES_SLIDE)
