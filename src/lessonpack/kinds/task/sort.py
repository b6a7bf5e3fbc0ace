"""A sort's material on the task slide: the key of columns (a chip each, with a traffic light
where the column is one) and the numbered cards, one size for every card so none reads as
more important."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Pt

from lessonpack.check.measure import count_lines, drawn_family, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.task import TaskCard
from lessonpack.render.deck_card_fit import INCH, PAD, SHADE, fit_size, grid, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_even_lines import break_at, wrap_width
from lessonpack.render.deck_fit import MIN_PT, TextMisfit
from lessonpack.render.deck_lights import add_light, light_word
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_rows import number_disc
from lessonpack.render.deck_title_breaks import even_lines

Box = tuple[int, int, int, int]


CHIP_H = int(0.55 * INCH)


KEY_WORDS = "Sort into:"
# Between a chip's light and its name: at 0.05 in the light touched the name's first
# letter ("✓Green: OK") on the projected slide.
LIGHT_GAP = int(0.1 * INCH)
# From a chip's name to its rounded end, by whether the chip has a light: a light's name
# runs nearer the end, the light's gap having taken that room.
NAME_END = {False: int(0.15 * INCH), True: int(0.08 * INCH)}


def sort_key(slide: Slide, box: Box, columns: Sequence[tuple[str, Picture | None]], brand: Brand
             ) -> list[str]:
    """Where the cards go, as a key: "Sort into:" and a chip per group (a light's picture in
    it where it has one), each as wide as its name, side by side from the left. Chips the
    width of the card grid's columns would read as headings, and a card under one as its
    answer."""
    x, y, w, h = box
    font = brand.heading_font
    # Chips do not grow: their names measured as drawn where the heading font is missing
    # (Calibri Light in LibreOffice: DejaVu Sans), so they do not wrap and clip.
    wide = drawn_family(font)
    gap = int(0.2 * INCH)
    size = 22 if h <= CHIP_H else 20
    lead = int(text_width(KEY_WORDS, wide, size, True) * EMU_PT * 1.08) + gap
    widths = []
    for name, picture in columns:
        inner = int(text_width(name, wide, size, True) * EMU_PT * 1.08)
        widths.append(inner + int(0.5 * INCH) + (h if picture is not None else 0))
    if lead + sum(widths) + gap * (len(columns) - 1) > w:
        # Too long for one row of chips sized to their names: equal shares of what is left
        # after "Sort into:", names wrapped. The words stay: without them (and with chips
        # the width of the grid's columns) three chips over two columns of cards read as
        # column headings that do not match the columns.
        share = (w - lead - gap * (len(columns) - 1)) // len(columns)
        if share < int(1.4 * INCH):
            lead = 0  # a narrow slide: the chips alone, the whole width
            share = (w - gap * (len(columns) - 1)) // len(columns)
        widths = [share] * len(columns)
    if lead:
        new_label(slide.shapes, (x, y, lead, h), [(KEY_WORDS, T.TEXT_2, True)], size, font,
                  "Sort key words")
    left = x + lead
    if not lead:  # the key alone: centred over the cards, not ending inside the last one
        left = x + max(0, (w - sum(widths) - gap * (len(columns) - 1)) // 2)
    # One size for every chip's name, the largest all of them fit (a short "Green: OK"
    # grown past its neighbours read as the answer).
    pictured = [h - int(0.1 * INCH) + LIGHT_GAP if p is not None else 0 for _n, p in columns]
    fitted = min(fit_size([(name, wide, True, 0)],
                          cw - int(0.35 * INCH) - extra, h, size)
                 for (name, _p), cw, extra in zip(columns, widths, pictured, strict=True))
    # Traffic lights on a neutral chip (white, dark rim, dark words): a green light on a
    # brand-green chip vanished, and the light's own colour is the key.
    lights = all(light_word(p) is not None for _n, p in columns)
    for n, ((name, picture), cw) in enumerate(zip(columns, widths, strict=True), 1):
        chip = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (left, y, cw, h),
                         T.BACKGROUND_1 if lights else T.TEXT_2, f"Sort column {n}",
                         radius=0.5)
        chip.text_frame.text = ""
        if lights:
            # The palette's dark colour, not black (which no brand has).
            chip.line.color.theme_color = T.TEXT_2
            chip.line.width = Pt(1.5)
        inner_left = left + int(0.2 * INCH)
        if picture is not None:
            # The light and its name together, centred in the chip: in an equal share
            # "Green: OK" sat at the left beside its neighbours' full chips.
            light = h - int(0.1 * INCH)
            used = light + LIGHT_GAP + int(text_width(name, wide, fitted, True) * EMU_PT * 1.08)
            inner_left = max(inner_left, left + (cw - used - int(0.1 * INCH)) // 2)
            spot = (inner_left, y + int(0.05 * INCH), light, light)
            word = light_word(picture)
            if word is not None:
                add_light(slide, word, spot, picture.alt, f"Sort column {n} light")
            else:
                add_picture(slide, picture, spot, f"Sort column {n} picture")
            inner_left += light + LIGHT_GAP
        text_w = left + cw - inner_left - NAME_END[picture is not None]
        new_label(slide.shapes, (inner_left, y, text_w, h),
                  [(name, T.TEXT_1 if lights else T.BACKGROUND_1, True)],
                  fitted, font, f"Sort column {n} name",
                  align=PP_ALIGN.CENTER if picture is None else PP_ALIGN.LEFT)
        left += cw + gap
    return []


Arrangement = tuple[list[Box], list[Box], int, int, int, bool]


def _arrangement(box: Box, cards: Sequence[TaskCard], brand: Brand, look: Look,
                 cols: int | None, compact: bool) -> Arrangement:
    """Card boxes, text boxes, the text size, picture side and drop, and tallness of the
    cards laid out in ``box`` (as ``sort_cards`` draws them)."""
    font = brand.body_font
    pictures = all(c.picture is not None for c in cards)
    n = len(cards)
    # Picture cards up to four in a row, else in two rows; word cards in one column of up
    # to three, else two columns.
    wide = n if n <= 5 else -(-n // 2)
    card_gap = int((0.1 if compact else 0.18) * INCH)
    disc = int((0.36 if compact else 0.5) * INCH)
    pad = PAD // 2 if compact else PAD

    def arrange(cols: int, v_pad: int = int(0.1 * INCH)) -> Arrangement:
        """Card boxes, text boxes, the text size, picture side and drop, and tallness;
        word cards' words ``v_pad`` clear of their card's top and foot, less (as before)
        where that would leave a card's words too long for it at 18 pt (a short slide)."""
        rows = -(-n // cols)
        # Four rows of word cards: closer together, the height goes to the words.
        gap = card_gap if pictures or rows < 4 else min(card_gap, int(0.1 * INCH))
        boxes = grid(n, box, cols, gap=gap)
        if not pictures and cols > 1 and n % cols:
            boxes = _centred_last_row(grid(rows * cols, box, cols, gap=gap), n, cols, box)
        tall = boxes[0][3] > boxes[0][2] * 0.8  # a card taller than wide: number above
        side = drop = 0
        if pictures:
            # The picture as large as leaves every card's words room at 20 pt.
            cw, ch = boxes[0][2], boxes[0][3]
            words = max(lines_height([(_words(c), font, _bold(c), min(look.card_pt, 24))],
                                      cw - PAD) for c in cards)
            # Under the number in the card's corner, never behind it.
            drop = int(0.1 * INCH) + disc + int(0.05 * INCH) - PAD // 2
            side = int(max(0.4 * INCH, min(cw - 2 * PAD, ch * 0.62,
                                           ch - PAD - drop - words * EMU_PT - int(0.1 * INCH))))
        elif tall:
            side = disc
        text_boxes = []
        for cx, cy, cw, ch in boxes:
            if pictures or tall:
                top = cy + PAD // 2 + drop + side + int(0.05 * INCH) + (PAD if tall else 0)
                text_boxes.append((cx + PAD // 2, top, cw - PAD, cy + ch - PAD // 4 - top))
            else:
                # Padding inside the card on every side: words never touch its edges (at
                # 0.07 in above and below, three-line cards read as touching them,
                # e.g. KS4's; 0.15 in cost KS3/KS4's cards 4 pt, to 18 pt).
                left = cx + pad + disc
                text_boxes.append((left, cy + v_pad, cx + cw - pad // 2 - left,
                                   ch - 2 * v_pad))
        size = min(fit_size([(_words(c), font, _bold(c), 0)], int(tb[2] * SHADE), tb[3],
                            look.card_pt)
                   for c, tb in zip(cards, text_boxes, strict=True))
        if v_pad > pad // 3 and not (pictures or tall) and any(
                lines_height([(_words(c), font, _bold(c), size)], tb[2]) * EMU_PT > tb[3]
                for c, tb in zip(cards, text_boxes, strict=True)):
            return arrange(cols, pad // 3)
        return boxes, text_boxes, size, side, drop, tall

    if cols is None and not pictures and n > 3:
        return _word_columns(arrange, box, cards, brand, look, compact)
    return arrange(cols or (wide if pictures else (1 if n <= 3 else 2)))


def _centred_last_row(full: list[Box], n: int, cols: int, box: Box) -> list[Box]:
    """An uneven number of word cards on one grid of ``full`` (every card the same size,
    rows lined up across the columns): the full rows read down each column, then the next
    (a list in columns), and the cards left over in a last row of their own, centred under
    the columns. A short column left an empty slot at the grid's corner, which read as a
    card gone missing (seven in two: four over three)."""
    whole = n // cols
    boxes = [full[r * cols + c] for c in range(cols) for r in range(whole)]
    last = full[whole * cols:whole * cols + n % cols]
    shift = (box[0] + box[2] - (last[-1][0] + last[-1][2]) - (last[0][0] - box[0])) // 2
    return [*boxes, *((x + shift, y, w, h) for x, y, w, h in last)]


def _word_columns(arrange: Callable[[int], Arrangement], box: Box,
                  cards: Sequence[TaskCard], brand: Brand, look: Look, compact: bool
                  ) -> Arrangement:
    """More than three word cards (``arrange``: laid out in so many columns) in two
    columns, or three where that gives larger words (short cards on a whole slide): the
    largest text wins, it is read from the back of the room. The answered cards of "Check
    your work" in the columns the cards were sorted in: chosen again for their longer
    words, card 3 moved to another row and column, and pupils look for it where it was."""
    if any(card.verdict for card in cards):
        return arrange(columns_of(_arrangement(box, asked(cards), brand, look, None,
                                               compact)[0]))
    two, three = arrange(2), arrange(3)
    # Three columns only for clearly larger words (a short third column looks odd).
    return three if three[2] >= two[2] + 2 else two


def asked(cards: Sequence[TaskCard]) -> list[TaskCard]:
    """The cards as pupils sort them: without the answers "Check your work" shows."""
    return [replace(card, verdict="") for card in cards]


def columns_of(boxes: Sequence[Box]) -> int:
    """How many columns the cards in ``boxes`` stand in: the cards in their first row (a
    short last row stands centred under the columns, off their lines)."""
    return len({x for x, y, _w, _h in boxes if y == boxes[0][1]})


def cards_pt(box: Box, cards: Sequence[TaskCard], brand: Brand, look: Look, *,
             cols: int | None = None, compact: bool = False) -> int:
    """The size the cards' words take laid out in ``box`` as ``sort_cards`` draws them with
    the same ``cols`` and ``compact``."""
    return _arrangement(box, cards, brand, look, cols, compact)[2]


def sort_cards(slide: Slide | None, box: Box, cards: Sequence[TaskCard], brand: Brand,
               look: Look, *, cols: int | None = None, name: str = "Task card",
               compact: bool = False) -> list[str]:
    """The cards, numbered, in a grid: picture cards (for non-readers) tall with the picture
    on top; word cards wide with the number on the left. One text size for all. With no
    ``slide``, only what would not fit (to choose an arrangement). ``compact``: a smaller
    number, gaps and padding, for a small area (a 10 x 5.625 in deck)."""
    name = _part_name(name, cards)
    font = brand.body_font
    pictures = all(c.picture is not None for c in cards)
    disc = int((0.36 if compact else 0.5) * INCH)
    pad = PAD // 2 if compact else PAD
    boxes, text_boxes, size, side, drop, tall = _arrangement(box, cards, brand, look, cols,
                                                             compact)

    def misfit(boxes_of_text: Sequence[Box], at: int) -> list[str]:
        return [TextMisfit(f"the text of {name.lower()} {i} does not fit its box at 18 pt")
                for i, (card, tb) in enumerate(zip(cards, boxes_of_text, strict=True), 1)
                if lines_height([(_words(card), font, _bold(card), at)], tb[2]) * EMU_PT > tb[3]]

    misfits = misfit(text_boxes, size)
    if misfits and not pictures and not tall:
        # Word cards whose words do not fit equal rows (a short 10 x 5.625 in slide): rows as
        # tall as their longest card needs, so a two-line card does not run off its card
        # onto the slide (Google's export: pink words half on the dark card, half on white).
        fitted = _rows_by_card_need(boxes, text_boxes, cards, font, box)
        if fitted is not None:
            boxes, text_boxes = fitted
            size = MIN_PT
            misfits = misfit(text_boxes, size)
    if slide is None:
        return misfits
    # Each card whole (panel, number, picture, words) before the next: read in that order.
    for i, (card, (cx, cy, cw, ch), tb) in enumerate(zip(cards, boxes, text_boxes,
                                                        strict=True), 1):
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, cy, cw, ch), T.BACKGROUND_2,
                  f"{name} {i}", radius=look.radius)
        if pictures and card.picture is not None:  # pictures: every card has one
            number_disc(slide, (cx + int(0.1 * INCH), cy + int(0.1 * INCH), disc, disc), str(i),
                        brand.heading_font, f"{name} {i} number")
            add_picture(slide, card.picture,
                        (cx + (cw - side) // 2, cy + PAD // 2 + drop, side, side),
                        f"{name} {i} picture")
        elif tall:
            number_disc(slide, (cx + (cw - disc) // 2, cy + PAD, disc, disc), str(i),
                        brand.heading_font, f"{name} {i} number")
        else:
            number_disc(slide, (cx + pad // 2, cy + (ch - disc) // 2, disc, disc), str(i),
                        brand.heading_font, f"{name} {i} number")
        _card_words(slide, tb, card, size, font, f"{name} {i} text", pictures, tall)
    return misfits


def _part_name(name: str, cards: Sequence[TaskCard]) -> str:
    """The answered cards of a "Check your work" slide are their own part: the deck evens a
    part's size across slides (render/deck_sizes.py), and their longer words (the answer
    first) must not pull the cards pupils sort from down with them."""
    if name == "Task card" and any(c.verdict for c in cards):
        return "Answer card"
    return name


def _card_words(slide: Slide, box: Box, card: TaskCard, size: int, font: str, name: str,
                pictures: bool, tall: bool) -> None:
    """A card's words: centred under a picture or a tall card's number, else beside the
    number; their lines evened."""
    label = new_label(slide.shapes, box, _runs(card), size, font, name,
                      align=PP_ALIGN.CENTER if pictures or tall else PP_ALIGN.LEFT,
                      anchor=MSO_ANCHOR.TOP if pictures else MSO_ANCHOR.MIDDLE)
    _even(label, card, font, size)


VERDICT_END = ": "  # between a card's answer and its words


def _words(card: TaskCard) -> str:
    """A card's words as drawn: its answer first where it shows one."""
    return f"{card.verdict}{VERDICT_END}{card.text}" if card.verdict else card.text


def _bold(card: TaskCard) -> bool:
    # A card with its answer measured as if all bold: the answer's run is, and a card
    # measured regular ran a word past its last line at the largest size.
    return bool(card.verdict)


def _runs(card: TaskCard) -> list[tuple[str, T, bool]]:
    """The card's answer in bold, in the key's colour, then its words."""
    if not card.verdict:
        return [(card.text, T.TEXT_1, False)]
    return [(card.verdict + VERDICT_END, T.TEXT_2, True), (card.text, T.TEXT_1, False)]


def _even(label: Any, card: TaskCard, font: str, size: int) -> None:
    """A card's words with no runt last line (``even_lines``); a card with its answer (two
    runs, which ``even_lines`` leaves as they are) broken where its words as one bold run
    would be, the breaks all in its own words: "Kind: Good idea: try it with your other
    foot / too." read as a card nobody had checked on the feedback slide."""
    if not card.verdict:
        even_lines(label, font, size)
        return
    scratch = copy.deepcopy(label.element)
    para = scratch.find(f"{qn('p:txBody')}/{qn('a:p')}")
    runs = para.findall(qn("a:r"))
    runs[0].find(qn("a:t")).text = _words(card)
    for run in runs[1:]:
        para.remove(run)
    even_lines(SimpleNamespace(element=scratch), font, size, _bold(card))
    lines = [len((r.findtext(qn("a:t")) or "").split()) for r in para.findall(qn("a:r"))]
    head = len((card.verdict + VERDICT_END).split())
    if len(lines) < 2:
        # Left to its natural wrap (three lines not broken at clauses): a runt last word
        # still goes down with the word before it ("…with your other / foot too.").
        lines = _runt_cut(_words(card).split(), font, size, label.element)
    if len(lines) < 2 or lines[0] <= head:
        return  # no break, or one inside the answer: the natural wrap
    run = label.element.find(f"{qn('p:txBody')}/{qn('a:p')}").findall(qn("a:r"))[1]
    # Not marked as even_lines' breaks are: deck_sizes, setting the card at the deck's
    # size, joins marked breaks and evens again only a card of one run (so would leave
    # this one unbroken); a break made a size or two larger still leaves two words last.
    for n, words in enumerate(lines[:-1]):
        break_at(run, words - (head if n == 0 else 0))
        run = run.getnext().getnext()


def _runt_cut(words: list[str], font: str, size: int, sp: Any) -> list[int]:
    """Words before and after a break that takes the word before a one-word last line down
    to it; [] where the words end on two or more. Measured regular, as the words that wrap
    are (only the answer, on the first line, is bold)."""
    width = wrap_width(sp)
    if width is None or len(words) < 4:
        return []
    lines = count_lines(" ".join(words), font, size, width)
    if lines < 2:
        return []
    cut = max(k for k in range(1, len(words))
              if count_lines(" ".join(words[:k]), font, size, width) == lines - 1)
    return [cut - 1, len(words) - cut + 1] if len(words) - cut == 1 else []


def _rows_by_card_need(boxes: Sequence[Box], text_boxes: Sequence[Box],
                       cards: Sequence[TaskCard], font: str, area: Box
                       ) -> tuple[list[Box], list[Box]] | None:
    """The grid's rows (cards sharing a top) as tall as their tallest card's words at 18 pt,
    the spare height shared out, the columns kept; None when they do not fit the area."""
    tops = sorted({b[1] for b in boxes})
    if len(tops) < 2:
        return None
    gap = tops[1] - (tops[0] + boxes[0][3])
    row_of = [tops.index(b[1]) for b in boxes]
    inset = [(tb[1] - b[1], b[1] + b[3] - (tb[1] + tb[3])) for b, tb in
             zip(boxes, text_boxes, strict=True)]
    need = [0] * len(tops)
    for card, row, tb, (above, below) in zip(cards, row_of, text_boxes, inset, strict=True):
        words = int(lines_height([(_words(card), font, _bold(card), MIN_PT)], tb[2]) * EMU_PT)
        need[row] = max(need[row], words + above + below)
    spare = area[3] - sum(need) - gap * (len(tops) - 1)
    if spare < 0:
        return None
    heights = [n + spare // len(tops) for n in need]
    new_tops = [area[1] + sum(heights[:r]) + gap * r for r in range(len(tops))]
    new_boxes, new_text = [], []
    for b, tb, row, (above, below) in zip(boxes, text_boxes, row_of, inset, strict=True):
        top, height = new_tops[row], heights[row]
        new_boxes.append((b[0], top, b[2], height))
        new_text.append((tb[0], top + above, tb[2], height - above - below))
    return new_boxes, new_text

