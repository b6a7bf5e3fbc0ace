"""The body starts under the title's last line, not under the title box's foot.

Our content layouts keep a title box two 36 pt lines tall (0.8 to 2.1 in) and start the body at
2.2 in. Under a title that takes one line, about 0.8 in of that box stayed empty and the body
was pushed down onto the footer band: dead space under the title, the content sliding off
the slide. So when a slide's body is first placed, the title's lines are
counted as they will show (its text, size and face, in its box's width) and, for each line the
title leaves unused, the body starts higher: its foot stays where it was, so a body running to
the foot gets the room (cards, panels and rows are laid out in the taller area) and a one-line
intro above the cards moves up with them.

Only our own layouts (found by name) whose area under the title holds nothing but
placeholders: a panel drawn by the layout behind the body (key messages, the figures'
caption) cannot move with it, and a trainer's layout keeps the template's geometry.
"""

from __future__ import annotations

from typing import Any

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Inches

from lessonpack.check.measure import LINE, count_lines
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Filler
from lessonpack.render.deck_clone import set_box
from lessonpack.render.deck_fit import (
    box_size,
    inherited_attr,
    insets,
    layout_style,
    title_face,
)
from lessonpack.render.ooxml.placeholders import layout_placeholder, placeholder, text_anchor

# Clear space between the title's last line and the body under a title that leaves lines
# unused (the aim: the body at about 1.75 in under a one-line title at 0.8 in).
UNDER_TITLE = int(Inches(0.35))
# A placeholder ending this close to the lowest one runs to the foot: it keeps its foot and
# takes the room; the others (an intro line above the cards) move up whole.
SAME_FOOT = int(Inches(0.3))
_XFRM = f"{qn('p:spPr')}/{qn('a:xfrm')}"
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)


def title_lines(filler: Filler, ph: Any) -> int:
    """Lines the title's text takes in its box as set now: each paragraph, and each piece of
    it between hand-made breaks (a balanced title), wrapped at the box's inner width."""
    layout = filler.resolved.layout
    size, bold, _space, _bulleted = layout_style(ph, layout)
    left, _top, right, _bottom = insets(ph, layout)
    width = box_size(ph, layout)[0] / EMU_PT - left - right
    caps = inherited_attr(ph, "cap") in ("all", "small")
    body = ph.element.find(qn("p:txBody"))
    lines = 0
    for para in body.findall(qn("a:p")) if body is not None else []:
        pieces: list[list[Any]] = [[]]
        for child in para:
            if child.tag == qn("a:br"):
                pieces.append([])
            elif child.tag == qn("a:r"):
                pieces[-1].append(child)
        for runs in pieces:
            text = "".join(r.findtext(qn("a:t")) or "" for r in runs)
            if not runs or not text.strip():
                lines += 1
                continue
            own = runs[0].find(qn("a:rPr"))
            at = int(own.get("sz")) / 100 if own is not None and own.get("sz") else size
            family = title_face(ph, runs[0], filler.brand)
            lines += count_lines(text.upper() if caps else text, family, at, width, bold)
    return max(1, lines)


# A title one line longer than its box holds (a three-line question in a two-line box) gets
# the line: shrunk to fit two, it came out at 30-33 pt beside its neighbours' 36 pt. More
# than one line over is shrunk to the grown box as before.
MORE_LINES = 1


def _box_lines(filler: Filler, ph: Any, size: float) -> int:
    """Whole lines of ``size`` the title's box holds inside its insets."""
    layout = filler.resolved.layout
    _left, top, _right, bottom = insets(ph, layout)
    height = box_size(ph, layout)[1] / EMU_PT - top - bottom
    return int(height / (size * LINE) + 0.01)


def grow_title(filler: Filler, ph: Any, text: str = "") -> None:
    """The title's box a line taller (its top kept) where its text, or ``text`` (a
    question's reveal, whose lines the question's box must match), at the box's own size
    takes up to MORE_LINES more lines than the box holds: the body under it is moved down
    by settle_body. Only our own layouts with a top-anchored title (a trainer's template
    keeps its geometry); before the title is fitted to its box."""
    if filler.resolved.how != "name" or not _top_anchored(ph) \
            or ph.placeholder_format.type not in _TITLES:
        return
    layout = filler.resolved.layout
    size, bold, _space, _bulleted = layout_style(ph, layout)
    holds = _box_lines(filler, ph, size)
    need = title_lines(filler, ph)
    if text:
        left, _top, right, _bottom = insets(ph, layout)
        width = box_size(ph, layout)[0] / EMU_PT - left - right
        runs = ph.element.findall(f"{qn('p:txBody')}/{qn('a:p')}/{qn('a:r')}")
        if runs:
            need = max(need, count_lines(text, title_face(ph, runs[0], filler.brand), size,
                                         width, bold))
    if need <= holds or int(ph.top or 0) + int(ph.height or 0) > _layout_foot(ph):
        return  # fits, or grown already
    x, y, w, h = int(ph.left or 0), int(ph.top or 0), int(ph.width or 0), int(ph.height or 0)
    set_box(ph.element, (x, y, w, h + int(MORE_LINES * size * LINE * EMU_PT)))


def _layout_foot(ph: Any) -> int:
    """The foot of the title's box as its layout draws it (before grow_title)."""
    base = layout_placeholder(ph)
    if base is None or base.top is None or base.height is None:
        return int(ph.top or 0) + int(ph.height or 0)
    return int(base.top) + int(base.height)


def _title_text_foot(filler: Filler, ph: Any) -> int:
    """EMU from the slide's top to the foot of the title's last line (top-anchored box)."""
    layout = filler.resolved.layout
    # Lines of the box's own size: a reveal's title set a little smaller to keep the
    # question's lines (deck_reveal_breaks.keep_title_lines) keeps its panels where they were.
    size = layout_style(ph, layout)[0]
    top_inset = insets(ph, layout)[1]
    lines = title_lines(filler, ph)
    if int(ph.top or 0) + int(ph.height or 0) > _layout_foot(ph):
        # Grown for a question's reveal: the body where the reveal's has it.
        lines = max(lines, _box_lines(filler, ph, size))
    return int(ph.top or 0) + int((top_inset + lines * size * LINE) * EMU_PT)


def _top_anchored(ph: Any) -> bool:
    """Whether the title's text hangs from its box's top (ours do): only then does a line
    less leave room at its foot."""
    return text_anchor(ph) == "t"


def settle_body(filler: Filler) -> None:
    """Move the slide's body placeholders up under a title that leaves lines of its box
    unused (see the module's docstring). Called where the body's area is first read (its
    drawing area taken, its text grown, a picture put beside it): by then the title is
    final. Does nothing a second time (a moved placeholder has a place of its own)."""
    if filler.resolved.how != "name":
        return
    slide = filler.slide
    title = placeholder(slide, filler.slots.get("title"))
    if title is None or title.placeholder_format.type not in _TITLES or not _top_anchored(title):
        return
    layout = filler.resolved.layout
    title_foot = _layout_foot(title)
    if any(not sh.is_placeholder and int(sh.top or 0) + int(sh.height or 0) > title_foot
           for sh in layout.shapes):
        return  # a panel of the layout's own sits under the title
    below = [ph for ph in slide.placeholders
             if ph.placeholder_format.type not in _TITLES
             and int(ph.top or 0) >= title_foot - SAME_FOOT // 3]
    if not below or any(ph.element.find(_XFRM) is not None for ph in below):
        return  # nothing under the title, or placed already
    body_top = min(int(ph.top or 0) for ph in below)
    wanted = _title_text_foot(filler, title) + UNDER_TITLE
    lift = body_top - wanted
    grown = int(title.top or 0) + int(title.height or 0) - title_foot
    if grown > 0:
        # A title grown a line (grow_title): the body moves down as far, its foot kept
        # where the layout has it, the gap under the title's last line as on any slide.
        lift = -grown
    elif lift < int(Inches(0.1)):
        return  # the title uses its box: the layout's places stand
    lowest = max(int(ph.top or 0) + int(ph.height or 0) for ph in below)
    for ph in below:
        x, y, w, h = int(ph.left or 0), int(ph.top or 0), int(ph.width or 0), int(ph.height or 0)
        if y + h >= lowest - SAME_FOOT:
            set_box(ph.element, (x, y - lift, w, h + lift))  # the foot stays: more room
        else:
            set_box(ph.element, (x, y - lift, w, h))


def kicker_on_title(filler: Filler) -> None:
    """On our cover and section slides, the kicker (the audience line, "Learning cycle 2")
    sits 0.2 in above the title's first line: the title hangs from the foot of a tall box,
    and the kicker at the box's top floated about 1.3 in above a one- or two-line title
    (kicker, title and subtitle read as one group, with a fixed rhythm)."""
    if filler.resolved.how != "name":
        return
    slide = filler.slide
    title = placeholder(slide, filler.slots.get("title"))
    kicker = placeholder(slide, filler.slots.get("kicker"))
    if title is None or kicker is None or _top_anchored(title):
        return
    layout = filler.resolved.layout
    size = layout_style(title, layout)[0]
    sizes = [int(r.get("sz")) / 100 for r in title.element.iter(qn("a:rPr")) if r.get("sz")]
    size = max(sizes) if sizes else size
    bottom_inset = insets(title, layout)[3]
    foot = int(title.top or 0) + int(title.height or 0)
    text_top = foot - int((bottom_inset + title_lines(filler, title) * size * LINE)
                          * EMU_PT)
    x, y, w, h = (int(kicker.left or 0), int(kicker.top or 0), int(kicker.width or 0),
                  int(kicker.height or 0))
    top = text_top - int(Inches(0.2)) - h
    if top > y:  # only ever down, towards the title
        set_box(kicker.element, (x, top, w, h))
