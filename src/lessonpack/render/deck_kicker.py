"""The kicker ("LEARNING CYCLE 1 · CHECK") beside its title on a trainer's slide.

A trainer's template has no place for lessonpack's kicker, so deck_match gives it a text box
above the title placeholder. A title placeholder is usually deeper than its text and anchored
at its foot or middle (PowerPoint's own is centred, two lines deep): a one-line title then sits
well below the kicker, which is left alone near the slide's top edge, where projectors crop.
After the slide is filled, the kicker moves down to sit just above the title's first line and
in line with its text (the title's left inset), so kicker, title and what follows read as one
block. The title's lines are measured as `check` measures them (check/pptx_layout_rules).

The kicker goes to where a TWO-line title's first line would start, not the title's own first
line: a question that wraps to two lines and the one-line slide after it then have their kicker
at one place, and it does not jump as the trainer clicks through (in Brightpath
the kicker moved from 0.6 in to 0.2 in from the top edge whenever a title wrapped).
"""

from __future__ import annotations

from typing import Any

from lessonpack.check.measure import LINE
from lessonpack.check.pptx_layout_rules import opaque, text_extent
from lessonpack.check.pptx_shapes import TITLE_TYPES, text_anchor
from lessonpack.check.pptx_text import text_frame
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_geometry import INCH

KICKER_NAME = "Kicker"  # the text box render/pptx.py adds for the "kicker" role
GAP = int(0.04 * INCH)  # between the kicker's line and the title's first line
EMU_PER_PT = 12700
CLEAR = int(0.16 * INCH)  # least room between the kicker's box and a title's first line
TOP_EDGE = int(0.3 * INCH)  # a kicker's line no nearer the slide's top edge than this
TITLE_SPACING = "90000"  # a wrapped title's lines, as PowerPoint's own title style sets them


def hug_kicker(slide: Any) -> None:
    """Move a kicker text box above the title down to the title's first line of text."""
    view = view_of(slide)
    title = next((i for i in view.items if i.ph is not None and i.ph.type in TITLE_TYPES
                  and i.text.strip()), None)
    kicker = next((i for i in view.items if i.ph is None and i.tag == "sp"
                   and i.name == KICKER_NAME and i.group is None), None)
    if title is None or kicker is None:
        return
    kx, ky, kw, kh = kicker.box
    tx, ty, _tw, _th = title.box
    if ky + kh > ty + GAP:
        return  # not above the title (a title slide stacks its own, deck_design)
    if opaque(title, view):
        return  # a title on its own band (lo35 "tunnel") would hide a kicker moved onto it
    extent = text_extent(title, view)
    frame = text_frame(title, view)
    if extent is None or frame is None:
        return
    inset = int(frame.insets[0] * EMU_PER_PT)
    two_top = _two_line_top(title, view, frame)
    new_y = max(ky, min(extent[0], two_top) - GAP - kh)
    if ky + kh + CLEAR > two_top and text_anchor(title) == "b":
        # A title that wraps grows up to the kicker in a box anchored at its foot (Brightpath's
        # title sits on its rule): 0.1 in between them, against 0.5 in over a one-line title.
        # The kicker goes up, on every slide of the layout alike (it
        # must not jump as a title wraps), as far as TOP_EDGE (projectors crop
        # the slide's edge), and a title that wraps closes its lines up to 90 %, PowerPoint's
        # own title spacing.
        kicker_frame = text_frame(kicker, view)
        size = max((r.size for p in kicker_frame.paras for r in p.runs), default=14.0) \
            if kicker_frame is not None else 14.0
        new_y = min(ky, TOP_EDGE - (kh - int(size * LINE * EMU_PER_PT)))  # text at its foot
        if extent[1] - extent[0] > int(1.5 * size * LINE * EMU_PER_PT):
            _close_up(title)
    # In line with the title's text when the kicker starts where the title's box does.
    new_x, new_w = (tx + inset, kw - inset) if kx == tx and kw > inset else (kx, kw)
    if (new_x, new_y) != (kx, ky):
        set_box(kicker.el, (new_x, new_y, new_w, kh))


def _close_up(title: Any) -> None:
    """A title's lines at TITLE_SPACING (unless it sets its own spacing)."""
    from lxml import etree

    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    paras = title.el.findall(f".//{ns}p")
    if not paras or any(p.find(f"{ns}pPr/{ns}lnSpc") is not None for p in paras):
        return
    for para in paras:
        ppr = para.find(f"{ns}pPr")
        if ppr is None:
            ppr = etree.SubElement(para, f"{ns}pPr")
            para.insert(0, ppr)
        spacing = etree.Element(f"{ns}lnSpc")
        etree.SubElement(spacing, f"{ns}spcPct").set("val", TITLE_SPACING)
        ppr.insert(0, spacing)


def _two_line_top(title: Any, view: Any, frame: Any) -> int:
    """Where a title two lines deep would start in this title's box, at its first line's size
    and spacing (anchored as the box is; a box too short for two lines starts at its top)."""
    _x, y, _w, h = title.box
    top_in, bottom_in = frame.insets[1], frame.insets[3]
    inner_top, inner_h = y + int(top_in * EMU_PER_PT), h - int((top_in + bottom_in) * EMU_PER_PT)
    para = frame.paras[0]
    size = max((r.size for r in para.runs), default=para.empty_size) * frame.font_scale
    factor = max(0.0, para.line_factor - frame.line_reduction)
    pitch = para.line_points if para.line_points is not None else size * LINE * factor
    two = min(inner_h, int(2 * pitch * EMU_PER_PT))
    anchor = text_anchor(title)
    if anchor == "b":
        return inner_top + inner_h - two
    if anchor == "ctr":
        return inner_top + (inner_h - two) // 2
    return inner_top


def unhide_kicker(slide: Any) -> None:
    """A kicker hugged onto its title's box goes back above it when the title has since been
    given a fill (deck_contrast's plate behind a title over a busy band: lo35 "tunnel", where
    the plate hid half the kicker, LPC305)."""
    view = view_of(slide)
    title = next((i for i in view.items if i.ph is not None and i.ph.type in TITLE_TYPES
                  and i.text.strip()), None)
    kicker = next((i for i in view.items if i.ph is None and i.tag == "sp"
                   and i.name == KICKER_NAME and i.group is None), None)
    if title is None or kicker is None or not opaque(title, view):
        return
    kx, ky, kw, kh = kicker.box
    top = title.box[1] - GAP - kh
    if ky + kh > title.box[1] and ky < title.box[1] + title.box[3] and top >= 0:
        set_box(kicker.el, (kx, top, kw, kh))
