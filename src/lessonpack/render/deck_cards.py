"""Designed slide bodies drawn from native shapes: cards with pictures (key words, ground
rules, help), lettered quiz answer panels and the answers with their letters (the statistic
kind's tiles are render/kinds/statistic.py). Every colour is a theme colour, so a brand
reaches them; text is sized to the space it has (largest first, never below 18 pt).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Inches, Pt

from lessonpack.check.measure import LINE, MIN_SLIDE_PT, count_lines, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import Picture
from lessonpack.errors import expect
from lessonpack.geometry import CARD_GAP, EMU_PT
from lessonpack.kinds.cards import Card
from lessonpack.kinds.look import Look
from lessonpack.kinds.quiz_answers import Answer
from lessonpack.kinds.signposting import MAIL
from lessonpack.render.deck_balance import best_balance
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
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

Box = tuple[int, int, int, int]
INCH = int(Inches(1))
MIN_PT = MIN_SLIDE_PT
GAP = CARD_GAP  # the help cards' room (kinds/signposting.card_room) is planned with it
PAD = int(0.22 * INCH)
STRIP_PAD = int(0.15 * INCH)


# The share of a box's width words are fitted in where a line fitted to within a point
# breaks a card: LibreOffice sets a line a shade wider than it measures ("The picture
# pinned on the wall" at 23 pt fitted its one-line pill on an 11 x 6.2 in template, wrapped
# when shown and spilled out of it; a statement to tick ran a third line past its row).
SHADE = 0.99


def lines_height(texts: Sequence[tuple[str, str, bool, int]], width_emu: int) -> float:
    """Points of height a stack of paragraphs (text, font, bold, size) takes in ``width``."""
    width = width_emu / EMU_PT
    return sum(count_lines(text, font, size, width, bold) * size * LINE
               for text, font, bold, size in texts if text)


def fit_size(texts: Sequence[tuple[str, str, bool, int]], width_emu: int, height_emu: int,
             largest: int, floor: int = MIN_PT) -> int:
    """The largest size (the first text's; later ones keep their offset below it) at which
    the stack fits; ``floor`` when none does. Sizes in ``texts`` are offsets from the first."""
    base = texts[0][3]
    for size in range(largest, floor - 1, -1):
        stack = [(t, f, b, max(MIN_PT, size + s - base)) for t, f, b, s in texts]
        if (lines_height(stack, width_emu) * EMU_PT <= height_emu
                and _longest_word(stack) * EMU_PT <= width_emu):
            return size
    return floor


def _longest_word(texts: Sequence[tuple[str, str, bool, int]]) -> float:
    """Points of the widest word: a word wider than its box is broken inside it by
    PowerPoint and LibreOffice ("98" / "%"), which no line count shows."""
    return max((_word_width(word, font, size, bold) for text, font, bold, size in texts
                for word in text.split()), default=0.0)


@lru_cache(maxsize=16384)
def _word_width(word: str, font: str, size: int, bold: bool) -> float:
    # Cached: cards are sized by trying each size on each card (PIL measuring is slow).
    return text_width(word, font, size, bold)


def grid(count: int, box: Box, cols: int | None = None, gap: int = GAP) -> list[Box]:
    """Boxes for ``count`` items in rows, left to right then down."""
    x, y, w, h = box
    cols = cols or (count if count <= 4 else -(-count // 2))
    rows = -(-count // cols)
    cw = (w - gap * (cols - 1)) // cols
    ch = (h - gap * (rows - 1)) // rows
    out = []
    for i in range(count):
        r, c = divmod(i, cols)
        # A short last row is centred under the full one.
        in_row = min(cols, count - r * cols)
        offset = (cols - in_row) * (cw + gap) // 2
        out.append((x + offset + c * (cw + gap), y + r * (ch + gap), cw, ch))
    return out


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
            add_picture(slide, card.picture, picture_box, f"{name} {n} picture")
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


def letter_disc(slide: Slide, box: Box, letter: str, font: str, name: str,
          faded: bool = False) -> None:
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, box, T.BACKGROUND_1 if faded else T.ACCENT_1,
                     name)
    write_runs(disc, [(letter, T.ACCENT_1 if faded else T.BACKGROUND_1, True)],
               max(MIN_PT, int(box[3] / EMU_PT * 0.55)), font, align=PP_ALIGN.CENTER)


def option_label(n: int, look: Look) -> str:
    """What an answer is called: 1, 2, 3 for children who show fingers, else A, B, C."""
    return str(n + 1) if look.numbered else option_letter(n)


def draw_options(slide: Slide, box: Box, options: Sequence[str], brand: Brand, look: Look,
                 *, pictures: Sequence[Picture] = (), answer: int | None = None,
                 explanation: str = "", mark: Picture | None = None,
                 prompt: str = "", like: Sequence[Sequence[str]] = ()) -> list[str]:
    """Large lettered (KS1: numbered) answer panels across the slide, two by two for four
    options, a picture on each where there are pictures. With ``answer``, the reveal: the
    right panel outlined and ticked, the others faded, and why it is right underneath. The
    question slide before a reveal says how to answer (``prompt``) in the same strip, so the
    reveal is the question slide plus a layer: no panel, picture or word moves. ``like``:
    the deck's other answers, which the words' size must fit too (one size a deck)."""
    misfits: list[str] = []
    strip = explanation if answer is not None else prompt
    # The arrangement (letter above the words, or beside them) is decided on the whole area.
    cols = option_cols(box, options, brand, pictures, look=look, like=like, strip=bool(strip))
    tall = _tall(box, options, brand, look, pictures, cols, like, bool(strip))
    why_box: Box | None = None
    if strip:
        area_h = box[3]
        box, strip_box = _strip_below(box, bool(pictures))
        why_box = strip_box
        # The strip as tall as the longer of the reason and the prompt needs at a projected
        # slide's body size (a reason at 18 pt under 25 pt answers read as a footnote),
        # up to the share of the area the panels can spare; taken from the panels on the
        # question and its reveal alike (both know the reason).
        target, inner_w = min(look.card_pt, STRIP_PT), strip_box[2] - 2 * PAD
        words = max(explanation, prompt, key=lambda t: lines_height(
            [(t, brand.body_font, False, target)], inner_w))
        need = int(lines_height([(words, brand.body_font, False, target)], inner_w)
                   * EMU_PT) + 2 * STRIP_PAD
        extra = min(int(area_h * (0.3 if pictures else 0.38)), need) - strip_box[3]
        if extra > 0:
            # Never at the answers' cost: of the heights up to that, the one where the
            # smaller of the answers' and the strip's sizes is largest (a long reason under
            # 18 pt answers, or at 18 pt under 24 pt ones, both read as the lesser text).
            # A size under MIN_PT stands for "does not fit at 18 pt": answers or a reason
            # that overflow must lose to any height at which both fit.
            def sizes(more: int) -> tuple[int, int]:
                answers = _options_pt((box[0], box[1], box[2], box[3] - more), options, brand,
                                      look, pictures, tall, like, cols, floor=MIN_PT - 1)
                reason = fit_size([(words, brand.body_font, False, 0)], inner_w,
                                  strip_box[3] + more - 2 * STRIP_PAD, target, MIN_PT - 1)
                return answers, reason

            # The least height first: of heights that balance alike, the panels keep most.
            extra = best_balance([*range(0, extra, STRIP_STEP), extra], sizes)
        if extra < 0 and _options_pt(box, options, brand, look, pictures, tall, like, cols,
                                     floor=MIN_PT - 1) < MIN_PT:
            # The answers do not fit at 18 pt over a strip taller than its words (a short
            # content area, the reason on a slide of its own): the strip as tall as they
            # need, on the question and its reveal alike.
            box = (box[0], box[1], box[2], box[3] - extra)
            why_box = (strip_box[0], strip_box[1] - extra, strip_box[2], strip_box[3] + extra)
        if extra > 0:
            box = (box[0], box[1], box[2], box[3] - extra)
            why_box = (strip_box[0], strip_box[1] - extra, strip_box[2], strip_box[3] + extra)
        box, why_box = _strip_gives(box, expect(why_box, "the strip"), words, options, brand,
                                    look, pictures, tall, like, cols)
    if _cut_to_words(options, pictures, tall, cols):
        # Words only: panels as tall as their letter and words need (a 260 px card with a
        # line in its middle read as empty), the strip right under them, the
        # two together from the area's top, where every slide's content starts under its
        # title (centred, the panels started lower than the slides around them).
        need = _panels_need(box, options, brand, look, cols)
        spare = box[3] - need
        if spare > 0:
            box = (box[0], box[1], box[2], need)
            if why_box is not None:
                why_box = (why_box[0], why_box[1] - spare, why_box[2], why_box[3])
        elif cols == 1 and why_box is not None:
            box, why_box = _rows_over_strip(box, why_box, options, brand, look, words)
    drawn, answers_pt = _panels(slide, box, options, brand, look, pictures, answer, mark, tall,
                                cols, like)
    misfits += drawn
    if why_box is not None:
        # Drawn after the panels: read (and tabbed to) in the order it is seen; never larger
        # than the answers, which are what pupils read to vote.
        misfits += _strip(slide, why_box, strip, brand, look, answer is not None,
                          most=max(MIN_PT, answers_pt))
    return misfits


def _strip_gives(box: Box, why_box: Box, words: str, options: Sequence[str], brand: Brand,
                 look: Look, pictures: Sequence[Picture], tall: bool,
                 like: Sequence[Sequence[str]], cols: int) -> tuple[Box, Box]:
    """Answers under OPTION_PT take height from the strip under them (the "Show A, B or C"
    instruction and the reveal's reason), down to what its longer words need at 18 pt:
    the least height that sets them at OPTION_PT, else the one that sets them largest. The
    instruction is read once; the answers are what pupils read to vote."""
    def answers(give: int) -> int:
        return _options_pt((box[0], box[1], box[2], box[3] + give), options, brand, look,
                           pictures, tall, like, cols, floor=MIN_PT - 1)

    now = answers(0)
    if now >= OPTION_PT:
        return box, why_box
    inner_w = why_box[2] - 2 * PAD
    least = int(lines_height([(words, brand.body_font, False, MIN_PT)], inner_w) * EMU_PT) \
        + 2 * STRIP_PAD
    best, best_pt = 0, now
    for give in range(STRIP_STEP, why_box[3] - least + 1, STRIP_STEP):
        size = answers(give)
        if size > best_pt:
            best, best_pt = give, size
        if size >= OPTION_PT:
            break
    return ((box[0], box[1], box[2], box[3] + best),
            (why_box[0], why_box[1] + best, why_box[2], why_box[3] - best))


STRIP_MOST = int(1.3 * INCH)  # the strip under the panels, before it grows to its words
STRIP_PT = 24  # the strip's words at their largest: a projected slide's body size
STRIP_STEP = int(0.05 * INCH)  # the steps the strip grows in, weighed against the answers


def _strip_below(box: Box, pictures: bool) -> tuple[Box, Box]:
    """The panels' area and the strip under them, the same on a question and its reveal.
    With pictures on the answers (non-readers, who hear the reason) a shorter strip leaves
    the pictures their room."""
    x, y, w, h = box
    why_h = int(min(1.0 * INCH, h * 0.22) if pictures else min(STRIP_MOST, h * 0.3))
    return (x, y, w, h - why_h - int(0.15 * INCH)), (x, y + h - why_h, w, why_h)


def _strip(slide: Slide, box: Box, text: str, brand: Brand, look: Look,
           reveal: bool, most: int = STRIP_PT) -> list[str]:
    """The reveal's reason, or the question's "how to answer" (centred), on one panel, at
    ``most`` points or less."""
    x, y, w, h = box
    name = "Answer explanation" if reveal else "How to answer"
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.BACKGROUND_2,
              f"{name} panel", radius=min(0.3, look.radius * 2))
    # 0.15 in above and below the words: text touching the strip's edges read as overflow;
    # a long reason takes a smaller size instead.
    inner = (x + PAD, y + STRIP_PAD, w - 2 * PAD, h - 2 * STRIP_PAD)
    size = fit_size([(text, brand.body_font, False, 0)], inner[2], inner[3],
                    min(look.card_pt, STRIP_PT, most))
    misfits: list[str] = []
    if lines_height([(text, brand.body_font, False, size)], inner[2]) * EMU_PT > inner[3]:
        misfits.append(TextMisfit(f"the text of the {name.lower()} does not fit its box "
                                  "at 18 pt"))
    new_label(slide.shapes, inner, [(text, T.TEXT_1, False)], size, brand.body_font, name,
              align=PP_ALIGN.LEFT if reveal else PP_ALIGN.CENTER)
    return misfits


def _disc_side(look: Look, panel_h: int, tall: bool) -> int:
    side = int((1.05 if look.name == "ks1" else 0.85) * INCH)
    if tall:  # a shorter panel (a strip under it): a smaller letter
        side = min(side, max(int(0.6 * INCH), int(panel_h * 0.26)))
    else:  # beside the words: inside its panel (answers one a row are as short as their words)
        side = min(side, max(int(0.35 * INCH), panel_h - PAD))
    return side


def _cut_to_words(options: Sequence[str], pictures: Sequence[Picture], tall: bool,
                  cols: int) -> bool:
    """Words-only panels are as tall as their words need (``_panels_need``): letter above
    the words, or answers one a row."""
    return len(pictures) != len(options) and (tall or cols == 1)


# A letter beside its words leaves them a column narrower than this (a 10 in template's
# panels: 1.8 in of words beside a 0.85 in letter, four and five short lines an answer).
BESIDE_LEAST = int(2.4 * INCH)
ABOVE_GIVES = 2  # points the words may lose to the letter above them, for their width


def _tall(box: Box, options: Sequence[str], brand: Brand, look: Look,
          pictures: Sequence[Picture], cols: int, like: Sequence[Sequence[str]],
          strip: bool) -> bool:
    """Whether each panel's letter (and picture) goes above its words: panels taller than
    wide enough, or words-only columns the letter beside would leave narrow
    (``_letter_above``, measured over the strip under them, if any)."""
    first = option_boxes(box, options, cols)[0]
    if first[3] > first[2] * (0.6 if len(pictures) == len(options) else 0.8):
        return True
    if cols == 1 or len(pictures) == len(options):
        return False
    return _letter_above(_strip_below(box, False)[0] if strip else box, options, brand, look,
                         cols, like)


def _letter_above(box: Box, options: Sequence[str], brand: Brand, look: Look, cols: int,
                  like: Sequence[Sequence[str]]) -> bool:
    """Whether words-only panels in columns put their letter above the words although the
    panels are wide for their height: where the letter beside them leaves the words a
    narrow column, and above they are set at 18 pt or more and nearly as large (two lines
    at 19 pt read better than five at 20). The deck's other columns of answers are
    letter-above panels, so the slide reads as they do."""
    beside = _panel_layout(option_boxes(box, options, cols), options, (), look, False)
    if beside[0][2][2] >= BESIDE_LEAST:
        return False
    above = _options_pt(box, options, brand, look, (), True, like, cols, floor=MIN_PT - 1)
    return above >= max(MIN_PT, _options_pt(box, options, brand, look, (), False, like, cols,
                                            floor=MIN_PT - 1) - ABOVE_GIVES)


# More lines than this for one of three words-only answers in its column at 18 pt, and the
# three go one a row, the letter beside the words (option_cols).
COLUMN_LINES = 4


def option_cols(box: Box, options: Sequence[str], brand: Brand,
                pictures: Sequence[Picture] = (), *, look: Look | None = None,
                like: Sequence[Sequence[str]] = (), strip: bool = False) -> int:
    """How many answer panels a row: three side by side, four two by two; three words-only
    answers one a row, the letter beside the words, when one of them needs more than
    COLUMN_LINES lines at 18 pt in its column (a 4:3 template's 1.7 in columns: five-line
    answers over a short content area ran out of their panels, LPC301, python-pptx
    "lyt-shapes" at KS4), or when the columns need more height at 18 pt than the area
    leaves them over its strip (a wide, short area: three four-line columns where each
    answer takes a line across; squeezed further, columns turned into narrow panels with
    the letter beside 0.7 in of words, ten lines an answer). Decided on the whole area,
    before the strip is sized, so a question and its reveal are set alike. Answers with
    pictures keep their columns: the picture, not the words, is what non-readers choose
    by."""
    if len(options) > 3:
        return 2
    if len(options) < 3 or len(pictures) == len(options):
        return len(options)
    font, line = brand.body_font, MIN_PT * LINE * EMU_PT
    column = grid(3, box, 3)[0][2] - 2 * PAD
    lines = max(count_lines(o, font, MIN_PT, column / EMU_PT, True) for o in options)
    if lines > COLUMN_LINES:
        return 1
    columns = PAD + int(0.6 * INCH) + PAD // 2 + int(lines * line) + PAD
    if columns > _strip_below(box, False)[0][3]:
        return 1
    if look is not None:
        area = _strip_below(box, False)[0] if strip else box
        sets = [options, *(o for o in like if len(o) == len(options))]
        return 1 if _rows_read_larger(area, sets, brand, look) else 3
    return 3


# The answers pupils vote on, at least: the size of the "Show A, B or C" strip under them
# (18 pt answers under a 22 pt instruction could not be read from the back of the room).
OPTION_PT = 22


def _rows_read_larger(area: Box, sets: Sequence[Sequence[str]], brand: Brand,
                      look: Look) -> bool:
    """Whether three words-only answers go one a row, the letter beside words a slide's
    width long: where in three columns (the letter above a third of the width) one of the
    deck's questions ``sets`` would set its answers under OPTION_PT and rows set them all
    larger. Decided on the deck's questions together, so its quiz slides look alike."""
    def smallest(cols: int) -> int:
        return min(_options_pt(area, s, brand, look, (), cols == 3, (), cols,
                               floor=MIN_PT - 1) for s in sets)

    in_columns = smallest(3)
    return in_columns < OPTION_PT and smallest(1) > in_columns


# Between answers one a row: a list's gap (a card gap between full-width rows spent the
# height the rows were chosen to save).
ROW_GAP = int(0.1 * INCH)
ROW_PAD = int(0.07 * INCH)  # above and below an answer's words in its row
ROW_DISC = int(0.55 * INCH)  # the letter beside an answer's words, at least


def option_boxes(box: Box, options: Sequence[str], cols: int) -> list[Box]:
    """The answers' panels in ``box``, ``cols`` a row."""
    return grid(len(options), box, cols, ROW_GAP if cols == 1 else GAP)


def _rows_over_strip(box: Box, why_box: Box, options: Sequence[str], brand: Brand,
                     look: Look, words: str = "") -> tuple[Box, Box]:
    """Answers one a row that need more height than the strip leaves them keep it, all
    alike (squeezed, each grew apart and its letter stood over its panel's edges): the strip
    under them gives it up, down to a line at 18 pt, and grows again below where the slide
    has room (deck_contrast); where it has none the build warns, and the check's reason
    goes to a slide of its own (plan/deck/quiz.reason_slide)."""
    rows = len(options)
    need = _row_need(option_boxes(box, options, 1), options, brand, look) * rows \
        + ROW_GAP * (rows - 1)
    x, y, w, h = why_box
    # Never past the area's foot: what the strip cannot give, the rows grow into below. The
    # strip keeps its own words at 18 pt (a parents' quiz's three-line reason, left a line,
    # overflowed it); the rows' words are sized to what they are left.
    kept = int(lines_height([(words or " ", brand.body_font, False, MIN_PT)],
                            w - 2 * PAD) * EMU_PT)
    short = min(need - box[3], h - (max(kept, int(MIN_PT * LINE * EMU_PT)) + 2 * STRIP_PAD))
    if short <= 0:
        return box, why_box
    return (box[0], box[1], box[2], box[3] + short), (x, y + short, w, h - short)


def _panels_need(box: Box, options: Sequence[str], brand: Brand, look: Look, cols: int) -> int:
    """The height lettered word panels (letter above the words) need in ``box``: the
    letter, the longest answer at the size the whole box allows, and the panel's padding;
    never more than the box."""
    h = box[3]
    rows = -(-len(options) // cols)
    boxes = option_boxes(box, options, cols)
    if cols == 1:
        return min(h, _row_need(boxes, options, brand, look) * rows + ROW_GAP * (rows - 1))
    bw, bh = boxes[0][2], boxes[0][3]
    disc = _disc_side(look, bh, True)
    text_w, text_h = bw - 2 * PAD, bh - PAD - disc - PAD // 2 - PAD
    font = brand.body_font
    size = min(fit_size([(o, font, True, 0)], text_w, text_h, look.card_pt + 4) for o in options)
    words = max(int(lines_height([(o, font, True, size)], text_w) * EMU_PT) for o in options)
    panel = PAD + disc + PAD // 2 + words + PAD
    return min(h, panel * rows + GAP * (rows - 1))


def _row_need(boxes: Sequence[Box], options: Sequence[str], brand: Brand, look: Look) -> int:
    """The height of an answer's panel one a row (the letter beside the words): the
    longest answer at the size the rows allow, and the panel's padding."""
    # A one-line answer's row holds its letter.
    return max(_row_words(boxes, options, brand, look), ROW_DISC) + 2 * ROW_PAD


def _grown(boxes: Sequence[Box], options: Sequence[str], brand: Brand, look: Look,
           cols: int) -> int:
    """How tall answers one a row grow to hold their words (0 for columns)."""
    return _row_words(boxes, options, brand, look) + 2 * ROW_PAD if cols == 1 else 0


def _row_words(boxes: Sequence[Box], options: Sequence[str], brand: Brand, look: Look) -> int:
    """The height the longest answer's words take in rows ``boxes``."""
    layout = _panel_layout(boxes, options, (), look, False)
    size = _words_size(layout, options, brand.body_font, look, False)
    return max(int(lines_height([(o, brand.body_font, True, size)], tb[2]) * EMU_PT)
               for o, (_d, _p, tb) in zip(options, layout, strict=True))


Layout = list[tuple[Box, Box | None, Box]]  # each panel's letter, picture and words


def _panel_layout(boxes: Sequence[Box], options: Sequence[str], pictures: Sequence[Picture],
                  look: Look, tall: bool, grown: int = 0) -> Layout:
    """Where each panel's letter, picture and words go. ``grown``: the height rows squeezed
    into a short area grow to around their words (deck_contrast), which their letters are
    sized for (centred, they move as the rows grow)."""
    disc_side = _disc_side(look, max(boxes[0][3], grown), tall)
    with_pictures = tall and len(pictures) == len(options)
    tick = TICK
    # Answers one a row are a list: their words nearer the panels' edges than in a grid.
    edge = ROW_PAD if len(boxes) > 1 and len({b[0] for b in boxes}) == 1 else PAD // 2
    layout: Layout = []
    for x, y, w, h in boxes:
        if with_pictures:
            # Non-readers choose by the picture: the number beside it, not above it, so the
            # picture takes the panel's height above the words (stacked under the number
            # it was about 1/12 of the slide's height).
            disc = min(disc_side, int(0.6 * INCH))
            gap = PAD // 2
            words_h = int(min(h * 0.4, 0.9 * INCH))
            # Clear of the reveal's tick in the panel's top-right corner, as the words are.
            side = int(max(0, min(h - 2 * PAD - PAD // 3 - words_h,
                                  w - 2 * PAD - disc - gap - tick // 2)))
            left = x + (w - (disc + gap + side)) // 2
            disc_box = (left, y + PAD + (side - disc) // 2, disc, disc)
            pic_box: Box | None = (left + disc + gap, y + PAD, side, side)
            top = y + PAD + side + PAD // 3
            text_box = (x + PAD, top, w - 2 * PAD, y + h - PAD - top)
        elif tall:
            disc_box = (x + (w - disc_side) // 2, y + PAD, disc_side, disc_side)
            top = y + PAD + disc_side + PAD // 2
            pic_box = None
            # A full pad under the words: four lines set to the panel's foot read as
            # overflow (KS4's card A).
            text_box = (x + PAD, top, w - 2 * PAD, y + h - PAD - top)
        else:
            disc_box = (x + PAD, y + (h - disc_side) // 2, disc_side, disc_side)
            pic_box = None
            left = x + 2 * PAD + disc_side
            # Room for the reveal's tick on both slides: the words do not move.
            right = x + w - PAD - tick - PAD // 2
            text_box = (left, y + edge, right - left, h - 2 * edge)
        layout.append((disc_box, pic_box, text_box))
    return layout


def _words_size(layout: Layout, options: Sequence[str], font: str, look: Look,
                compared: bool, like: Sequence[Sequence[str]] = (), floor: int = MIN_PT) -> int:
    """One size for every panel's words (measured in bold, as the right answer is set on
    the reveal): the right answer is never the smallest text. ``compared``: with the deck's
    other questions of as many answers, each in the panel it has on its own slide."""
    size = min(fit_size([(option, font, True, 0)], tb[2], tb[3], look.card_pt + 4, floor)
               for option, (_d, _p, tb) in zip(options, layout, strict=True))
    if compared:
        size = min([size, *(fit_size([(option, font, True, 0)], tb[2], tb[3],
                                     look.card_pt + 4, floor)
                            for other in like if len(other) == len(options)
                            for option, (_d, _p, tb) in zip(other, layout, strict=True))])
    return size


def _options_pt(box: Box, options: Sequence[str], brand: Brand, look: Look,
                pictures: Sequence[Picture], tall: bool, like: Sequence[Sequence[str]],
                cols: int, floor: int = MIN_PT) -> int:
    """The size the answers' words take in panels drawn in ``box`` (words-only tall panels
    cut to their words' height first, as ``draw_options`` does); ``floor`` when they do not
    fit at MIN_PT."""
    if _cut_to_words(options, pictures, tall, cols):
        box = (box[0], box[1], box[2], _panels_need(box, options, brand, look, cols))
    layout = _panel_layout(option_boxes(box, options, cols), options, pictures, look, tall)
    with_pictures = tall and len(pictures) == len(options)
    return _words_size(layout, options, brand.body_font, look, with_pictures or not tall, like,
                       floor)


TICK = int(0.55 * INCH)  # the right answer's tick, in its panel's top-right corner


def _panels(slide: Slide, box: Box, options: Sequence[str], brand: Brand, look: Look,
            pictures: Sequence[Picture], answer: int | None, mark: Picture | None,
            tall: bool, cols: int, like: Sequence[Sequence[str]] = ()
            ) -> tuple[list[str], int]:
    """The answers' panels drawn; what does not fit, and the size of their words."""
    misfits: list[str] = []
    boxes = option_boxes(box, options, cols)
    font = brand.body_font
    with_pictures = tall and len(pictures) == len(options)
    layout = _panel_layout(boxes, options, pictures, look, tall,
                           _grown(boxes, options, brand, look, cols))
    # Words-only tall panels are cut to their own words' height, so not compared with the
    # deck's other questions.
    size = _words_size(layout, options, font, look, with_pictures or not tall, like)
    for n, (option, (x, y, w, h), (disc_box, pic_box, text_box)) in enumerate(
            zip(options, boxes, layout, strict=True)):
        letter = option_label(n, look)
        faded = answer is not None and n != answer
        right = answer is not None and n == answer
        panel = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w, h),
                          T.BACKGROUND_2, f"Answer {letter} panel", radius=look.radius)
        if right:
            _outline(panel)
        letter_disc(slide, disc_box, letter, brand.heading_font, f"Answer {letter} letter", faded)
        if pic_box is not None:
            picture = add_picture(slide, pictures[n], pic_box, f"Answer {letter} picture")
            if faded:
                _fade_picture(picture)
        if right and mark is not None:
            add_picture(slide, mark, _tick_box((x, y, w, h), cols), f"Answer {letter} tick")
        if lines_height([(option, font, True, size)], text_box[2]) * EMU_PT > text_box[3]:
            misfits.append(TextMisfit(f"answer {letter} does not fit its panel at 18 pt"))
        # Not bold on the reveal: bold words wrap differently, and the words must not move.
        label = new_label(slide.shapes, text_box, [(option, T.TEXT_1, False)], size, font,
                          f"Answer {letter}", align=PP_ALIGN.CENTER if tall else PP_ALIGN.LEFT,
                          anchor=MSO_ANCHOR.TOP if with_pictures else MSO_ANCHOR.MIDDLE)
        if faded:
            _fade_text(label)
    return misfits, size


def _tick_box(panel: Box, cols: int) -> Box:
    """The right answer's tick: in its panel's top-right corner; beside the words of an
    answer one a row, centred on the row as its letter is."""
    x, y, w, h = panel
    side = min(TICK, h - 2 * (PAD // 3)) if cols == 1 else TICK
    top = y + (h - side) // 2 if cols == 1 else y + PAD // 3
    return (x + w - side - PAD // 3, top, side, side)


# Of 100000: the wrong answers on a reveal, clearly not chosen and still readable (dark text
# at 65% on the light panel keeps a contrast above 4.5:1).
FADED = 65000


def _outline(shape: Shape) -> None:
    """The right answer's panel outlined thick in the secondary colour (not red: red means
    danger in these lessons)."""
    shape.line.fill.solid()
    shape.line.fill.fore_color.theme_color = T.ACCENT_1
    shape.line.width = Pt(6)


def _fade_text(shape: Shape) -> None:
    for fill in shape.element.iter(qn("a:solidFill")):
        colour = fill[0]
        colour.append(colour.makeelement(qn("a:alpha"), {"val": str(FADED)}))


def _fade_picture(picture: Any) -> None:
    blip = picture.element.find(f"{qn('p:blipFill')}/{qn('a:blip')}")
    if blip is not None:
        blip.insert(0, blip.makeelement(qn("a:alphaModFix"), {"amt": str(FADED)}))


# An answer checked against its question (a short quiz): the answer the strongest text, the
# explanation a size step under it, the question a small label over it (points under the
# answer). A question set larger than its answer made the class read the wrong line.
WHY_UNDER = 6
QUESTION_UNDER = 8
# The gaps after the question label and after the answer, as shares of the answer's size.
_LABEL_GAP, _ANSWER_GAP = 0.25, 0.35


def draw_answers(slide: Slide, box: Box, answers: Sequence[Answer], brand: Brand, look: Look
                 ) -> list[str]:
    """One row per question: its number, the letter of the right answer, and the answer.
    Two questions (a Year 3-4 class's quiz) are each checked whole instead: the rows share
    the area, each with the question as a label, the answer large and why under it."""
    if len(answers) <= 2 and all(a.question for a in answers):
        return _answers_explained(slide, box, answers, brand, look)
    x, y, w, h = box
    gap = int(0.14 * INCH)
    row_h = min(int(1.15 * INCH), (h - gap * (len(answers) - 1)) // max(1, len(answers)))
    font = brand.body_font
    disc = int(min(row_h - 0.16 * INCH, 0.75 * INCH))
    number_w = int(0.75 * INCH)
    text_left = x + PAD + number_w + disc + PAD
    text_w = x + w - PAD - text_left
    size = min(fit_size([(a.answer, font, False, 0)], text_w, row_h - int(0.1 * INCH),
                        look.card_pt) for a in answers)
    misfits: list[str] = []
    for n, answer in enumerate(answers):
        top = y + n * (row_h + gap)
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, row_h), T.BACKGROUND_2,
                  f"Answer {answer.number} row", radius=min(0.5, look.radius * 2))
        new_label(slide.shapes, (x + PAD, top, number_w, row_h),
                  [(f"{answer.number}.", T.TEXT_2, True)], max(size, 24),
                  brand.heading_font, f"Question {answer.number} number")
        if answer.letter:
            letter_disc(slide, (x + PAD + number_w, top + (row_h - disc) // 2, disc, disc),
                        answer.letter, brand.heading_font, f"Answer {answer.number} letter")
        if lines_height([(answer.answer, font, False, size)], text_w) * EMU_PT > row_h:
            misfits.append(TextMisfit(f"answer {answer.number} does not fit its row at 18 pt"))
        new_label(slide.shapes, (text_left, top, text_w, row_h),
                  [(answer.answer, T.TEXT_1, False)], size, font, f"Answer {answer.number}")
    return misfits


def _explained(answer: Answer, font: str) -> list[tuple[str, str, bool, int]]:
    """An explained answer's stack for ``fit_size``: the answer, its question and why, each
    with its offset from the answer's size."""
    return [(answer.answer, font, True, 0), (answer.question, font, False, -QUESTION_UNDER),
            (answer.explanation, font, False, -WHY_UNDER)]


def _answers_explained(slide: Slide, box: Box, answers: Sequence[Answer], brand: Brand,
                       look: Look) -> list[str]:
    """Rows sharing the whole area, each holding its answer's letter on a disc, then the
    question (a label), the answer (bold, the largest) and why (under it), as one block
    centred in the row. One set of sizes for every row, so the answers read as a pair.
    The shapes are named "Checked answer …": sizes are evened across a deck by name, and the
    quiz slides' "Answer A" panels hold another size for another use."""
    x, y, w, h = box
    gap = int(0.2 * INCH)
    row_h = (h - gap * (len(answers) - 1)) // max(1, len(answers))
    font = brand.body_font
    disc = int(min(row_h - 0.3 * INCH, 0.95 * INCH))
    text_left = x + PAD + disc + PAD
    text_w = x + w - PAD - text_left
    room = row_h - int(0.3 * INCH)

    def gaps(size: int) -> int:
        return int((_LABEL_GAP + _ANSWER_GAP) * size * EMU_PT)

    size = min(_fitted(_explained(a, font), text_w, room, gaps, look.card_pt + 10)
               for a in answers)
    sizes = (size, max(MIN_PT, size - QUESTION_UNDER), max(MIN_PT, size - WHY_UNDER))
    misfits: list[str] = []
    for n, answer in enumerate(answers):
        top = y + n * (row_h + gap)
        number = answer.number
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, row_h), T.BACKGROUND_2,
                  f"Checked answer {number} row", radius=min(0.5, look.radius * 2))
        if answer.letter:
            letter_disc(slide, (x + PAD, top + (row_h - disc) // 2, disc, disc),
                        answer.letter, brand.heading_font, f"Checked answer {number} letter")
        heights = [int(lines_height([(t, font, b, s)], text_w) * EMU_PT)
                   for (t, _f, b, _o), s in zip(_explained(answer, font),
                                                 (sizes[0], sizes[1], sizes[2]), strict=True)]
        answer_h, question_h, why_h = heights
        block = question_h + answer_h + why_h + gaps(size)
        if block > row_h:
            misfits.append(TextMisfit(f"answer {number} and why do not fit their row"))
        at = top + max(0, (row_h - block) // 2)
        new_label(slide.shapes, (text_left, at, text_w, question_h),
                  [(answer.question, T.TEXT_2, False)], sizes[1], font,
                  f"Checked answer {number} question", anchor=MSO_ANCHOR.TOP)
        at += question_h + int(_LABEL_GAP * size * EMU_PT)
        new_label(slide.shapes, (text_left, at, text_w, answer_h),
                  [(answer.answer, T.TEXT_1, True)], sizes[0], font,
                  f"Checked answer {number}", anchor=MSO_ANCHOR.TOP)
        at += answer_h + int(_ANSWER_GAP * size * EMU_PT)
        new_label(slide.shapes, (text_left, at, text_w, why_h),
                  [(answer.explanation, T.TEXT_1, False)], sizes[2], font,
                  f"Checked answer {number} why", anchor=MSO_ANCHOR.TOP)
    return misfits


def _fitted(stack: list[tuple[str, str, bool, int]], width: int, room: int,
            gaps: Callable[[int], int], largest: int) -> int:
    """The largest answer size at which ``stack`` and the gaps between its parts fit
    ``room`` (the slide's floor when none does)."""
    for size in range(largest, MIN_PT - 1, -1):
        sized = [(t, f, b, max(MIN_PT, size + o)) for t, f, b, o in stack]
        if (lines_height(sized, width) * EMU_PT <= room - gaps(size)
                and _longest_word(sized) * EMU_PT <= width):
            return size
    return MIN_PT
