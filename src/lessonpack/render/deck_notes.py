"""Speaker notes, made quickly.

python-pptx builds every notes slide by cloning the notes master's placeholders one by one,
which cost about 3 ms a slide. The clone comes out the same every time, so the first notes
slide of a deck is kept as a prototype and later ones are deep copies of it.
"""

from __future__ import annotations

import copy
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.parts.slide import NotesSlidePart
from pptx.slide import NotesSlide
from pptx.slide import Slide as PptxSlide


class NotesMaker:
    def __init__(self) -> None:
        self._prototype: Any = None

    def notes_for(self, slide: PptxSlide) -> NotesSlide:
        if self._prototype is None:
            notes = slide.notes_slide  # the slow, general path, once per deck
            self._prototype = copy.deepcopy(notes._element)
            return notes
        return self.copy_notes(slide, self._prototype)

    @staticmethod
    def copy_notes(slide: PptxSlide, element: Any) -> NotesSlide:
        """A notes slide for ``slide`` whose XML is a copy of ``element``."""
        slide_part = slide.part
        package = slide_part.package
        master_part = package.presentation_part.notes_master_part
        part = NotesSlidePart._add_notes_slide_part(package, slide_part, master_part)
        part._element = copy.deepcopy(element)
        slide_part.relate_to(part, RT.NOTES_SLIDE)
        return part.notes_slide
