"""A trainer's template's footer row arranged for a logo: the footer text from the body's left
margin, left-aligned; the slide number at the row's far right; the logo just before it.

Office templates put a date at the left of the row, the footer text centred and the number at
the right. lessonpack writes no date, so the logo took the date's place and the footer text
stayed centred: the text shared no edge with the body above it, and the logo sat alone in
the corner. The row's own placeholders say where it is; nothing here knows a template.
"""

from __future__ import annotations

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.slide import SlideLayout, SlideMaster
from pptx.util import Emu, Inches

from lessonpack.render.deck_geometry import Box, box_of, master_obstacles, overlaps
from lessonpack.render.ooxml.placeholders import each_placeholder

# The number's box: "100" at 12 pt inside PowerPoint's default insets (0.1 in each side).
NUMBER_BOX_W = int(Inches(0.7))
LOGO_GAP = int(Inches(0.1))  # from the logo to the number's box (its inset and spare width add)
TEXT_GAP = int(Inches(0.2))  # from the footer text's box to the logo
LEAST_TEXT_W = int(Inches(2.5))  # the lesson's name at 10 pt needs about this much
EDGE = int(Inches(0.05))  # the logo this far inside the slide's foot at least


def _row(master: SlideMaster) -> tuple[object, object, Box, Box, int] | None:
    """The master's footer and number placeholders, their boxes, and the body's left edge;
    None unless both are there, on one row, the number after the footer."""
    by_type = {ph.placeholder_format.type: ph for ph in each_placeholder(master.placeholders)}
    footer, number = by_type.get(PP_PLACEHOLDER.FOOTER), by_type.get(PP_PLACEHOLDER.SLIDE_NUMBER)
    margin_ph = by_type.get(PP_PLACEHOLDER.BODY) or by_type.get(PP_PLACEHOLDER.TITLE)
    if footer is None or number is None or margin_ph is None:
        return None
    if _drawn(footer) or _drawn(number):
        return None  # a box the template draws (a panel behind the number) keeps its place
    f_box, n_box, m_box = box_of(footer), box_of(number), box_of(margin_ph)
    if f_box is None or n_box is None or m_box is None:
        return None
    same_row = f_box[1] < n_box[1] + n_box[3] and n_box[1] < f_box[1] + f_box[3]
    if not same_row or n_box[0] + n_box[2] <= f_box[0] + f_box[2]:
        return None
    return footer, number, f_box, n_box, m_box[0]


FILLS = ("a:solidFill", "a:gradFill", "a:blipFill", "a:pattFill")


def _drawn(ph: object) -> bool:
    """Whether the placeholder is drawn as a box of its own: a fill or an outline."""
    sp_pr = ph.element.find(qn("p:spPr"))  # type: ignore[attr-defined]
    if sp_pr is None:
        return False
    if any(sp_pr.find(qn(tag)) is not None for tag in FILLS):
        return True
    line = sp_pr.find(qn("a:ln"))
    return line is not None and any(line.find(qn(tag)) is not None for tag in FILLS)


def footer_row_logo(master: SlideMaster, logo: tuple[int, int],
                    size: tuple[int, int]) -> Box | None:
    """Arrange the master's footer row (and every layout's copy of it) for a logo of size
    ``logo``; the logo's box, or None (nothing changed) when the row has no room for it."""
    row = _row(master)
    if row is None:
        return None
    footer, number, f_box, n_box, left = row
    w, h = logo
    right = n_box[0] + n_box[2]
    number_box = (right - NUMBER_BOX_W, n_box[1], NUMBER_BOX_W, n_box[3])
    x = number_box[0] - LOGO_GAP - w
    y = min(n_box[1] + (n_box[3] - h) // 2, size[1] - EDGE - h)
    logo_box = (x, y, w, h)
    # Its words (not its box) on the body's left edge, where lessonpack's cards and titles
    # start: the box reaches left by its own inset.
    left -= _left_inset(footer)
    text_box = (left, f_box[1], x - TEXT_GAP - left, f_box[3])
    if text_box[2] < LEAST_TEXT_W:
        return None
    row_boxes = {b for ph in each_placeholder(master.placeholders)
                 if ph.placeholder_format.type in (PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER,
                                                    PP_PLACEHOLDER.SLIDE_NUMBER)
                 and (b := box_of(ph)) is not None}
    others = [b for b in master_obstacles(master, size) if b not in row_boxes]
    if any(overlaps(b, o) for b in (logo_box, text_box) for o in others):
        return None
    _place(footer, text_box, "l")
    _place(number, number_box, "r")
    for layout in master.slide_layouts:
        _follow(layout, f_box, n_box, text_box, number_box)
    return logo_box


def _left_inset(ph: object) -> int:
    """The placeholder's own left inset (PowerPoint's default 0.1 in when it sets none)."""
    body_pr = ph.element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")  # type: ignore[attr-defined]
    inset = body_pr.get("lIns") if body_pr is not None else None
    return int(inset) if inset is not None and inset.isdigit() else int(Inches(0.1))


def _follow(layout: SlideLayout, f_box: Box, n_box: Box, text_box: Box,
            number_box: Box) -> None:
    """A layout's own footer and number placeholders where the master's went, when the
    layout kept them where the master had them (a layout that moved its row keeps it)."""
    for ph in each_placeholder(layout.placeholders):
        kind = ph.placeholder_format.type
        # Where the master's was, or inherited from it (then already where it went).
        if kind == PP_PLACEHOLDER.FOOTER and box_of(ph) in (f_box, text_box):
            _place(ph, text_box, "l")
        elif kind == PP_PLACEHOLDER.SLIDE_NUMBER and box_of(ph) in (n_box, number_box):
            _place(ph, number_box, "r")


def _place(ph: object, box: Box, align: str) -> None:
    """The placeholder at ``box``, its text aligned ``align`` at every level it sets (its
    list style's first level and any paragraph's own)."""
    ph.left, ph.top, ph.width, ph.height = (Emu(v) for v in box)  # type: ignore[attr-defined]
    body = ph.element.find(qn("p:txBody"))  # type: ignore[attr-defined]
    if body is None:
        return
    lst = body.find(qn("a:lstStyle"))
    if lst is None:
        lst = etree.Element(qn("a:lstStyle"))
        body_pr = body.find(qn("a:bodyPr"))
        if body_pr is not None:
            body_pr.addnext(lst)
        else:
            body.insert(0, lst)
    level = lst.find(qn("a:lvl1pPr"))
    if level is None:
        level = etree.Element(qn("a:lvl1pPr"))
        lst.insert(0, level)
    level.set("algn", align)
    for p_pr in body.iter(qn("a:pPr")):
        if p_pr.get("algn") is not None:
            p_pr.set("algn", align)


def beside_drawn_number(master: SlideMaster, logo: tuple[int, int],
                        size: tuple[int, int]) -> Box | None:
    """The logo's box in the footer row a template draws itself: just before a shape of
    its own that shows the slide number (a disc with a number field, not a placeholder;
    klee2's sits in the patterned border at the foot), level with it and inside the slide's
    foot; None where there is no such shape or the box would meet anything but the body
    placeholder (whose drawn area is cut back to clear the logo: deck_logo_room). Without
    it the logo went to a free corner: klee2's top right, on the border, away from every
    other mark of the slide's own."""
    n_box = _drawn_number(master)
    if n_box is None:
        return None
    w, h = logo
    bodies = _bodies(master)
    # Its right edge no further out than the body's: on the template's content panel, under
    # the cards' right edge, not half on the border beside it.
    right = min([n_box[0] - LOGO_GAP, *(b[0] + b[2] for b in bodies)])
    y = min(n_box[1] + (n_box[3] - h) // 2, size[1] - EDGE - h)
    box = (right - w, y, w, h)
    if box[0] < 0 or y < 0:
        return None
    others = [b for b in master_obstacles(master, size) if b not in bodies and b != n_box]
    if any(overlaps(box, o) for o in others):
        return None
    return box


def _drawn_number(master: SlideMaster) -> Box | None:
    """The box of a shape of the master's own (not a placeholder) with a slide-number field."""
    number = next((sh for sh in master.shapes if not sh.is_placeholder
                   and sh.element.find(f".//{qn('a:fld')}[@type='slidenum']") is not None),
                  None)
    return box_of(number) if number is not None else None


def _bodies(master: SlideMaster) -> set[Box]:
    """The boxes of the master's body (and content) placeholders."""
    return {b for ph in each_placeholder(master.placeholders)
            if ph.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
            and (b := box_of(ph)) is not None}
