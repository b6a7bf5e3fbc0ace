"""Shapes on a slide that meet its footer, date or slide number (LPC307).

A template puts its slide number, date and footer line in placeholders near the slide's
edge, and the build fills the slide's content area; a drawing placed in a layout's largest
free area can still reach into the corner where the number sits (a speaker's 16:9 deck: the
mock live stream's corner over the slide number). What counts is the footer's text as
shown, not its box: a footer placeholder is often far wider than its words, so its lines
are measured (height as the overflow rule measures it, width with the fonts' real widths,
placed by the paragraph's alignment) and compared with each other shape's box (a picture or
filled shape) or lines (a text box without a fill).
"""

from __future__ import annotations

from lessonpack.check.findings import Finding, finding, quote
from lessonpack.check.measure import count_styled_lines, text_width
from lessonpack.check.pptx_layout_rules import opaque, text_extent
from lessonpack.check.pptx_shapes import FOOTER_TYPES, Box, DeckView, Item, SlideView
from lessonpack.check.pptx_text import alignments, text_frame
from lessonpack.geometry import EMU_PT

EMU_PER_INCH = 914400
# Less than this much overlap each way (EMU) is a shared edge, not a collision.
TOUCH = int(0.02 * EMU_PER_INCH)
# A slide-number field holds a placeholder mark ("‹#›", "<#>"); the number shown is this.
NUMBER_SHOWN = "88"
WHAT = {"sldNum": "slide number", "dt": "date", "ftr": "footer", "hdr": "header"}


def footer_lines(item: Item, view: SlideView) -> Box | None:
    """The box (EMU) the footer's words take on the slide, None when it shows none."""
    extent = text_extent(item, view)
    frame = text_frame(item, view) if extent is not None else None
    if extent is None or frame is None:
        return None
    left, _top, right, _bottom = frame.insets
    x, _y, w, _h = item.box
    inner_x = x + int(left * EMU_PT)
    inner_w = w - int((left + right) * EMU_PT)
    widest = 0.0
    for para in frame.paras:
        # A line break (a:br, a run of "\n") starts a new line: measured line by line (the
        # font library refuses to measure a line break).
        line = 0.0
        for run in para.runs:
            if run.text == "\n":
                widest, line = max(widest, line + para.indent), 0.0
                continue
            line += text_width(_shown(run.shown), run.font, run.size * frame.font_scale,
                               run.bold)
        widest = max(widest, line + para.indent)
    width = min(inner_w, int(widest * EMU_PT))
    align = next(iter(alignments(item, view)), "l")
    if align == "ctr":
        start = inner_x + (inner_w - width) // 2
    elif align == "r":
        start = inner_x + inner_w - width
    else:
        start = inner_x
    return (start, extent[0], width, extent[1] - extent[0])


def _shown(text: str) -> str:
    return text.replace("\u2039#\u203a", NUMBER_SHOWN).replace("<#>", NUMBER_SHOWN)


def shape_reach(item: Item, view: SlideView) -> Box | None:
    """What of a shape can cover or meet a footer's words: a picture's or filled shape's box,
    a text box's lines; None for an empty unfilled box."""
    if opaque(item, view):
        return item.box
    if item.tag != "sp":
        return None
    extent = text_extent(item, view)
    if extent is None:
        return None
    return (item.box[0], extent[0], item.box[2], extent[1] - extent[0])


def _meeting(a: Box, b: Box) -> tuple[int, int]:
    """How far two boxes overlap across and down (EMU; negative where they do not)."""
    across = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    down = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return across, down


def _deepest_meeting(footer: Item, words: Box, view: SlideView) -> tuple[Item, int] | None:
    """The shape meeting a footer's words furthest down, and how far (EMU)."""
    worst: tuple[Item, int] | None = None
    for other in view.items:
        if other is footer or (other.ph is not None and other.ph.type in FOOTER_TYPES):
            continue
        if footer.group is not None and other.group is footer.group:
            continue
        reach = shape_reach(other, view)
        across, down = _meeting(words, reach) if reach is not None else (0, 0)
        if across > TOUCH and down > TOUCH and (worst is None or down > worst[1]):
            worst = (other, down)
    return worst


def footer_overlaps(view: SlideView) -> list[tuple[Item, Item, int]]:
    """(footer, the shape meeting its words, how far down they overlap in EMU): the deepest
    meeting for each footer, date or number placeholder on the slide."""
    found = []
    for footer in view.items:
        if footer.ph is None or footer.ph.type not in FOOTER_TYPES or not footer.text.strip():
            continue
        words = footer_lines(footer, view)
        if words is None or words[2] <= 0 or words[3] <= 0:
            continue
        worst = _deepest_meeting(footer, words, view)
        if worst is not None:
            found.append((footer, worst[0], worst[1]))
    return found


def footer_wraps(item: Item, view: SlideView) -> int:
    """How many lines a footer placeholder's words take beyond one a paragraph (0: none).

    A footer is one line along the slide's edge: a second line runs into the slide's
    content above it or off the slide below, and reads as a mistake (a long school name and
    lesson title in a template's narrow footer box)."""
    frame = text_frame(item, view) if item.tag == "sp" else None
    if frame is None or not frame.wrap or frame.vertical or not frame.text.strip():
        return 0
    left, _top, right, _bottom = frame.insets
    width = item.box[2] / EMU_PT - left - right
    if width < 1.0:
        return 0  # a collapsed box (a template's unused footer): nothing to read
    extra = 0
    for para in frame.paras:
        pieces = [(_shown(r.shown), (r.font, r.size * frame.font_scale, r.bold))
                  for r in para.runs]
        if pieces:
            extra += count_styled_lines(pieces, max(1.0, width - para.indent)) - 1
    return extra


def _wrapped_footers(deck: DeckView, view: SlideView) -> list[Finding]:
    found = []
    for item in view.items:
        if item.ph is None or item.ph.type != "ftr" or not item.text.strip():
            continue
        extra = footer_wraps(item, view)
        if extra:
            found.append(finding(
                deck.path, view.where, "LPC308",
                f"footer {quote(item.text)} in {item.label} runs to {extra + 1} lines "
                "in its box", "shorten the footer, or widen its box on the layout or master",
                view.number))
    return found


def footer_rules(deck: DeckView) -> list[Finding]:
    found = []
    for view in deck.slides:
        found.extend(_wrapped_footers(deck, view))
        for footer, other, down in footer_overlaps(view):
            what = WHAT.get(footer.ph.type if footer.ph is not None else "", "footer")
            found.append(finding(
                deck.path, view.where, "LPC307",
                f"{what} {quote(footer.text)} in {footer.label} meets "
                f"{other.label}, {down / EMU_PER_INCH:.2f} in of its words' height",
                "move or shrink the shape to keep clear of the footer; on a template, keep "
                "the layout's content area above its footer placeholders", view.number))
    return found
