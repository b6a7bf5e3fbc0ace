"""A red "EXAMPLE" band on the slides of a deck built from one of lessonpack's example files.

An example brand or school (``example: true``) prints made-up people and numbers. The
documents say so at every page's top edge (render/docx_example_mark), and the decks marked
those contacts yellow only, as fields: projected, "Mrs Shah · School office" on a help slide
read as the school's real lead. So the cover, and every slide that shows a made-up contact,
carries a full-width red band with white bold words saying the school and contacts are made
up. It is the same decision the documents' mark takes (the merged brand's ``example``).

The band has a strip of the slide to itself, never over the slide's words or pictures: at
the top (under a Draft strip there), the slide's own shapes moved down where it needs the
room and the room below them allows; else at the foot, the shapes moved up the same way.
Bands of the layout drawn across the whole width (a title bar, a footer band) may be drawn
over; a logo, a footer line or a slide number may not. A slide where neither edge can be
made free gets the band at its top, over what is there: a deck of made-up contacts must
never project unmarked.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import SlideLayout
from pptx.util import Inches

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import example_values
from lessonpack.render.deck_draft import ACROSS, RULE_NAME, STRIP_NAME
from lessonpack.render.deck_drawings import new_shape
from lessonpack.render.deck_geometry import (
    BACKGROUND_SHARE,
    FOOTER_TYPES,
    FOOTER_XML_TYPES,
    Box,
    area,
    box_of,
    layout_obstacles,
    overlaps,
    xfrm_box,
)
from lessonpack.render.fill_in_marks import EXAMPLE_RED
from lessonpack.render.ooxml.placeholders import each_placeholder, find_ph
from lessonpack.render.ooxml.slides import SlideXml, slides_xml, tree_shapes

BAND_NAME = "Example band"
WORDS = "EXAMPLE: made-up school and contacts. Not for use with a class."
SIZE_PT = 18  # the least slide text size (`lessonpack check`, LPC202)
HEIGHT = int(Inches(0.45))
GAP = int(Inches(0.06))  # between the band and the slide's first (or last) shape
WHITE = "FFFFFF"
MARGIN = int(Inches(0.6))

_TEXT = qn("a:t")
_FURNITURE = {STRIP_NAME, RULE_NAME, BAND_NAME}


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


def add_example_bands(prs: Presentation, brand: Brand, cover_only: bool = False
                      ) -> list[tuple[int, str]]:
    """The band on each slide ``example_slides`` names (none unless ``brand`` is an
    example's); (index, where it went) each. ``cover_only``: a trainer's template, whose
    help slides have no strip to spare: moved for the band, their words met the template's
    title rule and kicker (Brightpath), so only the cover says it."""
    if not brand.example:
        return []
    slides = slides_xml(prs)
    size = (int(prs.slide_width or 0), int(prs.slide_height or 0))
    chosen = example_slides([slide_text(s) for s in slides], brand)
    chosen = chosen[:1] if cover_only else chosen
    return [(n, add_band(slides[n], size, brand.body_font)) for n in chosen]


def add_band(slide: SlideXml, size: tuple[int, int], font: str) -> str:
    """The band on ``slide`` in a strip of its own: where it went ("top", "foot", "above
    footer", "over")."""
    fixed = _fixed_boxes(slide.slide_layout, size)
    placed: list[str] = []

    def change(tree: Any) -> None:
        own = list(_movable(tree, slide.slide_layout, size))
        where, top, (up, down) = _place(tree, [b for _e, b in own], size, fixed)
        for element, box in own:
            shift = up if _centre(box) < top + HEIGHT // 2 else down
            if shift:
                _set_top(element, box, box[1] + shift)
        band = _draw(tree, (size[0], top), font)
        # Read where it is seen: after the last shape above it (at the top, first).
        above = [e for e in tree if isinstance(e.tag, str) and e is not band
                 and (at := _box(e, slide.slide_layout)) is not None and at[1] < top]
        (above[-1] if above else tree.find(qn("p:grpSpPr"))).addnext(band)
        placed.append(where)

    # The layout's fixed boxes in the key: the same slide XML on another template's layout
    # is placed differently.
    slide.rewrite(("example band", size, font, tuple(fixed)), change)
    return placed[0] if placed else "top"


def _centre(box: Box) -> int:
    return box[1] + box[3] // 2


Shifts = tuple[int, int]  # how far the shapes above the band move (up: <= 0), and below


def _place(tree: Any, own: list[Box], size: tuple[int, int],
           fixed: list[Box]) -> tuple[str, int, Shifts]:
    """Where the band goes (its name, its top) and how far the slide's shapes above and
    below it move to give it its strip: of the places where that can be done, the one that
    moves them least, the slide's top first; ("over", top, no move) where none can."""
    width, height = size
    strip = _strips(tree)
    fixed = [*fixed, *strip]
    # At the top: under a Draft strip drawn there (deck_draft), else at the slide's edge;
    # at the foot: above a Draft strip there; or just above the layout's footer row.
    start = max((b[1] + b[3] for b in strip if b[1] < height // 2), default=0)
    end = min((b[1] for b in strip if b[1] >= height // 2), default=height)
    footer = min((b[1] for b in fixed if b[1] >= height * 3 // 4), default=end)
    candidates = [("top", start), ("foot", end - HEIGHT),
                  ("above footer", footer - GAP - HEIGHT)]
    found = []
    for rank, (where, top) in enumerate(candidates):
        shifts = _room(own, fixed, (0, top, width, HEIGHT), height)
        if shifts is not None:
            moved = sum(abs(shifts[0] if _centre(b) < top + HEIGHT // 2 else shifts[1])
                        for b in own)
            found.append((moved, rank, where, top, shifts))
    if not found:
        return "over", start, (0, 0)
    _moved, _rank, where, top, shifts = min(found)
    return where, top, shifts


def _can_move(own: list[Box], fixed: list[Box], shift: int, height: int) -> bool:
    """Whether every shape moved by ``shift`` stays on the slide and meets no fixed shape
    it did not meet before (a cover's words beside its art keep clear of it)."""
    for box in own:
        moved = (box[0], box[1] + shift, box[2], box[3])
        if moved[1] < 0 or moved[1] + moved[3] > height:
            return False
        if any(overlaps(moved, f) and not overlaps(box, f) for f in fixed):
            return False
    return True


def _room(own: list[Box], fixed: list[Box], band: Box, height: int) -> Shifts | None:
    """How far the shapes above ``band`` move up and those below it move down to leave it
    clear; None where the band meets a fixed shape or a moved shape would."""
    if any(overlaps(band, f) for f in fixed):
        return None
    top, bottom = band[1], band[1] + band[3]
    above = [b for b in own if _centre(b) < top + band[3] // 2]
    below = [b for b in own if _centre(b) >= top + band[3] // 2]
    up = min(0, top - GAP - max((b[1] + b[3] for b in above), default=0)) if top else 0
    down = max(0, bottom + GAP - min((b[1] for b in below), default=height))
    if above and top == 0:
        return None
    if _can_move(above, fixed, up, height) and _can_move(below, fixed, down, height):
        return up, down
    return None


def _fixed_boxes(layout: SlideLayout, size: tuple[int, int]) -> list[Box]:
    """What the layout and master show that the band may not cover: logos, art, footer
    lines and numbers; not a background, not a bar along a whole edge (a title bar, a
    side bar: the slide's frame, not its content), not a placeholder other than a footer
    (it shows only through the slide's own)."""
    width, height = size
    unseen = [ph for ph in each_placeholder(layout.placeholders)
              if ph.placeholder_format.type not in FOOTER_TYPES]
    return [b for b in layout_obstacles(layout, size, skip=unseen)
            if b[2] < ACROSS * width and b[3] < ACROSS * height
            and area(b) < BACKGROUND_SHARE * width * height]


def _strips(tree: Any) -> list[Box]:
    """The Draft strip and its rule, where the slide has them: the band goes beside them."""
    return [box for element in tree if _name(element) in (STRIP_NAME, RULE_NAME)
            and (box := xfrm_box(element)) is not None]


def _movable(tree: Any, layout: SlideLayout, size: tuple[int, int]
             ) -> Iterator[tuple[Any, Box]]:
    """The slide's own shapes that move to make the band's room, with their boxes (a
    placeholder with none of its own: its layout's): not its footers, nor the Draft strip,
    nor a background or a band from edge to edge."""
    width, height = size
    for element in tree:
        if not isinstance(element.tag, str) or _name(element) in _FURNITURE:
            continue
        ph = find_ph(element)
        if ph is not None and ph.get("type") in FOOTER_XML_TYPES:
            continue
        box = _box(element, layout)
        # A background, or a band drawn from edge to edge, is the slide's frame: it stays.
        if box is None or area(box) >= BACKGROUND_SHARE * width * height \
                or (box[0] <= 0 and box[0] + box[2] >= width):
            continue
        yield element, box


def _name(element: Any) -> str:
    c_nv_pr = next(element.iter(qn("p:cNvPr")), None)
    return "" if c_nv_pr is None else str(c_nv_pr.get("name", ""))


def _xfrm(element: Any) -> Any:
    for path in ("p:spPr/a:xfrm", "p:grpSpPr/a:xfrm", "p:xfrm"):
        found = element.find("/".join(qn(p) for p in path.split("/")))
        if found is not None:
            return found
    return None


def _box(element: Any, layout: SlideLayout) -> Box | None:
    """A shape's box: its own, or a placeholder's layout's."""
    box = xfrm_box(element)
    ph = find_ph(element) if box is None else None
    return _layout_box(layout, ph) if ph is not None else box


def _layout_box(layout: SlideLayout, ph: Any) -> Box | None:
    """The box of the layout placeholder a slide's placeholder takes its place from."""
    idx, kind = int(ph.get("idx", "0")), ph.get("type", "body")
    for base in each_placeholder(layout.placeholders):
        fmt = base.placeholder_format
        if fmt.idx == idx or (idx == 0 and getattr(fmt.type, "xml_value", None) == kind):
            return box_of(base)
    return None


def _set_top(element: Any, box: Box, top: int) -> None:
    """Move ``element`` to ``top``, giving a placeholder that had none its own box."""
    xfrm = _xfrm(element)
    if xfrm is None:
        sp_pr = element.find(qn("p:spPr"))
        xfrm = etree.Element(qn("a:xfrm"))
        sp_pr.insert(0, xfrm)
        etree.SubElement(xfrm, qn("a:off"), x=str(box[0]), y=str(box[1]))
        etree.SubElement(xfrm, qn("a:ext"), cx=str(box[2]), cy=str(box[3]))
    xfrm.find(qn("a:off")).set("y", str(top))


def _draw(tree: Any, at: tuple[int, int], font: str) -> Any:
    """The band, the slide's last shape; its ``p:sp``."""
    width, top = at
    shape = new_shape(tree_shapes(tree), MSO_SHAPE.RECTANGLE, (0, top, width, HEIGHT), None,
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
    etree.SubElement(run, qn("a:t")).text = WORDS
    etree.SubElement(para, qn("a:endParaRPr"), lang="en-GB", sz=str(SIZE_PT * 100))
    return sp
