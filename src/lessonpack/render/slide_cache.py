"""Finished slides kept and reused, within one process.

A national body builds one lesson for many schools, and a batch builds every audience for
several brands: most slides come out the same every time. What makes a slide, besides its
plan, is the template, the layout it is made from (its placeholders and its master's, as
branded), the brand's fonts (text is measured to fit them) and, where the master has no
footer of ours, the footer text written onto the slide. Brand colours never reach a slide's
XML (every drawing uses theme colours, which live in the theme part), and a logo is a shape
of the master or layout, not a placeholder. A slide and its speaker
notes are kept, serialised, under a key made of exactly those inputs; a later slide with an
equal key is added to the package as those bytes: the same file, made twenty times faster
than filling placeholders and drawing shapes through python-pptx. (Such a slide is a plain
package part, not a python-pptx Slide: it is added last thing before saving and never read.)

Only slides related to nothing but their layout, notes and pictures are kept: a slide with
any other part of its own (a chart, media) would lose it in a copy of its XML. A picture's
bytes are kept with the slide and related again, under the same rId, to the deck's image part
holding them (render.deck_pictures makes it when the deck has none yet). rIds are numbered in
the order a slide's parts are related, and a drawing may add a picture after the notes were
written (a Google Slides export's help slides: rId2 picture, rId3 notes, rId4 picture), so
the order is kept with the slide and replayed.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide, SlideLayout

from lessonpack.caches import BoundedCache
from lessonpack.render.deck_pictures import asked_images, image_part, relate_image
from lessonpack.render.ooxml.placeholders import find_ph
from lessonpack.render.ooxml.slides import copied_slide, new_slide, saved_slide
from lessonpack.render.shape_names import LOGO_PANEL

# About 25 decks of slides; a kept slide is a few KiB of XML text.
MAX_SLIDES = 1000
_KEEPABLE = {RT.SLIDE_LAYOUT, RT.NOTES_SLIDE, RT.IMAGE}


@dataclass(frozen=True)
class MadeSlide:
    slide: bytes  # the slide part, serialised
    notes: bytes  # its notes slide part
    misfits: tuple[str, ...]
    # After the layout (rId1), each relationship in rId order: a picture's rId and bytes, or
    # the notes' rId and None.
    related: tuple[tuple[str, bytes | None], ...] = ()
    # Every picture asked for while the slide was made, in order, those a drawing replaced
    # too (a recoloured icon): asked again on reuse, the deck numbers its images as it did.
    asked: tuple[bytes, ...] = ()


_kept: BoundedCache[Hashable, MadeSlide] = BoundedCache(MAX_SLIDES)
# Per template, layout and slide kind: a new slide's XML with the layout's placeholders
# copied and prepared (before any text), and which placeholder idx holds each role. The XML
# is only ever copied from, never changed, so threads may share it.
_blanks: BoundedCache[Hashable, tuple[Any, dict[str, int]]] = BoundedCache(MAX_SLIDES)


def _placeholders(tree: Any) -> bytes:
    """The placeholders of a layout or master, serialised: a slide takes its placeholders'
    boxes and styles from them, and nothing else of a layout reaches a slide's XML."""
    shapes = tree.find(f"{qn('p:cSld')}/{qn('p:spTree')}")
    found = [etree.tostring(sp) for sp in shapes if find_ph(sp) is not None]
    styles = tree.find(qn("p:txStyles"))
    if styles is not None:
        found.append(etree.tostring(styles))
    return b"".join(found)


# Shapes of a cover layout its slide's words are placed clear of (deck_cover_group): a
# school's logo plate, or the slot left for it (deck_logo_slot). A cover kept from a build
# with one is not the cover of a build without.
_COVER_MARKS = (LOGO_PANEL, "Logo slot")


_SHAPE_NAME = f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"  # a shape's cNvPr: named once, not a shape


def _cover_marks(tree: Any) -> bytes:
    shapes = tree.find(f"{qn('p:cSld')}/{qn('p:spTree')}")
    return b"".join(etree.tostring(sp) for sp in shapes
                    if (c := sp.find(_SHAPE_NAME)) is not None
                    and c.get("name") in _COVER_MARKS)


class DeckSlides:
    """The kept slides as seen from one deck being rendered."""

    def __init__(self, prs: Presentation, template: bytes, fonts: tuple[str, str],
                 footer: str) -> None:
        # ``template``: a digest of the template's bytes (and, on a trainer's template, its
        # theme colours), not its path: a file edited in place is a new template.
        self._common = (template, fonts, footer)
        self._layouts: dict[str, bytes] = {}
        self._prs = prs
        self._asked_from = 0  # where the slide being made began asking for pictures

    def _layout_key(self, layout: SlideLayout) -> bytes:
        name = str(layout.part.partname)
        if name not in self._layouts:
            self._layouts[name] = (name.encode() + _placeholders(layout.element)
                                   + _placeholders(layout.slide_master.element)
                                   + _cover_marks(layout.element))
        return self._layouts[name]

    def key(self, spec: Hashable, layout: SlideLayout, master_footer: bool) -> Hashable:
        template, fonts, footer = self._common
        # A master with our footer band carries the footer text itself; only a template
        # without one gets the footer written onto each slide.
        return (template, fonts, None if master_footer else footer, self._layout_key(layout),
                spec)

    def reuse(self, key: Hashable, layout: SlideLayout) -> MadeSlide | None:
        """Add the kept slide for ``key`` and its notes to the deck, related as python-pptx
        relates a new slide (layout, then notes; the notes to their master, then the slide);
        None when none is kept."""
        made = _kept.get(key)
        if made is None:
            return None

        package = self._prs.part.package
        for data in made.asked:
            image_part(package, data)
        pictures = iter([r_id for r_id, data in made.related if data is not None])

        def relate_picture(slide: Part, data: bytes) -> None:
            # Not an assert: the relating must happen under ``python -O`` too, and a kept
            # slide whose pictures came back at other rIds would point at nothing.
            r_id = relate_image(slide, data)
            if r_id != next(pictures):
                raise RuntimeError(f"a kept slide's picture came back at {r_id}, not its rId")

        saved_slide(self._prs, layout, made.slide, made.notes,
                    [data for _, data in made.related], relate_picture)
        return made

    def _blank_key(self, layout: SlideLayout, kind: Hashable) -> Hashable:
        # The slide kind too: kinds sharing a layout (a trainer's template with few layouts)
        # may fill different placeholders, copied and styled differently.
        return (self._common[0], self._layout_key(layout), kind)

    def blank_slide(self, layout: SlideLayout, kind: Hashable
                    ) -> tuple[Slide, dict[str, int] | None]:
        """A new slide of ``kind`` on ``layout``: a copy of the kept prepared one and its
        slots, or python-pptx's own new slide and None (prepare it, then ``keep_blank``)."""
        self._asked_from = len(asked_images(self._prs.part.package))
        kept = _blanks.get(self._blank_key(layout, kind))
        if kept is None:
            return new_slide(self._prs, layout), None
        element, slots = kept
        return copied_slide(self._prs, layout, element), dict(slots)

    def keep_blank(self, layout: SlideLayout, kind: Hashable, slide: Slide,
                   slots: dict[str, int]) -> None:
        _blanks.put(self._blank_key(layout, kind), (copy.deepcopy(slide.element), dict(slots)))

    def keep(self, key: Hashable, slide: Slide, misfits: list[str]) -> None:
        if {rel.reltype for rel in slide.part.rels.values()} - _KEEPABLE:
            return
        rels = sorted(slide.part.rels.items(), key=lambda item: int(item[0][3:]))
        # Reuse relates the layout first and the rest in this order, numbering from rId2: a
        # slide whose rIds skip a number (one removed while it was made) would come back
        # with others, so it is made afresh each time instead.
        if [r_id for r_id, _ in rels] != [f"rId{n}" for n in range(1, len(rels) + 1)] or \
                rels[0][1].reltype != RT.SLIDE_LAYOUT:
            return
        notes = slide.notes_slide.part.blob
        related = tuple((r_id, rel.target_part.blob if rel.reltype == RT.IMAGE else None)
                        for r_id, rel in rels[1:])
        asked = tuple(asked_images(self._prs.part.package)[self._asked_from:])
        _kept.put(key, MadeSlide(slide.part.blob, notes, tuple(misfits), related, asked))


def forget() -> None:
    """Drop every kept slide (tests compare a first render with a reused one)."""
    _kept.clear()
    _blanks.clear()
