"""The task kind's drawing, the "Your turn" slide: a task panel (a clock with the minutes,
the numbered steps) and beside it the material the class works from: where the cards go, the
numbered cards, the questions, or the message to reply to. Colours are theme colours; text is
sized to its space, never below 18 pt, and one size for every card so none reads as more
important. Its parts: task/text.py (steps, message, questions), task/sort.py (the key and
the cards), task/scene.py (frames to draw in, a story, the close-up), task/rows.py (numbered
rows, shared with the checklist kind).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pptx.enum.text import MSO_ANCHOR
from pptx.slide import Slide

from lessonpack.check.measure import count_lines
from lessonpack.content.brand import Brand
from lessonpack.kinds.look import Look
from lessonpack.kinds.task import TASK, TaskSlide
from lessonpack.render.deck_cards import EMU_PT, GAP, INCH
from lessonpack.render.deck_drawings import T, new_label
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.kinds import supply
from lessonpack.render.kinds.task.rows import rows_need, text_rows
from lessonpack.render.kinds.task.scene import close_up, draw_slots, story_box, story_need
from lessonpack.render.kinds.task.sort import CHIP_H, sort_cards, sort_key
from lessonpack.render.kinds.task.text import (
    TILE_W,
    message_box,
    question_rows,
    steps_fit_panel,
    steps_panel,
    steps_wide,
    timer_tile,
)

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler

Box = tuple[int, int, int, int]


STEPS_SHARE = 0.3  # of the area's width, for the task panel
TILE_LEAST = int(1.8 * INCH)  # the timer tile's clock disc (1.6 in) and its margins
NARROW = int(10.5 * INCH)  # an area narrower than this (4:3, 10 x 5.625 in) is narrow
THEN = "Then answer:"  # over the question that follows a message to reply to


def draw_task(filler: Filler, payload: TaskSlide) -> bool:
    """The task in the layout's body area; False when the layout has none."""
    from lessonpack.render.deck_design import in_body

    def draw(region: Box) -> list[str]:
        return _draw(filler.slide, region, payload, filler.brand, filler.look)

    return in_body(filler, draw)


def _draw(slide: Slide, region: Box, task: TaskSlide, brand: Brand, look: Look) -> list[str]:
    x, y, w, h = region
    misfits: list[str] = []
    if task.scene is not None:
        return close_up(slide, region, task, brand)
    has_material = bool(task.cards or task.questions or task.message or task.picture
                        or task.story)
    if not has_material:
        return steps_wide(slide, region, task, brand, look)
    compact = task.show_steps and bool(task.cards) and _small_area(region, task, brand, look)
    if compact:
        # A small area (a 10 x 5.625 in deck): the cards at 18 pt need all of it, drawn
        # compact. The steps are said from the notes and are on the worksheet.
        task = replace(task, show_steps=False)
    if task.show_steps and task.message is not None and task.steps and not task.cards:
        # A reply to write: the tall timer tile of every other "Your turn" slide, the steps
        # as numbered rows beside it, and the message (then its question) as a card on the
        # right, rather than a header strip over a narrow panel.
        # Narrower on a narrow slide (4:3, Google's 10 in), down to what its clock needs:
        # at 2.4 in the steps and the message beside it overflowed their boxes at 18 pt.
        # A widescreen area keeps the tile of every other "Your turn" slide.
        tile_w = TILE_W if w >= NARROW else max(TILE_LEAST, int(w * 0.2))
        timer_tile(slide, (x, y, tile_w, h), task, brand, look)
        x, w = x + tile_w + GAP, w - tile_w - GAP
        steps_w = (w - GAP) // 2
        misfits += text_rows(slide, (x, y, steps_w, h), task.steps, brand, look,
                             marker="number", name="Task step", largest=look.card_pt,
                             radius=min(0.3, look.radius * 2))
        x, w = x + steps_w + GAP, w - steps_w - GAP
        task = replace(task, show_steps=False)
    if task.show_steps:
        # A message or questions beside the steps need less width than cards: the steps,
        # often a checklist, take more.
        panel_w = int(w * (STEPS_SHARE if task.cards else 0.4 if task.message else 0.36))
        misfits += steps_panel(slide, (x, y, panel_w, h), task, brand, look)
        x, w = x + panel_w + GAP, w - panel_w - GAP
    if task.picture is not None and not task.cards:
        side = min(h, int(w * 0.4))
        add_picture(slide, task.picture, (x, y + (h - side) // 2, side, side),
                    f"Task picture: {task.picture.name}")
        x, w = x + side + GAP, w - side - GAP
    if task.slots and task.questions:
        q_h = int(min(1.2 * INCH, h * 0.28))
        misfits += question_rows(slide, (x, y, w, q_h), task.questions, brand, look)
        return misfits + draw_slots(slide, (x, y + q_h + GAP // 2, w, h - q_h - GAP // 2),
                                    task.slots, brand)
    if task.columns:
        # Chips one line high, two where a column's name needs two lines at 18 pt.
        chip_w = (w - int(0.15 * INCH) * (len(task.columns) - 1)) // len(task.columns)
        two = any(count_lines(name, brand.heading_font, 18, (chip_w - int(0.9 * INCH)) / EMU_PT,
                              True) > 1 for name, _p in task.columns)
        chip_h = int(0.85 * INCH) if two else CHIP_H
        # A clear gap under the key: it says where cards go, it is not a row of headings.
        under = GAP * 3 // 4
        cols = None
        if task.cards and not task.questions and not two:
            tight = _tight_key((x, y, w, h), task, brand, look, chip_h + under)
            if tight is not None:
                chip_h, under, cols = tight
        misfits += sort_key(slide, (x, y, w, chip_h), task.columns, brand)
        y, h = y + chip_h + under, h - chip_h - under
        if cols is not None:
            return misfits + sort_cards(slide, (x, y, w, h), task.cards, brand, look,
                                        cols=cols, compact=True)
    if task.cards:
        if task.questions and not task.show_steps:
            # The question above the cards it is about.
            q_h = int(min(1.1 * INCH, h * 0.25))
            misfits += question_rows(slide, (x, y, w, q_h), task.questions, brand, look)
            y, h = y + q_h + GAP // 2, h - q_h - GAP // 2
        misfits += sort_cards(slide, (x, y, w, h), task.cards, brand, look, compact=compact)
        return misfits
    if task.message is not None:
        share = 0.55 if task.questions else 1.0
        msg_h = int(h * share) - (GAP // 2 if task.questions else 0)
        misfits += message_box(slide, (x, y, w, msg_h), task.message, brand, look)
        y, h = y + msg_h + GAP // 2, h - msg_h - GAP // 2
        if task.questions:
            # What to answer after the reply, labelled (a bare box under the message read
            # as part of the chat, or as a stretch task nobody was told about).
            label_h = int(0.45 * INCH)
            new_label(slide.shapes, (x, y, w, label_h), [(THEN, T.TEXT_2, True)], 20,
                      brand.heading_font, "Task then", anchor=MSO_ANCHOR.BOTTOM)
            y, h = y + label_h + int(0.06 * INCH), h - label_h - int(0.06 * INCH)
    if task.story:
        share = 0.5 if task.questions else 1.0
        story_h = int(h * share) - (GAP // 2 if task.questions else 0)
        if task.questions:
            # The questions' rows their least height each (rows.ROW_PAD twice around a
            # line: 0.7 in) before the story takes half: a story of short beats left them
            # 0.05 in short, and parents' table questions fell to 18 pt under 24 pt beats.
            # The story keeps at least a third.
            rows_h = len(task.questions) * int(0.72 * INCH) \
                + int(0.15 * INCH) * (len(task.questions) - 1)
            story_h = max(int(h / 3), min(story_h, h - rows_h - GAP // 2))
            if story_need(w, task.story, brand) > story_h or rows_need(
                    w, task.questions, brand.body_font) > h - story_h - GAP // 2:
                # A short area (Google's 10 x 5.625 in slide): stacked, the story and its
                # questions cannot both hold their words at 18 pt (the story's last beat
                # ran under the first question). Side by side they can: the story on the
                # left, read first; the split the one whose fuller side is least full.
                def fullest(sw: int) -> float:
                    return max(story_need(sw, task.story, brand) / h,
                               rows_need(w - sw - GAP, task.questions, brand.body_font) / h)

                story_w = min((int((w - GAP) * f / 100) for f in range(30, 61, 2)),
                              key=fullest)
                misfits += story_box(slide, (x, y, story_w, h), task.story, brand, look)
                return misfits + question_rows(
                    slide, (x + story_w + GAP, y, w - story_w - GAP, h), task.questions,
                    brand, look)
        misfits += story_box(slide, (x, y, w, story_h), task.story, brand, look)
        y, h = y + story_h + GAP // 2, h - story_h - GAP // 2
    if task.questions:
        alone = not (task.show_steps or task.story or task.message or task.picture)
        # Questions with the whole area to themselves: set larger than body text, not as
        # card text (parents' table questions, one 21 pt line on a 2.3 in card read as a
        # half-empty box); more than a fifth over the questions
        # under a story, so the deck's evening of sizes (deck_sizes) keeps them apart.
        misfits += question_rows(slide, (x, y, w, h), task.questions, brand, look,
                                 largest=look.body_pt + 4 if alone else look.card_pt)
    return misfits


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
