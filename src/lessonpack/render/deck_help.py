"""Wide help cards (two by two): the service's icon beside its name on the first row, what
it is for and how to reach it under both, the whole card's width.

An icon left of all the words took 0.8 in of every line's width: with a school's names
filled in, the words no longer fitted beside it at 18 pt and every icon was dropped (Oakfield
KS2's four-card help slide had none). Beside the name only, it costs a
row's height instead. One text size and one icon size for every card on the slide.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Inches

from lessonpack.check.measure import LINE, MIN_SLIDE_PT, count_lines, text_width
from lessonpack.content.brand import Brand
from lessonpack.kinds.cards import Card
from lessonpack.kinds.look import Look
from lessonpack.plan.common import NBSP, unbroken
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture

Box = tuple[int, int, int, int]
INCH = int(Inches(1))
EMU_PT = 12700
PAD = int(0.22 * INCH)
SPACE = int(0.06 * INCH)  # between the name row and each line under it (_gaps)
ICONS = (int(0.7 * INCH), int(0.55 * INCH), int(0.45 * INCH), 0)  # largest first
INDENT = int(0.15 * INCH)  # from the icon to the name
# Above and below a card's words: less than beside them (the rows are what is short of
# room), but clear of the card's edge (at 0.07 in a school's last phone number touched it:
# Brightpath parents, designer s9final M6).
V_PAD = PAD // 2




def _height(text: str, font: str, pt: int, width: int, bold: bool = False) -> int:
    """The lines' height as a slide shows them: a contact's long web or email address
    breaks after a hyphen ("safeguarding@riverside-" / "academy.example.org.uk"), and one
    still wider than the card takes as many lines as its width asks (`count_lines` gives a
    word one line however long: Riverside's DSL card ran a line past its card)."""
    # A non-breaking space keeps its number one word (str.split would split at it): measured
    # as a narrow letter of about a space's width.
    broken = text.replace("-", "- ").replace(NBSP, "i")
    lines = count_lines(broken, font, pt, width / EMU_PT, bold)
    lines += sum(max(0, math.ceil(text_width(word, font, pt, bold) / (width / EMU_PT)) - 1)
                 for word in broken.split())
    return int(lines * pt * LINE * EMU_PT)


def name_pt(size: int) -> int:
    """A card's name: ``size``, and always 2 pt over the words under it (18 pt at least),
    so the name reads as the card's name (names no bigger than the text)."""
    return max(size, MIN_SLIDE_PT + 2)


# How much of what a card is for it shows: all of it, its first sentence, none (the card's
# name and contact only); what is left out is said aloud (the slide's notes).
FULL, FIRST, NONE = 0, 1, 2
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _lines(card: Card, brief: int) -> list[tuple[str, bool]]:
    """The lines under a card's name and whether each is its contact (bold, last of
    several), at ``brief`` (FULL, FIRST, NONE)."""
    lines = [unbroken(line) for line in card.text.split("\n")] if card.text else []
    if len(lines) > 1:
        # Several ways to reach one person ("School office: …; DSL: …") each on its own
        # line: one number a line, none run into the next.
        contacts = [(part.strip(), True) for part in lines[-1].split("; ") if part.strip()]
    if brief and len(lines) > 1:
        purpose = _SENTENCE.split(" ".join(lines[:-1]))[0]
        return [*([(purpose, False)] if brief == FIRST else []), *contacts]
    if len(lines) > 1:
        return [*((line, False) for line in lines[:-1]), *contacts]
    return [(line, False) for line in lines]


def _stack(card: Card, brand: Brand, size: int, width: int, icon: int, brief: int = FULL
           ) -> tuple[int, list[tuple[str, bool, int, int]]]:
    """The name row's height and the lines under it (text, bold, size, height)."""
    indent = icon + INDENT if icon else 0
    name_h = _height(card.heading, brand.heading_font, name_pt(size), width - indent, True)
    pt = max(MIN_SLIDE_PT, size - 2)
    under = [(line, bold, pt, _height(line, brand.body_font, pt, width, bold))
             for line, bold in _lines(card, brief)]
    return max(name_h, icon), under


def _total(card: Card, brand: Brand, size: int, width: int, icon: int,
           brief: int = FULL) -> int:
    row, under = _stack(card, brand, size, width, icon, brief)
    return row + sum(gap + h for gap, (*_rest, h) in zip(_gaps(under), under, strict=True))


def _gaps(under: Sequence[tuple[str, bool, int, int]]) -> list[int]:
    """The space above each line under a card's name: SPACE, but none between one contact
    and the next (a school's office, DSL and deputy numbers read as one list, and the 0.12 in
    they gave back let the school's card keep its icon and a clear foot)."""
    return [0 if i and bold and under[i - 1][1] else SPACE
            for i, (_text, bold, *_rest) in enumerate(under)]


def _inner(boxes: Sequence[Box]) -> list[Box]:
    # Less padding above and below than beside: the rows are what is short of room.
    return [(x + PAD, y + V_PAD, w - 2 * PAD, h - 2 * V_PAD) for x, y, w, h in boxes]


def said_aloud(cards: Sequence[Card], brief: int) -> str:
    """The notes' line for cards drawn with less of what they are for: all of it."""
    jobs = [(card.heading, card.text.split("\n")[:-1]) for card in cards
            if _lines(card, brief) != _lines(card, FULL)]
    return "Say what each is for: " + " ".join(
        f"{name}: {' '.join(lines)}" for name, lines in jobs if lines)


def _choose(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
            like: Sequence[Card], brief: int) -> tuple[list[Box], int, int] | None:
    """The boxes, icon and size with which every card's words fit (and the run's ``like``
    cards in a card of this size): the largest icon at the look's size or at most 4 pt under
    it (never under 18 pt), else the next icon; else an icon in rows re-divided by need;
    only then no icon (equal rows, else by need); None when nothing fits at 18 pt."""
    inner = _inner(boxes)
    pictured = any(card.picture is not None for card in [*cards, *like])
    icons = ICONS if pictured else (0,)
    sized = [*zip(cards, inner, strict=True), *((card, inner[0]) for card in like)]
    for floor in (max(MIN_SLIDE_PT + 2, look.floor_pt - 4), MIN_SLIDE_PT):
        # An icon in rows of unequal need (a tall first row, a short second one) before
        # none in equal rows: the icons are how pupils find a service (Brightpath KS2's
        # help cards lost theirs to the school's longer directions, designer s9final M6).
        for group in ([icon for icon in icons if icon], [0]):
            for icon in group:
                for size in range(max(look.card_pt, floor), floor - 1, -1):
                    if all(_total(c, brand, size, b[2], icon, brief) <= b[3]
                           for c, b in sized):
                        return list(boxes), icon, size
            for icon in group:
                rows = _rows_by_need(boxes, cards, brand, floor, icon, brief)
                if rows is not None:
                    return rows, icon, floor
    return None


def draw_help_cards(slide: Slide, boxes: Sequence[Box], cards: Sequence[Card], brand: Brand,
                    look: Look, like: Sequence[Card] = (),
                    said: list[str] | None = None) -> list[str]:
    """The cards in ``boxes``, one icon size and one text size for all of them
    (``_choose``). The ``like`` cards (the run's other slides) must fit too: one style for
    the run. The name is always 2 pt larger than the words under it (names no bigger than
    the text read as text).

    Where the words cannot fit at 18 pt (a small template's short drawing area: a 10.2 x
    6.2 in LibreOffice slide), each card says what it is for in its first sentence only,
    else not at all, keeping its name and contact; the whole is said aloud (appended to
    ``said``, the slide's notes): fewer words, never words under the floor or cards drawn
    over each other."""
    brief = FULL
    choice = _choose(boxes, cards, brand, look, like, brief)
    while choice is None and said is not None and brief < NONE:
        brief += 1
        choice = _choose(boxes, cards, brand, look, like, brief)
    if brief != FULL and said is not None:
        said.append(said_aloud(cards, brief))
    boxes, icon, size = choice or (list(boxes), 0, MIN_SLIDE_PT)
    inner = _inner(boxes)
    tallest = max(_total(c, brand, size, b[2], icon, brief)
                  for c, b in zip(cards, inner, strict=True))
    misfits: list[str] = []
    for n, (card, card_box, (tx, ty, tw, th)) in enumerate(zip(cards, boxes, inner,
                                                               strict=True), 1):
        name = f"Help card {n}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card_box, T.BACKGROUND_2, name,
                  radius=look.radius)
        if _total(card, brand, size, tw, icon, brief) > th:
            misfits.append(TextMisfit(f"the text of help card {n} does not fit its card at "
                                      "18 pt"))
        top = ty + max(0, (th - tallest) // 2)
        row, under = _stack(card, brand, size, tw, icon, brief)
        indent = icon + INDENT if icon else 0
        if icon and card.picture is not None:
            add_picture(slide, card.picture, (tx, top + (row - icon) // 2, icon, icon),
                        f"{name} picture")
        new_label(slide.shapes, (tx + indent, top, tw - indent, row),
                  [(card.heading, T.TEXT_2, True)], name_pt(size), brand.heading_font,
                  f"{name} heading",
                  align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.MIDDLE)
        top += row
        for gap, (text, bold, pt, height) in zip(_gaps(under), under, strict=True):
            top += gap
            role = "contact" if bold else "text"
            shape = new_label(slide.shapes, (tx, top, tw, height),
                              [(text, T.ACCENT_1 if bold else T.TEXT_1, bold)], pt,
                              brand.body_font, f"{name} {role}", align=PP_ALIGN.LEFT,
                              anchor=MSO_ANCHOR.TOP)
            if bold:
                link(shape, text)
            top += height
    return misfits


def _rows_by_need(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, size: int,
                  icon: int, brief: int = FULL) -> list[Box] | None:
    """The grid's rows re-divided by what their cards need at ``size`` (the school's card with
    a deputy's own contact beside short national ones), each row its need plus an equal
    share of what is left; None when even that does not fit."""
    tops = sorted({y for _x, y, _w, _h in boxes})
    if len(tops) < 2:
        return None
    row_of = [tops.index(y) for _x, y, _w, _h in boxes]
    pad = 2 * V_PAD
    needs = [max(_total(c, brand, size, b[2] - 2 * PAD, icon, brief) + pad
                 for c, b, r in zip(cards, boxes, row_of, strict=True) if r == row)
             for row in range(len(tops))]
    first = boxes[row_of.index(0)]
    last = boxes[row_of.index(len(tops) - 1)]
    gap = tops[1] - (first[1] + first[3])
    room = last[1] + last[3] - first[1] - gap * (len(tops) - 1)
    if sum(needs) > room:
        return None
    share = (room - sum(needs)) // len(tops)
    heights = [need + share for need in needs]
    row_top = [first[1] + sum(heights[:r]) + gap * r for r in range(len(tops))]
    return [(x, row_top[r], w, heights[r])
            for (x, _y, w, _h), r in zip(boxes, row_of, strict=True)]


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?"
                      r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|uk|gov|net|police)"
                      r"(?:\.uk)?(?:/[\w/-]*)?", re.IGNORECASE)


def link(shape: Shape, text: str) -> None:
    """The first web address or email in a contact line makes the line a link (a click on
    it opens the address). The link is on the shape, not the words: linked words take the
    theme's link colour, which a template may set unreadable on its card colour."""
    found = _ADDRESS.search(text)
    if found is None:
        return
    address = found.group(0).rstrip(".")
    if "@" in address:
        address = "mailto:" + address
    elif not address.startswith("http"):
        address = "https://" + address
    shape.click_action.hyperlink.address = address
