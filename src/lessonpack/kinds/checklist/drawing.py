"""The checklist kind's drawing: a row per point (a number or a picture), or
steps side by side with arrows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide

from lessonpack.check.measure import LINE, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import supply
from lessonpack.kinds.checklist import ROWS
from lessonpack.kinds.look import Look
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import INCH, MIN_PT, PAD, fit_size, grid, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_rows import number_disc, rows_need, text_rows

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]
# The least a flow's picture disc may be: below it the pictures are left out (a picture
# smaller than this is not read from the back of a room; tests/test_wild_layouts.py holds
# a stream's pictures to 0.8 in for the same reason).
MIN_MARK = int(0.8 * INCH)


def draw_checklist(filler: Filler, points: Sequence[str],
                   pictures: Sequence[Picture] = (), flow: bool = False) -> bool:
    """The points in the body area, a row each with its number or its picture; with
    ``flow``, steps in order side by side with arrows between. False when the layout has no
    body area."""
    def draw(region: Box) -> list[str]:
        slide, brand, look = filler.slide, filler.brand, filler.look
        if flow:
            return _flow(slide, region, points, pictures, brand, look)
        return _checklist(slide, region, points, brand, look, pictures)

    return in_body(filler, draw)


def _checklist(slide: Slide, box: Box, points: Sequence[str], brand: Brand, look: Look,
               pictures: Sequence[Picture] = ()) -> list[str]:
    if pictures:
        return _picture_points(slide, box, points, pictures, brand, look)
    return text_rows(slide, box, points, brand, look, marker="number",
                     name="Check", largest=look.body_pt, radius=min(0.3, look.radius * 2),
                     bold_leads=True)


def _picture_disc(slide: Slide, box: Box, picture: Picture, name: str) -> None:
    """A picture on a white disc: the pictures of an adults' slide sit calmly in one
    shape, as icons of what the words say, not as stickers."""
    x, y, w, h = box
    side = min(w, h)
    disc = (x + (w - side) // 2, y + (h - side) // 2, side, side)
    shape = new_shape(slide.shapes, MSO_SHAPE.OVAL, disc, T.BACKGROUND_1, f"{name} disc")
    shape.text_frame.text = ""
    inset = int(side * 0.2)
    add_picture(slide, picture, (disc[0] + inset, disc[1] + inset, side - 2 * inset,
                                 side - 2 * inset), f"{name} picture")


def _picture_points(slide: Slide, box: Box, points: Sequence[str],
                    pictures: Sequence[Picture], brand: Brand, look: Look) -> list[str]:
    """Each point on a card with its picture large on the left: two columns for four
    points (full-width rows left the right half of each row empty and the pictures small),
    one for fewer. One text size for all, the largest every card fits."""
    n = len(points)
    cols = 2 if n >= 4 else 1
    gap = int(0.2 * INCH)
    cards = grid(n, box, cols, gap=gap)
    font = brand.body_font
    side = int(min(1.5 * INCH, cards[0][3] * 0.75, cards[0][2] * 0.3))
    inner = [(cx + 2 * PAD + side, cy + PAD // 2, cw - 3 * PAD - side, ch - PAD)
             for cx, cy, cw, ch in cards]
    # One column of wide cards (three take-home messages): words up to 4 pt larger, or a
    # short line leaves most of each card empty.
    largest = look.body_pt + (4 if cols == 1 else 0)
    size = min(fit_size([(t, font, False, 0)], ib[2], ib[3], largest)
               for t, ib in zip(points, inner, strict=True))
    misfits: list[str] = []
    for i, (text, (cx, cy, cw, ch), ib) in enumerate(zip(points, cards, inner, strict=True)):
        name = f"Point {i + 1}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, cy, cw, ch), T.BACKGROUND_2,
                  name, radius=min(0.12, look.radius * 2))
        _picture_disc(slide, (cx + PAD, cy + (ch - side) // 2, side, side), pictures[i], name)
        if lines_height([(text, font, False, size)], ib[2]) * EMU_PT > ib[3]:
            misfits.append(TextMisfit(f"the text of point {i + 1} does not fit its card at 18 pt"))
        new_label(slide.shapes, ib, [(text, T.TEXT_1, False)], size, font, f"{name} text")
    return misfits


def _flow(slide: Slide, box: Box, steps: Sequence[str], pictures: Sequence[Picture],
          brand: Brand, look: Look) -> list[str]:
    """Steps in order, side by side: each on a card with its number, its picture (when
    every step has one) and its words, an arrow to the next. One text size for all."""
    x, y, w, h = box
    n = len(steps)
    arrow = int(0.45 * INCH)
    cw = (w - arrow * (n - 1)) // n
    font = brand.body_font
    if _two_by_two(box, cw, steps, font, look):
        # Four steps: two by two, each card's words beside its number, left-aligned. Four
        # narrow columns set 6-7 centred lines a step at 24 pt, the badge on the picture's
        # disc: the slide parents most need to remember was the hardest to read). On a 4:3
        # slide too, where a column held one to three words a line ("Talk / of /
        # self-harm?" on klee2 and Coreoz), though the area is less than twice as wide
        # as tall.
        return _flow_grid(slide, box, steps, brand, look)
    number = int(0.45 * INCH)
    # The picture's disc centred clear of the number in the card's corner on both sides: on
    # a narrow card (a 4:3 or 10 in template) it ran over the number (LPC305).
    mark = int(min(1.3 * INCH, cw * 0.45, h * 0.3, cw - 2 * (PAD + number + int(0.02 * INCH))))
    misfits: list[str] = []
    if pictures and mark < MIN_MARK:
        # Cards too narrow (four steps on a 4:3 or portrait template) for a picture that can
        # be read from the back of the room, or for any at all (the size would be zero or
        # less: invalid OOXML). The words carry the steps; the teacher is told.
        pictures = ()
        misfits.append(TextMisfit("the pictures of the steps are left out: each step's card "
                                  f"is {cw / INCH:.2f} in wide, too narrow for one"))
    top_pad = int(0.2 * INCH)
    head = top_pad + (mark if pictures else number) + int(0.15 * INCH)
    inner_w = cw - 2 * PAD
    inner_h = h - head - PAD
    if any(lines_height([(t, font, False, MIN_PT)], inner_w) * EMU_PT > inner_h
           for t in steps) and rows_need(w, steps, font) <= h:
        # A short, narrow area (Google's 10 x 5.625 in slide: four 1.5 in cards) where a
        # step's words overflow their card even at 18 pt: the steps as numbered rows
        # instead, read in the same order, every word on the slide.
        return text_rows(slide, box, steps, brand, look, marker="number", name="Step",
                         largest=look.body_pt, radius=min(0.3, look.radius * 2))
    size = min(fit_size([(t, font, False, 0)], inner_w, inner_h, look.body_pt)
               for t in steps)
    # The cards as tall as the longest step needs, centred down the area: no card
    # two-thirds empty under short words.
    need = max(int(lines_height([(t, font, False, size)], inner_w) * EMU_PT) for t in steps)
    ch = min(h, head + need + 2 * PAD)
    cy = y + (h - ch) // 2
    for i, text in enumerate(steps):
        cx = x + i * (cw + arrow)
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, cy, cw, ch),
                  T.BACKGROUND_2, f"Step {i + 1}", radius=min(0.12, look.radius * 2))
        number_disc(slide, (cx + PAD, cy + top_pad, number, number), str(i + 1),
                    brand.heading_font, f"Step {i + 1} number")
        if pictures:
            _picture_disc(slide, (cx + (cw - mark) // 2, cy + top_pad, mark, mark),
                          pictures[i], f"Step {i + 1}")
        inner = (cx + PAD, cy + head, inner_w, ch - head - PAD)
        if lines_height([(text, font, False, size)], inner_w) * EMU_PT > inner[3]:
            misfits.append(TextMisfit(f"the text of step {i + 1} does not fit its card at 18 pt"))
        new_label(slide.shapes, inner, [(text, T.TEXT_1, False)], size, font,
                  f"Step {i + 1} text", align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.TOP)
        if i < n - 1:
            ah = int(0.5 * INCH)
            new_shape(slide.shapes, MSO_SHAPE.CHEVRON,
                      (cx + cw + arrow // 4, cy + (ch - ah) // 2, arrow // 2, ah),
                      T.ACCENT_1, f"Step {i + 1} arrow").text_frame.text = ""
    return misfits


def _two_by_two(box: Box, column: int, steps: Sequence[str], font: str, look: Look) -> bool:
    """Whether the steps go two by two rather than in columns ``column`` EMU wide: four
    steps, in an area at least twice as wide as tall or whose columns would set fewer than
    MIN_WORDS_A_LINE words a line (``_narrow_lines``: a 4:3 slide's columns)."""
    _x, _y, w, h = box
    return len(steps) == 4 and (w >= 2 * h or _narrow_lines(column - 2 * PAD, steps, font,
                                                             look.body_pt))


# The fewest words a line a step's column should hold at the body size: below it the steps
# go two by two (a column of one-word lines reads as a list of words, not a step).
MIN_WORDS_A_LINE = 4


def _narrow_lines(width: int, steps: Sequence[str], font: str, size: int) -> bool:
    """Whether a column ``width`` EMU wide sets the steps' sentences in lines of fewer than
    MIN_WORDS_A_LINE of their words (of the words' average width with a space, at ``size``
    pt), and some step runs over one line. Steps of a word or two ("Stop", "Tell") stay in
    columns: their lines are whole."""
    words = [word for step in steps for word in step.split()]
    if not words:
        return False
    average = sum(text_width(f"{word} ", font, size) for word in words) / len(words)
    a_line = width / EMU_PT / average
    return a_line < MIN_WORDS_A_LINE and any(len(step.split()) > a_line for step in steps)


# Lines a step may take in the two-by-two flow: more reads as a paragraph, not a step.
GRID_LINES = 3


def _flow_grid(slide: Slide, box: Box, steps: Sequence[str], brand: Brand, look: Look
               ) -> list[str]:
    """Four steps two by two, read across then down: in each card the step's number in
    front of its words, the badge centred on the words' first line. One marker a card: the
    number (the steps are taken in order); a picture beside it as well doubled the markers
    and took the words' room. A row's words start at one height, so its badges line up
    across it as well as down each column. One text size, the largest (up to 4 pt over the body) at
    which every step takes at most GRID_LINES lines; else the largest that fits."""
    gap = int(0.3 * INCH)
    cards = grid(len(steps), box, 2, gap=gap)
    cw, ch = cards[0][2], cards[0][3]
    font = brand.body_font
    number = int(0.45 * INCH)
    misfits: list[str] = []
    badge_gap = int(0.15 * INCH)
    inner_w = cw - 2 * PAD - number - badge_gap
    inner_h = ch - 2 * PAD
    # Measured a little narrower than drawn: a line that fills the width exactly by the
    # font's metrics wrapped on screen (the default's fourth step took a fourth line).
    room = inner_w - int(0.1 * INCH)

    def lines(text: str, size: int) -> float:
        return lines_height([(text, font, False, size)], room) / (size * LINE)

    largest = look.body_pt + 4
    # Not below the look's floor for the sake of the line count: a longer step at a
    # readable size before every step small (the back of a hall reads 20 pt, not 18).
    size = next((pt for pt in range(largest, look.floor_pt - 1, -1)
                 if all(lines(t, pt) <= GRID_LINES
                        and lines_height([(t, font, False, pt)], room) * EMU_PT <= inner_h
                        for t in steps)),
                min(fit_size([(t, font, False, 0)], room, inner_h, largest)
                    for t in steps))
    heights = [min(inner_h, int(lines_height([(t, font, False, size)], room) * EMU_PT))
               for t in steps]
    line = int(size * LINE * EMU_PT)
    for i, (text, (cx, cy, _cw, _ch)) in enumerate(zip(steps, cards, strict=True)):
        name = f"Step {i + 1}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, cy, cw, ch),
                  T.BACKGROUND_2, name, radius=min(0.12, look.radius * 2))
        row = [h for j, h in enumerate(heights) if cards[j][1] == cy]
        top = cy + (ch - max(row)) // 2  # the row's words centred down its cards, top-aligned
        badge_x = cx + PAD
        number_disc(slide, (badge_x, top + (line - number) // 2, number, number), str(i + 1),
                    brand.heading_font, f"{name} number")
        inner = (badge_x + number + badge_gap, top, inner_w, cy + ch - PAD - top)
        if lines_height([(text, font, False, size)], room) * EMU_PT > inner_h:
            misfits.append(TextMisfit(f"the text of step {i + 1} does not fit its card at 18 pt"))
        new_label(slide.shapes, inner, [(text, T.TEXT_1, False)], size, font,
                  f"{name} text", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP)
    return misfits


SUPPLIES = (supply(ROWS, draw_checklist),)
