"""Speaker notes, made quickly.

python-pptx builds every notes slide by cloning the notes master's placeholders one by one,
which cost about 3 ms a slide. The clone comes out the same every time, so the first notes
slide of a deck is kept as a prototype and later ones are deep copies of it.
"""

from __future__ import annotations

import copy
import importlib.resources
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart
from pptx.presentation import Presentation
from pptx.slide import NotesSlide
from pptx.slide import Slide as PptxSlide

from lessonpack.render.ooxml.placeholders import find_ph

# python-pptx's default notes page is 7.5 x 10 in; its body placeholder is placed for that.
_DEFAULT_NOTES_SIZE = (6858000, 9144000)


def ensure_notes_body(prs: Presentation) -> None:
    """Give the notes master a body placeholder when it has none (some PowerPoint 16 decks
    are saved so), so every notes slide cloned from it has a place for the speaker notes that
    PowerPoint shows in its notes pane. The placeholder is python-pptx's default one, scaled
    to the template's notes page."""
    part = prs.part.notes_master_part  # made from python-pptx's default when there is none
    tree = part.notes_master.shapes.element
    for element in tree.iterchildren():
        ph = find_ph(element)
        if ph is not None and ph.get("type") == "body":
            return

    default = etree.fromstring(
        importlib.resources.files("pptx").joinpath("templates/notesMaster.xml").read_bytes())
    body = next(sp for sp in default.iter(qn("p:sp"))
                if (ph := find_ph(sp)) is not None and ph.get("type") == "body")
    notes_size = prs.element.find(qn("p:notesSz"))
    size = (int(notes_size.get("cx")), int(notes_size.get("cy"))) if notes_size is not None \
        else _DEFAULT_NOTES_SIZE
    xfrm = body.find(f"{qn('p:spPr')}/{qn('a:xfrm')}")
    if xfrm is not None:
        for child, keys, axis in ((xfrm.find(qn("a:off")), ("x", "y"), (0, 1)),
                                  (xfrm.find(qn("a:ext")), ("cx", "cy"), (0, 1))):
            for key, n in zip(keys, axis, strict=True):
                child.set(key, str(int(child.get(key)) * size[n] // _DEFAULT_NOTES_SIZE[n]))
    ids = [int(c.get("id", "0")) for c in tree.iter(qn("p:cNvPr"))]
    body.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("id", str(max([1, *ids]) + 1))
    tree.append(body)


class NotesMaker:
    def __init__(self) -> None:
        self._prototype: Any = None

    def notes_for(self, slide: PptxSlide) -> NotesSlide:
        if self._prototype is None:
            notes = slide.notes_slide  # the slow, general path, once per deck
            self._prototype = copy.deepcopy(notes.element)
            return notes
        return self.copy_notes(slide, self._prototype)

    @staticmethod
    def copy_notes(slide: PptxSlide, element: Any) -> NotesSlide:
        """A notes slide for ``slide`` whose XML is a copy of ``element``."""
        slide_part = slide.part
        package = slide_part.package
        master_part = package.presentation_part.notes_master_part
        # As NotesSlidePart._add_notes_slide_part, with the copy as the part's XML from the
        # start: the library's would read and parse its notes template file for every slide.
        part = NotesSlidePart(package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
                              CT.PML_NOTES_SLIDE, package, copy.deepcopy(element))
        part.relate_to(master_part, RT.NOTES_MASTER)
        part.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(part, RT.NOTES_SLIDE)
        return part.notes_slide
