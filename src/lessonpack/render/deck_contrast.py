"""Text on a trainer's template made to pass ``lessonpack check``: sizes by the check's own
measure of fit, colours by what the text really sits on.

Fit: placeholder text that the check would find running out of its box (measured as the
check measures it: the box less its insets, the paragraphs' line spacing and indents, the
fonts' real widths) is made smaller a point at a time, never below 18 pt; what still runs
over is reported (LP131), as it was by lessonpack's earlier estimate.

Colours:

A theme's slots say little about what is drawn: Google Slides maps tx2 to a light colour and
bg2 to a dark one, a dark template puts near-black behind text that inherits black, and a
layout may paint a band behind a placeholder. So after a slide of a trainer's template is
filled, every text lessonpack placed on it is looked at as ``lessonpack check`` looks at it
(the same code: check.pptx_shapes.slide_view, check.pptx_text.text_frame,
check.pptx_text_rules.backdrop): the colour each run resolves to against every colour
beneath it (its shape's fill, shapes under it, layout and master decorations, the
background). A run that misses WCAG AA gets the first colour that reaches it, trying the
theme's own text and background colours (tx1, tx2, bg1, bg2, as the slide's colour map
resolves them) before lessonpack's dark text and white. The build's deck therefore passes
the check's contrast rule by construction. A backdrop no colour can pass (a gradient from
light to dark under the text) is reported, naming the slide kind and the colours.

A picture under the text (a template's photo background, a picture on its layout) counts
by its darkest and lightest colours under the text box (check/picture_colour.py), for the
check and the build alike. Where it is busy (dark and light both under the text) and no
colour reads on both, the text gets a plate of the theme's background colour behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from lxml import etree

from lessonpack import contrast
from lessonpack.check.colour import RGB, Theme, blend, hex_rgb, rgb_hex
from lessonpack.check.pptx_shapes import (
    FOOTER_TYPES,
    NS,
    TITLE_TYPES,
    SlideView,
    master_theme,
    slide_view,
)
from lessonpack.check.pptx_text import colour_origin, text_frame
from lessonpack.check.pptx_text_rules import backdrop, mostly_covers, overflow, too_narrow
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_fit import MIN_PT
from lessonpack.render.fill_in_marks import DEEP_TINT, TINT
from lessonpack.render.ooxml import A, memo
from lessonpack.render.shape_names import KICKER_NAME

MARGIN = 228600  # EMU kept clear at the slide's foot when a box grows: 0.25 in
CARD_PAD = 457200  # EMU: a card deeper than its label by more than this holds more (0.5 in)
# The faintest a faded run is recoloured at (render/deck_options.FADED: 65 %).
FADED_LEAST = 0.65
PLATE_ALPHA = 0.9  # a plate behind text on a busy picture: the picture shows through a little

# Theme references tried first (they follow the theme when a teacher changes it later), then
# lessonpack's own text colours written as fixed values.
SLOTS = ("tx1", "tx2", "bg1", "bg2")
FIXED = (contrast.TEXT_DARK.lstrip("#"), contrast.WHITE.lstrip("#"), "000000")
_FILLS = {f"{{{A}}}{t}" for t in ("noFill", "solidFill", "gradFill", "blipFill", "pattFill",
                                  "grpFill")}
# a:rPr children that come after the fill, in schema order.
_AFTER_FILL = {f"{{{A}}}{t}" for t in ("effectLst", "effectDag", "highlight", "uLnTx", "uLn",
                                       "uFillTx", "uFill", "latin", "ea", "cs", "sym",
                                       "hlinkClick", "hlinkMouseOver", "rtl", "extLst")}
_RUN_TAGS = {f"{{{A}}}r", f"{{{A}}}fld", f"{{{A}}}br"}
Box = tuple[int, int, int, int]  # x, y, width, height in EMU


def view_of(slide: Any) -> SlideView:
    """The check's view of ``slide`` (a python-pptx Slide) as it is now."""
    master = slide.slide_layout.slide_master
    prs_part = slide.part.package.presentation_part
    # Parsed once per deck being rendered, kept for its presentation part.
    themes: dict[Any, Theme] = memo(prs_part, "themes")
    key = master.part.partname
    if key not in themes:
        themes[key] = master_theme(master)
    default_style = slide.part.package.presentation_part.presentation.element.find(
        "p:defaultTextStyle", NS)
    return slide_view(slide, 0, themes[key], default_style)


def refit_text(slide: Any) -> list[str]:
    """Shrink placeholder text the check would find overflowing, down to 18 pt; returns what
    still does not fit."""
    view = view_of(slide)
    before = {id(i): i.box for i in view.items}
    misfits = []
    for item in view.items:
        # Placeholders and lessonpack's text boxes; not footers, not the drawings' labels
        # (drawn to their own measure, deck_drawings).
        if item.tag != "sp" or item.group is not None or (
                item.ph is not None and item.ph.type in FOOTER_TYPES):
            continue
        frame = text_frame(item, view)
        if frame is None or not frame.text.strip():
            continue
        if frame.font_scale < 1 or frame.line_reduction > 0:
            # A shrink the template stored (LibreOffice copies "75 %" into its masters) would
            # take our sizes under 18 pt: lessonpack sizes the text itself.
            _no_stored_shrink(item.tx_body)
            frame = text_frame(item, view)
        if frame is None or overflow(item, frame) is None:
            continue
        size = max((r.size * frame.font_scale for p in frame.paras for r in p.runs),
                   default=MIN_PT)
        while size > MIN_PT and frame is not None and overflow(item, frame) is not None:
            size = max(MIN_PT, math.floor(size) - 1)
            for rpr in _run_properties(item.tx_body):
                rpr.set("sz", str(int(size * 100)))
            frame = text_frame(item, view)
        if frame is not None and overflow(item, frame) is not None and \
                not _grow(item, frame, view, slide):
            misfits.append(f"the text of \"{item.name}\" does not fit its box at {MIN_PT} pt")
    slide_h = int(slide.part.package.presentation_part.presentation.slide_height)
    _level_rows(view, before, slide_h)
    return misfits


def _level_rows(view: SlideView, before: dict[int, Box], slide_h: int) -> None:
    """Cards that stood level across columns (a timeline's help cards under each stage) and
    were moved down unevenly by cards growing above them (_grow_card) are levelled again at
    the lowest one's top, with what they hold, when every one stays clear of the slide's
    foot, its column's footer and what is below it; otherwise they stay where they are."""
    drawn = [i for i in view.items if i.tag == "sp" and i.ph is None and i.group is None
             and id(i) in before]
    moved = [i for i in drawn if i.box[1] != before[id(i)][1]]
    # A box inside another (a card's label) moves with that box.
    held = {id(i): [o for o in drawn if o is not i and _inside(before[id(o)], before[id(i)])]
            for i in drawn}
    outer = [i for i in moved if not any(i in held[id(o)] for o in moved)]
    footers = [i for i in view.items + view.beneath
               if i.ph is not None and i.ph.type in FOOTER_TYPES]
    rows: dict[tuple[int, int], list[Any]] = {}
    for i in outer:
        rows.setdefault((before[id(i)][1], before[id(i)][3]), []).append(i)
    for (old_top, old_h), row in rows.items():
        if len(row) < 2 or any(a is not b and _overlap_x(before[id(a)], before[id(b)])
                               for a in row for b in row):
            continue  # boxes stacked in one column: not a row across columns
        top = max(i.box[1] for i in row)
        # Boxes that stood level with the moved ones but did not move are in the row too.
        row += [i for i in drawn if i not in moved and before[id(i)][1:4:2] == (old_top, old_h)
                and not any(_overlap_x(i.box, r.box) for r in row)]
        if all(_room_below(i, top, old_top + old_h, drawn, footers, slide_h) for i in row):
            for i in row:
                shift = top - i.box[1]
                for box in (i, *held[id(i)]):
                    box.box = (box.box[0], box.box[1] + shift, box.box[2], box.box[3])
                    set_box(box.el, box.box)


def _room_below(item: Any, top: int, old_foot: int, drawn: list[Any], footers: list[Any],
                slide_h: int) -> bool:
    """``item`` moved to ``top`` stays above the slide's foot, its column's footer and
    whatever of lessonpack's stood below it in its column."""
    bottom = top + item.box[3]
    limit = min([slide_h - MARGIN] + [f.box[1] for f in footers if f.box[1] >= old_foot
                                      and _overlap_x(f.box, item.box)])
    below = [o.box[1] for o in drawn if o is not item and _overlap_x(o.box, item.box)
             and o.box[1] >= item.box[1] + item.box[3]]
    return bottom <= min([limit, *below])


def _inside(inner: Box, outer: Box) -> bool:
    return (outer[0] <= inner[0] and outer[1] <= inner[1] and inner[0] + inner[2] <=
            outer[0] + outer[2] and inner[1] + inner[3] <= outer[1] + outer[3])


def _overlap_x(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2]


def _no_stored_shrink(tx_body: etree._Element) -> None:
    body_pr = tx_body.find("a:bodyPr", NS)
    if body_pr is None:
        body_pr = etree.Element(f"{{{A}}}bodyPr")
        tx_body.insert(0, body_pr)
    for child in list(body_pr):
        if child.tag in (f"{{{A}}}normAutofit", f"{{{A}}}noAutofit", f"{{{A}}}spAutoFit"):
            body_pr.remove(child)
    # Schema order: a:prstTxWarp comes first, the autofit choice after it, then the rest.
    warp = body_pr.find("a:prstTxWarp", NS)
    fit = etree.Element(f"{{{A}}}normAutofit")
    if warp is not None:
        warp.addnext(fit)
    else:
        body_pr.insert(0, fit)


def _grow(item: Any, frame: Any, view: SlideView, slide: Any) -> bool:
    """Make a box that cannot hold its text at 18 pt taller, when the slide has room below
    it (clear of the slide's foot); True when it now fits."""
    found = overflow(item, frame)
    if found is None:
        return True
    if too_narrow(item, frame):
        return False  # no width for a line: growing it would only hide the misfit
    needed, height = found
    x, y, w, h = item.box
    new_h = h + int((needed - height + 2) * EMU_PT)
    slide_h = int(slide.part.package.presentation_part.presentation.slide_height)
    if y + new_h > slide_h - MARGIN:
        return False
    if item.group is None and not _grow_card(item, new_h - h, view, slide_h):
        return False
    sp_pr = item.el.find("p:spPr", NS)
    xfrm = sp_pr.find("a:xfrm", NS) if sp_pr is not None else None
    if sp_pr is None:
        return False
    if xfrm is None:
        xfrm = etree.Element(f"{{{A}}}xfrm")
        sp_pr.insert(0, xfrm)
        etree.SubElement(xfrm, f"{{{A}}}off", x=str(x), y=str(y))
        etree.SubElement(xfrm, f"{{{A}}}ext", cx=str(w), cy=str(new_h))
    else:
        ext = xfrm.find("a:ext", NS)
        if ext is None or xfrm.find("a:off", NS) is None or item.group is not None:
            return False
        ext.set("cy", str(new_h))
    refreshed = text_frame(item, view)
    item.box = (x, y, w, new_h)
    return refreshed is None or overflow(item, refreshed) is None


def _grow_card(item: Any, more: int, view: SlideView, slide_h: int) -> bool:
    """The card a growing text box sits on (lessonpack's row or card, drawn just before it)
    grows with it, what it holds stays centred and what is drawn under it in its column
    moves down: a label grown alone ran past its card's foot onto the slide (Google's
    10 x 5.625 in export: pink text half on the dark card, half on white). False when that
    would take something past the slide's foot; True when there is no card."""
    index = next((n for n, i in enumerate(view.items) if i is item), None)
    if index is None or more <= 0:
        return True
    card = _card_under(item, view.items[:index])
    if card is not None and _panel_words(item, card):
        return _grow_panel_row(item, card, more, view, slide_h)
    # Its own card: no deeper than the label and its padding (not a panel under many), and
    # the label its words, across most of it (not a number in its corner).
    if card is None or card.box[3] > item.box[3] + CARD_PAD or item.box[2] < card.box[2] // 2:
        return True
    cx, cy, cw, ch = card.box
    foot = cy + ch
    inside, under = [], []
    for other in view.items[index + 1:] + view.items[:index]:
        if other is card or other is item or other.ph is not None or other.group is not None:
            continue
        ox, oy, ow, oh = other.box
        if ox >= cx + cw or ox + ow <= cx:
            continue  # another column
        if oy >= foot - EMU_PT:
            under.append(other)
        elif (oy >= cy and oy + oh <= foot and ox >= cx and ox + ow <= cx + cw) \
                or _centred_on(other.box, card.box):
            inside.append(other)
    # Clear of the slide's foot and of the template's footer, date, slide number and
    # pictures, on the layout or the slide's own (a template whose slides carry their
    # footers: Apache POI "45541_Header" had KS4's timeline help cards pushed 0.3 in over
    # them; python-pptx "lyt-shapes" had a quiz's reason grown over its logo).
    limit = _row_limit([card], view, slide_h)
    shifts = _shifts_below(under, foot, more)
    if max((i.box[1] + i.box[3] + shifts[id(i)] for i in under), default=foot + more) > limit:
        return False
    for other, by in [*((i, more // 2) for i in inside), *((i, shifts[id(i)]) for i in under)]:
        ox, oy, ow, oh = other.box
        other.box = (ox, oy + by, ow, oh)
        set_box(other.el, other.box)
    card.box = (cx, cy, cw, ch + more)
    set_box(card.el, card.box)
    return True


def _card_under(item: Any, drawn_before: list[Any]) -> Any | None:
    """The nearest of lessonpack's shapes drawn before ``item`` that covers most of it."""
    # A label with no height yet (a row squeezed to a sliver) is found on its card by its
    # line across it.
    x, y, w, h = item.box
    line = (x, y, w, max(h, 1))
    return next((i for i in reversed(drawn_before) if i.tag == "sp" and i.ph is None
                 and i.group is None and mostly_covers(i.box, line)), None)


def _words_at_foot(item: Any, card: Any) -> bool:
    """A panel deeper than its words that holds them last, at its foot, across most of it:
    a quiz answer's panel, its letter above its words."""
    foot, words_foot = card.box[1] + card.box[3], item.box[1] + item.box[3]
    return (card.box[3] > item.box[3] + CARD_PAD and item.box[2] >= card.box[2] // 2
            and foot - CARD_PAD < words_foot <= foot)


def _panel_words(item: Any, card: Any) -> bool:
    """A panel's words under or beside its letter: they grow the row with them."""
    return _words_at_foot(item, card) or _words_beside_mark(item, card)


def _words_beside_mark(item: Any, card: Any) -> bool:
    """A panel's words beside its letter (a quiz's answers in wide, short panels, the
    letter on the left and room for the reveal's tick on the right): most of the panel's
    height, ending at its foot, a third to a half of its width. Grown alone, they ran out
    of the panel under the "how to answer" strip, and the build never said so (shana/talks
    "agiletesters" at KS4, answer C 21 % under the strip). A number in a card's corner is
    a small square; a card's own label, wider than half of it, grows its card."""
    foot, words_foot = card.box[1] + card.box[3], item.box[1] + item.box[3]
    return (card.box[2] // 3 <= item.box[2] < card.box[2] // 2
            and 2 * item.box[3] >= card.box[3] and foot - CARD_PAD < words_foot <= foot)


def _grow_panel_row(item: Any, card: Any, more: int, view: SlideView, slide_h: int) -> bool:
    """Words at a panel's foot that need ``more`` room: the panel and the panels level with
    it across the row (a quiz's answers) grow by ``more``, the words in those panels with
    them, and what is drawn under the row moves down (the "how to answer" strip), clear of
    the slide's foot and of the template's footers and pictures below (a logo). Grown
    alone, the words ran out of their panel under the strip (python-pptx "lyt-shapes" at
    KS4). False, nothing moved, when there is no such room."""
    drawn = [i for i in view.items if i.tag == "sp" and i.ph is None and i.group is None]
    row = _level_with(card, drawn, lambda i: not _overlap_x(i.box, card.box))
    foot = card.box[1] + card.box[3]
    under = [i for i in drawn if i.box[1] >= foot - EMU_PT and _below_row(i, row)]
    shifts = _shifts_below(under, foot, more)
    if max((i.box[1] + i.box[3] + shifts[id(i)] for i in under),
           default=foot + more) > _row_limit(row, view, slide_h):
        return False
    words = _level_with(item, drawn, lambda i: any(_inside(i.box, p.box) for p in row))[1:]
    _move_and_grow([(i, shifts[id(i)], 0) for i in under] + [(i, 0, more) for i in row + words]
                   + [(i, more // 2, 0) for i in _centred(drawn, row, [item, *words])])
    return True


def _centred(drawn: list[Any], row: list[Any], apart: list[Any]) -> list[Any]:
    """What is centred on a panel of ``row`` (a letter beside an answer's words one a row),
    not the panels nor ``apart``: it stays centred as the row grows."""
    return [i for i in drawn if i not in row and i not in apart
            and any(_centred_on(i.box, p.box) for p in row)]


def _centred_on(inner: Box, outer: Box) -> bool:
    """``inner`` within ``outer``'s width, at the middle of its height (to a point): a
    letter beside the words, which may stand a little over a squeezed panel's edges."""
    return (outer[0] <= inner[0] and inner[0] + inner[2] <= outer[0] + outer[2]
            and abs(2 * inner[1] + inner[3] - 2 * outer[1] - outer[3]) <= 2 * EMU_PT)


def _move_and_grow(changes: list[tuple[Any, int, int]]) -> None:
    """Each shape moved down and made taller by the EMU given."""
    for shape, down, taller in changes:
        x, y, w, h = shape.box
        shape.box = (x, y + down, w, h + taller)
        set_box(shape.el, shape.box)


def _level_with(shape: Any, drawn: list[Any], where: Callable[[Any], bool]) -> list[Any]:
    """``shape`` and the shapes drawn at its top and height that ``where`` accepts."""
    return [shape, *(i for i in drawn if i is not shape and i.box[1::2] == shape.box[1::2]
                     and where(i))]


def _below_row(item: Any, row: list[Any]) -> bool:
    return any(_overlap_x(item.box, panel.box) for panel in row)


def _row_limit(row: list[Any], view: SlideView, slide_h: int) -> int:
    """How far down a row of panels and what is under it may reach: the slide's foot less
    its margin, or the top of a footer, date, slide number or template picture below."""
    top = row[0].box[1]
    furniture = [i.box[1] for i in (*view.beneath, *view.items)
                 if i.box[1] > top and _below_row(i, row) and (
                     (i.ph is not None and i.ph.type in FOOTER_TYPES)
                     or (i.layer != "slide" and i.tag == "pic"))]
    return min([slide_h - MARGIN, *furniture])


def _shifts_below(under: list[Any], foot: int, more: int) -> dict[int, int]:
    """How far each thing under a card growing by ``more`` at ``foot`` moves: down by
    ``more`` less the free space (beyond a GAP_KEPT gap) between the card and it, so a
    column's spare room above its last card (a KS4 timeline stage of two steps above its
    help card) is taken before anything moves, and nothing moves further than it must."""
    spans = sorted((o.box[1], o.box[1] + o.box[3]) for o in under)

    def free_above(top: int) -> int:
        free, reach = 0, foot
        for start, end in spans:
            if start >= top:
                break
            free += max(0, start - reach - GAP_KEPT)
            reach = max(reach, end)
        return free + max(0, top - reach - GAP_KEPT)

    return {id(o): max(0, more - free_above(o.box[1])) for o in under}


# The gap kept between cards stacked in a column when one above grows (a timeline's 0.08 in
# between steps; a wider gap gives up its spare room).
GAP_KEPT = int(0.08 * 914400)


def _run_properties(tx_body: etree._Element) -> list[etree._Element]:
    """Every run's a:rPr (made where missing), and each paragraph's a:endParaRPr."""
    found = []
    for r_el in tx_body.iter(*_RUN_TAGS):
        rpr = r_el.find("a:rPr", NS)
        if rpr is None:
            rpr = etree.Element(f"{{{A}}}rPr")
            r_el.insert(0, rpr)
        found.append(rpr)
    found += tx_body.iter(f"{{{A}}}endParaRPr")
    return found


def fix_text_contrast(slide: Any, kind: str) -> list[str]:
    """Recolour the runs on ``slide`` (a python-pptx Slide) that miss WCAG AA on what they
    sit on; returns a description of each run no allowed colour can make readable."""
    _drop_template_highlights(slide)
    view = view_of(slide)
    _pin_colours(view)
    failures: list[str] = []
    for index, item in enumerate(view.items):
        if item.tag != "sp" or item.decorative or item.tx_body is None:
            continue
        frame = text_frame(item, view)
        if frame is None or not frame.text.strip():
            continue
        colours = backdrop(view, item, [*view.beneath, *view.items[:index]])
        if not colours:
            continue
        if _needs_plate(frame, colours, view.theme, view.clr_map) and item.group is None:
            # No colour reads on a busy picture (light and dark under the text): a plate
            # of the theme's background colour behind the text, as a designer would put.
            plate = _plate(item.el, view.theme, view.clr_map)
            if plate is not None:
                colours = [blend(plate, PLATE_ALPHA, c) for c in colours]
        failures += _fix_frame(item.tx_body, frame, colours, view.theme, view.clr_map, kind,
                               item.name, clear=_words_box(item) or _read_aloud(item))
    return failures


def _drop_template_highlights(slide: Any) -> None:
    """LibreOffice writes its character background as a:highlight (white on the masters of
    lo5 "leaf"): white title text on a white highlight. lessonpack's text needs none but
    its own fill-in tints (render/fill_in_marks), which are kept."""
    for mark in list(slide.element.iter(f"{{{A}}}highlight")):
        if not any(mark.find(f"{{{A}}}srgbClr[@val='{tint}']") is not None
                   for tint in (TINT, DEEP_TINT)):
            mark.getparent().remove(mark)


def _read_aloud(item: Any) -> bool:
    """Words read out in the template's own text colours: a placeholder's (a learning
    intention, a subtitle) and the kicker over the title. Not a title (the template's
    heading look), nor lessonpack's drawings, whose accent marks, tabs and chat names are
    drawn in their own colours."""
    if item.ph is None:
        return bool(item.name == KICKER_NAME)
    return item.ph.type not in TITLE_TYPES


def _words_box(item: Any) -> bool:
    """A text box of lessonpack's with no fill of its own (a card's heading or words laid
    over the card): its text aims at 4.5:1. Text in a filled mark (a letter on its accent
    disc, a chip) keeps the contrast its size needs, and the mark its look."""
    if item.ph is not None or item.name == KICKER_NAME:  # the kicker's ink: _read_aloud
        return False
    sp_pr = item.el.find("p:spPr", NS)
    return sp_pr is None or not any(
        c.tag in _FILLS and c.tag != f"{{{A}}}noFill" for c in sp_pr)


def _pin_colours(view: SlideView) -> None:
    """Give every run of the text boxes and shapes lessonpack added (all but placeholders) the
    colour ``check`` resolves for it, written on the run. With none of their own, PowerPoint
    takes the presentation's default text style, LibreOffice its "automatic" colour (white
    on a dark slide, whatever panel the box sits on: Fedora "gradients-dark") and ``check``
    the chain it walks; written on the run, all three draw what was measured."""
    for item in view.items:
        if item.tag != "sp" or item.ph is not None or item.tx_body is None:
            continue
        for p_el in item.tx_body.findall("a:p", NS):
            for r_el in (c for c in p_el if c.tag in _RUN_TAGS):
                rpr = r_el.find("a:rPr", NS)
                if rpr is not None and (rpr.find("a:hlinkClick", NS) is not None or
                                        any(c.tag in _FILLS for c in rpr)):
                    continue  # a link is drawn in the theme's link colour; a set colour stays
                _set_fill(r_el, colour_origin(item, view, p_el, r_el))


def _needs_plate(frame: Any, colours: list[RGB], theme: Theme, clr_map: dict[str, str]
                 ) -> bool:
    """Some run of ``frame`` fails on ``colours`` and no colour lessonpack may use passes."""
    for para in frame.paras:
        for run in para.runs:
            if not run.text.strip() or run.colour is None:
                continue
            need = contrast.required_ratio(run.size * frame.font_scale, run.bold)
            rgb, alpha = run.colour
            if not _passes(rgb, alpha, colours, need) and \
                    _choose(colours, theme, clr_map, need) is None:
                return True
    return False


def _plate(el: etree._Element, theme: Theme, clr_map: dict[str, str]) -> RGB | None:
    """Give the shape ``el`` a fill of the theme's bg1 at PLATE_ALPHA; its colour, or None
    when the shape has no shape properties to hold one."""
    sp_pr = el.find("p:spPr", NS)
    value = theme.colours.get(clr_map.get("bg1", "lt1"))
    rgb = hex_rgb(value) if value else None
    if sp_pr is None or rgb is None:
        return None
    for child in list(sp_pr):
        if child.tag in _FILLS:
            sp_pr.remove(child)
    fill = etree.Element(f"{{{A}}}solidFill")
    colour = etree.SubElement(fill, f"{{{A}}}schemeClr", val="bg1")
    etree.SubElement(colour, f"{{{A}}}alpha", val=str(int(PLATE_ALPHA * 100000)))
    # Schema order: xfrm and the geometry come before the fill, the outline after it.
    before = [c for c in sp_pr if etree.QName(c).localname in ("xfrm", "custGeom", "prstGeom")]
    if before:
        before[-1].addnext(fill)
    else:
        sp_pr.insert(0, fill)
    return rgb


def _passes(rgb: RGB, alpha: float, colours: list[RGB], need: float) -> bool:
    return all(contrast.ratio(blend(rgb, alpha, back) if alpha < 0.999 else rgb, back) >= need
               for back in colours)


def _fix_frame(tx_body: etree._Element, frame: Any, colours: list[RGB], theme: Theme,
               clr_map: dict[str, str], kind: str, name: str, clear: bool = False) -> list[str]:
    """Recolour the frame's runs that miss their ratio on ``colours``. ``clear`` text is held
    to 4.5:1 even where it is large: text in boxes of lessonpack's own (cards, their headings,
    strips: a Google Slides export's card headings were its tx2 grey on its dark grey cards,
    3.5:1, the faintest words on the slide though they were its key words), and text read out
    to the class at any size (a learning intention or a kicker: a template's pale grey,
    #8B8B8B on white, 3.4:1, passed only as large text). A title placeholder's large text keeps
    the template's colour at 3:1 (its brand title colour)."""
    failures = []
    for p_el, para in zip(tx_body.findall("a:p", NS), frame.paras, strict=True):
        elements = [c for c in p_el if c.tag in _RUN_TAGS]
        for r_el, run in zip(elements, para.runs, strict=True):
            if not run.text.strip() or run.colour is None or _is_fill_in(r_el):
                continue  # a fill-in sits on its own tint, in its own dark ink
            need = contrast.required_ratio(run.size * frame.font_scale, run.bold)
            choice = _recolour(run.colour, colours, theme, clr_map, need, clear)
            if choice == _KEEP:
                continue
            if choice is None:
                shown = ", ".join(rgb_hex(c) for c in colours)
                failures.append(f"{kind.replace('_', ' ')} slide: no text colour reaches "
                                f"{need:g}:1 on {shown} behind \"{name}\"")
                continue
            _set_colour(r_el, *choice)
            if run.colour[1] < 0.999:
                _keep_faded(r_el, choice, colours, theme, clr_map,
                            max(need, contrast.AA_NORMAL_TEXT) if clear else need)
    return failures


def _keep_faded(r_el: etree._Element, choice: tuple[str, str], colours: list[RGB],
                theme: Theme, clr_map: dict[str, str], aim: float) -> None:
    """A run drawn faded (a wrong answer on a quiz's reveal) kept as faded as its new
    colour allows while it still reaches ``aim``: recoloured at full strength, a Google
    Slides export's wrong answers stood as white as the right one on its dark cards and the
    reveal looked like the question."""
    tag, value = choice
    rgb = hex_rgb(theme.colours.get(clr_map.get(value, value), "") or "") \
        if tag == "schemeClr" else hex_rgb(value)
    if rgb is None:
        return
    alpha = next((a / 100 for a in range(round(FADED_LEAST * 100), 100)
                  if _passes(rgb, a / 100, colours, aim)), 1.0)
    if alpha < 1.0:
        colour = r_el.find("a:rPr/a:solidFill", NS)[0]
        etree.SubElement(colour, f"{{{A}}}alpha", val=str(round(alpha * 100000)))


_KEEP = ("", "")  # the run's own colour reads: left as it is


def _recolour(colour: tuple[RGB, float], colours: list[RGB], theme: Theme,
              clr_map: dict[str, str], need: float, clear: bool) -> tuple[str, str] | None:
    """The colour a run should take on ``colours``: _KEEP, a new one, or None when none
    reads. ``clear``: text that aims at 4.5:1 even where large; where no colour of ours
    reaches that, a run that reaches what its size needs keeps its own colour."""
    rgb, alpha = colour
    loud = _loud_text(rgb, theme, clr_map)
    aim = max(need, contrast.AA_NORMAL_TEXT) if clear else need
    if _passes(rgb, alpha, colours, aim) and not loud:
        return _KEEP
    if loud:
        return _neutral(colours, need)
    if _passes(rgb, alpha, colours, need):
        # Clearer, but as light or as dark against the backdrop as the run is (grey on
        # white made darker, blue on black lighter; white on a pink band is not turned
        # black beside its white title).
        lighter = contrast.luminance(rgb) > max(contrast.luminance(c) for c in colours)
        return _choose(colours, theme, clr_map, aim,
                       lambda option: (contrast.luminance(option) > contrast.luminance(rgb))
                       == lighter) or _KEEP
    return _choose(colours, theme, clr_map, aim) or _choose(colours, theme, clr_map, need)


def _loud_text(rgb: RGB, theme: Theme, clr_map: dict[str, str]) -> bool:
    """A run in the theme's text colour where that colour is a bright hue, not a text ink:
    a Google Slides export's dark 1 is pink (#E91D63), so chat messages, chip words and
    card text came out pink, readable by the ratio but not as body text."""
    value = theme.colours.get(clr_map.get("tx1", "dk1"))
    if value is None or hex_rgb(value) != rgb:
        return False
    high, low = max(rgb), min(rgb)
    lightness = (high + low) / 2
    saturation = 0.0 if high == low else (high - low) / (1 - abs(2 * lightness - 1))
    return saturation >= 0.6 and 0.25 <= lightness <= 0.75


def _neutral(colours: list[RGB], need: float) -> tuple[str, str] | None:
    """The first neutral ink (dark text, white, black) that reads on every backdrop."""
    for threshold in (contrast.AA_NORMAL_TEXT, need):
        for value in FIXED:
            if _passes(hex_rgb(value), 1.0, colours, threshold):  # type: ignore[arg-type]
                return "srgbClr", value
    return None


def _is_fill_in(r_el: etree._Element) -> bool:
    return any(r_el.find(f"a:rPr/a:highlight/a:srgbClr[@val='{tint}']", NS) is not None
               for tint in (TINT, DEEP_TINT))


def _choose(colours: list[RGB], theme: Theme, clr_map: dict[str, str], need: float,
            keep: Callable[[RGB], bool] | None = None) -> tuple[str, str] | None:
    """("schemeClr" | "srgbClr", value) of the first colour that reaches 4.5:1 on every
    backdrop colour, else the first that reaches ``need`` (3:1 for large text); only
    colours ``keep`` accepts, where given."""
    options: list[tuple[str, str, RGB]] = []
    for slot in SLOTS:
        value = theme.colours.get(clr_map.get(slot, slot))
        rgb = hex_rgb(value) if value else None
        if rgb is not None:
            options.append(("schemeClr", slot, rgb))
    options += [("srgbClr", value, hex_rgb(value)) for value in FIXED]  # type: ignore[misc]
    for threshold in (contrast.AA_NORMAL_TEXT, need):
        for tag, value, rgb in options:
            if (keep is None or keep(rgb)) and _passes(rgb, 1.0, colours, threshold):
                return tag, value
    return None


def set_run_colour(r_el: etree._Element, value: str) -> None:
    """The run (a:r) in the RGB colour ``value`` ("1A1A1A")."""
    _set_colour(r_el, "srgbClr", value)


def _set_colour(r_el: etree._Element, tag: str, value: str) -> None:
    fill = etree.Element(f"{{{A}}}solidFill")
    etree.SubElement(fill, f"{{{A}}}{tag}", val=value)
    _set_fill(r_el, fill)


def _set_fill(r_el: etree._Element, fill: etree._Element) -> None:
    """Make ``fill`` (an a:solidFill) the run's colour, in its schema place in a:rPr."""
    rpr = r_el.find("a:rPr", NS)
    if rpr is None:
        rpr = etree.Element(f"{{{A}}}rPr")
        r_el.insert(0, rpr)
    for child in list(rpr):
        if child.tag in _FILLS:
            rpr.remove(child)
    later = next((c for c in rpr if c.tag in _AFTER_FILL), None)
    if later is not None:
        later.addprevious(fill)
    else:
        rpr.append(fill)
