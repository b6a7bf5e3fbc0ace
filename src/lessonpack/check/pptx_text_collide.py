"""Text in a card that runs into the text below it (LPC312).

A card's words are often two text boxes, one over the other: a sentence, then a bold line
under it ("Find them in [DSL's room]…"). A box that grows with its text (PowerPoint's "Resize
shape to fit text", which LibreOffice applies as it draws) never overflows by LPC301's
measure, but when its text wraps to a line more than its box was sized for (a wider font,
longer typed names), its last line prints over the box below it: smooth-black's KS4 "Who can
help" card put "why." on top of the bold line. Neither box is filled, so LPC305 (a shape drawn
over text) sees nothing either.

Each text's lines are measured with the fonts' own widths
(check.pptx_layout_rules.text_extent) and compared with the lines of each text below it in
the same card: the same group, or on one filled shape that lies under both. Lines that reach
half a line or more into the lower text's are a finding.
"""

from __future__ import annotations

from lessonpack.check.findings import Finding, finding, quote
from lessonpack.check.pptx_layout_rules import (
    LINE_COVER_WIDTH,
    line_pitch,
    lines_box,
    opaque,
)
from lessonpack.check.pptx_shapes import TITLE_TYPES, DeckView, Item, SlideView
from lessonpack.check.pptx_text_rules import mostly_covers
from lessonpack.geometry import EMU_PT

Box = tuple[int, int, int, int]
INTO = 0.5  # of the upper text's line: this far into the lower text's lines, words collide


def _same_card(view: SlideView, upper: Item, lower: Item) -> bool:
    """Whether both texts sit in one group, or on one filled shape drawn under both."""
    if upper.group is not None and upper.group is lower.group:
        return True
    first = min(view.items.index(upper), view.items.index(lower))
    return any(opaque(card, view) and mostly_covers(card.box, upper.box)
               and mostly_covers(card.box, lower.box)
               for card in [*view.beneath, *view.items[:first]])


def colliding_text(view: SlideView) -> list[tuple[Item, Item, int]]:
    """(upper text, the text below it in the same card, EMU its lines reach into the lower
    text's) for each text whose lines print over the next one's."""
    # Lines counted by the fonts' own widths, not as the narrowest-wrapping renderer might
    # (LPC305's "snug"): a sentence that just fits is not reported as colliding with the
    # line under it, where every renderer looked at draws it on one line.
    # Titles are left to their own rules (LPC304, LPC305): a kicker over a title is a
    # line of its own, placed by the template.
    texts = [(item, lines) for item in view.items
             if not (item.ph is not None and item.ph.type in TITLE_TYPES)
             and (lines := lines_box(item, view, snug=False)) is not None]
    found = []
    for upper, a in texts:
        line = line_pitch(upper, view)
        below = sorted(((lower, b) for lower, b in texts
                        if lower is not upper and b[1] > a[1]), key=lambda t: t[1][1])
        for lower, b in below:
            wide = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
            into = a[1] + a[3] - b[1]
            if wide < min(LINE_COVER_WIDTH, a[2], b[2]) or into < INTO * line:
                continue
            if _same_card(view, upper, lower):
                found.append((upper, lower, into))
                break
    return found


def collide_rules(deck: DeckView) -> list[Finding]:
    found = []
    for view in deck.slides:
        for upper, lower, into in colliding_text(view):
            found.append(finding(
                deck.path, view.where, "LPC312",
                f"text {quote(upper.text)} in {upper.label} wraps to more lines than its box "
                f"holds and runs {into / EMU_PT:.0f} pt into {quote(lower.text)} in "
                f"{lower.label} below it", "make its box taller and move the text below it "
                "down (leave room for longer names typed in), or shorten the text",
                view.number))
    return found
