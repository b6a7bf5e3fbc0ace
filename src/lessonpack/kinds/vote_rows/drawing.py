"""Statements ticked privately on a worksheet (KS2-KS4's starter and look back), drawn as the
sheet has them: one numbered row per statement with a mark under each of "Agree" (a tick),
"Disagree" (a cross) and "Not sure" (a question mark), the sheet's order, and the
instruction over the rows. The ticks go on the sheet: no empty box on the screen. No hands,
thumbs or faces: a show of hands on "it is partly the child's fault" lets a tricked pupil see
classmates blame them, and thumbs read as primary to 11-16s. Theme colours only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.check.measure import count_lines, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import supply
from lessonpack.kinds.look import Look
from lessonpack.kinds.vote_rows import ROWS
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, MIN_PT, PAD, SHADE, lines_height
from lessonpack.render.deck_choice_marks import choice_mark
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]
COLUMNS = ("Agree", "Disagree", "Not sure")  # the worksheet's order (plan/worksheet/sheet.py)
THUMBS = ("Yes", "No", "Not sure")  # the thumbs pictures' words (plan/deck/votes.vote_word)
HEAD_PT = 22
GAP = int(0.15 * INCH)
# Padding above and below a statement's words inside its row: never on the row's edge.
ROW_PAD = int(0.17 * INCH)
MOST_ROW = int(1.9 * INCH)  # taller rows leave a band of tint under short words


def draw_ticks(filler: Filler, statements: Sequence[str], caption: str,
               thumbs: Sequence[Picture] = ()) -> bool:
    """The statements in the body area as rows to tick (``thumbs``: with the thumbs
    pictures to copy in each row); False when the layout has none."""
    return in_body(filler, lambda region: _ticks(filler.slide, region, statements, caption,
                                                 filler.brand, filler.look, thumbs))


@dataclass(frozen=True)
class _Spacing:
    """The rows' spacing: the calm one, else a compact one for a short content area (a
    10 x 5.625 in template's, where the calm rows put statement 3 off the slide, LPC306)."""
    least: int  # a row's least height
    pad: int  # above and below a statement's words inside its row
    gap: int  # between rows
    number: int  # the statement's number disc


CALM = _Spacing(int(0.85 * INCH), ROW_PAD, GAP, int(0.55 * INCH))
COMPACT = _Spacing(int(0.5 * INCH), int(0.08 * INCH), int(0.08 * INCH), int(0.4 * INCH))


def _size_and_rows(texts: Sequence[str], font: str, text_w: int, room: int, largest: int,
                   floor: int, spacing: _Spacing = CALM) -> tuple[int, list[int]]:
    """The largest size (to ``largest``) at which every row, as tall as the tallest's words
    plus padding, fits ``room``: rows of one height (a short row under two tall ones read as
    unfinished). Below ``floor``, rows as tall as each one's own words instead, at the
    largest size those fit."""
    gaps = spacing.gap * (len(texts) - 1)

    def need(size: int) -> list[int]:
        return [max(spacing.least, int(lines_height([(t, font, False, size)],
                                                    int(text_w * SHADE)) * EMU_PT)
                    + 2 * spacing.pad) for t in texts]

    for size in range(largest, floor - 1, -1):
        rows = need(size)
        if max(rows) * len(rows) + gaps <= room:
            return size, [max(rows)] * len(rows)
    for size in range(largest, MIN_PT - 1, -1):
        rows = need(size)
        if sum(rows) + gaps <= room:
            return size, rows
    return MIN_PT, need(MIN_PT)


def _ticks(slide: Slide, box: Box, texts: Sequence[str], caption: str, brand: Brand,
           look: Look, thumbs: Sequence[Picture] = ()) -> list[str]:
    x, y, w, h = box
    columns = _columns(thumbs)
    wide = int(min(1.75 * INCH, w * 0.15))
    # Narrower tick columns before tighter rows: on a 10 x 5.625 in slide the columns took
    # 4.2 in, a statement wrapped onto three lines in what was left and the rows ran past
    # the content area. A column keeps its head at 18 pt on one line (_column_pt).
    head_w = max(text_width(word, brand.heading_font, MIN_PT, True) for word in columns)
    narrow = max(int((head_w + 12) * EMU_PT), int(w * 0.11))
    tries = [(spacing, col_w) for spacing in (CALM, COMPACT)
             for col_w in ((wide, narrow) if narrow < wide else (wide,))]
    for spacing, col_w in tries:
        ticks_w = col_w * len(columns)
        ticks_x = x + w - ticks_w
        # The caption as large as its width allows (22 pt, else 18), as tall as its lines.
        cap_w = ticks_x - x - PAD
        head_pt = next((pt for pt in (HEAD_PT, MIN_PT) if count_lines(
            caption, brand.heading_font, pt, cap_w / EMU_PT, True) == 1), MIN_PT)
        head_h = max(int(0.45 * INCH), int(lines_height([(caption, brand.heading_font, True,
                                                           head_pt)], cap_w) * EMU_PT))
        number = spacing.number
        text_x = x + 2 * PAD + number
        text_w = w - ticks_w - (text_x - x) - PAD
        room = h - head_h - spacing.gap
        size, need = _size_and_rows(texts, brand.body_font, text_w, room, look.body_pt,
                                    look.floor_pt, spacing)
        if sum(need) + spacing.gap * (len(texts) - 1) <= room:
            break
    gap = spacing.gap
    # The spare height shared into the rows up to a calm maximum; the rest centres the block.
    spare = room - sum(need) - gap * (len(texts) - 1)
    grow = max(0, min(spare // len(texts), MOST_ROW - max(need)))
    rows = [n + grow for n in need]
    block = head_h + gap + sum(rows) + gap * (len(rows) - 1)
    top = y + max(0, (h - block) // 2)
    new_label(slide.shapes, (x, top, cap_w, head_h),
              [(caption, T.TEXT_2, True)], head_pt, brand.heading_font, "Ticks caption",
              anchor=MSO_ANCHOR.BOTTOM)
    for n, word in enumerate(columns):
        new_label(slide.shapes, (ticks_x + n * col_w, top, col_w, head_h),
                  [(word, T.TEXT_2, True)], min(head_pt, _column_pt(col_w, brand, columns)),
                  brand.heading_font, f"Ticks column {n + 1}",
                  align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.BOTTOM)
    misfits: list[str] = []
    if block > h:
        # Not a TextMisfit: rows past the content area are kept as a warning on a trainer's
        # template too (the check's re-measure only finds text that overflows its box).
        # Each statement fits its row; the rows together are what run past the area.
        over = max(0.1, (block - h) / INCH)
        misfits.append(f"the statements to tick run {over:.1f} in below the layout's content "
                       "area at 18 pt (a taller content area keeps them in it)")
    ry = top + head_h + gap
    side = _choice_side(thumbs, col_w, min(rows) - 2 * spacing.pad)
    for n, (text, rh) in enumerate(zip(texts, rows, strict=True), 1):
        name = f"Statement {n}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, ry, w, rh), T.BACKGROUND_2,
                  name, radius=min(0.3, look.radius * 2)).text_frame.text = ""
        disc = new_shape(slide.shapes, MSO_SHAPE.OVAL,
                         (x + PAD, ry + (rh - number) // 2, number, number), T.ACCENT_1,
                         f"{name} number")
        write_runs(disc, [(str(n), T.BACKGROUND_1, True)], max(MIN_PT, int(number / EMU_PT
                                                                           * 0.45)),
                   brand.heading_font, align=PP_ALIGN.CENTER)
        inner = (text_x, ry + spacing.pad, text_w, rh - 2 * spacing.pad)
        if lines_height([(text, brand.body_font, False, size)], text_w) * EMU_PT > inner[3]:
            misfits.append(TextMisfit(f"statement {n} does not fit its row at 18 pt"))
        new_label(slide.shapes, inner, [(text, T.TEXT_1, False)], size, brand.body_font,
                  f"{name} text")
        for c, word in enumerate(columns):
            at = (ticks_x + c * col_w + (col_w - side) // 2, ry + (rh - side) // 2, side, side)
            _choice(slide, at, word, thumbs[c:c + 1], brand, name)
        ry += rh + gap
    return misfits


def _columns(thumbs: Sequence[Picture]) -> tuple[str, ...]:
    """The columns' words: the thumbs' (yes, no, not sure), else the sheet's."""
    return THUMBS if thumbs else COLUMNS


def _choice_side(thumbs: Sequence[Picture], col_w: int, inside: int) -> int:
    """A choice's size: a thumbs picture as large as its row (``inside``: its height
    inside the padding) and column allow, what a five-year-old copies; else the mark."""
    if thumbs:
        return int(min(1.1 * INCH, col_w * 0.8, inside))
    return int(min(0.5 * INCH, col_w * 0.4))


def _choice(slide: Slide, box: Box, word: str, thumb: Sequence[Picture], brand: Brand,
            name: str) -> None:
    """A row's choice ``word``: its thumbs picture to copy (``thumb``: it, or none), else
    the sheet's mark."""
    if thumb:
        add_picture(slide, thumb[0], box, f"{name} choice: {word}", by_ink=True)
    else:
        choice_mark(slide, box, word, brand.heading_font, f"{name} choice: {word}")


def _column_pt(col_w: int, brand: Brand, columns: Sequence[str] = COLUMNS) -> int:
    """The column heads' size: one size for all three, "Disagree" on one line in its
    column (a narrow 10 in slide's columns are under an inch)."""
    return next((pt for pt in range(HEAD_PT, MIN_PT - 1, -1)
                 if max(text_width(word, brand.heading_font, pt, True) for word in columns)
                 <= col_w / EMU_PT - 4), MIN_PT)


SUPPLIES = (supply(ROWS, draw_ticks),)
