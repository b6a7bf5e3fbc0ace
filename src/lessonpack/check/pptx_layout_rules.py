"""Layout checks of a slide as a designer sees it on a projector: a slide that leaves most of
the area below its title blank (LPC303), a title whose last line holds a single word
(LPC304), text hidden under a shape drawn over it (LPC305), and content that runs off the
slide (LPC306).

Cover and section slides (is_title_slide) are sparse by design and not measured. "Blank"
is measured the way a render is looked at: from the bottom of the title down to the
footer band (or the slide's foot), how far down does anything drawn reach? Text counts to
where its lines end (measured with real font metrics), pictures, charts and filled shapes to
their edge; a slide painted edge to edge (a title or section slide) is full. The same measure
on a LibreOffice render is in tests/test_blank_area.py.
"""

from __future__ import annotations

from lessonpack.check.findings import Finding, finding, quote
from lessonpack.check.measure import LINE, count_styled_lines, drawn_family, wrap_width
from lessonpack.check.pptx_shapes import (
    FOOTER_TYPES,
    NS,
    TITLE_TYPES,
    DeckView,
    Item,
    SlideView,
    shape_fill,
    text_anchor,
)
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import needed_height
from lessonpack.geometry import EMU_PT

MOSTLY_BLANK = 0.5  # share of the area below the title left blank that makes a finding
# A shape at least this wide, starting in the bottom fifth, is the footer band: the area
# below the title ends where it starts.
FOOTER_BAND_WIDTH, FOOTER_ZONE = 0.8, 0.8
# A fill covering this much of the slide is a background (a title or section slide).
FULL_BLEED = 0.85
# Text whose lines are this much covered by a filled shape or picture drawn over them is
# hidden (a trainer's layout with its title inside the content area, under the drawings).
HIDDEN = 0.2
# A shape drawn over this much of a line's height, across at least LINE_COVER_WIDTH of the
# text, hides that line's words (a quiz question's last line under its answer cards), though
# the share of all the lines it covers is small.
LINE_HIDDEN, LINE_COVER_WIDTH = 0.3, int(0.5 * 914400)
# A shape may overhang the slide's edge by this much (EMU) before it is cut off: rounding,
# a bleed a designer leaves on purpose.
OVERHANG = int(0.1 * 914400)


def title_item(view: SlideView) -> Item | None:
    for item in view.items:
        if item.ph is not None and item.ph.type in TITLE_TYPES and item.text.strip():
            return item
    return None


def text_extent(item: Item, view: SlideView, snug: bool = False) -> tuple[int, int] | None:
    """Top and bottom (EMU) of the lines of text in a shape, None when it has none.
    ``snug``: lines counted as a renderer that wraps a little sooner draws them
    (measure.wrap_width), the most they may reach."""
    frame = text_frame(item, view) if item.tag == "sp" else None
    if frame is None or not frame.text.strip():
        return None
    _x, y, w, h = item.box
    left, top, right, bottom = frame.insets
    width = w / EMU_PT - left - right
    if width <= 0:
        return (y, y + h)
    height = int(needed_height(frame, wrap_width(width) if snug else width) * EMU_PT)
    inner_top, inner_h = y + int(top * EMU_PT), h - int((top + bottom) * EMU_PT)
    anchor = text_anchor(item)
    if anchor == "b":
        start = inner_top + inner_h - height
    elif anchor == "ctr":
        start = inner_top + (inner_h - height) // 2
    else:
        start = inner_top
    return (start, start + height)


def _is_filled(item: Item, view: SlideView) -> bool:
    if item.tag in ("pic", "graphicFrame"):
        return True
    paint = shape_fill(item, view.theme, view.clr_maps[item.layer])
    line = item.el.find("p:spPr/a:ln", NS)
    outlined = line is not None and line.find("a:noFill", NS) is None and len(line)
    return bool(paint.unknown or paint.colours) or bool(outlined)


def _footer_top(view: SlideView, height: int, width: int) -> int:
    top = height
    for item in [*view.beneath, *view.items]:
        _x, y, w, _h = item.box
        if ((item.ph is not None and item.ph.type in FOOTER_TYPES)
                or (w >= FOOTER_BAND_WIDTH * width and y >= FOOTER_ZONE * height)):
            top = min(top, y)
    return top


def blank_share(view: SlideView, size: tuple[int, int]) -> tuple[float, int, int] | None:
    """Share of the area between the title's foot and the footer that nothing reaches down
    into, with the area's top and bottom (EMU); None for a slide without a title."""
    width, height = size
    title = title_item(view)
    if title is None:
        return None
    top = title.box[1] + title.box[3]
    bottom = _footer_top(view, height, width)
    if bottom - top <= 0:
        return None
    reach = top
    for item in [*view.beneath, *view.items]:
        if item is title or (item.ph is not None and item.ph.type in FOOTER_TYPES):
            continue
        _x, y, w, h = item.box
        if w <= 0 or h <= 0:
            continue
        if _is_filled(item, view):
            if w * h >= FULL_BLEED * width * height:
                return (0.0, top, bottom)
            if y < bottom and y + h > top:
                reach = max(reach, min(bottom, y + h))
            continue
        extent = text_extent(item, view)
        if extent is not None and extent[0] < bottom and extent[1] > top:
            reach = max(reach, min(bottom, extent[1]))
    return ((bottom - reach) / (bottom - top), top, bottom)


def _title_widow(view: SlideView, item: Item) -> str | None:
    """The last word of a title that sits alone on the title's last line, else None."""
    frame = text_frame(item, view)
    if frame is None:
        return None
    left, _top, right, _bottom = frame.insets
    width = item.box[2] / EMU_PT - left - right
    # A face with no file here measured as drawn here (deck_title_breaks measures alike).
    for para in frame.paras:
        pieces = [(r.shown, (drawn_family(r.font), r.size * frame.font_scale, r.bold))
                  for r in para.runs]
        words = para.text.split()
        # Three words on two lines cannot be broken more evenly than two and one.
        if len(words) < 4 or not pieces:
            continue
        lines = count_styled_lines(pieces, width)
        if lines < 2:
            continue
        # The last word is alone on its line when the text without it needs a line less.
        cut = para.text.rstrip()
        cut = cut[: max(cut.rfind(" "), cut.rfind("\n"))]
        run = para.runs[-1] if para.runs else None
        style = (drawn_family(run.font), run.size * frame.font_scale, run.bold) if run \
            else pieces[0][1]
        if count_styled_lines([(cut.upper() if run and run.caps else cut, style)], width) < lines:
            return words[-1]
    return None


def is_title_slide(view: SlideView, height: int) -> bool:
    """A cover or section slide: its words are a title and a line or two with it, set as a
    block, and the room around them is its design, not content left out. Known by its layout
    (PowerPoint's "title" and "secHead" types), a centred title or subtitle placeholder, or a
    title set in the middle band of the slide (a content slide's title heads it or foots it)."""
    title = title_item(view)
    if title is None:
        return False
    if (title.ph is not None and title.ph.type == "ctrTitle") or any(
            item.ph is not None and item.ph.type == "subTitle" for item in view.items):
        return True
    for base in title.bases:
        root = base.getroottree().getroot()
        if root.tag == f"{{{NS['p']}}}sldLayout" and root.get("type") in ("title", "secHead"):
            return True
    _x, y, _w, h = title.box
    return 0.25 * height <= y + h / 2 <= 0.75 * height


def opaque(item: Item, view: SlideView) -> bool:
    """A picture, chart or shape whose fill hides what is under it (an outline does not)."""
    if item.tag in ("pic", "graphicFrame"):
        return True
    if item.tag != "sp":
        return False
    paint = shape_fill(item, view.theme, view.clr_maps[item.layer])
    return paint.unknown or (bool(paint.colours) and paint.alpha >= 0.5)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0


def hidden_text(view: SlideView) -> list[tuple[Item, Item, float]]:
    """(text, the shape over it, share of its lines covered) for each text on the slide that
    a filled shape or picture later in the drawing order covers by HIDDEN or more, or over a
    third of a line (``_hides_a_line``). Lines are counted as the narrowest-wrapping renderer
    draws them (``snug``): a line LibreOffice wraps onto is what a card drawn below it hides.
    Shapes of one group (a drawing and its own labels) are not compared: a label is drawn on
    its shape on purpose."""
    found = []
    for index, item in enumerate(view.items):
        lines = lines_box(item, view)
        if lines is None:
            continue
        covers = [(over, _overlap(lines, over.box) / (lines[2] * lines[3]))
                  for over in view.items[index + 1:]
                  if (item.group is None or over.group is not item.group)
                  and opaque(over, view)]
        worst = max(covers, key=lambda c: c[1], default=None)
        if worst is not None and worst[1] >= HIDDEN:
            found.append((item, worst[0], worst[1]))
            continue
        line = line_pitch(item, view)
        over_line = next((over for over, share in covers
                          if share and _hides_a_line(lines, over.box, line)), None)
        if over_line is not None:
            found.append((item, over_line, _overlap(lines, over_line.box)
                          / (lines[2] * lines[3])))
    return found


def lines_box(item: Item, view: SlideView, snug: bool = True
               ) -> tuple[int, int, int, int] | None:
    """The box (EMU) the lines of ``item``'s text fill: inside its side insets, from its
    first line's top to its last line's foot; None for no text (or a footer). ``snug``: as
    ``text_extent``'s."""
    if item.tag != "sp" or (item.ph is not None and item.ph.type in FOOTER_TYPES):
        return None
    extent = text_extent(item, view, snug=snug)
    frame = text_frame(item, view) if extent is not None else None
    if extent is None or frame is None:
        return None
    left, _top, right, _bottom = frame.insets
    x, _y, w, _h = item.box
    lines = (x + int(left * EMU_PT), extent[0],
             w - int((left + right) * EMU_PT), extent[1] - extent[0])
    return lines if lines[2] > 0 and lines[3] > 0 else None


def line_pitch(item: Item, view: SlideView) -> int:
    """The height (EMU) of one line of ``item``'s largest text."""
    frame = text_frame(item, view)
    sizes = [r.size for p in (frame.paras if frame else ()) for r in p.runs]
    return int(max(sizes, default=18.0) * LINE * EMU_PT)


def _hides_a_line(lines: tuple[int, int, int, int], over: tuple[int, int, int, int],
                  line: int) -> bool:
    """Whether ``over`` covers LINE_HIDDEN of a line's height across LINE_COVER_WIDTH or
    more of the text (or all of it, when narrower)."""
    wide = min(lines[0] + lines[2], over[0] + over[2]) - max(lines[0], over[0])
    tall = min(lines[1] + lines[3], over[1] + over[3]) - max(lines[1], over[1])
    return wide >= min(LINE_COVER_WIDTH, lines[2]) and tall >= LINE_HIDDEN * line


def off_slide(view: SlideView, size: tuple[int, int]) -> list[tuple[Item, str]]:
    """(item, how much is cut off) for each shape on the slide that runs off its edge; one per
    group (a drawing), named by its first part that does. A title placed wholly off the slide
    is the known way to give a slide a title nobody sees (LPC102's hint): left alone."""
    found: list[tuple[Item, str]] = []
    groups: set[int] = set()
    for item in view.items:
        x, y, w, h = item.box
        if w <= 0 or h <= 0 or (item.group is not None and id(item.group) in groups):
            continue
        outside = (max(0, -x) > OVERHANG, max(0, -y) > OVERHANG,
                   x + w - size[0] > OVERHANG, y + h - size[1] > OVERHANG)
        if not any(outside):
            continue
        shown = _overlap(item.box, (0, 0, *size)) / (w * h)
        if shown == 0 and item.ph is not None and item.ph.type in TITLE_TYPES:
            continue
        if item.tag == "sp" and not item.text.strip() and not opaque(item, view):
            continue  # an empty, unfilled box shows nothing
        edges = [e for e, out in zip(("left", "top", "right", "bottom"), outside, strict=True)
                 if out]
        found.append((item, f"{1 - shown:.0%} of it past the {' and '.join(edges)} edge"))
        if item.group is not None:
            groups.add(id(item.group))
    return found


def layout_rules(deck: DeckView) -> list[Finding]:
    found, size = [], deck.size
    for view in deck.slides:
        where = view.where
        # A cover or section slide is sparse by design (a trainer's is not painted edge to
        # edge as lessonpack's own, which blank_share already counts as full). A hidden slide
        # is read on screen by the teacher, never projected: its empty space costs nothing.
        measured = None if view.hidden or is_title_slide(view, size[1]) \
            else blank_share(view, size)
        if measured is not None and measured[0] > MOSTLY_BLANK:
            found.append(finding(
                deck.path, where, "LPC303",
                f"{measured[0]:.0%} of the area below the title is blank",
                "give the content the room (larger text, a picture or diagram), or merge "
                "this slide with the next", view.number))
        title = title_item(view)
        widow = _title_widow(view, title) if title is not None else None
        if widow is not None and title is not None:
            found.append(finding(
                deck.path, where, "LPC304",
                f"title {quote(title.text)} leaves {quote(widow)} alone on its last line",
                "reword the title or break it by hand so lines are even", view.number))
        for item, over, share in hidden_text(view):
            found.append(finding(
                deck.path, where, "LPC305",
                f"text {quote(item.text)} in {item.label} runs under "
                f"{over.label} drawn over it ({share:.0%} of its lines covered)",
                "move one of them; on a template, keep the layout's title clear of its "
                "content area", view.number))
        for item, how in off_slide(view, size):
            what = quote(item.text) + " in " if item.text.strip() else ""
            # A footer placeholder sits where the template's designer put it (lo51 "focus"
            # sets its footers a little past the slide's foot).
            own = " (the template's own footer position)" if (
                item.ph is not None and item.ph.type in FOOTER_TYPES) else ""
            found.append(finding(
                deck.path, where, "LPC306",
                f"{what}{item.label} runs off the slide ({how}){own}",
                "move it onto the slide or make it smaller; on a template, keep the layout's "
                "placeholders on the slide", view.number))
    return found
