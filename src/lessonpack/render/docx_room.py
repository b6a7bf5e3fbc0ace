"""A story's room on the worksheet: the slides' drawing of it (render/deck_room), made in a
scratch slide and carried into the document as a Word drawing (render/docx_drawing).

Drawn once, in one place: the sheet's room is the one pupils saw close up on the slide,
the same clues in the same places with the same words (the street on the sign, the name on
the certificate), so a sort row that says "The frame on the wall" points at the same frame
on paper as on the screen.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from lessonpack.caches import BoundedCache
from lessonpack.errors import InternalError
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.render import deck_drawings as dd
from lessonpack.render.deck_room import draw_room
from lessonpack.render.deck_theme import SLOT_REFS, SLOTS, scheme_colours
from lessonpack.render.docx_drawing import placed, word_drawing
from lessonpack.render.ooxml import A, run_xml

if TYPE_CHECKING:
    from lessonpack.plan.model import StoryPicture
    from lessonpack.render.docx_writer import DocWriter

# The room is drawn as for a slide (its clues' words at 18 pt at least) and printed at this
# share of that size: its words come out at 12 pt, a document's least size, in a drawing
# that still fits the text width.
PRINT_SCALE = 2 / 3

# A theme colour's name on a shape, as the theme's own slot holds it.
_SLOTS = {ref: slot for slot, ref in SLOT_REFS.items()}


# The room as a Word drawing, serialised, each brand colour a mark (``_mark``) for the
# brand's own, with its pictures' bytes by their slide relationship id: one per scene, size,
# font and description a process. Drawing the room in a scratch slide and copying it into
# Word was about a sixth of a warm KS2 build, done again for every school though only the
# colours differ.
_DRAWN: BoundedCache[Hashable, tuple[bytes, dict[str, bytes]]] = BoundedCache(64)


def _mark(slot: str) -> str:
    """What stands for theme slot ``slot``'s colour in a kept drawing: no colour's hex and
    no word of a room (the dot ends it, so accent1 is not the start of another)."""
    return f"lp-colour-{slot}."


def story_picture(renderer: DocWriter, block: StoryPicture) -> None:
    """The room across the text width, ``block.height_cm`` high, centred in a paragraph of
    its own kept with what follows (the sort that asks about it)."""
    scene = block.scene
    if not isinstance(scene, StreamScreen):
        # Only a stream has a room to draw; anything else would leave a sheet's sort
        # pointing at a picture that is not there.
        raise InternalError(f"a worksheet's story picture is drawn from a live stream's "
                            f"room, not a {type(scene).__name__}")
    width = int(renderer.width)  # a python-docx length: EMU
    height = int(Cm(block.height_cm))
    kept, pictures = _word_room(scene, (width, height), renderer.brand.body_font, block.alt)
    # The deck's colours for this brand (its wall is the brand's light tint): a document's
    # theme differs, so a shape's theme colour is fixed to the slide's.
    for slot, colour in scheme_colours(renderer.brand).items():
        kept = kept.replace(_mark(slot).encode(), colour.encode())
    drawing = placed(etree.fromstring(kept), renderer.doc, pictures.__getitem__,
                     renderer.shape_id)
    paragraph = renderer.para("LP Body")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.space_before = Pt(2)
    paragraph.paragraph_format.space_after = Pt(4)
    # Single spacing: a style's 1.15 spaces an inline drawing's line too (5 cm took 5.75).
    paragraph.paragraph_format.line_spacing = 1.0
    run_xml(paragraph.add_run()).append(drawing)


def _word_room(scene: StreamScreen, area: tuple[int, int], font: str, alt: str
               ) -> tuple[bytes, dict[str, bytes]]:
    """The room as the slides draw it, printed in ``area`` (EMU wide, high) at its own
    proportions, its words at print size, as a Word drawing not yet placed in a document
    (docx_drawing.word_drawing) with each theme colour marked (``_mark``); and the bytes
    of each picture it relates to. Everything the drawing depends on is in the key: the
    room is measured in ``font``, and nothing of a brand but the colours reaches it."""
    key = (scene, area, font, alt)
    found = _DRAWN.get(key)
    if found is None:
        width, height = area
        box = (0, 0, round(width / PRINT_SCALE), round(height / PRINT_SCALE))
        prs = Presentation()
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        group = dd.new_group(slide, "Story room", alt)
        draw_room(group.shapes, scene, box, font)
        dd.close_group(group)
        element = group.element
        _fixed_colours(element, {slot: _mark(slot) for slot in SLOTS})
        _scaled_words(element, PRINT_SCALE)
        # Printed at the drawn room's own proportions (the room keeps them inside its box).
        frame = element.find(f".//{{{A}}}xfrm")
        drawn = frame.find(f"{{{A}}}ext") if frame is not None else None
        size = ((round(int(drawn.get("cx", "0")) * PRINT_SCALE),
                 round(int(drawn.get("cy", "0")) * PRINT_SCALE)) if drawn is not None
                else area)
        pictures = {r_id: bytes(rel.target_part.blob)
                    for r_id, rel in slide.part.rels.items()
                    if rel.reltype == RT.IMAGE}
        found = (etree.tostring(word_drawing(element, alt, size)), pictures)
        _DRAWN.put(key, found)
    return found


def _fixed_colours(element: etree._Element, colours: dict[str, str]) -> None:
    """Every theme colour in ``element`` as the brand's colour in that slot. A name the
    brand's scheme has no colour for is an error: it had been printed black."""
    for found in list(element.iter(f"{{{A}}}schemeClr")):
        name = found.get("val", "")
        slot = _SLOTS.get(name, name)
        if slot not in colours:
            raise InternalError(f"the worksheet's room uses theme colour {name!r}, which "
                                f"the brand's scheme does not give (it has "
                                f"{', '.join(sorted(colours))})")
        fixed = etree.Element(f"{{{A}}}srgbClr", val=colours[slot])
        fixed.extend(list(found))  # its tints and shades
        found.getparent().replace(found, fixed)


def _scaled_words(element: etree._Element, scale: float) -> None:
    """Every run's size times ``scale``: Word scales a drawing's shapes to its frame, never
    the words in them."""
    for tag in ("rPr", "endParaRPr", "defRPr"):
        for props in element.iter(f"{{{A}}}{tag}"):
            size = props.get("sz")
            if size:
                props.set("sz", str(round(int(size) * scale / 50) * 50))
