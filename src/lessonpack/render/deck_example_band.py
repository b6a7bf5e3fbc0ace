"""A red "EXAMPLE" band on the slides of a deck built from one of lessonpack's example files.

An example brand or school (``example: true``) prints made-up people and numbers. The
documents say so at every page's top edge (render/docx_example_mark), and the decks marked
those contacts yellow only, as fields: projected, "Mrs Shah · School office" on a help slide
read as the school's real lead. So the cover, and every slide that shows a made-up contact,
carries a full-width red band with white bold words saying the school and contacts are made
up. It is the same decision the documents' mark takes (the merged brand's ``example``).

The band has one place on every slide, whatever the template: the slide's top edge, in the
strip deck_band_room kept free on every master and layout before the deck was filled. So
nothing moves for it, it covers nothing, and a banded slide's title is where its
neighbours' are. On a cover that would also get a yellow "Draft" strip (fields left to fill
in: deck_draft), the band says both, one bar instead of two warnings stacked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.util import Inches

from lessonpack.check.measure import text_width
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import example_values
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_band_room import ACROSS, BAND_HEIGHT
from lessonpack.render.deck_drawings import new_shape
from lessonpack.render.deck_geometry import xfrm_box
from lessonpack.render.fill_in_marks import EXAMPLE_RED
from lessonpack.render.ooxml.slides import SlideXml, slides_xml, tree_shapes

BAND_NAME = "Example band"
MADE_UP = "EXAMPLE: made-up school and contacts."
# Who the deck must not be shown to: a class, or at a parents' session, families (the
# documents' mark says "Not to be sent to families").
NOT_FOR = {False: "Not for use with a class.", True: "Not for use with families."}
SIZE_PT = 18  # the least slide text size (`lessonpack check`, LPC202)
HEIGHT = BAND_HEIGHT
WHITE = "FFFFFF"
MARGIN = int(Inches(0.6))

_TEXT = qn("a:t")


def band_words(families: bool) -> str:
    """The band's words: a class's deck, or (``families``) a parents' session's."""
    return f"{MADE_UP} {NOT_FOR[families]}"


def merged_words(families: bool, fill_in: Sequence[str], font: str, width: int) -> str:
    """The cover's one bar where the deck is also a draft: "Draft example", what to fill in
    (``fill_in``: deck_draft.draft_lines, the fullest first) and who it is not for, the
    fullest that fits one line of a slide ``width`` wide; it opens with "Draft", as the
    check's draft mark does (LPC108)."""
    room = (width - 2 * MARGIN) / EMU_PT
    made_up = "Draft example: made-up school and contacts."
    lines = [*(f"{made_up} {f} {NOT_FOR[families]}" for f in fill_in),
             *(f"{made_up} {f}" for f in fill_in),
             *(f"Draft example: made-up contacts. {f}" for f in fill_in)]
    # Where no line with what to fill in fits, the bar says only that it is a draft and an
    # example: the band's text does not wrap, so a longer line would run off the slide.
    return next((w for w in lines if text_width(w, font, SIZE_PT, True) <= room), made_up)


def bands_deck(brand: Brand) -> bool:
    """Whether a deck of ``brand`` gets the band: an example's, with made-up contacts, on
    any template. A trainer's example brand that names no school and no contact
    (Brightpath's) gets none: its slides show yellow fields ("[DSL's name]") that no one
    could take for a real person or number, its cover's yellow Draft strip already says the
    deck is not ready to show, and the band's words ("made-up school and contacts") would
    not be true of it; its documents carry no EXAMPLE mark either (the same decision)."""
    return brand.example and bool(example_values(brand))


def example_slides(texts: Sequence[str], brand: Brand) -> list[int]:
    """The indices of the slides (their ``texts``) that get the band: the cover, and each
    slide that prints one of an example ``brand``'s made-up contacts; none for a real one."""
    values = example_values(brand)
    if not values:
        return []
    return [n for n, text in enumerate(texts) if n == 0 or any(v in text for v in values)]


def slide_text(slide: SlideXml) -> str:
    """Every word on the slide, as one string (the no-break spaces a field is held with as
    spaces, as the contacts are written in the brand file)."""
    return slide.reading("text", lambda tree: " ".join(
        t.text or "" for t in tree.iter(_TEXT)).replace("\u00a0", " "))


def add_example_bands(prs: Presentation, brand: Brand, families: bool = False,
                      cover: str = "") -> list[int]:
    """The band on each slide ``example_slides`` names (none unless ``brand`` is an
    example's): the indices banded. ``families``: a parents' session's deck; ``cover``:
    the cover's words in place of the band's own (merged_words, a draft's)."""
    if not brand.example:
        return []
    slides = slides_xml(prs)
    width = int(prs.slide_width or 0)
    chosen = example_slides([slide_text(s) for s in slides], brand)
    for n in chosen:
        words = cover if n == 0 and cover else band_words(families)
        add_band(slides[n], width, brand.body_font, words)
    return chosen


def add_band(slide: SlideXml, width: int, font: str, words: str) -> None:
    """The band across the top of ``slide``, in the strip kept for it (deck_band_room)."""
    def change(tree: Any) -> None:
        band = _draw(tree, width, font, words)
        # Read first, as it is seen first; drawn over a frame the slide itself draws from
        # its top edge (a cover's full-bleed panel), never under it.
        frames = [e for e in tree if e is not band and _frame(e, width)]
        (frames[-1] if frames else tree.find(qn("p:grpSpPr"))).addnext(band)

    slide.rewrite(("example band", width, font, words), change)


def _frame(element: Any, width: int) -> bool:
    """A slide's own shape across its whole width from its top edge: a panel the band is
    drawn on (the frame deck_band_room leaves where it is)."""
    box = xfrm_box(element)
    return box is not None and box[1] <= 0 and box[2] >= ACROSS * width


def _draw(tree: Any, width: int, font: str, words: str) -> Any:
    """The band, the slide's last shape; its ``p:sp``."""
    shape = new_shape(tree_shapes(tree), MSO_SHAPE.RECTANGLE, (0, 0, width, HEIGHT), None,
                      BAND_NAME)
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(EXAMPLE_RED)
    sp = shape.element
    sp.remove(sp.find(qn("p:txBody")))
    body = etree.SubElement(sp, qn("p:txBody"))
    etree.SubElement(body, qn("a:bodyPr"), wrap="none", lIns=str(MARGIN), rIns=str(MARGIN),
                     tIns="0", bIns="0", anchor="ctr", rtlCol="0")
    etree.SubElement(body, qn("a:lstStyle"))
    para = etree.SubElement(body, qn("a:p"))
    etree.SubElement(para, qn("a:pPr"), algn="ctr")
    run = etree.SubElement(para, qn("a:r"))
    props = etree.SubElement(run, qn("a:rPr"), lang="en-GB", sz=str(SIZE_PT * 100), b="1",
                             dirty="0")
    fill = etree.SubElement(props, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=WHITE)
    etree.SubElement(props, qn("a:latin"), typeface=font)
    etree.SubElement(run, qn("a:t")).text = words
    etree.SubElement(para, qn("a:endParaRPr"), lang="en-GB", sz=str(SIZE_PT * 100))
    return sp
