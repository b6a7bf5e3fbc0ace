"""The task slide's pictures: the frames a child draws in (a place's name under each), the
story beside a task, and the stream close up with its clues."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import Picture
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.task import TaskSlide
from lessonpack.render.deck_card_fit import GAP, INCH, MIN_PT, PAD, fit_size, grid, lines_height
from lessonpack.render.deck_drawings import T, close_group, new_group, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_scenes import draw_props

if TYPE_CHECKING:
    from lessonpack.kinds.base import StreamsShown
    from lessonpack.kinds.payloads import StreamScreen

Box = tuple[int, int, int, int]


NAME_PT = 28  # a place's name on a frame to draw in


def draw_slots(slide: Slide, box: Box, slots: Sequence[tuple[str, Picture | None]], brand: Brand
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
    label_h = max((int(lines_height([(name, brand.heading_font, True, size)], text_w)
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


def _story_inner(box: Box) -> Box:
    """The story card's text area: inside its left bar and padding."""
    x, y, w, h = box
    bar = int(0.1 * INCH)
    return (x + PAD + bar, y + PAD // 3, w - 2 * PAD - bar, h - 2 * (PAD // 3))


def story_need(width: int, story: str, brand: Brand) -> int:
    """The height a story card ``width`` wide needs to hold its words at 18 pt, the floor
    (its beats stacked, or its one paragraph): what the task weighs before stacking the
    story over its questions on a short slide."""
    _x, _y, inner_w, _h = _story_inner((0, 0, width, 0))
    beats = [b for b in story.split("\n") if b.strip()] or [story]
    if len(beats) > 1:
        inner_w -= int(0.2 * INCH) + PAD  # the timeline's dot and its gap
    words = sum(lines_height([(b, brand.body_font, False, MIN_PT)], inner_w) for b in beats)
    return int(words * EMU_PT) + 2 * (PAD // 3)


def story_box(slide: Slide, box: Box, story: str, brand: Brand, look: Look) -> list[str]:
    """The story, on a white card with a bar down its left, as large as it fits."""
    x, y, w, h = box
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, w, h), T.BACKGROUND_2, "Story card")
    new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, y, int(0.1 * INCH), h), T.TEXT_2,
              "Story card bar")
    inner = _story_inner(box)
    beats = [b for b in story.split("\n") if b.strip()]
    if len(beats) > 1:
        return _beats(slide, inner, beats, brand, look)
    size = fit_size([(story, brand.body_font, False, 0)], inner[2], inner[3],
                    min(look.body_pt, 24))
    new_label(slide.shapes, inner, [(story, T.TEXT_1, False)], size, brand.body_font,
              "Story text")
    if lines_height([(story, brand.body_font, False, size)], inner[2]) * EMU_PT > inner[3]:
        return [TextMisfit("the text of the story does not fit its box at 18 pt")]
    return []


# The least room above a story's first beat and below its last, inside the card's own
# padding: the card's words read as packed to its edges without it.
BEAT_EDGE = int(0.08 * INCH)


def _beats(slide: Slide, box: Box, beats: Sequence[str], brand: Brand, look: Look
           ) -> list[str]:
    """A story told in moments, as a timeline: a line down the card, a dot per moment and
    its words beside it (four lines without full stops read as a poem)."""
    x, y, w, h = box
    font = brand.body_font
    dot = int(0.2 * INCH)
    text_x = x + dot + PAD
    text_w = w - dot - PAD
    n_beats = len(beats)
    # Sized in the card less BEAT_EDGE above and below: sized to the card's full height the
    # four beats touched its top and foot (fire-red, hexagons, Google: Leo's and Tobi's).
    row_h = (h - 2 * BEAT_EDGE) // n_beats
    size = min(fit_size([(b, font, False, 0)], text_w, row_h, min(look.body_pt, 24))
               for b in beats)
    heights = [int(lines_height([(b, font, False, size)], text_w) * EMU_PT) for b in beats]
    spare = max(0, h - sum(heights))
    # Half a gap above the first and below the last, as between them, where that is at
    # least BEAT_EDGE; else BEAT_EDGE there and the rest between.
    edge = max(min(BEAT_EDGE, spare // 2), spare // (2 * n_beats))
    gap = (spare - 2 * edge) // (n_beats - 1) if n_beats > 1 else 0
    centres = []
    top = y + edge
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


def close_up(slide: Slide, box: Box, task: TaskSlide, brand: Brand,
             streamed: StreamsShown | None = None) -> list[str]:
    """The stream's video alone, filling the area: the room and its clues, large enough to
    search from the back of the class (circled, on the feedback slide), with what the deck's
    stream showed (``streamed``: deck_room)."""
    scene = task.scene
    assert scene is not None
    group = new_group(slide, "Close-up of the stream", close_up_alt(scene, task.circled))
    # The room as the stream showed it (its things where the stream had them), larger.
    misfits = draw_props(group.shapes, scene, box, brand.body_font, circled=task.circled,
                         as_streamed=True, streamed=streamed)
    close_group(group)
    return misfits


def close_up_alt(scene: StreamScreen, circled: bool) -> str:
    """The close-up's own description: the room and the words on its clues, not the whole
    stream's: its comments are not on this slide, and a screen reader would read them."""
    def lower(alt: str) -> str:
        return alt[:1].lower() + alt[1:]

    clues = [f"{lower(p.alt)}, reading “{label}”" for label, p in scene.cast
             if label and label != "on screen"]
    who = next((p.alt.split(",")[0] for label, p in scene.cast if label == "on screen"),
               scene.streamer)
    ring = ", each clue circled in red" if circled else ""
    room = "kitchen" if scene.kitchen else "room"  # as drawn (deck_room_kitchen)
    return f"Close-up of {who}’s {room} in the stream{ring}: " + "; ".join(clues) + "."
