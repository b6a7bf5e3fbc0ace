"""The idea cards' drawing: a card per big idea, its picture and its bold lead over its
line, laid out in the body area by the ideas' count and the area's shape."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import Box, supply
from lessonpack.kinds.idea_cards import CARDS, Idea
from lessonpack.kinds.look import Look
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, MIN_PT, PAD, grid, lines_height, longest_word
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

GAP = int(0.25 * INCH)  # between cards
# The lead is this much larger than its line: it is what the room reads first.
LEAD_MORE = 4
# A picture is at most this large (larger, it outweighs the words it stands for) and at
# least MIN_PICTURE (smaller, it is not read from the back of a room): below that the card
# puts it beside the words rather than above them.
MAX_PICTURE = int(1.7 * INCH)
MIN_PICTURE = int(0.8 * INCH)
# A card wider than this share of its height puts its picture beside the words, else above.
WIDE = 1.45
# A picture above the words takes at most this share of its card's height, leaving the rest
# to the lead and line, and this share of its width, so a squat card keeps a square picture
# off its rounded sides.
ABOVE_HEIGHT_SHARE = 0.36
ABOVE_WIDTH_SHARE = 0.5
# Of a wide card's width, the most its picture takes: at 0.28 the picture outweighed the
# words and set them at 18-20 pt in the default look.
BESIDE_SHARE = 0.2
# Words are measured this much narrower than drawn: a line filling the width exactly by the
# font's metrics wrapped on screen ("Live alone" took a fourth line, below its card).
MEASURE_LESS = int(0.1 * INCH)


@dataclass(frozen=True)
class _Plan:
    """One way to lay the cards out: their boxes, where picture and words go in each, the
    line's size (the lead's is LEAD_MORE more) and the room every card gives its lead and
    its line, the tallest card's: cards laid out alike start their pictures, leads and lines
    at one height across a row (each centred on its own, they stepped)."""

    cards: list[Box]
    beside: bool  # the picture left of the words, else above them
    side: int  # the picture's side
    size: int  # the line's points
    heights: tuple[int, int]  # EMU: the leads' room, the lines' room
    fits: bool  # False: even at the floor the words overrun their cards
    v_pad: int = PAD  # the words' room above and below, beside the picture


def draw_idea_cards(filler: Filler, ideas: Sequence[Idea]) -> bool:
    """The cards in the body area; False when the layout has none."""
    return in_body(filler, lambda region: _draw(filler.slide, region, ideas,
                                                 filler.brand.body_font, filler.look))


def _columns(n: int) -> tuple[int, ...]:
    """The arrangements tried, the one preferred first: four ideas two by two (four narrow
    columns set each line in six short lines), three in a row (two over one leaves a hole),
    two side by side; and the other (one row, or two columns) where it reads larger."""
    preferred = {4: (2, 4), 3: (3, 2), 2: (2, 1)}
    return preferred.get(n, (n,))


# Points the other arrangement's words must gain over the preferred one's to be taken.
GAIN = 4


def _inside(card: Box, beside: bool, side: int, v_pad: int = PAD) -> Box:
    """Where a card's words go: ``v_pad`` clear of its top and foot beside the picture."""
    cx, cy, cw, ch = card
    if beside:
        return (cx + 2 * PAD + side, cy + v_pad, cw - 3 * PAD - side, ch - 2 * v_pad)
    return (cx + PAD, cy + 2 * PAD + side, cw - 2 * PAD, ch - 3 * PAD - side)


# Where the words beside a picture do not fit at 18 pt (a 4:3 template whose title band
# takes a third of the page: smooth-black's last lines ran 4 pt past their cards' foot),
# tried in turn: less room above and below the words (a half, then a third of PAD), then
# a smaller picture (the words get its width). Lines are measured 1.2 times their size and
# drawn about 1.15, so even a third keeps the last line about 0.15 in off the card's foot.
SQUEEZES = ((PAD // 2, 1.0), (PAD // 3, 1.0), (PAD // 3, 0.75))


def _heights(ideas: Sequence[Idea], font: str, size: int, width: int) -> tuple[int, int]:
    """The room the tallest lead and the tallest line take at ``size`` in ``width``."""
    def tallest(texts: Sequence[str], bold: bool, pt: int) -> int:
        return max(int(lines_height([(t, font, bold, pt)], width) * EMU_PT) for t in texts)

    return (tallest([i.lead for i in ideas], True, size + LEAD_MORE),
            tallest([i.line for i in ideas], False, size))


def _plan(box: Box, ideas: Sequence[Idea], cols: int, font: str, look: Look) -> _Plan:
    cards = grid(len(ideas), box, cols, gap=GAP)
    _x, _y, cw, ch = cards[0]
    beside = cw > WIDE * ch
    side = (min(ch - 2 * PAD, int(cw * BESIDE_SHARE)) if beside
            else min(int(ch * ABOVE_HEIGHT_SHARE), int(cw * ABOVE_WIDTH_SHARE)))
    side = min(MAX_PICTURE, side)
    if not beside and side < MIN_PICTURE:
        beside = True
        side = min(MAX_PICTURE, ch - 2 * PAD, int(cw * BESIDE_SHARE))
    plan = _sized(cards, beside, side, PAD, ideas, font, look)
    for v_pad, share in SQUEEZES if beside and not plan.fits else ():
        squeezed = _sized(cards, beside, int(side * share), v_pad, ideas, font, look)
        if squeezed.fits:
            return squeezed
    return _words_first(plan, ideas, font, look)


# Where the words beside a picture fit only under the look's floor, tried in turn: a smaller
# picture (these shares of its side, never below MIN_PICTURE), its width given to the words,
# then as much again with half the room above and below the words (SQUEEZES' first).
SHRINKS = (0.85, 0.7)


def _words_first(plan: _Plan, ideas: Sequence[Idea], font: str, look: Look) -> _Plan:
    """``plan`` with a smaller picture, and less room above and below its words, where its
    words fit only under the look's floor and that sets them larger: one long line (a list
    of eight tactics) set every card of a wide slide at 18 pt beside 1.2 in icons, small
    from the back of a room, while the icons' width and the cards' padding were worth two
    points to every card. The largest picture and padding at the best size are kept;
    otherwise ``plan`` unchanged."""
    if not plan.beside or not plan.fits or plan.size >= look.floor_pt:
        return plan
    best = plan
    for v_pad in (plan.v_pad, min(plan.v_pad, PAD // 2)):
        for share in (1.0, *SHRINKS):
            side = max(min(MIN_PICTURE, plan.side), int(plan.side * share))
            tried = _sized(plan.cards, True, side, v_pad, ideas, font, look)
            if tried.fits and tried.size > best.size:
                best = tried
    return best


def _sized(cards: list[Box], beside: bool, side: int, v_pad: int, ideas: Sequence[Idea],
           font: str, look: Look) -> _Plan:
    """The plan at the largest size at which the tallest lead over the tallest line fits
    every card, and no word is wider than its card (PowerPoint would break it inside)."""
    _ix, _iy, iw, ih = _inside(cards[0], beside, side, v_pad)
    width = iw - MEASURE_LESS
    words = [(w, font, b) for i in ideas for w, b in ((i.lead, True), (i.line, False))]
    for size in range(look.body_pt, MIN_PT - 1, -1):
        heights = _heights(ideas, font, size, width)
        widest = longest_word([(t, f, b, size + LEAD_MORE * b) for t, f, b in words])
        if sum(heights) <= ih and widest * EMU_PT <= width:
            return _Plan(cards, beside, side, size, heights, True, v_pad)
    return _Plan(cards, beside, side, MIN_PT, _heights(ideas, font, MIN_PT, width), False,
                 v_pad)


def _draw(slide: Slide, box: Box, ideas: Sequence[Idea], font: str, look: Look) -> list[str]:
    plans = [_plan(box, ideas, cols, font, look) for cols in _columns(len(ideas))]
    # An arrangement whose words fit always beats one that overruns, whatever its size.
    first, *others = [p for p in plans if p.fits] or plans
    plan = max(others, key=lambda p: p.size, default=first)
    if plan.size < first.size + GAIN:
        plan = first
    for i, (idea, card) in enumerate(zip(ideas, plan.cards, strict=True)):
        _card(slide, card, idea, plan, font, look, f"Idea {i + 1}")
    if not plan.fits:
        return [TextMisfit(f"the big ideas' words do not fit their cards at {plan.size} pt")]
    return []


def _card(slide: Slide, card: Box, idea: Idea, plan: _Plan, font: str, look: Look,
          name: str) -> None:
    """One card: its panel, its picture, its lead and line, the words centred down the
    card beside the picture, or the picture and words together centred under each other.
    The lead sits on the foot of its room, just above the line: a lead measured as two
    lines that a slide shows on one leaves no gap under it."""
    cx, cy, cw, ch = card
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card, T.BACKGROUND_2, name,
              radius=min(0.12, look.radius * 2))
    ix, iy, iw, ih = _inside(card, plan.beside, plan.side, plan.v_pad)
    lead_pt, line_pt = plan.size + LEAD_MORE, plan.size
    lead_h, line_h = plan.heights
    words_h = lead_h + line_h
    side = plan.side
    if plan.beside:
        add_picture(slide, idea.picture, (cx + PAD, cy + (ch - side) // 2, side, side),
                    f"{name} picture", by_ink=True)
        top = iy + max(0, (ih - words_h) // 2)
        align = PP_ALIGN.LEFT
    else:
        whole = side + PAD + words_h
        pic_top = cy + max(PAD, (ch - whole) // 2)
        add_picture(slide, idea.picture, (cx + (cw - side) // 2, pic_top, side, side),
                    f"{name} picture", by_ink=True)
        top = pic_top + side + PAD
        align = PP_ALIGN.CENTER
    new_label(slide.shapes, (ix, top, iw, lead_h), [(idea.lead, T.TEXT_1, True)], lead_pt,
              font, f"{name} lead", align=align, anchor=MSO_ANCHOR.BOTTOM)
    new_label(slide.shapes, (ix, top + lead_h, iw, line_h), [(idea.line, T.TEXT_1, False)],
              line_pt, font, f"{name} text", align=align, anchor=MSO_ANCHOR.TOP)


SUPPLIES = (supply(CARDS, draw_idea_cards),)
