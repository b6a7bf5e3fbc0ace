"""The task kind's drawing, the "Your turn" slide: a task panel (a clock with the minutes,
the numbered steps) and beside it the material the class works from: where the cards go, the
numbered cards, the questions, or the message to reply to. Colours are theme colours; text is
sized to its space, never below 18 pt, and one size for every card so none reads as more
important. Its parts: task/text.py (steps, message, questions), task/sort.py (the key and
the cards), task/scene.py (frames to draw in, a story, the close-up); its numbered rows are
render/deck_rows.py's, shared with the checklist and exit quiz kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide

from lessonpack.check.measure import count_lines
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import supply
from lessonpack.kinds.look import Look
from lessonpack.kinds.task import TASK, TaskSlide
from lessonpack.kinds.task.scene import close_up, draw_slots, story_box, story_need
from lessonpack.kinds.task.sort import CHIP_H, asked, cards_pt, sort_cards, sort_key
from lessonpack.kinds.task.text import (
    TILE_W,
    message_box,
    question_rows,
    steps_fit_panel,
    steps_list,
    steps_list_height,
    steps_panel,
    steps_wide,
    timer_band,
    timer_tile,
)
from lessonpack.render.deck_balance import best_balance
from lessonpack.render.deck_body_area import in_body
from lessonpack.render.deck_card_fit import GAP, INCH, PAD
from lessonpack.render.deck_drawings import T, new_label
from lessonpack.render.deck_fit import MIN_PT
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_rows import rows_need, text_rows

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler, StreamsShown

Box = tuple[int, int, int, int]


STEPS_SHARE = 0.3  # of the area's width, for the task panel
TILE_LEAST = int(1.8 * INCH)  # the timer tile's clock disc (1.6 in) and its margins
NARROW = int(10.5 * INCH)  # an area narrower than this (4:3, 10 x 5.625 in) is narrow
THEN = "Then answer:"  # over the question that follows a message to reply to


def draw_task(filler: Filler, payload: TaskSlide) -> bool:
    """The task in the layout's body area; False when the layout has none."""
    def draw(region: Box) -> list[str]:
        return draw_in(filler.slide, region, payload, filler.brand, filler.look,
                       filler.streamed)

    return in_body(filler, draw)


@dataclass
class _Drawing:
    """One slide's drawing in progress: what is drawn on, and the area still free (each
    part takes a strip off its left or top); the texts that did not fit, for the build."""

    slide: Slide
    brand: Brand
    look: Look
    x: int
    y: int
    w: int
    h: int
    misfits: list[str] = field(default_factory=list)

    @property
    def area(self) -> Box:
        return self.x, self.y, self.w, self.h

    def left(self, width: int, gap: int = GAP) -> Box:
        """A strip ``width`` wide off the area's left, and ``gap`` after it."""
        strip = (self.x, self.y, width, self.h)
        self.x, self.w = self.x + width + gap, self.w - width - gap
        return strip

    def top(self, height: int, gap: int) -> Box:
        """A strip ``height`` high off the area's top, and ``gap`` under it."""
        strip = (self.x, self.y, self.w, height)
        self.y, self.h = self.y + height + gap, self.h - height - gap
        return strip


def draw_in(slide: Slide, region: Box, task: TaskSlide, brand: Brand, look: Look,
            streamed: StreamsShown | None = None) -> list[str]:
    """The parts of a "Your turn" slide in order, each taking its share of the area: the
    reply's tile and steps or the steps' panel, a picture, then the material (questions
    over frames to draw in; the sort's key and cards; the message; the story; the
    questions). A part that fills what is left ends the slide. ``streamed``: what the
    deck's streams showed, for a close-up of one (deck_room)."""
    if task.scene is not None:
        return close_up(slide, region, task, brand, streamed)
    if not (task.cards or task.questions or task.message or task.picture or task.story):
        return steps_wide(slide, region, task, brand, look)
    compact = task.show_steps and bool(task.cards) and _small_area(region, task, brand, look)
    if compact:
        # A small area (a 10 x 5.625 in deck): the cards at 18 pt need all of it, drawn
        # compact. The steps are said from the notes and are on the worksheet.
        task = replace(task, show_steps=False)
    d = _Drawing(slide, brand, look, *region)
    task = _reply_steps(d, task)
    _steps_panel(d, task)
    _picture(d, task)
    if _questions_over_slots(d, task) or _sort_key(d, task) or _cards(d, task, compact):
        return d.misfits
    _message(d, task)
    if not _story(d, task):
        _questions(d, task)
    return d.misfits


def _reply_steps(d: _Drawing, task: TaskSlide) -> TaskSlide:
    """A reply to write: the tall timer tile of every other "Your turn" slide, the steps as
    numbered rows beside it, and the message (then its question) as a card on the right,
    rather than a header strip over a narrow panel. The task, its steps now drawn."""
    if not (task.show_steps and task.message is not None and task.steps and not task.cards):
        return task
    if d.w < NARROW:
        _reply_steps_narrow(d, task)
        return replace(task, show_steps=False)
    # A widescreen area keeps the tile of every other "Your turn" slide. The steps take the
    # larger share of what is left: they are what the class must read from the back (at an
    # even split, a checklist step set at 18 pt in a narrow card beside a message at twice
    # that size).
    tile_w = TILE_W
    timer_tile(d.slide, d.left(tile_w), task, d.brand, d.look)
    d.misfits += text_rows(d.slide, d.left(int((d.w - GAP) * REPLY_STEPS_SHARE)), task.steps,
                           d.brand, d.look,
                           marker="number", name="Task step", largest=d.look.card_pt,
                           radius=min(0.3, d.look.radius * 2))
    return replace(task, show_steps=False)


REPLY_STEPS_SHARE = 0.6  # of a narrow area's width, for the steps under their timer


def _reply_steps_narrow(d: _Drawing, task: TaskSlide) -> None:
    """A narrow area (4:3, a 10 in template, a painted border): the timer a short band over
    the steps, which take a little over half the width, the message the rest. A tall timer
    tile beside them left three columns of 3 in or less: a checklist step wrapped to seven
    lines of two words and the message to five words a line."""
    x, y, w, _h = d.left(int((d.w - GAP) * REPLY_STEPS_SHARE))
    band = timer_band(d.slide, (x, y, w), PAD, task, d.brand, d.look) + GAP // 2
    d.misfits += text_rows(d.slide, (x, y + band, w, d.h - band), task.steps, d.brand,
                           d.look, marker="number", name="Task step",
                           largest=d.look.card_pt, radius=min(0.3, d.look.radius * 2))


def _steps_panel(d: _Drawing, task: TaskSlide) -> None:
    """The task panel on the left. A message or questions beside the steps need less width
    than cards: the steps, often a checklist, take more."""
    if task.show_steps and task.cards and task.columns and len(task.steps) > 1:
        # A sort: the panel beside its key and cards was a narrow column that wrapped each
        # step every two or three words. The tile shows the time; the steps read as a
        # numbered list over the key, at the size that leaves the cards theirs.
        if d.w < NARROW:
            _band_beside_steps(d, task)
            return
        timer_tile(d.slide, d.left(TILE_LEAST), task, d.brand, d.look)
        size = _steps_over_cards(d, task)
        steps_list(d.slide, d.top(steps_list_height(d.w, task, d.brand, size), GAP // 2),
                   task, d.brand, size)
        return
    if task.show_steps:
        share = STEPS_SHARE if task.cards else 0.4 if task.message else 0.36
        d.misfits += steps_panel(d.slide, d.left(int(d.w * share)), task, d.brand, d.look)


BAND_W = int(2.2 * INCH)  # a short timer band's clock and "10 min" at 28 pt


def _band_beside_steps(d: _Drawing, task: TaskSlide) -> None:
    """A narrow area's sort (4:3): a short timer band beside the steps, the key and cards
    under both across the whole width. The tall tile down the left left cards of 3.8 in
    beside it, their words at 18 pt wrapping mid-phrase ("The picture / pinned on the
    wall") with free room under the tile."""
    steps_w = d.w - BAND_W - GAP
    size = _steps_over_cards(d, task, steps_w)
    steps_h = steps_list_height(steps_w, task, d.brand, size)
    band_h = timer_band(d.slide, (d.x, d.y, BAND_W), PAD, task, d.brand, d.look)
    steps_list(d.slide, (d.x + BAND_W + GAP, d.y, steps_w, steps_h), task, d.brand, size)
    d.top(max(steps_h, band_h), GAP // 2)


def _steps_over_cards(d: _Drawing, task: TaskSlide, steps_w: int | None = None) -> int:
    """The size of a sort's steps listed over its key and cards: of the sizes up to the
    cards' own, the one that balances the steps' and the cards' sizes (deck_balance), the
    cards measured under the key and in the arrangement ``_sort_key`` will draw in what the
    steps leave (a two-line key, or a lower key over compact cards)."""
    def sizes(size: int) -> tuple[int, int]:
        used = steps_list_height(steps_w or d.w, task, d.brand, size) + GAP // 2
        area = (d.x, d.y + used, d.w, d.h - used)
        key = key_layout(area, task, d.brand, d.look)
        below = key.chip_h + key.under
        cards = cards_pt((area[0], area[1] + below, area[2], area[3] - below), task.cards,
                         d.brand, d.look, cols=key.cols, compact=key.cols is not None)
        return size, cards

    return best_balance(range(min(d.look.card_pt, 24), MIN_PT - 1, -1), sizes)


def _picture(d: _Drawing, task: TaskSlide) -> None:
    """The task's picture, square, centred down the area's left (with no cards), at the
    look's share of the width, as a picture beside a goal or a thinking frame: at a fixed
    two-fifths a secondary reply's question mark stood over 4 in tall beside its question,
    the largest picture of the deck for its least important one (KS1's share is that)."""
    if task.picture is not None and not task.cards:
        side = min(d.h, int(d.w * d.look.picture_share))
        add_picture(d.slide, task.picture, (d.x, d.y + (d.h - side) // 2, side, side),
                    f"Task picture: {task.picture.name}")
        d.left(side)


def _questions_over_slots(d: _Drawing, task: TaskSlide) -> bool:
    """The questions over the frames pupils draw in, which take the rest."""
    if not (task.slots and task.questions):
        return False
    q_h = int(min(1.2 * INCH, d.h * 0.28))
    d.misfits += question_rows(d.slide, d.top(q_h, GAP // 2), task.questions, d.brand, d.look)
    d.misfits += draw_slots(d.slide, d.area, task.slots, d.brand)
    return True


TWO_LINE_CHIP_H = int(0.85 * INCH)  # a key whose longest name wraps to a second line


@dataclass(frozen=True)
class KeyLayout:
    """How a sort's key is drawn over its cards: its chips' height, the gap under it, and
    the columns of compact cards under a lower key (None: the cards as ``sort_cards``
    arranges them)."""

    chip_h: int
    under: int
    cols: int | None = None


def key_layout(area: Box, task: TaskSlide, brand: Brand, look: Look) -> KeyLayout:
    """The key over the cards in ``area``: chips one line high, two where a column's name
    needs two lines at 18 pt; word cards that do not fit under it go compact under a lower
    key (``_tight_key``). What ``_sort_key`` draws and ``_steps_over_cards`` measures."""
    w = area[2]
    chip_w = (w - int(0.15 * INCH) * (len(task.columns) - 1)) // len(task.columns)
    two = any(count_lines(name, brand.heading_font, 18, (chip_w - int(0.9 * INCH)) / EMU_PT,
                          True) > 1 for name, _p in task.columns)
    chip_h = TWO_LINE_CHIP_H if two else CHIP_H
    # A clear gap under the key: it says where cards go, it is not a row of headings.
    under = GAP * 3 // 4
    if task.cards and not task.questions and not two:
        # Decided for the cards as sorted, so "Check your work" keeps the task's key
        # and grid whatever its answers add.
        sorted_cards = replace(task, cards=tuple(asked(task.cards)))
        tight = _tight_key(area, sorted_cards, brand, look, chip_h + under)
        if tight is not None:
            return KeyLayout(*tight)
    return KeyLayout(chip_h, under)


def _sort_key(d: _Drawing, task: TaskSlide) -> bool:
    """The sort's key over its cards (``key_layout``). True when word cards that did not
    fit under it were drawn compact under a lower key, which ends the slide."""
    if not task.columns:
        return False
    key = key_layout(d.area, task, d.brand, d.look)
    d.misfits += sort_key(d.slide, d.top(key.chip_h, key.under), task.columns, d.brand)
    if key.cols is None:
        return False
    d.misfits += sort_cards(d.slide, d.area, task.cards, d.brand, d.look, cols=key.cols,
                            compact=True)
    return True


def _cards(d: _Drawing, task: TaskSlide, compact: bool) -> bool:
    """The numbered cards in the rest of the area, with the question they are about above
    them when no steps' panel carries it."""
    if not task.cards:
        return False
    if task.questions and not task.show_steps:
        q_h = int(min(1.1 * INCH, d.h * 0.25))
        d.misfits += question_rows(d.slide, d.top(q_h, GAP // 2), task.questions, d.brand,
                                   d.look)
    d.misfits += sort_cards(d.slide, d.area, task.cards, d.brand, d.look, compact=compact)
    return True


def _message(d: _Drawing, task: TaskSlide) -> None:
    """The message to reply to; with questions after it, over a "Then answer:" label (a
    bare box under the message read as part of the chat, or as a stretch task nobody was
    told about)."""
    if task.message is None:
        return
    share = 0.55 if task.questions else 1.0
    msg_h = int(d.h * share) - (GAP // 2 if task.questions else 0)
    d.misfits += message_box(d.slide, d.top(msg_h, GAP // 2), task.message, d.brand, d.look)
    if task.questions:
        new_label(d.slide.shapes, d.top(int(0.45 * INCH), int(0.06 * INCH)),
                  [(THEN, T.TEXT_2, True)], 20, d.brand.heading_font, "Task then",
                  anchor=MSO_ANCHOR.BOTTOM)


def _story(d: _Drawing, task: TaskSlide) -> bool:
    """The story over its questions, or beside them where stacked they cannot both hold
    their words at 18 pt (then the questions are drawn too, and True ends the slide)."""
    if not task.story:
        return False
    share = 0.5 if task.questions else 1.0
    story_h = int(d.h * share) - (GAP // 2 if task.questions else 0)
    if task.questions:
        # The questions' rows their least height each (rows.ROW_PAD twice around a line:
        # 0.7 in) before the story takes half: a story of short beats left them 0.05 in
        # short, and parents' table questions fell to 18 pt under 24 pt beats. The story
        # keeps at least a third.
        rows_h = len(task.questions) * int(0.72 * INCH) \
            + int(0.15 * INCH) * (len(task.questions) - 1)
        story_h = max(int(d.h / 3), min(story_h, d.h - rows_h - GAP // 2))
        if story_need(d.w, task.story, d.brand) > story_h or rows_need(
                d.w, task.questions, d.brand.body_font) > d.h - story_h - GAP // 2:
            _story_beside_questions(d, task)
            return True
    d.misfits += story_box(d.slide, d.top(story_h, GAP // 2), task.story, d.brand, d.look)
    return False


def _story_beside_questions(d: _Drawing, task: TaskSlide) -> None:
    """A short area (Google's 10 x 5.625 in slide): stacked, the story and its questions
    cannot both hold their words at 18 pt (the story's last beat ran under the first
    question). Side by side they can: the story on the left, read first; the split the
    one whose fuller side is least full."""
    def fullest(sw: int) -> float:
        return max(story_need(sw, task.story, d.brand) / d.h,
                   rows_need(d.w - sw - GAP, task.questions, d.brand.body_font) / d.h)

    story_w = min((int((d.w - GAP) * f / 100) for f in range(30, 61, 2)), key=fullest)
    d.misfits += story_box(d.slide, d.left(story_w), task.story, d.brand, d.look)
    d.misfits += question_rows(d.slide, d.area, task.questions, d.brand, d.look)


def _questions(d: _Drawing, task: TaskSlide) -> None:
    """The questions in what is left. With the whole area to themselves: set larger than
    body text, not as card text (parents' table questions, one 21 pt line on a 2.3 in card
    read as a half-empty box; a reply's follow-up question beside its picture too); more
    than a fifth over the questions under a story, so the deck's evening of sizes
    (deck_sizes) keeps them apart."""
    if task.questions:
        alone = not (task.show_steps or task.story or task.message)
        d.misfits += question_rows(d.slide, d.area, task.questions, d.brand, d.look,
                                   largest=d.look.body_pt + 4 if alone else d.look.card_pt)


KEY_TIGHT = (int(0.45 * INCH), int(0.1 * INCH))  # a key's chips and the gap under them


def _tight_key(area: Box, task: TaskSlide, brand: Brand, look: Look, key: int
               ) -> tuple[int, int, int] | None:
    """(chip height, gap under the key, columns) for word cards that do not fit at 18 pt
    under the key as it is drawn in a large area, where a lower key and compact cards in
    two or three columns fit them all (Google's 10 x 5.625 in slide: seven cards of two
    lines, four of them over their cards' edges). None where the cards fit as they are,
    or fit no better."""
    x, y, w, h = area
    if not sort_cards(None, (x, y + key, w, h - key), task.cards, brand, look):
        return None
    chip_h, under = KEY_TIGHT
    cards = (x, y + chip_h + under, w, h - chip_h - under)
    for cols in (2, 3):
        if not sort_cards(None, cards, task.cards, brand, look, cols=cols, compact=True):
            return chip_h, under, cols
    return None


def _small_area(region: Box, task: TaskSlide, brand: Brand, look: Look) -> bool:
    """Whether the cards do not fit at 18 pt beside the steps' panel (a small area, such as
    a 10 x 5.625 in deck's): then they take the whole area, drawn compact."""
    x, y, w, h = region
    below = CHIP_H + GAP * 3 // 4 if task.columns else 0
    panel_w = int(w * STEPS_SHARE) + GAP
    if not steps_fit_panel((x, y, panel_w - GAP, h), task, brand):
        return True  # the steps, said from the notes, leave the cards the whole area
    beside = (x + panel_w, y + below, w - panel_w, h - below)
    return bool(sort_cards(None, beside, task.cards, brand, look))


SUPPLIES = (supply(TASK, draw_task),)
