"""The kicker ("LEARNING CYCLE 1 · CHECK") beside its title on a trainer's slide.

A trainer's template has no place for lessonpack's kicker, so deck_match gives it a text box
above the title placeholder. A title placeholder is usually deeper than its text and anchored
at its foot or middle (PowerPoint's own is centred, two lines deep; Brightpath's sits on its
rule): a one-line title then sits well below the kicker, and a title that wraps climbs up to
it, so the heading block seems to move as the trainer clicks through.

After the slide is filled, the title hangs from the top of its box (anchored at its top, the
box keeping its foot, so a second line grows down into the room the box always had), and the
kicker sits a fixed gap above its first line, in line with its text (the title's left inset).
Kicker, title and what follows then read as one group, at one place on every slide of the
layout, one line or two. The kicker keeps TOP_EDGE clear of the slide's top edge (projectors
crop it): a title box starting nearer the edge than that moves its top down, not the kicker
up. A title too deep for its box keeps the template's anchor, with the kicker above its first
line. The title's lines are measured as `check` measures them (check/pptx_layout_rules).
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder

from lessonpack.check.measure import LINE
from lessonpack.check.pptx_layout_rules import opaque, text_extent
from lessonpack.check.pptx_shapes import TITLE_TYPES
from lessonpack.check.pptx_text import text_frame
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_fit import level1_styles
from lessonpack.render.deck_geometry import INCH
from lessonpack.render.ooxml.placeholders import placeholder
from lessonpack.render.shape_names import KICKER_NAME

GAP = int(0.04 * INCH)  # between the kicker's line (at its box's foot) and the title's line
TOP_EDGE = int(0.3 * INCH)  # a kicker's line no nearer the slide's top edge than this
TITLE_SPACING = "90000"  # a wrapped title's lines, as PowerPoint's own title style sets them
SLACK = int(0.02 * INCH)  # rounding in the measure of a title's lines


def hug_kicker(slide: Any, clear_of: int = 0) -> None:
    """Hang the title from its box's top and sit the kicker just above its first line.
    ``clear_of``: the height of a strip at the slide's top the deck keeps for its EXAMPLE
    band (deck_band_room.STRIP), which the kicker's box stays below; 0 for none."""
    _hug(slide, clear_of)
    if clear_of:
        _below_strip(slide, clear_of)


def _below_strip(slide: Any, clear_of: int) -> None:
    """A kicker _hug left where matching put it (over a title on its own band, beside a
    title it is not above, a title whose lines could not be measured) still keeps below
    the band's strip: deck_band_room counts on it, and under the band it would be hidden."""
    kicker = next((i for i in view_of(slide).items if i.ph is None and i.tag == "sp"
                   and i.name == KICKER_NAME and i.group is None), None)
    if kicker is not None and kicker.box[1] < clear_of:
        kx, _ky, kw, kh = kicker.box
        set_box(kicker.el, (kx, clear_of, kw, kh))


def _hug(slide: Any, clear_of: int) -> None:
    """hug_kicker's work: the title hung, the kicker over its first line (below
    ``clear_of``); nothing where the title or kicker cannot be moved so."""
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
        return  # not above the title (a title slide stacks its own, deck_title_stack)
    if opaque(title, view):
        return  # a title on its own band (lo35 "tunnel") would hide a kicker moved onto it
    extent = text_extent(title, view)
    frame = text_frame(title, view)
    if extent is None or frame is None:
        return
    size = max((r.size for r in frame.paras[0].runs), default=frame.paras[0].empty_size)
    if extent[1] - extent[0] > int(1.5 * size * LINE * EMU_PT):
        _close_up(title)  # a title that wraps: PowerPoint's own title spacing
        view = view_of(slide)
        title = next(i for i in view.items if i.el is title.el)
        extent = text_extent(title, view) or extent
    kicker_line = _kicker_line(kicker, view)
    # Where the kicker's line may start: clear of the projector's crop, and its whole box
    # below the band's strip (the title drops inside its own deep box, the rule stays).
    top_line = max(TOP_EDGE, clear_of + kh - kicker_line)
    first = _hang_title(title, frame, extent, top_line + kicker_line + GAP)
    new_y = max(first - GAP - kh, top_line - (kh - kicker_line))
    # In line with the title's text when the kicker starts where the title's box does.
    inset = int(frame.insets[0] * EMU_PT)
    new_x, new_w = (tx + inset, kw - inset) if kx == tx and kw > inset else (kx, kw)
    if (new_x, new_y) != (kx, ky):
        set_box(kicker.el, (new_x, new_y, new_w, kh))


def _kicker_line(kicker: Any, view: Any) -> int:
    """EMU of the kicker's line (its largest run's size, 14 pt when it has none)."""
    frame = text_frame(kicker, view)
    sizes = [r.size for p in frame.paras for r in p.runs] if frame is not None else []
    return int(max(sizes, default=14.0) * LINE * EMU_PT)


def _hang_title(title: Any, frame: Any, extent: tuple[int, int], lowest: int) -> int:
    """Anchor the title at its box's top, the box keeping its foot and starting its text no
    higher than ``lowest`` (room for the kicker above); returns where its first line starts.
    A title too deep for that keeps its box and anchor: its first line as it is."""
    tx, ty, tw, th = title.box
    top_in, bottom_in = (int(v * EMU_PT) for v in (frame.insets[1], frame.insets[3]))
    first = max(ty + top_in, lowest)
    if first + extent[1] - extent[0] > ty + th - bottom_in + SLACK:
        return extent[0]  # too deep to hang from the top: the template's anchor stands
    set_box(title.el, (tx, first - top_in, tw, ty + th - first + top_in))
    _anchor_top(title.el)
    return first


def _anchor_top(el: Any) -> None:
    """The shape's text anchored at its box's top (on the slide: its layout's is left alone)."""
    ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    body = el.find(f"{{http://schemas.openxmlformats.org/presentationml/2006/main}}txBody/"
                   f"{ns}bodyPr")
    if body is not None:
        body.set("anchor", "t")


def _close_up(title: Any) -> None:
    """A title's lines at TITLE_SPACING (unless it sets its own spacing)."""
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


def unhide_kicker(slide: Any, clear_of: int = 0) -> None:
    """A kicker hugged onto its title's box goes back above it when the title has since been
    given a fill (deck_contrast's plate behind a title over a busy band: lo35 "tunnel", where
    the plate hid half the kicker, LPC305); not into the EXAMPLE band's strip (``clear_of``,
    as hug_kicker)."""
    view = view_of(slide)
    title = next((i for i in view.items if i.ph is not None and i.ph.type in TITLE_TYPES
                  and i.text.strip()), None)
    kicker = next((i for i in view.items if i.ph is None and i.tag == "sp"
                   and i.name == KICKER_NAME and i.group is None), None)
    if title is None or kicker is None or not opaque(title, view):
        return
    kx, ky, kw, kh = kicker.box
    top = title.box[1] - GAP - kh
    if ky + kh > title.box[1] and ky < title.box[1] + title.box[3] \
            and top >= clear_of:
        set_box(kicker.el, (kx, top, kw, kh))


def placeholder_alignment(ph: SlidePlaceholder) -> str | None:
    """The paragraph alignment a placeholder's text takes (its own, its layout's, its
    master's), or None when nothing sets it (left)."""
    for lvl in level1_styles(ph):
        if lvl.get("algn"):
            return lvl.get("algn")
    return None


def align_kicker(filler: Filler) -> None:
    """A kicker in a stand-in text box follows the title's alignment (a trainer's centred
    titles get centred kickers): one slide, one alignment."""
    title = placeholder(filler.slide, filler.slots.get("title"))
    if title is None or filler.slots.get("kicker") is not None:
        return
    for shape in filler.slide.shapes:
        if shape.name == KICKER_NAME and not shape.is_placeholder:
            # Read first, as it sits first: before the title (screen readers follow the tree).
            title.element.addprevious(shape.element)
    align = placeholder_alignment(title)
    if align in (None, "l"):
        return
    for shape in filler.slide.shapes:
        if shape.name == KICKER_NAME and not shape.is_placeholder:
            for p in shape.element.iter(qn("a:p")):
                ppr = p.find(qn("a:pPr"))
                if ppr is None:
                    ppr = etree.Element(qn("a:pPr"))
                    p.insert(0, ppr)
                ppr.set("algn", align)
