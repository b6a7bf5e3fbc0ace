"""The task kind's drawing, the "Your turn" slide: a task panel (a clock with the minutes,
the numbered steps) and beside it the material the class works from: where the cards go, the
numbered cards, the questions, or the message to reply to. Colours are theme colours; text is
sized to its space, never below 18 pt, and one size for every card so none reads as more
important. The rows drawing (``draw_checklist``) is the checklist kind's too
(render/kinds/checklist.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from lessonpack.check.measure import count_lines, text_width
from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.kinds.look import Look
from lessonpack.kinds.task import TASK, Message, TaskCard, TaskSlide
from lessonpack.render.deck_cards import (
    EMU_PT,
    GAP,
    INCH,
    MIN_PT,
    PAD,
    _lines_height,
    fit_size,
    grid,
)
from lessonpack.render.deck_drawings import T, new_label, new_shape, write_runs
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_lights import add_light, light_word
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.kinds import supply

if TYPE_CHECKING:
    from lessonpack.kinds.base import Filler
    from lessonpack.kinds.scenario import StreamScreen

Box = tuple[int, int, int, int]
STEPS_SHARE = 0.3  # of the area's width, for the task panel
CHIP_H = int(0.55 * INCH)
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
        return _close_up(slide, region, task, brand)
    has_material = bool(task.cards or task.questions or task.message or task.picture
                        or task.story)
    if not has_material:
        return _steps_wide(slide, region, task, brand, look)
    compact = task.show_steps and bool(task.cards) and _small_area(region, task, brand, look)
    if compact:
        # A small area (a 10 x 5.625 in deck): the cards at 18 pt need all of it, drawn
        # compact. The steps are said from the notes and are on the worksheet.
        task = replace(task, show_steps=False)
    if task.show_steps:
        # A message or questions beside the steps need less width than cards: the steps,
        # often a checklist, take more.
        panel_w = int(w * (STEPS_SHARE if task.cards else 0.4 if task.message else 0.36))
        misfits += _steps(slide, (x, y, panel_w, h), task, brand, look)
        x, w = x + panel_w + GAP, w - panel_w - GAP
    if task.picture is not None and not task.cards:
        side = min(h, int(w * 0.4))
        add_picture(slide, task.picture, (x, y + (h - side) // 2, side, side),
                    f"Task picture: {task.picture.name}")
        x, w = x + side + GAP, w - side - GAP
    if task.slots and task.questions:
        q_h = int(min(1.2 * INCH, h * 0.28))
        misfits += _questions(slide, (x, y, w, q_h), task.questions, brand, look)
        return misfits + _slots(slide, (x, y + q_h + GAP // 2, w, h - q_h - GAP // 2),
                                task.slots, brand)
    if task.columns:
        # Chips one line high, two where a column's name needs two lines at 18 pt.
        chip_w = (w - int(0.15 * INCH) * (len(task.columns) - 1)) // len(task.columns)
        two = any(count_lines(name, brand.heading_font, 18, (chip_w - int(0.9 * INCH)) / EMU_PT,
                              True) > 1 for name, _p in task.columns)
        chip_h = int(0.85 * INCH) if two else CHIP_H
        misfits += _columns(slide, (x, y, w, chip_h), task.columns, brand)
        # A clear gap under the key: it says where cards go, it is not a row of headings.
        y, h = y + chip_h + GAP * 3 // 4, h - chip_h - GAP * 3 // 4
    if task.cards:
        if task.questions and not task.show_steps:
            # The question above the cards it is about.
            q_h = int(min(1.1 * INCH, h * 0.25))
            misfits += _questions(slide, (x, y, w, q_h), task.questions, brand, look)
            y, h = y + q_h + GAP // 2, h - q_h - GAP // 2
        misfits += _cards(slide, (x, y, w, h), task.cards, brand, look, compact=compact)
        return misfits
    if task.message is not None:
        share = 0.55 if task.questions else 1.0
        msg_h = int(h * share) - (GAP // 2 if task.questions else 0)
        misfits += _message(slide, (x, y, w, msg_h), task.message, brand, look)
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
        misfits += _story(slide, (x, y, w, story_h), task.story, brand, look)
        y, h = y + story_h + GAP // 2, h - story_h - GAP // 2
    if task.questions:
        alone = not (task.show_steps or task.story or task.message or task.picture)
        # Questions with the whole area to themselves: set as large as body text, not as
        # card text (parents' table questions, one 20 pt line on a tall card).
        misfits += _questions(slide, (x, y, w, h), task.questions, brand, look,
                              largest=look.body_pt + 2 if alone else look.card_pt)
    return misfits


def _small_area(region: Box, task: TaskSlide, brand: Brand, look: Look) -> bool:
    """Whether the cards do not fit at 18 pt beside the steps' panel (a small area, such as
    a 10 x 5.625 in deck's): then they take the whole area, drawn compact."""
    x, y, w, h = region
    below = CHIP_H + GAP * 3 // 4 if task.columns else 0
    panel_w = int(w * STEPS_SHARE) + GAP
    beside = (x + panel_w, y + below, w - panel_w, h - below)
    return bool(_cards(None, beside, task.cards, brand, look))


NAME_PT = 28  # a place's name on a frame to draw in


def _slots(slide: Slide, box: Box, slots: Sequence[tuple[str, Picture | None]], brand: Brand
           ) -> list[str]:
    """A frame per place to draw someone in (on the worksheet; on the screen, what the
    places are): its picture large and its name under it, centred in the frame (an
    icon in the corner of a frame 70% empty)."""
    boxes = grid(len(slots), box, len(slots), gap=GAP)
    text_w = (boxes[0][2] if boxes else 0) - 2 * PAD
    # One size and one name height for every frame: the pictures line up across them.
    size = min((fit_size([(name, brand.heading_font, True, NAME_PT)], text_w,
                         (boxes[0][3] if boxes else 0) // 3, NAME_PT) for name, _p in slots),
               default=NAME_PT)
    label_h = max((int(_lines_height([(name, brand.heading_font, True, size)], text_w)
                       * EMU_PT) for name, _p in slots), default=0)
    for n, ((name, picture), (sx, sy, sw, sh)) in enumerate(zip(slots, boxes, strict=True),
                                                            1):
        frame = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (sx, sy, sw, sh),
                          T.BACKGROUND_1, f"Draw here {n}", radius=0.08)
        frame.line.fill.solid()
        frame.line.fill.fore_color.theme_color = T.ACCENT_1
        frame.line.width = Pt(3)
        frame.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        frame.text_frame.text = ""
        icon = max(0, min(int(1.6 * INCH), sw - 2 * PAD, sh - label_h - 2 * PAD)) \
            if picture is not None else 0
        top = sy + (sh - icon - label_h - (PAD // 3 if icon else 0)) // 2
        if icon and picture is not None:  # icon is 0 without a picture
            add_picture(slide, picture, (sx + (sw - icon) // 2, top, icon, icon),
                        f"Draw here {n} picture")
            top += icon + PAD // 3
        new_label(slide.shapes, (sx + PAD, top, text_w, label_h), [(name, T.TEXT_2, True)],
                  size, brand.heading_font, f"Draw here {n} name", align=PP_ALIGN.CENTER,
                  anchor=MSO_ANCHOR.TOP)
    return []


def _story(slide: Slide, box: Box, story: str, brand: Brand, look: Look) -> list[str]:
    """The story, on a white card with a bar down its left, as large as it fits."""
    x, y, w, h = box
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, w, h), T.BACKGROUND_2, "Story card")
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, int(0.1 * INCH), h), T.TEXT_2,
              "Story card bar")
    inner = (x + PAD + int(0.1 * INCH), y + PAD // 3, w - 2 * PAD - int(0.1 * INCH),
             h - 2 * (PAD // 3))
    beats = [b for b in story.split("\n") if b.strip()]
    if len(beats) > 1:
        return _beats(slide, inner, beats, brand, look)
    size = fit_size([(story, brand.body_font, False, 0)], inner[2], inner[3],
                    min(look.body_pt, 24))
    new_label(slide.shapes, inner, [(story, T.TEXT_1, False)], size, brand.body_font,
              "Story text")
    if _lines_height([(story, brand.body_font, False, size)], inner[2]) * EMU_PT > inner[3]:
        return [TextMisfit("the text of the story does not fit its box at 18 pt")]
    return []


def _beats(slide: Slide, box: Box, beats: Sequence[str], brand: Brand, look: Look
           ) -> list[str]:
    """A story told in moments, as a timeline: a line down the card, a dot per moment and
    its words beside it (four lines without full stops read as a poem)."""
    x, y, w, h = box
    font = brand.body_font
    dot = int(0.2 * INCH)
    text_x = x + dot + PAD
    text_w = w - dot - PAD
    row_h = h // len(beats)
    size = min(fit_size([(b, font, False, 0)], text_w, row_h, min(look.body_pt, 24))
               for b in beats)
    heights = [int(_lines_height([(b, font, False, size)], text_w) * EMU_PT) for b in beats]
    gap = max(0, (h - sum(heights)) // len(beats))
    centres = []
    top = y + gap // 2
    for n, (beat, bh) in enumerate(zip(beats, heights, strict=True), 1):
        new_label(slide.shapes, (text_x, top, text_w, bh), [(beat, T.TEXT_1, False)], size,
                  font, f"Story beat {n}", anchor=MSO_ANCHOR.TOP)
        centres.append(top + int(size * 0.6 * EMU_PT))
        top += bh + gap
    line_w = int(0.04 * INCH)
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE,
              (x + (dot - line_w) // 2, centres[0], line_w, centres[-1] - centres[0]),
              T.ACCENT_1, "Story line").text_frame.text = ""
    for n, c in enumerate(centres, 1):
        new_shape(slide.shapes, MSO_SHAPE.OVAL, (x, c - dot // 2, dot, dot), T.ACCENT_1,
                  f"Story beat {n} dot").text_frame.text = ""
    if sum(heights) > h:
        return [TextMisfit("the text of the story does not fit its box at 18 pt")]
    return []


def _close_up(slide: Slide, box: Box, task: TaskSlide, brand: Brand) -> list[str]:
    """The stream's video alone, filling the area: the room and its clues, large enough to
    search from the back of the class (circled, on the feedback slide)."""
    from lessonpack.render.deck_drawings import close_group, new_group
    from lessonpack.render.deck_scenes import draw_props

    scene = task.scene
    assert scene is not None
    group = new_group(slide, "Close-up of the stream", close_up_alt(scene, task.circled))
    misfits = draw_props(group.shapes, scene, box, brand.body_font, circled=task.circled)
    close_group(group)
    return misfits


def close_up_alt(scene: StreamScreen, circled: bool) -> str:
    """The close-up's own description: the room and the words on its clues, not the whole
    stream's (its comments are not on this slide; trainer s9 final, KS2 slides 20 and 23)."""
    def lower(alt: str) -> str:
        return alt[:1].lower() + alt[1:]

    clues = [f"{lower(p.alt)}, reading “{label}”" for label, p in scene.cast
             if label and label != "on screen"]
    who = next((p.alt.split(",")[0] for label, p in scene.cast if label == "on screen"),
               scene.streamer)
    ring = ", each clue circled in red" if circled else ""
    return f"Close-up of {who}’s room in the stream{ring}: " + "; ".join(clues) + "."


def _steps(slide: Slide, box: Box, task: TaskSlide, brand: Brand, look: Look) -> list[str]:
    """A tinted panel with a bar down its left: a clock and the minutes, then each step."""
    x, y, w, h = box
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.BACKGROUND_2, "Task panel",
              radius=min(0.12, look.radius))
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, int(0.12 * INCH), h), T.ACCENT_1,
              "Task panel bar")
    clock = task.clock
    side = int(0.6 * INCH)
    bar = int(0.12 * INCH)
    inner_x, inner_w = x + PAD + bar, w - 2 * PAD - bar
    # The timer as on every other "Your turn" slide: the clock on a white disc and the
    # minutes in white, on a band in the accent colour across the panel's whole top (a band
    # starting right of the bar read as offset from its panel), the disc inside the band.
    tile_h = side + PAD
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w, tile_h), T.ACCENT_1,
              "Task timer tile", radius=min(0.12, look.radius))
    ring = side + int(0.1 * INCH)
    if clock is not None:
        disc = new_shape(slide.shapes, MSO_SHAPE.OVAL,
                         (inner_x, y + (tile_h - ring) // 2, ring, ring),
                         T.BACKGROUND_1, "Task clock disc")
        disc.text_frame.text = ""
        inset = (ring - int(side * 0.8)) // 2
        add_picture(slide, clock, (inner_x + inset, y + (tile_h - ring) // 2 + inset,
                                   ring - 2 * inset, ring - 2 * inset), "Task clock")
    new_label(slide.shapes, (inner_x + ring + PAD // 2, y + (tile_h - side) // 2,
                             inner_w - ring - PAD // 2, side),
              [(f"{task.minutes} min", T.BACKGROUND_1, True)], 28, brand.heading_font,
              "Task minutes")
    top = y + tile_h + PAD
    room = y + h - PAD - top
    if not task.steps or not task.show_steps:
        return []
    # Measured in bold (the number is) and a little narrower than drawn: LibreOffice wraps
    # a shade earlier than our measure, and a step must never run into the next.
    measure_w = inner_w - int(0.15 * INCH)
    # The number is bold, the words are not: measured so (a bold measure of the whole step
    # found lines that are not there and pushed the last step into the footer).
    texts = [(f"{n}.  {s}", brand.body_font, False, 0) for n, s in enumerate(task.steps, 1)]
    spacing = int(0.12 * INCH) * (len(texts) - 1)
    size = fit_size(texts, measure_w, room - spacing, min(look.card_pt, 24))
    for n, step in enumerate(task.steps, 1):
        height = int(_lines_height([(f"{n}.  {step}", brand.body_font, False, size)], measure_w)
                     * EMU_PT)
        new_label(slide.shapes, (inner_x, top, inner_w, height),
                  [(f"{n}.  ", T.ACCENT_1, True), (step, T.TEXT_1, False)], size,
                  brand.body_font, f"Task step {n}", anchor=MSO_ANCHOR.TOP)
        top += height + int(0.12 * INCH)
    if top - int(0.12 * INCH) > y + h - PAD:
        return [TextMisfit("the text of the task's steps does not fit its box at 18 pt")]
    return []


def _steps_wide(slide: Slide, box: Box, task: TaskSlide, brand: Brand, look: Look
                ) -> list[str]:
    """The steps alone (the material follows on the next slide): the clock and minutes in a
    panel on the left, a numbered row per step beside it in large type. The block is as
    tall as its words need (at least the clock's height), centred in the area, so no card
    stands mostly empty."""
    x, y, w, h = box
    panel_w = int(2.4 * INCH)
    rows_x, rows_w = x + panel_w + GAP, w - panel_w - GAP
    gap = int(0.15 * INCH)
    num = int(0.6 * INCH)
    inner_w = rows_w - 3 * PAD - num
    font = brand.body_font
    largest = max(look.card_pt, 32)
    size = min(fit_size([(step, font, False, 0)], inner_w, h, largest) for step in task.steps)
    needed = sum(max(int(1.1 * INCH), int(_lines_height([(step, font, False, size)], inner_w)
                                          * EMU_PT) + 2 * PAD) for step in task.steps)
    block = min(h, max(int(2.9 * INCH), needed + gap * (len(task.steps) - 1)))
    y = y + (h - block) // 2
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, panel_w, block), T.ACCENT_1,
              "Task panel", radius=min(0.12, look.radius))
    side = int(1.3 * INCH)
    ring = side + int(0.3 * INCH)
    clock_top = y + (block - ring - int(0.8 * INCH)) // 2
    if task.clock is not None:
        disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, (x + (panel_w - ring) // 2, clock_top,
                                                        ring, ring), T.BACKGROUND_1,
                         "Task clock disc")
        disc.text_frame.text = ""
        add_picture(slide, task.clock, (x + (panel_w - side) // 2,
                                        clock_top + int(0.15 * INCH), side, side),
                    "Task clock")
    new_label(slide.shapes, (x, clock_top + ring, panel_w, int(0.8 * INCH)),
              [(f"{task.minutes} min", T.BACKGROUND_1, True)], 36, brand.heading_font,
              "Task minutes", align=PP_ALIGN.CENTER)
    return _rows(slide, (rows_x, y, rows_w, block), task.steps, brand, look, marker="number",
                 name="Task step", largest=largest, radius=min(0.3, look.radius * 2))


KEY_WORDS = "Sort into:"


def _columns(slide: Slide, box: Box, columns: Sequence[tuple[str, Picture | None]], brand: Brand
             ) -> list[str]:
    """Where the cards go, as a key: "Sort into:" and a chip per group (a light's picture in
    it where it has one), each as wide as its name, side by side from the left. Chips the
    width of the card grid's columns would read as headings, and a card under one as its
    answer."""
    x, y, w, h = box
    font = brand.heading_font
    gap = int(0.2 * INCH)
    size = 22 if h <= CHIP_H else 20
    lead = int(text_width(KEY_WORDS, font, size, True) * EMU_PT * 1.08) + gap
    widths = []
    for name, picture in columns:
        inner = int(text_width(name, font, size, True) * EMU_PT * 1.08)
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
    # grown past its neighbours read as the answer, designer s8).
    pictured = [h - int(0.05 * INCH) if p is not None else 0 for _n, p in columns]
    fitted = min(fit_size([(name, font, True, 0)],
                          cw - int(0.35 * INCH) - extra, h, size)
                 for (name, _p), cw, extra in zip(columns, widths, pictured, strict=True))
    # Traffic lights on a neutral chip (white, dark rim, dark words): a green light on a
    # brand-green chip vanished (designer s9/s10 F5), and the light's own colour is the key.
    lights = all(light_word(p) is not None for _n, p in columns)
    for n, ((name, picture), cw) in enumerate(zip(columns, widths, strict=True), 1):
        chip = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (left, y, cw, h),
                         T.BACKGROUND_1 if lights else T.TEXT_2, f"Sort column {n}",
                         radius=0.5)
        chip.text_frame.text = ""
        if lights:
            chip.line.color.theme_color = T.TEXT_1
            chip.line.width = Pt(1.5)
        inner_left = left + int(0.2 * INCH)
        if picture is not None:
            spot = (inner_left, y + int(0.06 * INCH), h - int(0.12 * INCH),
                    h - int(0.12 * INCH))
            word = light_word(picture)
            if word is not None:
                add_light(slide, word, spot, picture.alt, f"Sort column {n} light")
            else:
                add_picture(slide, picture, spot, f"Sort column {n} picture")
            inner_left += h - int(0.05 * INCH)
        text_w = left + cw - inner_left - int(0.15 * INCH)
        new_label(slide.shapes, (inner_left, y, text_w, h),
                  [(name, T.TEXT_1 if lights else T.BACKGROUND_1, True)],
                  fitted, font, f"Sort column {n} name",
                  align=PP_ALIGN.CENTER if picture is None else PP_ALIGN.LEFT)
        left += cw + gap
    return []


def _number(slide: Slide, box: Box, number: str, font: str, name: str) -> None:
    disc = new_shape(slide.shapes, MSO_SHAPE.OVAL, box, T.ACCENT_1, name)
    write_runs(disc, [(number, T.BACKGROUND_1, True)], max(MIN_PT, int(box[3] / EMU_PT * 0.5)),
               font, align=PP_ALIGN.CENTER)


def _cards(slide: Slide | None, box: Box, cards: Sequence[TaskCard], brand: Brand,
           look: Look, *, cols: int | None = None, name: str = "Task card",
           compact: bool = False) -> list[str]:
    """The cards, numbered, in a grid: picture cards (for non-readers) tall with the picture
    on top; word cards wide with the number on the left. One text size for all. With no
    ``slide``, only what would not fit (to choose an arrangement). ``compact``: a smaller
    number, gaps and padding, for a small area (a 10 x 5.625 in deck)."""
    font = brand.body_font
    pictures = all(c.picture is not None for c in cards)
    n = len(cards)
    # Picture cards up to four in a row, else in two rows; word cards in one column of up
    # to three, else two columns.
    wide = n if n <= 5 else -(-n // 2)
    card_gap = int((0.1 if compact else 0.18) * INCH)
    disc = int((0.36 if compact else 0.5) * INCH)
    pad = PAD // 2 if compact else PAD

    def arrange(cols: int) -> tuple[list[Box], list[Box], int, int, int, bool]:
        """Card boxes, text boxes, the text size, picture side and drop, and tallness."""
        rows = -(-n // cols)
        # Four rows of word cards: closer together, the height goes to the words.
        gap = card_gap if pictures or rows < 4 else min(card_gap, int(0.1 * INCH))
        boxes = grid(n, box, cols, gap=gap)
        if not pictures and cols > 1 and n % cols:
            # An uneven number of word cards: read down each column, then the next (a
            # list in columns, the last one short), not a last card alone in the middle.
            # Columns as even as they come (seven in three: 3, 2, 2, not 3, 3, 1), every
            # card the same size on one grid: rows line up across the columns (short
            # columns stretched to the full height made a ragged grid, designer s8).
            full = grid(rows * cols, box, cols, gap=gap)
            sizes = [n // cols + (1 if c < n % cols else 0) for c in range(cols)]
            boxes = [full[r * cols + c] for c, size in enumerate(sizes) for r in range(size)]
        tall = boxes[0][3] > boxes[0][2] * 0.8  # a card taller than wide: number above
        side = drop = 0
        if pictures:
            # The picture as large as leaves every card's words room at 20 pt.
            cw, ch = boxes[0][2], boxes[0][3]
            words = max(_lines_height([(c.text, font, False, min(look.card_pt, 24))],
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
                # Padding inside the card on every side: words never touch its edges.
                left = cx + pad + disc
                text_boxes.append((left, cy + pad // 3, cx + cw - pad // 2 - left,
                                   ch - 2 * (pad // 3)))
        size = min(fit_size([(c.text, font, False, 0)], tb[2], tb[3], look.card_pt)
                   for c, tb in zip(cards, text_boxes, strict=True))
        return boxes, text_boxes, size, side, drop, tall

    if cols is None and not pictures and n > 3:
        # Word cards in two columns, or three where that gives larger words (short cards
        # on a whole slide): the largest text wins, it is read from the back of the room.
        two, three = arrange(2), arrange(3)
        # Three columns only for clearly larger words (a short third column looks odd).
        boxes, text_boxes, size, side, drop, tall = three if three[2] >= two[2] + 2 else two
    else:
        boxes, text_boxes, size, side, drop, tall = arrange(
            cols or (wide if pictures else (1 if n <= 3 else 2)))
    def misfit(boxes_of_text: Sequence[Box], at: int) -> list[str]:
        return [TextMisfit(f"the text of {name.lower()} {i} does not fit its box at 18 pt")
                for i, (card, tb) in enumerate(zip(cards, boxes_of_text, strict=True), 1)
                if _lines_height([(card.text, font, False, at)], tb[2]) * EMU_PT > tb[3]]

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
            _number(slide, (cx + int(0.1 * INCH), cy + int(0.1 * INCH), disc, disc), str(i),
                    brand.heading_font, f"{name} {i} number")
            add_picture(slide, card.picture,
                        (cx + (cw - side) // 2, cy + PAD // 2 + drop, side, side),
                        f"{name} {i} picture")
        elif tall:
            _number(slide, (cx + (cw - disc) // 2, cy + PAD, disc, disc), str(i),
                    brand.heading_font, f"{name} {i} number")
        else:
            _number(slide, (cx + pad // 2, cy + (ch - disc) // 2, disc, disc), str(i),
                    brand.heading_font, f"{name} {i} number")
        centred = pictures or tall
        new_label(slide.shapes, tb, [(card.text, T.TEXT_1, False)], size, font,
                  f"{name} {i} text", align=PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT,
                  anchor=MSO_ANCHOR.TOP if pictures else MSO_ANCHOR.MIDDLE)
    return misfits


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
        words = int(_lines_height([(card.text, font, False, MIN_PT)], tb[2]) * EMU_PT)
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


def _message(slide: Slide, box: Box, message: Message, brand: Brand, look: Look
             ) -> list[str]:
    """A direct message as a phone shows it: the sender's name and initial over a bubble."""
    x, y, w, h = box
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.TEXT_2, "Message screen",
              radius=0.08)
    head = int(0.6 * INCH)
    avatar = int(0.45 * INCH)
    _number(slide, (x + PAD, y + (head - avatar) // 2 + int(0.05 * INCH), avatar, avatar),
            message.sender[:1].upper(), brand.heading_font, "Message sender picture")
    new_label(slide.shapes, (x + PAD + avatar + PAD // 2, y + int(0.05 * INCH), w // 2, head),
              [(message.sender, T.BACKGROUND_1, True)], 20, brand.heading_font,
              "Message sender")
    bx, by = x + PAD, y + head + int(0.05 * INCH)
    bw, bh = w - 2 * PAD - int(1.0 * INCH), y + h - PAD // 2 - by
    bubble = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (bx, by, bw, bh),
                       T.BACKGROUND_1, "Message bubble", radius=0.18)
    bubble.text_frame.text = ""
    inner = (bx + PAD, by + PAD // 2, bw - 2 * PAD, bh - PAD)
    size = fit_size([(message.text, brand.body_font, False, 0)], inner[2], inner[3],
                    look.card_pt + 2)
    new_label(slide.shapes, inner, [(message.text, T.TEXT_1, False)], size, brand.body_font,
              "Message text")
    if _lines_height([(message.text, brand.body_font, False, size)], inner[2]) * EMU_PT \
            > inner[3]:
        return [TextMisfit("the text of the task's message does not fit its box at 18 pt")]
    return []


def _questions(slide: Slide, box: Box, questions: Sequence[str], brand: Brand, look: Look,
               largest: int = 0) -> list[str]:
    """Each question on a wide card with its number (one question needs none)."""
    return _rows(slide, box, questions, brand, look, marker="number" if len(questions) > 1
                 else "", name="Task question", largest=largest or look.card_pt,
                 radius=look.radius)


def draw_checklist(filler: Filler, points: Sequence[str], numbered: bool = False,
                   pictures: Sequence[Picture] = (), flow: bool = False) -> bool:
    """The points in the body area, a row each with an empty box to tick, a number or its
    picture; with ``flow``, steps in order side by side with arrows between. False when the
    layout has no body area."""
    from lessonpack.render.deck_design import in_body

    def draw(region: Box) -> list[str]:
        slide, brand, look = filler.slide, filler.brand, filler.look
        if flow:
            return _flow(slide, region, points, pictures, brand, look)
        return _checklist(slide, region, points, brand, look, numbered, pictures)

    return in_body(filler, draw)


def _checklist(slide: Slide, box: Box, points: Sequence[str], brand: Brand, look: Look,
               numbered: bool = False, pictures: Sequence[Picture] = ()) -> list[str]:
    if pictures:
        return _picture_points(slide, box, points, pictures, brand, look)
    return _rows(slide, box, points, brand, look, marker="number" if numbered else "box",
                 name="Check", largest=look.body_pt, radius=min(0.3, look.radius * 2))


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
        if _lines_height([(text, font, False, size)], ib[2]) * EMU_PT > ib[3]:
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
    number = int(0.45 * INCH)
    # The picture's disc centred clear of the number in the card's corner on both sides: on
    # a narrow card (a 4:3 or 10 in template) it ran over the number (LPC305).
    mark = int(min(1.3 * INCH, cw * 0.45, h * 0.3, cw - 2 * (PAD + number + int(0.02 * INCH))))
    top_pad = int(0.2 * INCH)
    head = top_pad + (mark if pictures else number) + int(0.15 * INCH)
    inner_w = cw - 2 * PAD
    inner_h = h - head - PAD
    size = min(fit_size([(t, font, False, 0)], inner_w, inner_h, look.body_pt)
               for t in steps)
    # The cards as tall as the longest step needs, centred down the area: no card
    # two-thirds empty under short words.
    need = max(int(_lines_height([(t, font, False, size)], inner_w) * EMU_PT) for t in steps)
    ch = min(h, head + need + 2 * PAD)
    cy = y + (h - ch) // 2
    misfits: list[str] = []
    for i, text in enumerate(steps):
        cx = x + i * (cw + arrow)
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (cx, cy, cw, ch),
                  T.BACKGROUND_2, f"Step {i + 1}", radius=min(0.12, look.radius * 2))
        _number(slide, (cx + PAD, cy + top_pad, number, number), str(i + 1),
                brand.heading_font, f"Step {i + 1} number")
        if pictures:
            _picture_disc(slide, (cx + (cw - mark) // 2, cy + top_pad, mark, mark),
                          pictures[i], f"Step {i + 1}")
        inner = (cx + PAD, cy + head, inner_w, ch - head - PAD)
        if _lines_height([(text, font, False, size)], inner_w) * EMU_PT > inner[3]:
            misfits.append(TextMisfit(f"the text of step {i + 1} does not fit its card at 18 pt"))
        new_label(slide.shapes, inner, [(text, T.TEXT_1, False)], size, font,
                  f"Step {i + 1} text", align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.TOP)
        if i < n - 1:
            ah = int(0.5 * INCH)
            new_shape(slide.shapes, MSO_SHAPE.CHEVRON,
                      (cx + cw + arrow // 4, cy + (ch - ah) // 2, arrow // 2, ah),
                      T.ACCENT_1, f"Step {i + 1} arrow").text_frame.text = ""
    return misfits


# Space above and below a row's words: never on the row's edge ("back." resting on the border
# of a "Check your work" bar read as overflow on a projector).
ROW_PAD = int(0.15 * INCH)


def _rows_by_need(box: Box, texts: Sequence[str], font: str, side: int, largest: int
                  ) -> tuple[list[Box], int, int]:
    """Rows as tall as their words need (with a row pad above and below) at the largest
    size at which all of them fit the area, the spare height shared out evenly: a two-line
    row taller than a one-line one, none with words on its edges. Returns the rows, the
    size and the pad. Where they do not fit at 18 pt with ``ROW_PAD`` (a short slide:
    Google's 10 x 5.625 in), the rows close up (half the pad, a narrower gap) before the
    words are given equal rows they overflow."""
    x, y, w, h = box
    text_w = w - 3 * PAD - side
    equal = grid(len(texts), box, 1, gap=int(0.15 * INCH))
    for pad, gap, sizes in ((ROW_PAD, int(0.15 * INCH), range(largest, MIN_PT - 1, -1)),
                            (ROW_PAD // 2, int(0.08 * INCH), range(MIN_PT, MIN_PT - 1, -1))):
        if pad != ROW_PAD and all(
                _lines_height([(t, font, False, MIN_PT)], text_w) * EMU_PT
                <= equal[0][3] - 2 * ROW_PAD for t in texts):
            return equal, MIN_PT, ROW_PAD  # equal rows hold every text: as they were
        least = max(side + PAD, int(0.7 * INCH)) if pad == ROW_PAD else side + pad
        for size in sizes:
            need = [max(least, int(_lines_height([(t, font, False, size)], text_w) * EMU_PT)
                        + 2 * pad) for t in texts]
            spare = h - sum(need) - gap * (len(texts) - 1)
            if spare >= 0:
                rows, top = [], y
                for n in need:
                    rh = n + spare // len(texts)
                    rows.append((x, top, w, rh))
                    top += rh + gap
                return rows, size, pad
    # Not even so: equal rows, and the misfit is reported.
    return equal, MIN_PT, ROW_PAD


def _rows(slide: Slide, box: Box, texts: Sequence[str], brand: Brand, look: Look, *,
          marker: str, name: str, largest: int, radius: float) -> list[str]:
    """A full-width row per text, with a number, an empty box to tick or nothing on its
    left; one text size for all, the largest (up to ``largest``) that every row fits, each
    row as tall as its words need."""
    equal = grid(len(texts), box, 1, gap=int(0.15 * INCH))
    font = brand.body_font
    side = int(min(0.6 * INCH, equal[0][3] - PAD)) if marker else -PAD
    rows, size, pad = _rows_by_need(box, texts, font, side, largest)
    inner = [(rx + 2 * PAD + side, ry + pad, rw - 3 * PAD - side, rh - 2 * pad)
             for rx, ry, rw, rh in rows]
    misfits: list[str] = []
    for n, (text, (rx, ry, rw, rh), ib) in enumerate(zip(texts, rows, inner, strict=True), 1):
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (rx, ry, rw, rh), T.BACKGROUND_2,
                  f"{name} {n}", radius=radius)
        mark = (rx + PAD, ry + (rh - side) // 2, side, side)
        if marker == "number":
            _number(slide, mark, str(n), brand.heading_font, f"{name} {n} number")
        elif marker == "box":
            tick_box = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, mark, T.BACKGROUND_1,
                                 f"{name} {n} box", radius=0.15)
            tick_box.line.fill.solid()
            tick_box.line.fill.fore_color.theme_color = T.ACCENT_1
            tick_box.line.width = Pt(3)
            tick_box.text_frame.text = ""
        if _lines_height([(text, font, False, size)], ib[2]) * EMU_PT > ib[3]:
            misfits.append(TextMisfit(
                f"the text of {name.lower()} {n} does not fit its box at 18 pt"))
        new_label(slide.shapes, ib, [(text, T.TEXT_1, False)], size, font, f"{name} {n} text")
    return misfits


SUPPLIES = (supply(TASK, draw_task),)
