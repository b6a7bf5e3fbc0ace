"""A "Draft" strip across the top of slide 1 while a deck still has fields to fill in.

A deck built without a school's details keeps "[DSL's name]" on its help slide. The hidden
last slide and the title slide's notes said so (deck_before), but a supply teacher who
opened the deck and pressed F5 saw a finished-looking deck until the help slide at the end
of the lesson, in front of the class, with no name to give a child who needed one. So the
first slide, the one open when the file is opened and the one projected first, carries a
strip in the fill-in yellow
(render/fill_in_marks) naming the slides and what is missing on them. A deck with nothing
left to fill in (a school's brand names its lead) has no strip.

The strip is the slide's first shape: read first by a screen reader, as it is seen first at
the top of the slide. A trainer's cover with something at its top gets it at its foot, read
last. A cover whose art (its layout's or master's shapes) fills both edges still gets it, at
the top over the art: the strip is a plate of its own, and a deck with unfilled names must
never look finished when it is opened. Only where the cover's own words fill both edges does
it go over them, drawn last so that it is seen. Its words are
plain, never a [field], so `lessonpack check` and the hidden slide do not count it as one;
the title slide's notes tell the teacher to delete it once the fields are filled in by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.shapes.shapetree import SlideShapes
from pptx.util import Inches

from lessonpack.check.measure import text_width
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Reader
from lessonpack.plan.counts_and_lists import and_list
from lessonpack.plan.field_words import by_owner, each_field, plain
from lessonpack.render.deck_before import NotesFound, notes_place
from lessonpack.render.deck_drawings import new_shape
from lessonpack.render.deck_geometry import (
    BACKGROUND_SHARE,
    FOOTER_TYPES,
    area,
    box_of,
    layout_obstacles,
    slide_boxes,
    xfrm_box,
)
from lessonpack.render.deck_logo_slot import SLOT_NAME
from lessonpack.render.fill_in_marks import INK, TINT
from lessonpack.render.ooxml import mark_decorative
from lessonpack.render.ooxml.placeholders import each_placeholder
from lessonpack.render.ooxml.slides import SlideXml, tree_shapes

STRIP_NAME = "Draft strip"
RULE_NAME = "Draft strip rule"
HEIGHT = int(Inches(0.6))
ACROSS = 0.9  # a shape this share of the slide's width is a band, not a mark
ALL, MARKS, NONE = "all", "marks", "none"  # the cover's art an edge must be clear of
# A darker line of the same yellow along the strip's foot: it ends the strip as an edge of
# the slide's design, not a note stuck on it (the pale tint alone faded into a white layout).
RULE = "E2B53B"
RULE_H = int(Inches(0.05))
SIZE_PT = 18  # the least slide text size: read from the front row, and by the teacher
MARGIN = int(Inches(0.8))  # lessonpack's own cover's left margin (its kicker and title)
LABEL = "Draft"

Found = Sequence[tuple[int, str, Sequence[str]]]


def draft_lines(found: Found, reader: Reader, logo: bool = False,
                in_notes: NotesFound | None = None) -> list[str]:
    """What the strip can say, the fullest first, as instructions: with ``logo`` (the cover
    shows the dashed "[School logo]" slot, which is not a field) "Add your logo here." first,
    "here" being the slide the strip is on; then what to fill in on which slides, in plain
    words ("DSL’s name", no brackets), and in which slides' notes (``in_notes``: the title
    slide's safeguarding line's "[school phone]"). "Draft" says "not yet", so naming every
    field is worth more than saying "before you teach"; the last lines say only where."""
    slides, fields = _on_slides(found)
    # A listed slide's own notes go with it (KS1's help slide's notes name its people).
    listed = {number for number, _title, _fields in found}
    noted = [(n, list(names)) for n, names in in_notes or [] if n not in listed]
    add = "Add your logo here. " if logo else ""
    places = [(slides, fields)] if slides else []
    lines = [f"{add}Fill in {_listed(places, noted, False)}.",
             f"{add}Fill in {_listed(places, noted, True)}.",
             f"{add}Fill in {_listed(places, noted, True, short=True)}."]
    if slides and noted:
        # The slides' fields by name, the notes by place only: a line's room goes to what
        # the class will see (the title slide's notes name the rest).
        also = and_list([notes_place(n, short=True) for n, _w in noted])
        said = ", ".join(by_owner(fields))
        lines.append(f"{add}Fill in {slides}: {said}; also {also}.")
        # Shorter words for the same: "deputy’s" is the DSL's deputy beside "DSL’s".
        short = ", ".join(by_owner(fields, short=True))
        lines.append(f"{add.replace('your ', '')}Fill in {slides}: {short}; also {also}.")
    where = and_list(([f"on {slides}"] if slides else []) +
                     [f"in {notes_place(n, short=True)}" for n, _w in noted])
    return [*dict.fromkeys(lines),
            f"{add}Fill in the yellow fields {where} before you {reader.verb}.",
            f"{add}Fill in the yellow fields {where}."]


def _on_slides(found: Found) -> tuple[str, list[str]]:
    """"slides 21 and 22" ("" for none) and every field on them, as printed."""
    numbers = [str(number) for number, _title, _fields in found]
    slides = f"{'slides' if len(numbers) > 1 else 'slide'} {and_list(numbers)}" \
        if numbers else ""
    return slides, each_field(f for _n, _t, names in found for f in names)


def _listed(places: list[tuple[str, list[str]]], noted: list[tuple[int, list[str]]],
            group: bool, short: bool = False) -> str:
    """"slide 37: DSL’s name, where to find them; this slide’s notes: school phone": each
    place's fields, ``group``ed by owner, its items parted by commas ("and" inside an item,
    "DSL’s name and room", would run into a list's own "and"), the places by semicolons."""
    def said(fields: list[str]) -> str:
        return ", ".join(by_owner(fields) if group else [plain(f) for f in fields])
    return "; ".join([f"{where}: {said(words)}" for where, words in places] +
                     [f"{notes_place(n, short)}: {said(words)}" for n, words in noted])


def add_draft_strip(slide: SlideXml, size: tuple[int, int], found: Found, reader: Reader,
                    font: str, in_notes: NotesFound | None = None, lead: str = "") -> str:
    """The strip across the top of ``slide`` (``size``: the slide's, EMU), or its foot where
    a trainer's cover has something at its top, its words the fullest of ``draft_lines``
    that fits one line; where it went ("top", "foot"). Every draft deck gets one: where no
    edge is free of the cover's art, the edge free of its own shapes; where none is, the
    top, over everything. ``lead``: words said after the fields (a deck for every year
    that tells the youngest years' stories says so)."""
    width = size[0]
    # The freest edge: clear of everything; else clear of all but bands across the slide
    # (over a band, not a logo); else clear of the slide's own shapes (over the art); else
    # the top, drawn over the cover's own words.
    top, over = next(((edge, False) for art in (ALL, MARKS, NONE)
                      if (edge := _free_edge(slide, size, art)) is not None), (0, True))
    room = (width - 2 * _margin(slide.tree)) / EMU_PT
    label = f"{LABEL}: "
    head = text_width(label, font, SIZE_PT, True)
    lines = draft_lines(found, reader, has_logo_slot(slide), in_notes)
    if lead:
        # What the deck leaves out for some of its years follows what to fill in, said in
        # fewer words where the line is too short for both (the hidden slide lists them).
        slides = _on_slides(found)[0]
        logo = "Add logo here. " if has_logo_slot(slide) else ""
        least = f"{logo}Fill in the yellow fields{f' on {slides}' if slides else ''}."
        lines = [f"{words} {lead}" for words in [*lines, least]]
    words = next((w for w in lines if head + text_width(w, font, SIZE_PT) <= room), lines[-1])
    slide.rewrite(("draft strip", width, top, words, font),
                  lambda tree: _draw(tree, (width, top), label, words, font, over))
    if top:
        layout = {ph.placeholder_format.type: box_of(ph)
                  for ph in each_placeholder(slide.slide_layout.placeholders)
                  if ph.placeholder_format.type in FOOTER_TYPES}
        slide.rewrite(("footers under the strip", top),
                      lambda tree: _drop_footers_under(tree, layout, top))
    return "top" if top == 0 else "foot"


# A slide's footer placeholders by their XML type, as python-pptx names them.
FOOTER_PH = dict(zip(("dt", "ftr", "sldNum"), FOOTER_TYPES, strict=True))


def _drop_footers_under(tree: Any, layout: dict[Any, Any], top: int) -> None:
    """The cover's footer, number and date that reach below ``top``, where the strip lies
    at the foot, taken off the cover: the strip hides them, and a footer meeting it reads as
    a clash (lo51 "alizarin": footer and number at the foot, the title at the top, the strip
    over the footers; LPC307). ``layout``: the layout's footer boxes by type, for a footer
    placeholder without a box of its own."""
    for sp in list(tree.iter(qn("p:sp"))):
        ph = sp.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
        kind = FOOTER_PH.get(ph.get("type", "")) if ph is not None else None
        if kind is None:
            continue
        box = xfrm_box(sp) or layout.get(kind)
        if box is not None and box[1] + box[3] > top:
            sp.getparent().remove(sp)


def has_logo_slot(slide: SlideXml) -> bool:
    """Whether the slide's layout shows the dashed "[School logo]" slot (deck_logo_slot)."""
    layout = slide.slide_layout
    return any(shape.name == SLOT_NAME for shape in layout.shapes)


def _free_edge(slide: SlideXml, size: tuple[int, int], art: str = "all") -> int | None:
    """Where the strip's top goes: the slide's top edge when nothing of the slide's, its
    layout's or its master's (backgrounds aside; ``art`` MARKS: bands across the whole
    slide aside too; NONE: the slide's own shapes alone) is within the strip's height of
    it, else the foot's, else None."""
    width, height = size
    layout = slide.slide_layout
    # The layout's placeholders other than its footers show only through the slide's own
    # (slide_boxes): an empty title box at the top of a trainer's layout, its cover's title
    # set lower, sent the strip to the foot although nothing is drawn at the top.
    unseen = [ph for ph in each_placeholder(layout.placeholders)
              if ph.placeholder_format.type not in FOOTER_TYPES]
    drawn = layout_obstacles(layout, size, skip=unseen) if art != NONE else []
    if art == MARKS:
        # A band or frame across the whole edge may be drawn over, never a logo or a
        # picture set on part of it (Northshire's logo panel at the top, its band at the
        # foot: the strip goes over the band).
        drawn = [b for b in drawn if b[2] < ACROSS * width]
    boxes = [*drawn, *slide_boxes(slide.tree)]
    boxes = [b for b in boxes if area(b) < BACKGROUND_SHARE * width * height]
    if all(b[1] >= HEIGHT for b in boxes):
        return 0
    if all(b[1] + b[3] <= height - HEIGHT for b in boxes):
        return height - HEIGHT
    return None


def _margin(tree: Any) -> int:
    """The cover's left margin: where its leftmost text starts (a trainer's template sets
    its own), at most lessonpack's."""
    lefts = [int(off.get("x", "0")) for sp in tree.iter(qn("p:sp"))
             if "".join(t.text or "" for t in sp.iter(qn("a:t"))).strip()
             and (off := sp.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:off')}")) is not None]
    found = [x for x in lefts if x > 0]
    # Never further in than lessonpack's own: a cover whose words sit right of a picture
    # pushed the strip's words halfway across it.
    return min([*found, MARGIN])


def _draw(tree: Any, at: tuple[int, int], label: str, words: str, font: str,
          over: bool = False) -> None:
    width, top = at
    margin = _margin(tree)
    # The shapes get the toolkit's rectangle and the library's next free id.
    shapes = tree_shapes(tree)
    strip = _rectangle(shapes, STRIP_NAME, (0, top, width, HEIGHT), TINT)
    body = etree.SubElement(strip, qn("p:txBody"))
    etree.SubElement(body, qn("a:bodyPr"), wrap="none", lIns=str(margin), rIns=str(margin),
                     tIns="0" if top == 0 else str(RULE_H), bIns=str(RULE_H) if top == 0
                     else "0", anchor="ctr", rtlCol="0")
    etree.SubElement(body, qn("a:lstStyle"))
    para = etree.SubElement(body, qn("a:p"))
    etree.SubElement(para, qn("a:pPr"), algn="l")
    for text, bold in ((label, True), (words, False)):
        run = etree.SubElement(para, qn("a:r"))
        props = etree.SubElement(run, qn("a:rPr"), lang="en-GB", sz=str(SIZE_PT * 100),
                                 b="1" if bold else "0", dirty="0")
        fill = etree.SubElement(props, qn("a:solidFill"))
        etree.SubElement(fill, qn("a:srgbClr"), val=INK)
        etree.SubElement(props, qn("a:latin"), typeface=font)
        etree.SubElement(run, qn("a:t")).text = text
    etree.SubElement(para, qn("a:endParaRPr"), lang="en-GB", sz=str(SIZE_PT * 100))
    # The rule on the edge towards the slide's middle.
    rule = _rectangle(shapes, RULE_NAME, (0, top + HEIGHT - RULE_H if top == 0 else top,
                                          width, RULE_H), RULE)
    mark_decorative(rule.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"))
    # Read where it is seen: first at the slide's top, before the cover's words; last at
    # its foot, or when drawn over the cover's words (last in the tree is drawn on top).
    if top == 0 and not over:
        tree.find(qn("p:grpSpPr")).addnext(strip)
    else:
        tree.append(strip)
    strip.addnext(rule)


def _rectangle(shapes: SlideShapes, name: str, box: tuple[int, int, int, int],
               colour: str) -> Any:
    """The toolkit's rectangle (render/deck_drawings.new_shape: no outline, no theme style)
    filled with ``colour``, the fill-in yellow whatever the brand, with no text body of its
    own; its ``p:sp`` element, to place in the tree."""
    shape = new_shape(shapes, MSO_SHAPE.RECTANGLE, box, None, name)
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(colour)
    sp = shape.element
    sp.remove(sp.find(qn("p:txBody")))
    return sp
