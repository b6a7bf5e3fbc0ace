"""The task slide's words: its numbered steps (in the task panel, or wide above the material),
the message to reply to, drawn as a message, and the questions."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide

from lessonpack.check.measure import drawn_family, text_width
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.task import Message, TaskSlide
from lessonpack.render.deck_card_fit import GAP, INCH, PAD, fit_size, lines_height
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_rows import number_disc, text_rows

Box = tuple[int, int, int, int]


def steps_panel(slide: Slide, box: Box, task: TaskSlide, brand: Brand, look: Look) -> list[str]:
    """A tinted panel with a bar down its left: a clock and the minutes, then each step."""
    x, y, w, h = box
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.BACKGROUND_2, "Task panel",
              radius=min(0.12, look.radius))
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, int(0.12 * INCH), h), T.ACCENT_1,
              "Task panel bar")
    bar = int(0.12 * INCH)
    inner_x, inner_w = x + PAD + bar, w - 2 * PAD - bar
    # The timer as on every other "Your turn" slide: the clock on a white disc and the
    # minutes in white, on a band in the accent colour across the panel's whole top (a band
    # starting right of the bar read as offset from its panel), the disc inside the band.
    tile_h = timer_band(slide, (x, y, w), PAD + bar, task, brand, look)
    top = y + tile_h + PAD
    if not task.steps or not task.show_steps:
        return []
    measure_w, room = _steps_area(w, h)
    # The number is bold, the words are not: measured so (a bold measure of the whole step
    # found lines that are not there and pushed the last step into the footer).
    texts = [(f"{n}.  {s}", brand.body_font, False, 0) for n, s in enumerate(task.steps, 1)]
    spacing = int(0.12 * INCH) * (len(texts) - 1)
    size = fit_size(texts, measure_w, room - spacing, min(look.card_pt, 24))
    for n, step in enumerate(task.steps, 1):
        height = int(lines_height([(f"{n}.  {step}", brand.body_font, False, size)], measure_w)
                     * EMU_PT)
        new_label(slide.shapes, (inner_x, top, inner_w, height),
                  [(f"{n}.  ", T.ACCENT_1, True), (step, T.TEXT_1, False)], size,
                  brand.body_font, f"Task step {n}", anchor=MSO_ANCHOR.TOP)
        top += height + int(0.12 * INCH)
    if top - int(0.12 * INCH) > y + h - PAD:
        return [TextMisfit("the text of the task's steps does not fit its box at 18 pt")]
    return []


def timer_band(slide: Slide, box: tuple[int, int, int], inset: int, task: TaskSlide,
               brand: Brand, look: Look) -> int:
    """A short timer across ``box`` (left, top, width): the clock on a white disc ``inset``
    from the left, then the minutes in white, on a band in the accent colour; its height."""
    x, y, w = box
    side = int(0.6 * INCH)
    tile_h = side + PAD
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w, tile_h), T.ACCENT_1,
              "Task timer tile", radius=min(0.12, look.radius))
    ring = side + int(0.1 * INCH)
    inner_x = x + inset
    if task.clock is not None:
        disc = new_shape(slide.shapes, MSO_SHAPE.OVAL,
                         (inner_x, y + (tile_h - ring) // 2, ring, ring),
                         T.BACKGROUND_1, "Task clock disc")
        disc.text_frame.text = ""
        pad = (ring - int(side * 0.8)) // 2
        add_picture(slide, task.clock, (inner_x + pad, y + (tile_h - ring) // 2 + pad,
                                        ring - 2 * pad, ring - 2 * pad), "Task clock")
    new_label(slide.shapes, (inner_x + ring + PAD // 2, y + (tile_h - side) // 2,
                             w - inset - PAD - ring - PAD // 2, side),
              [(f"{task.minutes} min", T.BACKGROUND_1, True)], 28, brand.heading_font,
              "Task minutes")
    return tile_h


LIST_GAP = int(0.08 * INCH)  # between the steps of a list


def _hang(n: int, brand: Brand, size: int) -> int:
    """The width of step ``n``'s number and its gap, which the step's wrapped lines are
    indented by: wrapped back under the number ("Sort it." under "2."), a step read as
    two."""
    return int(text_width(f"{n}.  ", drawn_family(brand.body_font), size, True) * EMU_PT)


def _last_pair(step: str) -> str:
    """``step`` with its last two words held together: wrapped, a short last word alone
    on a line ("Sort / it.") read as a stray."""
    head, space, last = step.rpartition(" ")
    return f"{head}\u00a0{last}" if space and " " in head.strip() else step


def _step_height(n: int, step: str, width: int, brand: Brand, size: int) -> int:
    """Step ``n``'s height in a list ``width`` wide with its wrapped lines hung under its
    words: measured, number and words, in the width less the indent, as lessonpack's own
    check measures a paragraph with a left margin (it shrank a step whose box held only
    the lines as drawn a point under the others)."""
    return int(lines_height([(f"{n}.  {_last_pair(step)}", brand.body_font, False, size)],
                            width - _hang(n, brand, size)) * EMU_PT)


def _hanging(label: Shape, hang: int) -> None:
    """Each of ``label``'s paragraphs indented ``hang`` after its first line."""
    for p in label.element.iter(qn("a:p")):
        ppr = p.find(qn("a:pPr"))
        if ppr is None:
            ppr = etree.Element(qn("a:pPr"))
            p.insert(0, ppr)
        ppr.set("marL", str(hang))
        ppr.set("indent", str(-hang))


def steps_list_height(width: int, task: TaskSlide, brand: Brand, size: int) -> int:
    """How tall a steps_list ``width`` wide is with its steps at ``size``."""
    return sum(_step_height(n, s, width, brand, size) for n, s in enumerate(task.steps, 1)) \
        + LIST_GAP * (len(task.steps) - 1)


def steps_list(slide: Slide, box: Box, task: TaskSlide, brand: Brand, size: int) -> None:
    """The steps as one numbered list across ``box``, a step a line where it fits: over a
    sort's key and cards (three narrow columns of steps read as small print there, and a
    panel beside them wrapped each step every two or three words)."""
    x, y, w, _h = box
    top = y
    for n, step in enumerate(task.steps, 1):
        height = _step_height(n, step, w, brand, size)
        label = new_label(slide.shapes, (x, top, w, height),
                          [(f"{n}.  ", T.ACCENT_1, True), (_last_pair(step), T.TEXT_1, False)],
                          size,
                          brand.body_font, f"Task step {n}", anchor=MSO_ANCHOR.TOP)
        _hanging(label, _hang(n, brand, size))
        top += height + LIST_GAP


def _steps_area(w: int, h: int) -> tuple[int, int]:
    """(width the steps are measured at, height they have) in a steps_panel ``w`` x ``h``:
    inside the bar and padding, under the timer tile (0.6 in clock and a pad). Measured a
    little narrower than drawn: LibreOffice wraps a shade earlier than our measure, and a
    step must never run into the next."""
    return (w - 2 * PAD - int(0.12 * INCH) - int(0.15 * INCH),
            h - int(0.6 * INCH) - 3 * PAD)


def steps_fit_panel(box: Box, task: TaskSlide, brand: Brand) -> bool:
    """Whether ``task``'s steps fit a steps_panel drawn in ``box`` at 18 pt (measured as
    steps_panel measures them). A squeezed template's narrow panel (a vertical title down
    the right of a 10 x 5.625 in slide) left the last step under the slide's foot."""
    measure_w, room = _steps_area(box[2], box[3])
    spacing = int(0.12 * INCH) * (len(task.steps) - 1)
    need = sum(lines_height([(f"{n}.  {s}", brand.body_font, False, 18)], measure_w)
               for n, s in enumerate(task.steps, 1)) * EMU_PT
    return need + spacing <= room


def steps_wide(slide: Slide, box: Box, task: TaskSlide, brand: Brand, look: Look
               ) -> list[str]:
    """The steps alone (the material follows on the next slide): the clock and minutes in a
    panel on the left, a numbered row per step beside it in large type. The block is as
    tall as its words need (at least the clock's height), from the area's top, where every
    slide's content starts under its title (centred, it started lower than the slides
    around it), so no card stands mostly empty; where that is under three quarters of the
    area (two short steps), the whole area, so the slide is not filled only at its top."""
    x, y, w, h = box
    panel_w = TILE_W
    rows_x, rows_w = x + panel_w + GAP, w - panel_w - GAP
    gap = int(0.15 * INCH)
    num = int(0.6 * INCH)
    inner_w = rows_w - 3 * PAD - num
    font = brand.body_font
    largest = max(look.card_pt, 32)
    size = min(fit_size([(step, font, False, 0)], inner_w, h, largest) for step in task.steps)
    needed = sum(max(int(1.1 * INCH), int(lines_height([(step, font, False, size)], inner_w)
                                          * EMU_PT) + 2 * PAD) for step in task.steps)
    block = min(h, max(int(2.9 * INCH), needed + gap * (len(task.steps) - 1)))
    if block < h * 3 // 4:
        # Two short steps filled only the top half of the slide: the block takes the whole
        # area, its rows sharing the height.
        block = h
    timer_tile(slide, (x, y, panel_w, block), task, brand, look)
    return text_rows(slide, (rows_x, y, rows_w, block), task.steps, brand, look, marker="number",
                     name="Task step", largest=largest, radius=min(0.3, look.radius * 2))


TILE_W = int(2.4 * INCH)  # the timer tile's width on every "Your turn" slide


def timer_tile(slide: Slide, box: Box, task: TaskSlide, brand: Brand, look: Look) -> None:
    """The tall timer tile of a "Your turn" slide: a large clock on a white disc over the
    minutes, in white on the accent colour."""
    x, y, panel_w, block = box
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.ACCENT_1,
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


MESSAGE_PT = 28  # the largest a message to reply to is set


def message_box(slide: Slide, box: Box, message: Message, brand: Brand, look: Look
                ) -> list[str]:
    """A direct message as a phone shows it: the sender's name and initial over a bubble."""
    x, y, w, h = box
    new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.TEXT_2, "Message screen",
              radius=0.08)
    head = int(0.6 * INCH)
    avatar = int(0.45 * INCH)
    number_disc(slide, (x + PAD, y + (head - avatar) // 2 + int(0.05 * INCH), avatar, avatar),
                message.sender[:1].upper(), brand.heading_font, "Message sender picture")
    new_label(slide.shapes, (x + PAD + avatar + PAD // 2, y + int(0.05 * INCH), w // 2, head),
              [(message.sender, T.BACKGROUND_1, True)], 20, brand.heading_font,
              "Message sender")
    bx, by = x + PAD, y + head + int(0.05 * INCH)
    # Room on the right, as a phone leaves beside a received message: at most a tenth of a
    # narrow card, so its words stay large.
    bw, bh = w - 2 * PAD - min(int(1.0 * INCH), w // 10), y + h - PAD // 2 - by
    # The words as large as the bubble holds, up to the task steps' own size (the steps are
    # what a class reads from the back: a message twice their size drew the eye from them),
    # then the bubble as tall as its words, as a phone draws it: a tall bubble stood half
    # blank under a short message.
    size = fit_size([(message.text, brand.body_font, False, 0)], bw - 2 * PAD, bh - PAD,
                    min(look.card_pt, MESSAGE_PT))
    need = int(lines_height([(message.text, brand.body_font, False, size)], bw - 2 * PAD)
               * EMU_PT)
    bh = min(bh, need + 2 * PAD)
    bubble = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (bx, by, bw, bh),
                       T.BACKGROUND_1, "Message bubble", radius=0.18)
    bubble.text_frame.text = ""
    inner = (bx + PAD, by + PAD // 2, bw - 2 * PAD, bh - PAD)
    new_label(slide.shapes, inner, [(message.text, T.TEXT_1, False)], size, brand.body_font,
              "Message text")
    if lines_height([(message.text, brand.body_font, False, size)], inner[2]) * EMU_PT \
            > inner[3]:
        return [TextMisfit("the text of the task's message does not fit its box at 18 pt")]
    return []


def question_rows(slide: Slide, box: Box, questions: Sequence[str], brand: Brand, look: Look,
                  largest: int = 0) -> list[str]:
    """Each question on a wide card with its number (one question needs none)."""
    return text_rows(slide, box, questions, brand, look, marker="number" if len(questions) > 1
                     else "", name="Task question", largest=largest or look.card_pt,
                     radius=look.radius)
