"""How the drawn slide bodies size their words and share out their area: the height a stack
of paragraphs takes in a width, the largest size at which it fits (never below 18 pt, no
word wider than its box) and a grid of boxes. The cards (deck_cards), the quiz's answer
panels (deck_options), the checked answers (deck_answers) and the kinds' own drawings
(kinds/<kind>/drawing.py) all measure with these, so their words fit the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from pptx.util import Inches

from lessonpack.check.measure import LINE, MIN_SLIDE_PT, count_lines, text_width
from lessonpack.geometry import CARD_GAP, EMU_PT

Box = tuple[int, int, int, int]
INCH = int(Inches(1))
MIN_PT = MIN_SLIDE_PT
GAP = CARD_GAP  # the help cards' room (kinds/signposting.card_room) is planned with it
PAD = int(0.22 * INCH)



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
                and longest_word(stack) * EMU_PT <= width_emu):
            return size
    return floor


def longest_word(texts: Sequence[tuple[str, str, bool, int]]) -> float:
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

