"""The quiz's answers as large lettered (KS1: numbered) panels across the slide, a picture on
each where there are pictures; on the reveal, the right one outlined and ticked, the others
faded, and why it is right in the strip under them. How the panels are arranged (a column
each, or a row each with the letter beside the words) and the one size their words take
across a deck are decided here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Pt

from lessonpack.check.measure import LINE, count_lines
from lessonpack.content.brand import Brand
from lessonpack.content.parts import option_letter
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.render.deck_balance import best_balance
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
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture

STRIP_PAD = int(0.15 * INCH)


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
                 prompt: str = "", like: Sequence[Sequence[str]] = (),
                 give: int = 0) -> list[str]:
    """Large lettered (KS1: numbered) answer panels across the slide, two by two for four
    options, a picture on each where there are pictures. With ``answer``, the reveal: the
    right panel outlined and ticked, the others faded, and why it is right underneath. The
    question slide before a reveal says how to answer (``prompt``) in the same strip, so the
    reveal is the question slide plus a layer: no panel, picture or word moves. ``like``:
    the deck's other answers, which the words' size must fit too (one size a deck).
    ``give``: the points the answers may lose to stay cards (option_cols)."""
    misfits: list[str] = []
    area = box  # the panels' and the strip's, together
    strip = explanation if answer is not None else prompt
    # The arrangement (letter above the words, or beside them) is decided on the whole area.
    cols = option_cols(box, options, brand, pictures, look=look, like=like, strip=bool(strip),
                       give=give)
    tall = _tall(box, options, brand, look, pictures, cols, like, bool(strip))
    why_box: Box | None = None
    words = ""
    if strip:
        box, why_box, words = _strip_split(box, explanation, prompt, options, brand, look,
                                           pictures, tall, like, cols)
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
                why_box = _strip_grown(why_box, spare, words, brand, look)
        elif cols == 1 and why_box is not None:
            box, why_box = _rows_over_strip(box, why_box, options, brand, look, words)
    cap: int | None = None
    if cols == 1 and why_box is not None and len(pictures) != len(options):
        box, why_box, cap = _rows_trade(area, box, why_box, words, options, brand, look, like)
    drawn, answers_pt = _panels(slide, box, options, brand, look, pictures, answer, mark, tall,
                                cols, like, most=cap)
    misfits += drawn
    if why_box is not None:
        # Drawn after the panels: read (and tabbed to) in the order it is seen; the prompt
        # never larger than the answers, which are what pupils read to vote.
        misfits += _strip(slide, why_box, strip, brand, look, answer is not None,
                          most=max(MIN_PT, answers_pt))
    return misfits


def reason_pt(look: Look) -> int:
    """The size the reveal's reason is given room for: the look's body size, the slide's
    teaching point once the vote is over (``_strip``)."""
    return max(look.body_pt, min(look.card_pt, STRIP_PT))


def _strip_split(box: Box, explanation: str, prompt: str, options: Sequence[str], brand: Brand,
                 look: Look, pictures: Sequence[Picture], tall: bool,
                 like: Sequence[Sequence[str]], cols: int) -> tuple[Box, Box, str]:
    """The area split between the panels and the strip under them (the reason on a reveal,
    how to answer on its question: the same split on both), and the longer of the two
    texts, by which the strip is sized."""
    area_h = box[3]
    box, strip_box = _strip_below(box, bool(pictures))
    why_box = strip_box
    # The strip as tall as the longer of the reason and the prompt needs at a projected
    # slide's body size (a reason at 18 pt under 25 pt answers read as a footnote),
    # up to the share of the area the panels can spare; taken from the panels on the
    # question and its reveal alike (both know the reason).
    # Answers with pictures (non-readers, who hear the reason) keep their room for them.
    target = min(look.card_pt, STRIP_PT) if pictures else reason_pt(look)
    inner_w = strip_box[2] - 2 * PAD
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
    box, why_box = _strip_gives(box, why_box, words, options, brand, look, pictures, tall,
                                like, cols)
    return box, why_box, words


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


def _strip_grown(why_box: Box, spare: int, words: str, brand: Brand, look: Look) -> Box:
    """The strip moved up under panels cut to their words, and grown into the height they
    freed, up to what its longer words need at the look's body size (the reveal's reason
    may grow to it: ``_strip``): the strip was sized while the panels still held that
    height (and gave theirs to the answers), so a reason sat at 18 pt over an empty band at
    the slide's foot. Measured on the longer of the question's prompt and the reveal's
    reason, so a question and its reveal keep one strip."""
    x, y, w, h = why_box
    target = reason_pt(look)
    need = int(lines_height([(words, brand.body_font, False, target)], w - 2 * PAD)
               * EMU_PT) + 2 * STRIP_PAD
    return x, y - spare, w, h + max(0, min(spare, need - h))


def least_traded_pt(now: int) -> int:
    """The smallest size answers drawn at ``now`` may be set at to give room to the strip
    under them: the class reads the answers to vote, so answers at OPTION_PT or more keep
    OPTION_PT, answers under it keep what they have (the strip gives them height instead:
    ``_strip_gives``), and nothing goes under MIN_PT."""
    return max(MIN_PT, min(now, OPTION_PT))


# A row's least height for its letter where the rows give height to the reason under them
# (``_rows_trade``): the letter's disc then as small as ``_disc_side`` draws it (0.35 in).
ROW_DISC_TRADED = int(0.34 * INCH)


def _rows_trade(area: Box, box: Box, why_box: Box, words: str, options: Sequence[str],
                brand: Brand, look: Look, like: Sequence[Sequence[str]]
                ) -> tuple[Box, Box, int | None]:
    """Answers one a row over a reason set smaller than them: a cap on the answers' size,
    their rows as short as their words then need (a letter's disc smaller), and the height
    that frees given to the reason, where that sets the smaller of the two sizes larger
    (deck_balance). Real templates' KS4 answers took the height at 22-24 pt in rows sized
    for a 0.55 in letter, and the sentence the class reads after the reveal sat at 18 pt
    over empty room. The cap (None: none) is the answers' size on the question and its
    reveal alike: both are measured on the longer of the prompt and the reason."""
    target = min(look.card_pt, STRIP_PT)
    inner_w = why_box[2] - 2 * PAD
    font = brand.body_font

    def reason_pt(strip_h: int) -> int:
        return fit_size([(words, font, False, 0)], inner_w, strip_h - 2 * STRIP_PAD, target,
                        MIN_PT - 1)

    now = _rows_size(box, options, brand, look, like)
    if reason_pt(why_box[3]) >= min(now, target):
        return box, why_box, None
    gap = why_box[1] - (box[1] + box[3])
    room = area[1] + area[3] - box[1] - gap  # the rows' and the strip's heights together

    def sizes(cap: int) -> tuple[int, int]:
        rows_h = _rows_height(box, options, brand, look, cap)
        answers = min(cap, _rows_size((box[0], box[1], box[2], rows_h), options, brand, look,
                                      like))
        return answers, reason_pt(room - rows_h)

    cap = best_balance(range(now, least_traded_pt(now) - 1, -1), sizes)
    answers, reason = sizes(cap)
    if min(answers, reason) <= min(now, reason_pt(why_box[3])):
        return box, why_box, None
    rows_h = _rows_height(box, options, brand, look, cap)
    # The strip as tall as its words need at STRIP_PT (as ``_strip_grown``): the rest stays
    # below it, where the slide's foot is.
    need = int(lines_height([(words, font, False, target)], inner_w) * EMU_PT) + 2 * STRIP_PAD
    strip_h = min(room - rows_h, max(need, why_box[3]))
    return ((box[0], box[1], box[2], rows_h),
            (why_box[0], box[1] + rows_h + gap, why_box[2], strip_h), cap)


def _rows_height(box: Box, options: Sequence[str], brand: Brand, look: Look, size: int) -> int:
    """The height answers one a row take with their words at ``size``: each row its longest
    answer's lines (in the columns rows in ``box`` give them) or a small letter, and its
    padding."""
    layout = _panel_layout(option_boxes(box, options, 1), options, (), look, False)
    words = max(int(lines_height([(o, brand.body_font, True, size)], tb[2]) * EMU_PT)
                for o, (_d, _p, tb) in zip(options, layout, strict=True))
    rows = len(options)
    return (max(words, ROW_DISC_TRADED) + 2 * ROW_PAD) * rows + ROW_GAP * (rows - 1)


def _rows_size(box: Box, options: Sequence[str], brand: Brand, look: Look,
               like: Sequence[Sequence[str]]) -> int:
    """The size answers one a row in ``box`` are drawn at (as ``_panels`` sizes them)."""
    boxes = option_boxes(box, options, 1)
    layout = _panel_layout(boxes, options, (), look, False,
                           _grown(boxes, options, brand, look, 1))
    return _words_size(layout, options, brand.body_font, look, True, like, MIN_PT - 1)


STRIP_MOST = int(1.3 * INCH)  # the strip under the panels, before it grows to its words
STRIP_PT = 24  # the strip's words at their largest: a projected slide's body size
REASON_MORE = 4  # points a reveal's reason may stand over its answers (``_strip``)
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
    # The reveal's reason, the slide's teaching point once the vote is over, may grow to the
    # look's body size where it has the room, but no more than REASON_MORE over the answers:
    # reasons further apart than a fifth are not evened across the deck (deck_sizes), and
    # one reveal at 28 pt beside the next at 22 read as two decks. The question's prompt
    # stays at the answers' size.
    top = min(look.card_pt, STRIP_PT, most)
    if reveal and not look.presented:  # a parents' reason is two or three sentences
        top = max(top, min(look.body_pt, most + REASON_MORE))
    size = fit_size([(text, brand.body_font, False, 0)], inner[2], inner[3], top)
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
                like: Sequence[Sequence[str]] = (), strip: bool = False, give: int = 0) -> int:
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
    # Every question of the deck with as many answers is set as this one is: columns on
    # one quiz slide and rows on the next read as two decks' slides.
    sets = [options, *(o for o in like if len(o) == len(options))]
    if any(_too_long_for_columns(box, s, brand) for s in sets):
        return 1
    if look is not None:
        area = _strip_below(box, False)[0] if strip else box
        return 1 if _rows_read_larger(area, sets, brand, look, give) else 3
    return 3


def _too_long_for_columns(box: Box, options: Sequence[str], brand: Brand) -> bool:
    """Whether an answer needs more than COLUMN_LINES lines at 18 pt in a third of ``box``,
    or the columns more height than the area leaves over its strip."""
    font, line = brand.body_font, MIN_PT * LINE * EMU_PT
    column = grid(3, box, 3)[0][2] - 2 * PAD
    lines = max(count_lines(o, font, MIN_PT, column / EMU_PT, True) for o in options)
    if lines > COLUMN_LINES:
        return True
    columns = PAD + int(0.6 * INCH) + PAD // 2 + int(lines * line) + PAD
    return columns > _strip_below(box, False)[0][3]


# The answers pupils vote on, at least: the size of the "Show A, B or C" strip under them
# (18 pt answers under a 22 pt instruction could not be read from the back of the room).
OPTION_PT = 22


# Points three answers' words may give up to stay cards in columns on a layout found by
# lessonpack's own names (the quiz question kind's drawing): rows one under another read as
# a form's fields (an 11-16s' check) where cards side by side read as a choice of three, and
# 20 pt on a projected card is read from the back of the room. A template matched by its
# placeholders keeps OPTION_PT: its area is a guess, and its answers at 18-20 pt in mostly
# empty cards could not be read.
CARDS_GIVE = 2


def _rows_read_larger(area: Box, sets: Sequence[Sequence[str]], brand: Brand,
                      look: Look, give: int = 0) -> bool:
    """Whether three words-only answers go one a row, the letter beside words a slide's
    width long: where in three columns (the letter above a third of the width) one of the
    deck's questions ``sets`` would set its answers under OPTION_PT less ``give`` and rows
    set them all larger. Decided on the deck's questions together, so its quiz slides look
    alike."""
    def smallest(cols: int) -> int:
        return min(_options_pt(area, s, brand, look, (), cols == 3, (), cols,
                               floor=MIN_PT - 1) for s in sets)

    in_columns = smallest(3)
    return in_columns < OPTION_PT - give and smallest(1) > in_columns


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
            tall: bool, cols: int, like: Sequence[Sequence[str]] = (), most: int | None = None
            ) -> tuple[list[str], int]:
    """The answers' panels drawn; what does not fit, and the size of their words (``most``
    points at most, where the rows gave height to the reason under them)."""
    misfits: list[str] = []
    boxes = option_boxes(box, options, cols)
    font = brand.body_font
    with_pictures = tall and len(pictures) == len(options)
    layout = _panel_layout(boxes, options, pictures, look, tall,
                           _grown(boxes, options, brand, look, cols))
    # Words-only tall panels are cut to their own words' height, so not compared with the
    # deck's other questions.
    size = _words_size(layout, options, font, look, with_pictures or not tall, like)
    if most is not None:
        size = min(size, most)
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
        _panel_pictures(slide, letter, pictures[n] if pic_box is not None else None, pic_box,
                        faded, mark if right else None, _tick_box((x, y, w, h), cols))
        if lines_height([(option, font, True, size)], text_box[2]) * EMU_PT > text_box[3]:
            misfits.append(TextMisfit(f"answer {letter} does not fit its panel at 18 pt"))
        # Not bold on the reveal: bold words wrap differently, and the words must not move.
        label = new_label(slide.shapes, text_box, [(option, T.TEXT_1, False)], size, font,
                          f"Answer {letter}", align=PP_ALIGN.CENTER if tall else PP_ALIGN.LEFT,
                          anchor=MSO_ANCHOR.TOP if with_pictures else MSO_ANCHOR.MIDDLE)
        if faded:
            _fade_text(label)
    return misfits, size


def _panel_pictures(slide: Slide, letter: str, picture: Picture | None, pic_box: Box | None,
                    faded: bool, mark: Picture | None, tick_box: Box) -> None:
    """A panel's picture (faded on a wrong answer's reveal) and the right answer's tick."""
    if picture is not None and pic_box is not None:
        drawn = add_picture(slide, picture, pic_box, f"Answer {letter} picture")
        if faded:
            _fade_picture(drawn)
    if mark is not None:
        add_picture(slide, mark, tick_box, f"Answer {letter} tick")


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
