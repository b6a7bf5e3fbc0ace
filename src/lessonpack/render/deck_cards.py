"""Cards drawn from native shapes: key words, ground rules and the help cards' grid, each
card's words (and its picture, where it has one) sized to the card, one size across the
set. Every colour is a theme colour, so a brand reaches them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

from PIL import Image as PILImage
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import MAIL
from lessonpack.content.picture_library import Picture, picture_bytes
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.payloads import Card
from lessonpack.render.deck_card_fit import (
    GAP,
    INCH,
    MIN_PT,
    PAD,
    Box,
    fit_size,
    grid,
    lines_height,
)
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_help import draw_help_cards, draw_tall_help_cards, link
from lessonpack.render.deck_help_fit import (
    ICONS,
    ONE_ICON,
    TALL_ICONS,
    choose_wide,
    names_one_line,
    rows_keep_words,
    tall_cards_read,
    wide_first,
)
from lessonpack.render.deck_help_picture import STAND_INS
from lessonpack.render.deck_help_words import line_pt
from lessonpack.render.deck_pictures import add_picture


def draw_cards(slide: Slide, box: Box, cards: Sequence[Card], brand: Brand, look: Look,
               *, cols: int | None = None, name: str = "Card",
               like: Sequence[Card] = (), said: list[str] | None = None) -> list[str]:
    """One rounded card per item: picture, heading, text and an optional last line (a
    contact) in bold. Tall cards stack them, centred; wide cards put the picture left.
    ``like``: the cards of the other slides of a run (help slides 1 of 3...): wide help
    cards fit those too, one style for the whole run (render/deck_help.py); ``said``: the
    slide's notes, to which wide help cards add what they had no room to show."""
    misfits: list[str] = []
    cols = cols or _default_cols(box, cards, brand, look, name)
    if name == "Help card" and len(cards) == 3 and look.long_help_cards:
        cols = _adults_three(box, cards, brand, look, like)
    boxes = grid(len(cards), box, cols)
    if cols == 2 and len(cards) % 2 and (name == "Help card" or not any(c.text for c in cards)):
        # An odd rule out: the last one across the whole width, a deliberate last row (a
        # half-width card alone in the middle of the foot read as an orphan).
        boxes = _mail_across(_odd_across(boxes, box), cards, name)
    if name == "Help card":
        # The slide pupils most need to read: its words as large as the cards allow, a
        # step above other cards' (help cards read small).
        look = replace(look, card_pt=look.card_pt + 4)
    if name == "Help card" and cols == 4 and len(cards) == 4 \
            and not tall_cards_read(boxes, cards, brand, look, _HELP_SIDES):
        # Four narrow columns would set the words under the look's floor (18 pt in a 2.9 in
        # column; overflowing on 4:3 templates, LPC306): two by two, wide
        # cards with the icon beside the name.
        boxes = grid(len(cards), box, 2)
    boxes = _school_across(boxes, cards, brand, look, like, name, cols)
    if name == "Help card" and boxes[0][2] > 1.9 * boxes[0][3]:
        # 11-16s' run of help slides: one icon size on every slide of it (ONE_ICON), the
        # largest the school's card leaves room for at their large type; chosen per slide,
        # the first slide drew none and the next two two sizes.
        return draw_help_cards(slide, boxes, cards, brand, look, like=like, said=said,
                               sizes=ONE_ICON if look.help_pt else ICONS)
    if name == "Help card" and look.plain_icons and len({b[1] for b in boxes}) == 1:
        # 11-16s' help cards in a row: the line icon beside the name, the words under both,
        # left-aligned (a grown-up card, not a centred poster); the icon in proportion with
        # the name (TALL_ICONS).
        return draw_help_cards(slide, boxes, cards, brand, look, like=like, said=said,
                               sizes=TALL_ICONS)
    # One picture size and one text size for every card on the slide, so pictures, headings
    # and words line up across a row and no card reads as more important: the largest
    # picture that leaves every card's words room at a good size (the look's floor), else at
    # 18 pt, else no pictures. A card without a picture keeps the picture's room.
    pictured = any(card.picture is not None for card in cards)
    sides = _picture_sides(boxes[0], pictured)
    if name == "Help card":
        # Help cards: one modest icon size on every help slide of a deck, tall cards or wide
        # (a service's icon marks it, it is not the message), smaller before none at all.
        sides = list(_HELP_SIDES) if pictured else [0]
        if look.name == "ks1" and pictured:  # few words, tall cards: the icon says who
            sides = [int(f * INCH) for f in (1.8, 1.4, 1.0)] + sides
        elif look.name == "ks2" and pictured:  # friendly: larger where two share a slide
            sides = [int(1.2 * INCH), *sides]
        return draw_tall_help_cards(slide, boxes, cards, brand, look,
                                    _figure_sides(sides, cards), like=like, said=said)
    # Adults' help slides: one size for the run (the run's other cards measured in a card
    # of this size). Pupils' size per slide: a run's one long card (the school's lead, with
    # its deputy) would set all their help slides at 18 pt, too small for a classroom.
    sized = [*zip(cards, boxes, strict=True),
             *((card, boxes[0]) for card in (like if look.long_help_cards else ()))]
    fits = [min(_card_size(_card_boxes(b, side)[1], card, brand, look)
                for card, b in sized) for side in sides]
    boxes, sized, fits = _pictures_by_need(box, boxes, sized, sides, fits, brand, look)
    # A picture is worth a few points of text (a wider font, a brand's Calibri, must not
    # lose every card's icon): the largest at the floor, else within 4 pt of it, else none.
    side = next((d for d, pt in zip(sides, fits, strict=True) if d and pt >= look.floor_pt),
                next((d for d, pt in zip(sides, fits, strict=True)
                      if d and pt >= max(MIN_PT, look.floor_pt - 4)),
                     next((d for d, pt in zip(sides, fits, strict=True) if pt), 0)))
    size = min(_card_size(_card_boxes(b, side)[1], card, brand, look) or MIN_PT
               for card, b in sized)
    boxes = _rows_to_words(box, boxes, cards, brand, side, size)
    # The words start at one height on every card (headings in line), the tallest stack
    # centred in its room.
    tallest = max(_stack_height(_card_boxes(b, side)[1], card, brand, size)
                  for card, b in zip(cards, boxes, strict=True))
    for n, (card, card_box) in enumerate(zip(cards, boxes, strict=True), 1):
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card_box, T.BACKGROUND_2,
                  f"{name} {n}", radius=look.radius)
        picture_box, text_box, centred = _card_boxes(card_box, side)
        tx, ty, tw, th = text_box
        # Headings in line across cards with words under them; a card of one line (a
        # ground rule) centred against its own icon.
        drop = max(0, (th - (tallest if card.text or centred else
                             _stack_height(text_box, card, brand, size))) // 2)
        text_box = (tx, ty + drop, tw, th - drop)
        if card.picture is not None and side:
            add_picture(slide, card.picture, _wide_room(picture_box, card_box, card.picture,
                                                        centred), f"{name} {n} picture")
        if not _card_text(slide, text_box, card, brand, look, f"{name} {n}", centred=centred,
                          size=size):
            misfits.append(TextMisfit(
                f"the text of {name.lower()} {n} does not fit its card at 18 pt"))
    return misfits


def _adults_three(box: Box, cards: Sequence[Card], brand: Brand, look: Look,
                  like: Sequence[Card]) -> int:
    """Columns for three adults' help cards. Three in a row, as pupils' are, where their
    words fit at the body size (numbers are held whole by non-breaking spaces): two a row
    with the third across the whole width left that card half empty. Else two a row, the
    third the row's width: wide cards keep each number on a line. Two a row, too, where a
    name of the run would take two lines in a third of the slide (names_one_line) and two
    rows still show every card of the run whole: one shape for the run's slides, and no
    words lost for a name on one line."""
    three = grid(3, box, 3)
    if not tall_cards_read(three, cards, brand, look, _HELP_SIDES):
        return 2
    if names_one_line(three, [*cards, *like], brand, look):
        return 3
    two = _odd_across(grid(3, box, 2), box)
    return 2 if rows_keep_words(two, cards, brand, replace(look, card_pt=look.card_pt + 4),
                                like) else 3


def _odd_across(boxes: list[Box], box: Box) -> list[Box]:
    """``boxes`` with the last across the whole width of ``box``."""
    _x, y, _w, h = boxes[-1]
    return [*boxes[:-1], (boxes[0][0], y, box[0] + box[2] - boxes[0][0], h)]


def _mail_across(boxes: list[Box], cards: Sequence[Card], name: str) -> list[Box]:
    """Three help cards two a row with the school's first, its words holding the DSL's
    email: the school's card across the top, the two others under it (half a slide broke
    the address over two lines, "safeguarding@riverside-" / "academy…")."""
    if name != "Help card" or not MAIL.search(cards[0].text):
        return boxes
    return wide_first(boxes) or boxes


def _figure_sides(sides: list[int], cards: Sequence[Card]) -> list[int]:
    """``sides`` from 0.9 in up where a card shows the school's drawn staff figure in place
    of a photo (deck_help_picture): at 0.4 in the figure was a speck of clip art beside a
    crowded paragraph; the words are cut first, said aloud from the notes."""
    if not any(c.picture is not None and c.picture.name in STAND_INS for c in cards):
        return sides
    large = sorted({*(side for side in sides if side >= FIGURE_LEAST), FIGURE_LEAST},
                   reverse=True)
    return [*large, 0]


def _pictures_by_need(area: Box, boxes: list[Box], sized: list[tuple[Card, Box]],
                      sides: list[int], fits: list[int], brand: Brand, look: Look
                      ) -> tuple[list[Box], list[tuple[Card, Box]], list[int]]:
    """Rows as tall as their words need, where equal rows leave no picture room within 4 pt
    of the look's floor but rows by need do: on a 4:3 slide one long ground rule (four lines
    beside its icon) cost all six rules their icons, though the short rules had room to spare.
    Otherwise the equal rows and their fits unchanged."""
    least = max(MIN_PT, look.floor_pt - 4)
    if any(d and pt >= least for d, pt in zip(sides, fits, strict=True)):
        return boxes, sized, fits
    cards = [card for card, _b in sized[:len(boxes)]]
    for side in sides:
        if not side:
            continue
        rows = _rows_to_words(area, boxes, cards, brand, side, least)
        again = [*zip(cards, rows, strict=True),
                 *((card, rows[0]) for card, _b in sized[len(boxes):])]
        if rows != boxes and min(_card_size(_card_boxes(b, side)[1], card, brand, look)
                                 for card, b in again) >= least:
            return rows, again, [least if d == side else 0 for d in sides]
    return boxes, sized, fits


def _default_cols(box: Box, cards: Sequence[Card], brand: Brand, look: Look, name: str) -> int:
    """Short cards side by side; many or wordy ones in two columns of wide cards. Readers'
    key words (a term and its meaning on every card) one a row, the picture left of
    the words: a definition centred in a narrow column ran to six ragged lines; across the
    slide it reads left-aligned in two or three, where the rows hold it within 4 pt of the
    look's floor (as a card's picture is kept)."""
    if name == "Card" and look.name != "ks1" and len(cards) <= 3 and all(c.text for c in cards):
        rows = grid(len(cards), box, 1)
        side = _picture_sides(rows[0], True)[0]
        if rows[0][2] > 1.9 * rows[0][3] and all(
                _card_size(_card_boxes(row, side)[1], card, brand, look)
                >= max(MIN_PT, look.floor_pt - 4)
                for card, row in zip(cards, rows, strict=True)):
            return 1
    longest = max(len(c.heading) + len(c.text) for c in cards)
    return len(cards) if len(cards) <= 3 or (len(cards) == 4 and longest <= 40) else 2


def _rows_to_words(area: Box, boxes: list[Box], cards: Sequence[Card], brand: Brand,
                   side: int, size: int) -> list[Box]:
    """The cards' rows as tall as their words need, where in equal rows some card's words
    run over its edge and rows sized by need all fit the area: on Google's 10 x 5.625 in
    slide a three-line ground rule ran out of its two-line card onto the slide. Otherwise
    the rows as they were (equal rows line up across slides)."""
    def overflows(i: int, b: Box) -> bool:
        text = _card_boxes(b, side)[1]
        return _stack_height(text, cards[i], brand, size) > text[3]

    if not any(overflows(i, b) for i, b in enumerate(boxes)):
        return boxes
    rows: dict[int, list[int]] = {}
    for i, b in enumerate(boxes):
        rows.setdefault(b[1], []).append(i)
    need = []
    for members in rows.values():
        need.append(max(boxes[i][3] - _card_boxes(boxes[i], side)[1][3]
                        + _stack_height(_card_boxes(boxes[i], side)[1], cards[i], brand, size)
                        for i in members))
    spare = area[3] - sum(need) - GAP * (len(need) - 1)
    if spare < 0:
        return boxes
    out = list(boxes)
    top = area[1]
    for members, row_need in zip(rows.values(), need, strict=True):
        row_h = row_need + spare // len(need)
        for i in members:
            out[i] = (boxes[i][0], top, boxes[i][2], row_h)
        top += row_h + GAP
    return out


# A help card's icon on top: one modest size on every help slide, smaller before none.
_HELP_SIDES = (int(0.8 * INCH), int(0.6 * INCH), 0)


def _school_across(boxes: list[Box], cards: Sequence[Card], brand: Brand, look: Look,
                   like: Sequence[Card], name: str, cols: int) -> list[Box]:
    """11-16s' first help slide on a narrow trainer's template (two tall cards a row, the
    third under them): the school's card across the top and the other two under it, wide
    cards, where tall ones would not hold every card at the help cards' size. Tall, the
    school's card with its DSL, deputy and room set the slide at 18 pt beside 25 pt on the
    run's next slides (klee2's painted border narrows the area). Unchanged where tall cards
    read, or where the wide cards would not show every card's words whole at that size."""
    if name != "Help card" or not look.help_pt or cols != 2 or len(cards) != 3 or \
            tall_cards_read(boxes, cards, brand, look, _HELP_SIDES):
        return boxes
    across = wide_first(boxes)
    if across is None or across[0][2] <= 1.9 * across[0][3]:
        return boxes
    # Every card whole (none said aloud instead) and within a step of the help cards' size,
    # where a narrow template's next slides come out too (25 pt on klee2).
    wide = choose_wide(across, cards, brand, look, like, False)
    return across if wide is not None and wide[2] >= line_pt(look) - 2 else boxes

# The smallest the school's drawn staff figure (render/deck_help_picture) is on a help card:
# a photo's size, not an icon's.
FIGURE_LEAST = int(0.9 * INCH)


def _picture_sides(box: Box, has_picture: bool) -> list[int]:
    """Picture sizes to try on a card, largest first (none without a picture)."""
    _x, _y, w, h = box
    if not has_picture:
        return [0]
    # Last, no picture at all: a card's words matter more than its icon.
    if w > 1.9 * h:  # a wide card: the picture on the left
        return [*(int(min(h - 2 * PAD, f * INCH)) for f in (1.5, 1.2, 0.9, 0.7)), 0]
    return [*(int(min(w - 2 * PAD, h * f, 1.9 * INCH)) for f in (0.42, 0.32, 0.24, 0.18)), 0]


def _card_boxes(box: Box, side: int) -> tuple[Box, Box, bool]:
    """The picture's box, the text's box and whether the text is centred, for a card whose
    picture is ``side`` square."""
    x, y, w, h = box
    if w > 1.9 * h:
        picture = (x + PAD, y + (h - side) // 2, side, side)
        left = x + PAD + (side + PAD if side else 0)
        return picture, (left, y + PAD // 2, x + w - PAD - left, h - PAD), False
    picture = (x + (w - side) // 2, y + PAD, side, side)
    top = y + PAD + (side + int(0.12 * INCH) if side else 0)
    return picture, (x + PAD, top, w - 2 * PAD, y + h - PAD - top), True


def _wide_room(picture_box: Box, card_box: Box, picture: Picture, stacked: bool) -> Box:
    """A wide picture's box over a ``stacked`` card: as tall as the square one and as wide
    as the picture wants, within the card's padding, so two hands side by side are each
    drawn the size of a single hand on the card beside them (in the square they were half).
    A card with its picture at the left keeps the square."""
    _, y, side, _ = picture_box
    if not stacked:
        return picture_box
    with PILImage.open(io.BytesIO(picture_bytes(picture))) as image:
        px, py = image.size
    if px <= py:
        return picture_box
    cx, _, cw, _ = card_box
    width = min(cw - 2 * PAD, side * px // py)
    return (cx + (cw - width) // 2, y, width, side)


def _card_texts(card: Card, brand: Brand) -> list[tuple[str, str, bool, int]]:
    lines = card.text.split("\n") if card.text else []
    texts = [(card.heading, brand.heading_font, True, 0)]
    texts += [(line, brand.body_font, len(lines) > 1 and i == len(lines) - 1, -2)
              for i, line in enumerate(lines)]
    return texts


def _sized(texts: Sequence[tuple[str, str, bool, int]], size: int
           ) -> list[tuple[str, str, bool, int]]:
    """Each text at its size: ``size`` plus its offset, 18 pt at least; a heading with
    lines under it 2 pt over them at least (a help card's name no bigger than
    its text read as text)."""
    least = [MIN_PT + 2 if i == 0 and len(texts) > 1 else MIN_PT for i in range(len(texts))]
    return [(t, f, b, max(floor, size + s))
            for (t, f, b, s), floor in zip(texts, least, strict=True)]


def _card_size(box: Box, card: Card, brand: Brand, look: Look) -> int:
    texts = _card_texts(card, brand)
    spacing = int(0.06 * INCH) * (len(texts) - 1)
    size = fit_size(texts, box[2], box[3] - spacing, look.card_pt)
    sized = _sized(texts, size)
    return size if lines_height(sized, box[2]) * EMU_PT <= box[3] - spacing else 0


def _stack_height(box: Box, card: Card, brand: Brand, size: int) -> int:
    texts = _card_texts(card, brand)
    spacing = int(0.06 * INCH) * (len(texts) - 1)
    sized = _sized(texts, size)
    return sum(int(lines_height([item], box[2]) * EMU_PT) for item in sized) + spacing


def _card_text(slide: Slide, box: Box, card: Card, brand: Brand, look: Look, name: str, *,
               centred: bool, size: int | None = None) -> bool:
    """Heading, text lines and a bold last line stacked in ``box``, at ``size`` (else sized
    to fit it); the stack is centred vertically. A web address or email in the last line
    is a link. False when it does not fit even at 18 pt."""
    x, y, w, h = box
    texts = _card_texts(card, brand)
    spacing = int(0.06 * INCH) * (len(texts) - 1)
    size = size or fit_size(texts, w, h - spacing, look.card_pt)
    sized = _sized(texts, size)
    heights = [int(lines_height([item], w) * EMU_PT) for item in sized]
    total = sum(heights) + spacing
    top = y
    align = PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT
    for i, ((text, font, bold, pt), height) in enumerate(zip(sized, heights, strict=True)):
        if i == 0 and len(sized) == 1 and look.name != "ks1":
            # A card that is one sentence (a ground rule) reads as a sentence: regular
            # weight, not a block of bold (KS1's stay bold, big and few).
            parts, role = [(text, T.TEXT_1, False)], "heading"
        elif i == 0:
            parts, role = [(text, T.TEXT_2, True)], "heading"
        elif bold:
            parts, role = [(text, T.ACCENT_1, True)], "contact"
        else:
            parts, role = [(text, T.TEXT_1, False)], "text"
        shape = new_label(slide.shapes, (x, top, w, height), parts, pt, font, f"{name} {role}",
                          align=align, anchor=MSO_ANCHOR.TOP)
        if role == "contact":
            link(shape, text)
        top += height + (int(0.06 * INCH) if i < len(sized) - 1 else 0)
    return total <= h

