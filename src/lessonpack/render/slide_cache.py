"""Finished slides kept and reused, within one process.

A national body builds one lesson for many schools, and a batch builds every audience for
several brands: most slides come out the same every time. What makes a slide, besides its
plan, is the template, the layout it is made from (its placeholders and its master's, as
branded), the brand's fonts (text is measured to fit them) and the footer text. Brand colours
never reach a slide's XML (every drawing uses theme colours, which live in the theme part),
and a logo is a shape of the master or layout, not of a placeholder. A slide and its speaker
notes are kept under a key made of exactly those inputs; a later slide with an equal key is a
deep copy of the kept XML: the same bytes, made ten times faster than filling placeholders
and drawing shapes through python-pptx.

Only slides related to nothing but their layout and notes are kept: a chart slide owns chart
and workbook parts, which a copy of its XML would not bring along.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout

from lessonpack.render.deck_notes import NotesMaker

# About 25 decks of slides; a kept slide is some tens of KiB of XML tree.
MAX_SLIDES = 1000
_KEEPABLE = {RT.SLIDE_LAYOUT, RT.NOTES_SLIDE}
_PLACEHOLDER = f"./{{*}}nvSpPr/{qn('p:nvPr')}/{qn('p:ph')}"


@dataclass(frozen=True)
class MadeSlide:
    slide: Any  # the slide's p:sld element
    notes: Any  # its notes slide's p:notes element
    misfits: tuple[str, ...]


_kept: dict[Hashable, MadeSlide] = {}


def _placeholders(tree: Any) -> bytes:
    """The placeholders of a layout or master, serialised: a slide takes its placeholders'
    boxes and styles from them, and nothing else of a layout reaches a slide's XML."""
    shapes = tree.find(f"{qn('p:cSld')}/{qn('p:spTree')}")
    found = [etree.tostring(sp) for sp in shapes if sp.find(_PLACEHOLDER) is not None]
    styles = tree.find(qn("p:txStyles"))
    if styles is not None:
        found.append(etree.tostring(styles))
    return b"".join(found)


class DeckSlides:
    """The kept slides as seen from one deck being rendered."""

    def __init__(self, prs: Presentation, template: bytes, fonts: tuple[str, str],
                 footer: str) -> None:
        # The template's bytes, not its path: a file edited in place is a new template.
        self._common = (template, fonts, footer)
        self._layouts: dict[str, bytes] = {}
        self._prs = prs

    def _layout_key(self, layout: SlideLayout) -> bytes:
        name = str(layout.part.partname)
        if name not in self._layouts:
            self._layouts[name] = (name.encode() + _placeholders(layout._element)
                                   + _placeholders(layout.slide_master._element))
        return self._layouts[name]

    def key(self, spec: Hashable, layout: SlideLayout, master_footer: bool) -> Hashable:
        return (*self._common, self._layout_key(layout), master_footer, spec)

    def reuse(self, key: Hashable, layout: SlideLayout, notes: NotesMaker
              ) -> MadeSlide | None:
        """Add a copy of the kept slide for ``key`` to the deck; None when none is kept."""
        made = _kept.get(key)
        if made is None:
            return None
        prs = self._prs
        r_id, slide = prs.part.add_slide(layout)
        part = slide.part
        part._element = copy.deepcopy(made.slide)
        part.__dict__.pop("slide", None)  # python-pptx's cached Slide wraps the blank XML
        prs.slides._sldIdLst.add_sldId(r_id)
        notes.copy_notes(part.slide, made.notes)
        return made

    def keep(self, key: Hashable, slide: Slide, misfits: list[str]) -> None:
        if {rel.reltype for rel in slide.part.rels.values()} - _KEEPABLE:
            return
        if len(_kept) >= MAX_SLIDES:
            del _kept[next(iter(_kept))]  # the oldest
        _kept[key] = MadeSlide(copy.deepcopy(slide._element),
                               copy.deepcopy(slide.notes_slide._element), tuple(misfits))


def forget() -> None:
    """Drop every kept slide (tests compare a first render with a reused one)."""
    _kept.clear()
