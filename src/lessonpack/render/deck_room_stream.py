"""A stream whose video is a room of clues (render/deck_room.py), drawn large: the stream's
header across the top, the room on the left with every clue's words readable at 18 pt,
the chat a narrow column on its right. An older class's stream without clues (its
streamer in their room, render/deck_stream_scene.py) is laid out the same way, where
every comment fits. What the room is and how its things are laid out is
deck_room_plan's; how the screen is shared between the room and the chat, and the chat's
comments, are this module's.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Pt

from lessonpack.check.measure import count_lines
from lessonpack.geometry import EMU_PT
from lessonpack.plan.scenes import has_room
from lessonpack.render import deck_drawings as dd
from lessonpack.render.chat_wrap import chat_lines, inline_runs, write_lines
from lessonpack.render.deck_drawings import (
    BUBBLE_TEXT_INSET,
    CHAT_FLOOR,
    CHAT_PT,
    Box,
    T,
    bubble_radius,
    new_shape,
    write_runs,
)
from lessonpack.render.deck_room import draw_room, fits_words
from lessonpack.render.deck_room_plan import IN, emu
from lessonpack.render.deck_stream_scene import draw_scene
from lessonpack.render.ooxml import text_body

if TYPE_CHECKING:
    from pptx.shapes.shapetree import GroupShapes

    from lessonpack.kinds.base import StreamsShown
    from lessonpack.kinds.payloads import StreamScreen

CHAT_MIN = 2.3  # inches: the narrowest chat column whose 18 pt comments still read well
SCENE_LEAST = 2.8  # inches: the narrowest video of a room without clues (deck_stream_scene)
HEADER = 1.05  # inches: the streamer's avatar, name, LIVE badge and viewer count
# Inches from the screen's top to just under the LIVE and viewer pills (deck_drawings'
# FULL/COMPACT pill_top + the pills' 0.42 in + a 0.06 in gap): where a raised chat starts.
HEADER_PILLS_FULL = 0.34 + 0.42 + 0.06
HEADER_PILLS_COMPACT = 0.16 + 0.42 + 0.06


def _header(box: Box) -> float:
    """Inches the stream's header takes: the full one, or the compact one in a short area."""
    return HEADER if box[3] >= emu(6.0) else 0.72


def stream_boxes(box: Box, share: float = 0.36, least: float = 3.0) -> tuple[Box, Box] | None:
    """(video, chat column) for a stream whose video is a room of clues, the video large on
    the left and the chat a narrow column (``share`` of the width, 2.3 in at least) on its
    right; None where the area is too narrow for both (the video under ``least`` inches
    wide: the stream is then drawn the usual way, the chat under a smaller video)."""
    x, y, w, h = box
    margin, gap = emu(0.2), emu(0.15)
    chat_w = max(emu(CHAT_MIN), int(w * share))
    video_w = w - 2 * margin - gap - chat_w
    top = emu(_header(box))
    foot = emu(0.2) if top < emu(HEADER) else emu(0.25)
    video = (x + margin, y + top, video_w, h - top - foot)
    if video_w < emu(least) or video[3] < emu(2.5):
        return None
    return video, (x + margin + video_w + gap, y + top, chat_w, h - top - foot)


def _room_boxes(box: Box, screen: StreamScreen, font: str,
               shares: tuple[float, ...] = (0.36, 0.32, 0.0)) -> list[tuple[Box, Box]]:
    """(video, chat) pairs, widest chat column first among ``shares``, that leave the room
    its words at 18 pt (a wide font needs a wider room)."""
    found = []
    clues = has_room(screen.cast)
    for share in shares:
        # A room without clues has no words to read: its streamer shows in a narrower pane.
        boxes = stream_boxes(box, share, 3.0 if clues else SCENE_LEAST)
        if boxes is not None and (not clues or fits_words(boxes[0], screen, font)):
            found.append(boxes)
    return found


@dataclass
class Chat:
    """How the chat column is drawn: its box, each comment's height, the gap between them,
    whether a comment's name runs into its words (one paragraph) or sits above them, and
    the words' size."""

    video: Box
    box: Box
    heights: list[int]
    gap: int
    inline: bool
    size: int = CHAT_PT

    def used(self) -> int:
        return sum(self.heights) + self.gap * (len(self.heights) - 1)


def _raised(box: Box, chat: Box) -> Box:
    """The chat column started just under the LIVE and viewer pills instead of under the
    whole header row: the pills sit right above the column, and the rest of the header's
    height (the avatar's) is on the video's side only."""
    frame = HEADER_PILLS_FULL if _header(box) == HEADER else HEADER_PILLS_COMPACT
    cx, cy, cw, ch = chat
    top = box[1] + emu(frame)
    return cx, top, cw, ch + cy - top


def _chat_for(video: Box, chat: Box, screen: StreamScreen, font: str, inline: bool,
              size: int) -> Chat | None:
    """The roomy spacing, else the tight one, at which every comment fits ``chat``."""
    for pad, gap in ((emu(0.12), emu(0.1)), (emu(0.08), emu(0.06))):
        heights = [_comment_height(c.user, c.text, font, chat[2], inline, size) + pad
                   for c in screen.comments]
        laid = Chat(video, chat, heights, gap, inline, size)
        if laid.used() <= chat[3]:
            return laid
    return None


def _lay_out_chat(box: Box, screen: StreamScreen, font: str) -> Chat | None:
    """Room and chat share the screen so that every comment shows at the chat's size
    (CHAT_PT, else CHAT_FLOOR): the usual column under the header, the column raised to
    just under the pills, or a wider one while the room keeps its words at 18 pt; of those
    that hold every comment, the one with the fewest lines. Every comment's name is on the
    line of its words, on every stream of a deck: a name on a line of its own on one slide
    and inline on the next read as two different apps. Only when none holds them all does
    the oldest harmless comment scroll off (said in a warning). None: no room for the
    room."""
    clues = has_room(screen.cast)
    usual = _room_boxes(box, screen, font)
    if not usual:
        return None
    # A room without clues has no words to keep large: its chat may take more of the width
    # before a comment is left out (the parents' Mia has five).
    wider = _room_boxes(box, screen, font, (0.48, 0.44, 0.40) if clues
                        else (0.48, 0.44, 0.40, 0.52, 0.56))
    tries = [(v, c) for v, c in usual] + [(v, _raised(box, c)) for v, c in usual + wider]
    by_size = [[laid for video, chat in tries
                if (laid := _chat_for(video, chat, screen, font, True, size)) is not None]
               for size in (CHAT_PT, CHAT_FLOOR)]
    for fitting in by_size:
        if fitting:
            # The column whose comments take the fewest lines (the first of equals): a
            # narrow one broke "stream keeps / lagging..." where a wider one fitted too.
            laid = min(fitting, key=lambda laid: _chat_line_count(laid, screen, font))
            return _with_title(laid, box, by_size, screen, font)
    if not clues:
        return None  # a room without clues: the chat is the task, so every comment shows
    video, chat = usual[0]
    heights = [_comment_height(c.user, c.text, font, chat[2], True, CHAT_FLOOR) + emu(0.08)
               for c in screen.comments]
    return Chat(video, chat, heights, emu(0.06), True, CHAT_FLOOR)


def _title_height(screen: StreamScreen, font: str, width: int) -> int:
    """The stream title's height over a chat column ``width`` wide (draw_room_stream's)."""
    return emu(0.4 * count_lines(screen.stream_title, font, 18, width / EMU_PT * 0.92, True))


def _titled(laid: Chat, screen: StreamScreen, font: str) -> bool:
    """Whether ``laid`` leaves its column room for the stream's title above the chat."""
    return not screen.stream_title or \
        laid.box[3] - laid.used() >= _title_height(screen, font, laid.box[2]) + emu(0.15)


def _with_title(laid: Chat, box: Box, by_size: list[list[Chat]], screen: StreamScreen,
                font: str) -> Chat:
    """``laid`` where its column or the header holds the stream's title, else the layout
    that keeps it (``_keep_title``), else ``laid``."""
    if _titled(laid, screen, font) or dd.header_holds_title(
            box[2], screen, font, dd.FULL if _header(box) == HEADER else dd.COMPACT):
        return laid
    return _keep_title(by_size, screen, font) or laid


def _keep_title(by_size: list[list[Chat]], screen: StreamScreen, font: str) -> Chat | None:
    """Of the layouts that hold every comment (at the chat's size, then its floor), the one
    with the fewest lines that keeps the stream's title above its chat: the title names
    the stream and is a clue to its story ("Speed-drawing your requests!"), so a wider
    column or smaller chat words go before it (on a trainer's short drawing area the
    fewest-lines column left it no room and the slide lost it). None where none keeps it."""
    for fitting in by_size:
        titled = [laid for laid in fitting if _titled(laid, screen, font)]
        if titled:
            return min(titled, key=lambda laid: _chat_line_count(laid, screen, font))
    return None


def _chat_line_count(laid: Chat, screen: StreamScreen, font: str) -> int:
    return sum(len(chat_lines(c.user, c.text, font, laid.size, _words_width(laid.box[2])))
               for c in screen.comments)


def room_fits(box: Box, screen: StreamScreen, font: str) -> bool:
    """Whether a stream drawn in ``box`` shows its room of clues large beside the chat
    (draw_room_stream draws it), not the usual stream with the room squeezed above it."""
    return _lay_out_chat(box, screen, font) is not None


def draw_room_stream(slide: object, box: Box, screen: StreamScreen, font: str,
                     streamed: StreamsShown | None = None, *, caption: bool = False
                     ) -> list[str] | None:
    """The stream with its room large: header across the top, the room on the left with
    every clue's words readable, the chat a column on the right (the oldest comments scroll
    off first, as in a real chat), likes and gifts under it. None when the area has no room
    for the room with its words (the caller draws the stream the usual way). ``streamed``:
    the deck's record of what its streams showed, for the close-ups (deck_room)."""
    laid = _lay_out_chat(box, screen, font)
    if laid is None:
        return None
    video, (cx, cy, cw, ch), heights, gap = laid.video, laid.box, laid.heights, laid.gap
    total = len(screen.comments)
    while screen.comments and sum(heights) + gap * (len(heights) - 1) > ch:
        gone = scrolls_off(screen.comments)
        screen = replace(screen, comments=screen.comments[:gone] + screen.comments[gone + 1:])
        heights = heights[:gone] + heights[gone + 1:]
    group = dd.new_group(slide, "Mock live stream", screen.alt_text)  # type: ignore[arg-type]
    g = group.shapes
    dd.device(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, "Screen", radius=0.04)
    # The chat at the column's foot, as a real one fills from the bottom; the stream's
    # title above it where there is room, else after the streamer's name in the header.
    used = sum(heights) + gap * (len(heights) - 1)
    title_h = _title_height(screen, font, cw)
    above = ch - used >= title_h + emu(0.15)
    headed = dd.draw_header(g, box, screen, font,
                            dd.FULL if _header(box) == HEADER else dd.COMPACT, False,
                            "" if above else screen.stream_title)
    misfits = (draw_room(g, screen, video, font, streamed=streamed) if has_room(screen.cast)
               else draw_scene(g, screen, video))
    if above:
        dd.new_label(g, (cx, cy, cw, title_h), [(screen.stream_title, T.BACKGROUND_1, True)], 18,
                     font, "Stream title")
    elif caption and screen.stream_title and not headed:  # said where it is left off
        misfits.append(dd.title_left_off(screen.stream_title))
    top = cy + ch - used
    for n, (comment, height) in enumerate(zip(screen.comments, heights, strict=True), 1):
        _comment(g, (cx, top, cw, height), comment.user, comment.text, font, f"Comment {n}",
                 laid.inline, laid.size)
        top += height + gap
    dd.close_group(group)
    if len(screen.comments) < total:
        misfits.append(f"the live stream shows only its last {len(screen.comments)} of "
                       f"{total} comments: the template's drawing area is "
                       f"{box[3] / IN:.1f} in high (all of them are on the worksheet)")
    return misfits


def scrolls_off(comments: tuple[object, ...]) -> int:
    """Which comment leaves a room of clues' short chat first, wherever the stream is drawn
    (here, and deck_drawings' full-size stream): the comments that ask about the clues (red
    flags) are what the class discusses, so the oldest neutral one goes first, then the
    oldest kind one, then the oldest unkind one."""
    for kind in ("neutral", "kind", "unkind"):
        for n, comment in enumerate(comments):
            if getattr(comment, "kind", "") == kind:
                return n
    return 0


def _comment_height(user: str, text: str, font: str, width: int, inline: bool = False,
                    size: int = CHAT_PT) -> int:
    """A narrow chat's comment: the name on a line of its own, the words under it (with
    ``inline``, the name runs into the words), broken into lines as _comment writes them."""
    lines = len(chat_lines(user, text, font, size, _words_width(width), inline))
    if not inline:
        lines += count_lines(user, font, size, _words_width(width), True)
    return int(Pt(size * 1.2 * lines))


def _words_width(width: int) -> float:
    """Points a comment's words have in a bubble ``width`` EMU wide: less its padding and
    its rounded corners' text inset."""
    return (width - 2 * emu(0.1) - 2 * BUBBLE_TEXT_INSET) / EMU_PT


def _comment(g: GroupShapes, box: Box, user: str, text: str, font: str, name: str,
             inline: bool = False, size: int = CHAT_PT) -> None:
    bubble = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, T.BACKGROUND_1, name,
                       radius=bubble_radius(box))
    lines = chat_lines(user, text, font, size, _words_width(box[2]), inline)
    if inline:  # one paragraph: the name in the accent, then the words
        name, worded = inline_runs(user, lines)
        write_runs(bubble, [(name, T.ACCENT_1, True),
                            *((line, T.TEXT_1, False) for line in worded)],
                   size, font, inset=emu(0.1))
        write_lines(bubble, 1, lines)
        return
    write_runs(bubble, [(user, T.ACCENT_1, True)], size, font, inset=emu(0.1))
    body = text_body(bubble.text_frame)
    para = copy.deepcopy(body.find(qn("a:p")))
    run = para.find(qn("a:r"))
    props = run.find(qn("a:rPr"))
    props.set("b", "0")
    for colour in props.iter(qn("a:schemeClr")):
        colour.set("val", "tx1")
    para.remove(run)
    for line in filter(None, lines):  # the words' lines, one run each
        line_run = copy.deepcopy(run)
        line_run.find(qn("a:t")).text = line
        para.append(line_run)
    body.append(para)
    write_lines(bubble, 1, lines)
