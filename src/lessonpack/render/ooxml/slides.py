"""Slides added to the decks lessonpack builds, as python-pptx adds them, with the steps that
walk the whole package left out (a new part has no relationship to it yet) and the XML in
lessonpack's element classes (render.ooxml.elements) from the start.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Hashable, Sequence
from functools import cached_property
from typing import Any, NoReturn, TypeVar

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.package import Part, XmlPart
from pptx.oxml import parse_xml
from pptx.oxml.slide import CT_Slide
from pptx.parts.slide import SlideLayoutPart, SlidePart
from pptx.presentation import Presentation
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import Slide, SlideLayout

from lessonpack.caches import BoundedCache
from lessonpack.errors import InternalError, expect
from lessonpack.render.ooxml import P
from lessonpack.render.ooxml.elements import ours

T = TypeVar("T")


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
                related: Sequence[bytes | None],
                relate_picture: Callable[[Part, bytes], None]) -> None:
    """A slide and its speaker notes added as saved XML (plain parts, never read again),
    related as python-pptx relates a new slide: the layout, then each of ``related`` in the
    order the slide was made with (a picture's bytes, through ``relate_picture``; None where
    its notes came, or after them all if it has no None), the presentation to the slide
    before its notes; the notes to their master and the slide, the slide to them. So each
    relationship gets the rId it had (rIds are numbered in the order parts are related)."""
    presentation = prs.part
    package = presentation.package
    slide = Part(presentation._next_slide_partname, CT.PML_SLIDE, package, slide_xml)
    slide.relate_to(layout.part, RT.SLIDE_LAYOUT)
    order = [*related] if None in related else [*related, None]
    before = order.index(None)
    for data in order[:before]:
        relate_picture(slide, expect(data, "a picture related before the notes"))
    r_id = presentation._rels._add_relationship(RT.SLIDE, slide)
    prs.slides._sldIdLst.add_sldId(r_id)
    notes = Part(package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
                 CT.PML_NOTES_SLIDE, package, notes_xml)
    notes.relate_to(presentation.notes_master_part, RT.NOTES_MASTER)
    notes.relate_to(slide, RT.SLIDE)
    slide.relate_to(notes, RT.NOTES_SLIDE)
    for data in order[before + 1:]:
        relate_picture(slide, expect(data, "one notes slide a slide"))


def layout_of(part: Part) -> SlideLayout:
    """The layout a slide part (a python-pptx one, or a kept slide's saved bytes) is made
    from: the slide layout part its layout relationship names."""
    layout_part = part.part_related_by(RT.SLIDE_LAYOUT)
    if not isinstance(layout_part, SlideLayoutPart):
        raise InternalError(f"{part.partname}'s layout is a {type(layout_part).__name__}")
    return layout_part.slide_layout


def _shows(sld: Any) -> bool:
    return sld.get("show") not in ("0", "false")


class SlideXml:
    """A slide of the deck being built as XML to read or change in place, whether it was
    made here (a python-pptx part holding its element) or added as a kept slide's saved
    bytes (``saved_slide``: parsed only when read, written back by ``save``)."""

    def __init__(self, part: Part) -> None:
        self.part = part
        self.made = isinstance(part, XmlPart)
        self._element: Any = part._element if self.made else None  # type: ignore[attr-defined]

    @cached_property
    def layout(self) -> str:
        """The name of the slide's layout, looked up when first asked for: most passes over
        a deck's slides (its counts, its language, its hidden slides) never ask, and the
        lookup through the slide's relationships was a per cent or two of a warm pack."""
        return self.slide_layout.name

    @property
    def slide_layout(self) -> SlideLayout:
        """The layout the slide is made from."""
        return layout_of(self.part)

    @property
    def shown(self) -> bool:
        """Whether the slide is shown in the show (a hidden one's p:sld says ``show="0"``)."""
        return self.reading("shown", _shows, whole=True)

    @property
    def element(self) -> Any:
        """The slide's XML (a saved slide's bytes parsed on first use)."""
        if self._element is None:
            self._element = parse_xml(self.part.blob)
        return self._element

    @property
    def tree(self) -> Any:
        """The slide's shape tree (p:spTree)."""
        return self.element.find(f"{{{P}}}cSld/{{{P}}}spTree")

    def reading(self, what: str, read: Callable[[Any], T], whole: bool = False) -> T:
        """``read(self.tree)`` (``whole``: ``read(self.element)``, the p:sld itself); for a
        saved slide remembered by its bytes, so the next school's same kept slide is not
        parsed again to be read the same way (parsing every kept slide to read its sizes and
        fields was a fifth of a warm deck)."""
        if self.made:
            return read(self.element if whole else self.tree)
        key = (what, hashlib.blake2b(self.part.blob, digest_size=16).digest())
        found = _READINGS.get(key)
        if found is None:
            found = (read(self.element if whole else self.tree),)
            _READINGS.put(key, found)
        return found[0]

    def rewrite(self, what: Hashable, change: Callable[[Any], None]) -> None:
        """``change(self.tree)``, written back; a saved slide's new bytes remembered by its
        old bytes and ``what`` (the change, fully: the next school's same kept slide takes
        the same change without being parsed again)."""
        if self.made:
            change(self.tree)
            return
        key = (what, hashlib.blake2b(self.part.blob, digest_size=16).digest())
        done = _REWRITES.get(key)
        if done is None:
            change(self.tree)
            self.save()
            _REWRITES.put(key, self.part.blob)
        else:
            self.part._blob = done  # type: ignore[attr-defined]
            self._element = None

    def notes(self) -> SlideXml | None:
        """The slide's speaker notes, read the same way (the shape tree is theirs)."""
        for rel in self.part.rels.values():
            if rel.reltype == RT.NOTES_SLIDE:
                notes = object.__new__(SlideXml)
                notes.part = rel.target_part
                notes.made = isinstance(notes.part, XmlPart)
                notes._element = notes.part._element if notes.made else None  # type: ignore[attr-defined]
                notes.layout = ""
                return notes
        return None

    def save(self) -> None:
        """Write a saved slide's changed XML back to its bytes (a made one holds it)."""
        if not self.made and self._element is not None:
            self.part._blob = serialize_part_xml(self._element)


# (what was read, a saved slide's bytes' digest) -> (the reading,): values are small.
_READINGS: BoundedCache[tuple[str, bytes], tuple[Any]] = BoundedCache(2048)
# (a change, a saved slide's bytes' digest) -> its bytes after the change.
_REWRITES: BoundedCache[tuple[Hashable, bytes], bytes] = BoundedCache(
    1024, max_weight=32 << 20, weigh=len)


class _NoPart:
    """The parent of a shape collection over a shape tree held as XML alone: it has no part
    to relate a picture, a chart or a link to."""

    @property
    def part(self) -> NoReturn:
        raise InternalError("a shape tree held as XML alone has no part: add a picture, "
                            "chart or link through its slide")


def tree_shapes(tree: Any) -> SlideShapes:
    """python-pptx's shape collection over a slide's shape tree (``SlideXml.tree``): a
    saved slide's XML has no python-pptx slide to ask for one. It adds autoshapes and
    their text (``deck_drawings.new_shape``) with the tree's next free shape id; anything
    that relates a part (a picture, a chart, a link) asks for the slide's part and raises
    InternalError."""
    return SlideShapes(tree, _NoPart())


def slides_xml(prs: Presentation) -> list[SlideXml]:
    """Every slide of ``prs``, in order, as ``SlideXml``."""
    return [SlideXml(prs.part.related_part(sld_id.rId)) for sld_id in prs.slides._sldIdLst]


def part_blob(prs: Presentation, index: int, notes: bool) -> bytes:
    """The bytes of the deck's slide ``index`` (or its notes) as they will be saved."""
    part = prs.part.related_part(prs.slides._sldIdLst[index].rId)
    if notes:
        part = part.part_related_by(RT.NOTES_SLIDE)
    return part.blob


def set_part_blobs(prs: Presentation, blobs: dict[tuple[int, bool], bytes]) -> bool:
    """Saved slides (or their notes), by index, given these bytes instead; False (nothing
    set) when one of them is a slide made in this build rather than a saved one."""
    ids = list(prs.slides._sldIdLst)
    parts = []
    for (index, notes), blob in blobs.items():
        part = prs.part.related_part(ids[index].rId)
        if notes:
            part = part.part_related_by(RT.NOTES_SLIDE)
        if isinstance(part, XmlPart):
            return False
        parts.append((part, blob))
    for part, blob in parts:
        part._blob = blob
    return True
