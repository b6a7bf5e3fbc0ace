"""Native, editable drawings placed into a layout's region: the mock live stream and the help
cards. Every colour is a theme colour so the brand reaches them too."""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.autoshape import Shape
from pptx.shapes.group import GroupShape
from pptx.shapes.shapetree import GroupShapes, SlideShapes
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from lessonpack.caches import BoundedCache
from lessonpack.check.measure import LINE, count_lines, drawn_width, text_width
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.base import StreamsShown
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.plan.model import Signpost
from lessonpack.plan.scenes import has_room
from lessonpack.render.chat_wrap import chat_lines, inline_runs, write_lines
from lessonpack.render.deck_accent import LIVE_RED
from lessonpack.render.deck_pictures import add_picture
from lessonpack.render.deck_text import escape_control
from lessonpack.render.ooxml import (
    fill_xml,
    fit_extents,
    hold_extents,
    mark_decorative,
    next_shape_id,
    set_alt_text,
    set_lang,
    text_body,
)
from lessonpack.render.ooxml.placeholders import shape_of

Box = tuple[int, int, int, int]
T = MSO_THEME_COLOR
PAD = Inches(0.1)


# Shapes and text bodies already made, by everything that shapes their XML except position,
# size, id, name and the words: python-pptx takes some 0.3 ms per shape to build and style
# one, a copy of a made one a twentieth of that. The first of each kind is made by python-pptx
# itself, so a copy is exactly what python-pptx would have made (tests compare the bytes).
# Bounded (a few hundred looks of shape and text in all the built-in decks) and shared by
# threads: the kept XML is only copied, never changed.
_MADE_SHAPES: BoundedCache[tuple[object, ...], Any] = BoundedCache(2048)
_MADE_TEXT: BoundedCache[tuple[object, ...], Any] = BoundedCache(2048)
_C_NV_PR = f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"
_XFRM = f"{qn('p:spPr')}/{qn('a:xfrm')}"
_PRST = f"{qn('p:spPr')}/{qn('a:prstGeom')}"
_TX_BODY, _A_T = qn("p:txBody"), qn("a:t")


# A device's screen and frame in every brand: a neutral near-black navy, so a brand's green
# or purple screen does not read as a chalkboard; not a brand colour, so it
# may be written into the slide (tests/test_slide_cache_rule.py).
SCREEN = RGBColor(0x1C, 0x23, 0x33)


def decorative_shape(shape: Any) -> None:
    """``shape`` (a python-pptx shape) marked decorative: a screen reader passes it by (a
    cover's picture disc, its ring)."""
    mark_decorative(shape.element.find(_C_NV_PR))


def device(shapes: SlideShapes | GroupShapes, kind: MSO_SHAPE, box: Box, name: str, *,
           radius: float | None = None) -> Shape:
    """A device's frame or screen, in SCREEN whatever the brand."""
    shape = new_shape(shapes, kind, box, None, name, radius=radius)
    shape.fill.solid()
    shape.fill.fore_color.rgb = SCREEN
    return shape


def new_shape(shapes: SlideShapes | GroupShapes, kind: MSO_SHAPE, box: Box, fill: T | None,
              name: str, *, radius: float | None = None) -> Shape:
    """A new autoshape of ``kind`` in ``box`` (EMU), filled with theme colour ``fill`` (None:
    no fill), named ``name``; ``radius`` rounds a rounded rectangle's corners (0–0.5). The
    toolkit's first step for any drawing: identical shapes are copied from saved XML."""
    key = (kind, fill, radius)
    made = _MADE_SHAPES.get(key)
    if made is None:
        shape = _new_shape(shapes, kind, box, fill, name, radius=radius)
        _MADE_SHAPES.put(key, copy.deepcopy(shape.element))
        return shape
    sp = copy.deepcopy(made)
    c_nv_pr = sp.find(_C_NV_PR)
    c_nv_pr.set("id", str(next_shape_id(shapes)))
    c_nv_pr.set("name", name)
    xfrm = sp.find(_XFRM)
    xfrm[0].set("x", str(box[0]))
    xfrm[0].set("y", str(box[1]))
    xfrm[1].set("cx", str(box[2]))
    xfrm[1].set("cy", str(box[3]))
    shapes.element.insert_element_before(sp, "p:extLst")
    return shape_of(shapes, sp)


def _new_shape(shapes: SlideShapes | GroupShapes, kind: MSO_SHAPE, box: Box, fill: T | None,
               name: str, *, radius: float | None = None) -> Shape:
    shape = shapes.add_shape(kind, *(Emu(v) for v in box))
    shape.name = name
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.theme_color = fill
    shape.line.fill.background()
    # Drop the theme style reference: it adds shadows and outlines we do not want.
    style = shape.element.find(qn("p:style"))
    if style is not None:
        shape.element.remove(style)
    if radius is not None:
        shape.adjustments[0] = radius
    return shape


def write_runs(shape: Shape, parts: list[tuple[str, T, bool]], size: int, font: str, *,
               align: PP_ALIGN = PP_ALIGN.LEFT, anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE,
               inset: int = 0) -> None:
    """Write runs (text, colour, bold) into one paragraph of a new shape."""
    sp = shape.element
    key = (sp.find(_PRST).get("prst"), tuple((c, b) for _, c, b in parts), size, font, align,
           anchor, inset)
    made = _MADE_TEXT.get(key)
    if made is None:
        _new_text(shape, parts, size, font, align=align, anchor=anchor, inset=inset)
        _MADE_TEXT.put(key, copy.deepcopy(sp.find(_TX_BODY)))
        return
    body = copy.deepcopy(made)
    for t, (text, _colour, _bold) in zip(body.iter(_A_T), parts, strict=True):
        t.text = escape_control(text)
    sp.replace(sp.find(_TX_BODY), body)


def _new_text(shape: Shape, parts: list[tuple[str, T, bool]], size: int, font: str, *,
              align: PP_ALIGN, anchor: MSO_ANCHOR, inset: int) -> None:
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = Emu(inset)
    frame.margin_top = frame.margin_bottom = Emu(0)
    para = frame.paragraphs[0]
    para.alignment = align
    for text, colour, bold in parts:
        run = para.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = font
        run.font.color.theme_color = colour
    set_lang(text_body(frame), "en-GB")


def new_label(shapes: SlideShapes | GroupShapes, box: Box, parts: list[tuple[str, T, bool]],
              size: int, font: str, name: str, **kw: object) -> Shape:
    """A text box with no fill in ``box``: ``write_runs`` into a new rectangle."""
    shape = new_shape(shapes, MSO_SHAPE.RECTANGLE, box, None, name)
    write_runs(shape, parts, size, font, **kw)  # type: ignore[arg-type]
    return shape


def new_group(slide: Slide, name: str, alt: str) -> GroupShape:
    """A named group with alt text for a whole drawing, read right after the slide's title;
    draw into ``group.shapes`` and finish with ``close_group``."""
    group = slide.shapes.add_group_shape()
    group.name = name
    # python-pptx recomputes the group's extents after every shape added (quadratic in the
    # shape count); switch that off while drawing and do it once in close_group.
    hold_extents(group)
    set_alt_text(group.element.nvGrpSpPr.cNvPr, alt)
    # Screen readers follow the shape tree: read the drawing right after the slide title,
    # before the text beside it that asks about it.
    title = slide.shapes.title
    if title is not None:
        title.element.addnext(group.element)
    return group


def close_group(group: GroupShape) -> None:
    """Fit a group made by ``new_group`` to what was drawn in it (once, at the end)."""
    fit_extents(group)


def name_pill(shapes: GroupShapes, box: Box, fill: T, text: str, font: str, name: str,
          alpha: int | None = None) -> Shape:
    pill = new_shape(shapes, MSO_SHAPE.ROUNDED_RECTANGLE, box, fill, name, radius=0.5)
    if alpha is not None:
        set_alpha(pill, alpha)
    write_runs(pill, [(text, T.BACKGROUND_1, True)], 18, font, align=PP_ALIGN.CENTER)
    return pill


def set_alpha(shape: Shape, alpha: int) -> None:
    colour = fill_xml(shape.fill).find(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}solidFill")[0]
    colour.append(colour.makeelement(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}alpha", {"val": str(alpha)}))


def _count(n: int) -> str:
    return f"{n / 1000:.1f}k".replace(".0k", "k") if n >= 10_000 else f"{n:,}"


# The chat's words: what the class reads, sorts and talks about, so read from the back of a
# room (at 18 pt, the floor, they were the smallest words on a projected stream slide). One
# size for every stream, chosen stream by stream with nothing to compare across the deck:
# the deck is drawn once. CHAT_FLOOR only where the larger size would scroll off a comment
# the floor keeps, or leave the video's things too small to see (a trainer's short area).
CHAT_PT = 20
CHAT_FLOOR = 18


def _comment_heights(screen: StreamScreen, font: str, width: int, pad: int,
                     size: int = CHAT_PT) -> list[int]:
    width_pt = _words_width(width)
    return [int(Pt(size * LINE * _comment_lines(c.user, c.text, font, width_pt, size))) + pad
            for c in screen.comments]


def _comment_lines(user: str, text: str, font: str, width_pt: float,
                   size: int = CHAT_PT) -> int:
    """A comment's lines as _draw_comments breaks them (render/chat_wrap): its bold name,
    then its regular words."""
    return len(chat_lines(user, text, font, size, width_pt))


def _words_width(width: int) -> float:
    """Points a comment's words have in a bubble ``width`` EMU wide: less its padding and
    its rounded corners' text inset."""
    return (width - 2 * PAD - 2 * BUBBLE_TEXT_INSET) / EMU_PT


# A chat bubble's corners: the same curve on a bubble of any height. A rounded rectangle's
# radius is a share of its shorter side, so a bubble of two or three lines at a one-line
# bubble's share curved away under the first word of its last line, which then sat on the
# dark screen beside the bubble ("for me" in a trainer's narrower stream).
BUBBLE_CORNER = int(Inches(0.09))
# A rounded rectangle's text area is inset from each side by 0.29 of its corner's radius
# (DrawingML's roundRect text rectangle): the words wrap that much narrower than the
# bubble less its padding, so the measure takes it off too.
BUBBLE_TEXT_INSET = int(BUBBLE_CORNER * 0.29289)


def bubble_radius(box: Box) -> float:
    """The rounding (a share of the shorter side) that gives ``box`` BUBBLE_CORNER's curve."""
    return round(min(0.5, BUBBLE_CORNER / max(1, min(box[2], box[3]))), 3)


@dataclass(frozen=True)
class StreamFrame:
    """Where the parts of the mock live stream sit, in inches from the screen's edges.

    FULL is the stream as lessonpack's own deck draws it. A trainer's drawing area may be
    short (Google Slides' 10 x 5.625 in, 4:3 decks) or narrow: COMPACT draws the same stream
    with a smaller header and reactions bar and a wider chat; BARE leaves the comment box,
    likes and gifts out (decoration) so that every comment, which the lesson asks about, fits.
    The chat's words are CHAT_PT in all three (CHAT_FLOOR where even BARE cannot hold them):
    only the room around them shrinks."""

    margin: float  # the chat and the reactions bar, from the screen's sides
    avatar: float  # its side; the avatar sits at (margin - 0.05, top)
    top: float  # the header row's top (avatar)
    pill_top: float  # the LIVE and viewer pills' top
    chat_top: float  # the chat's top when there is no stream title row
    bar: float  # the reactions bar's height (0: none)
    foot: float  # from the chat's foot to the screen's foot

    @property
    def name_left(self) -> float:
        return round(self.margin - 0.05 + self.avatar + 0.15, 3)


FULL = StreamFrame(margin=0.3, avatar=0.7, top=0.2, pill_top=0.34, chat_top=1.05, bar=0.5,
                   foot=0.8)
COMPACT = StreamFrame(margin=0.15, avatar=0.5, top=0.12, pill_top=0.16, chat_top=0.72,
                      bar=0.44, foot=0.62)
BARE = StreamFrame(margin=0.15, avatar=0.5, top=0.12, pill_top=0.16, chat_top=0.72, bar=0,
                   foot=0.12)
PILLS_W = 3.0  # the LIVE badge and the viewer count, side by side
COUNT_W = 1.8  # the viewer count's pill, at least; wider where its words need it
PILL_H = 0.42
ROW2 = 0.55  # in a narrow screen the pills go on a second header row, this much lower
NAME_MIN_W = 1.4  # narrower than this beside the pills: the pills move to a second row
VIDEO_MIN = 1.0  # the least room for a video with things to spot in it (0.1 in of it a gap)
VIDEO_SOME = 0.95  # where VIDEO_WANT cannot be had: the least worth giving the chat's room for
VIDEO_WANT = 1.2  # room a video with things in it gets where the chat can give it (a gap in it)
# What the chat's spacing leaves such a video (plan_stream): its things at 0.8 in and more
# (at 0.95 in they came out 0.72 in: Kofi's cake and Baker Bea on the Brightpath template).
VIDEO_BREATHE = 1.1
TITLE_ROW = int(Inches(0.5))  # the stream title's row, under the header
VIDEO_TAGGED = 1.4  # with name tags: draw_props shows them in 1.3 in, after a 0.1 in gap
# Under this the video shows nothing (draw_stream draws its things from 0.4 in, after a
# 0.1 in gap): the chat's bubbles take that room (Kofi's five comments at 20 pt in Arial).
VIDEO_DRAWN = 0.5
VIDEO_ROOM = 1.8  # the most a room of clues asks of a small area's chat (deck_room.room_height)


@dataclass(frozen=True)
class _StreamPlan:
    frame: StreamFrame
    title_row: bool  # the stream title has a row of its own under the header
    pad: int
    gap: int
    heights: list[int]
    top: int  # chat top, EMU from the screen's top
    bottom: int  # chat foot, EMU from the screen's top
    pills_below: bool  # narrow screen: the pills on their own row under the name
    size: int = CHAT_PT  # the comments' size, pt

    @property
    def needed(self) -> int:
        return sum(self.heights) + self.gap * (len(self.heights) - 1)


def plan_stream(w: int, h: int, screen: StreamScreen, font: str,
                video: float | None = None, *, caption: bool = False) -> _StreamPlan:
    """The stream's layout (``_plan_at_floor``) at the chat's size (``_chat_plan``), its
    bubbles given room to breathe where the chat has room beside what its video needs
    (``_breathe``). ``video``: inches its video keeps before the bubbles breathe, where not
    the usual (a stream widened to give its pictures a tagged video's room)."""
    plan = _chat_plan(w, h, screen, font, caption)
    room = plan.bottom - plan.top
    if plan.needed > room or shows_clues(screen):
        return plan  # a room of clues keeps its own proportions (deck_room)
    inch = Inches(1)
    # The video keeps what it needs: room for its name tags where it names who is in it
    # (as deck_scenes.draw_props draws them), else room for its things to be seen from
    # the back (VIDEO_BREATHE), the streamer's picture from 0.8 in; the chat's spacing
    # takes only what is more (it was empty video above the pictures). Tags with 0.1 in to
    # spare, 0.05 beside a 20 pt chat: with 0.1 Zainab's was left its tightest bubbles (0.03
    # in over and under the words); at 0.05 both have room and her pictures stay over 0.8 in.
    want = 0
    if screen.cast:
        tagged = any(label and label != "on screen" for label, _ in screen.cast)
        spare = 0.05 if plan.size == CHAT_PT else 0.1
        want = int((video or (VIDEO_TAGGED + spare if tagged else VIDEO_BREATHE)) * inch)
    elif screen.picture is not None:
        want = int(0.9 * inch)
    if room - plan.needed < VIDEO_DRAWN * inch:
        want = 0  # too little for the video to show anything: the bubbles take it
    return _breathe(plan, room - min(want, room - plan.needed))


def _chat_plan(w: int, h: int, screen: StreamScreen, font: str, caption: bool = False
               ) -> _StreamPlan:
    """The layout at CHAT_PT where it keeps what CHAT_FLOOR's keeps (``_keeps``), else the
    floor's. Planned, not drawn: the floor's layout is measured only where the larger one
    is short of room."""
    plan = _plan_at_floor(w, h, screen, font, CHAT_PT, caption)
    video = int(VIDEO_MIN * Inches(1)) if shows_clues(screen) else 0
    room = plan.bottom - plan.top
    if plan.needed + video + _video_want(screen) <= room and plan.title_row:
        return plan  # every comment, the title row and all the video wants: nothing to lose
    floor = _plan_at_floor(w, h, screen, font, CHAT_FLOOR, caption)
    if _tag_room(floor) and not _tag_room(plan) and _tagged(screen):
        # Who is who before a larger chat: at 20 pt smooth-black's 4:3 stream left Zainab's
        # video too short for its "Zainab" and "Dad" tags, at the floor it has them.
        return floor
    return plan if _keeps(plan, floor, screen, video) else floor


def _tagged(screen: StreamScreen) -> bool:
    """Whether the stream's video names who is in it ("Dad", deck_scenes.draw_props)."""
    return any(label and label != "on screen" for label, _ in screen.cast)


def _tag_room(plan: _StreamPlan) -> bool:
    """Whether ``plan`` leaves its video the room its name tags need (VIDEO_TAGGED)."""
    return plan.needed + int(VIDEO_TAGGED * Inches(1)) <= plan.bottom - plan.top


def _video_want(screen: StreamScreen) -> int:
    """The room a stream's video wants for its things to be seen from the back of a room
    (VIDEO_SOME), where it has things in it; else none."""
    return int(VIDEO_SOME * Inches(1)) if screen.cast and not shows_clues(screen) else 0


def _keeps(larger: _StreamPlan, floor: _StreamPlan, screen: StreamScreen, video: int) -> bool:
    """Whether the chat at CHAT_PT keeps what the floor's plan keeps: as many comments, the
    stream's title row, a frame with its reactions bar (a smaller header is a fair price
    for words read from the back), and the room its video's things want (or the floor's,
    where that is less). A larger chat that scrolls off a comment, or shrinks Kofi's cake
    and Baker Bea to nothing, reads worse than a smaller one."""
    if _newest_that_fit(larger, screen, video) < _newest_that_fit(floor, screen, video):
        return False
    if larger.title_row < floor.title_row or (larger.frame is BARE and floor.frame is not BARE):
        return False
    spare = larger.bottom - larger.top - larger.needed - video
    floor_spare = floor.bottom - floor.top - floor.needed - video
    return spare >= min(_video_want(screen), max(0, floor_spare))


# The most a bubble's padding (above and below its words together) and the gap between two
# bubbles grow to where the chat has room: a chat, not a list of boxes. They grow only into
# what the video leaves (plan_stream): at 20 pt Ravi's stream keeps 0.087 and 0.055 in
# (tests/test_chat_rows.py says why that is its floor).
PAD_MOST = int(Inches(0.16))
GAP_MOST = int(Inches(0.08))


def _breathe(plan: _StreamPlan, room: int) -> _StreamPlan:
    """Every bubble sized to its words with one padding above and below them, and one gap
    between every two bubbles, both as roomy as ``room`` holds (up to PAD_MOST and
    GAP_MOST). A tight chat (0.03 in over and under each comment's words, 0.04 in
    between) read as uneven rows where a comment wrapped."""
    if not plan.heights:
        return plan
    words = [height - plan.pad for height in plan.heights]
    count = len(words)
    best = plan
    step = int(Inches(0.01))
    grow = step
    while plan.pad + grow <= PAD_MOST:
        pad, gap = plan.pad + grow, min(GAP_MOST, plan.gap + grow // 2)
        if sum(words) + count * pad + (count - 1) * gap > room:
            break
        best = replace(plan, pad=pad, gap=gap, heights=[w + pad for w in words])
        grow += step
    return best


def _plan_at_floor(w: int, h: int, screen: StreamScreen, font: str,
                   size: int = CHAT_PT, caption: bool = False) -> _StreamPlan:
    """The roomiest stream whose comments fit the w x h area; the tightest when none does.

    In order: FULL with the stream title row, without it, with tighter chat bubbles; then
    COMPACT and BARE with tight bubbles. lessonpack's own deck stops at the first. A stream
    whose video shows things to spot (clues) also needs room for that video; one with other
    things in its video (``cast``) takes the first layout that gives them VIDEO_WANT, where
    one does (the stream's title row and the roomy spacing go first, no comment does)."""
    inch = Inches(1)
    plan = None
    videos = [_clue_video(screen, w, font), int(VIDEO_MIN * inch)] if shows_clues(screen) \
        else [0]
    video = videos[-1]
    options = [(FULL, True, False), (FULL, False, False), (FULL, False, True),
               (COMPACT, False, True), (BARE, False, True)]
    if screen.cast and not video:
        # Things in the video (a football, the streamer): the first option that leaves them
        # room to be seen from the back of a room; without one, the first where the chat fits.
        # The reactions bar (BARE drops it) is decoration; the video's things are the scene.
        # On a trainer's template (``caption``) the stream's title ("Late-night ranked
        # games", a clue to the story) before roomy bubbles or a full-size header: a frame
        # that drops it comes only after every frame that keeps it (4:3 templates lost it on
        # every stream). lessonpack's own layout keeps its chat's size and bar first.
        titled = [(FULL, True, False), (FULL, True, True), (COMPACT, True, True),
                  *(option for option in options if not option[1])] if caption else options
        tagged = _tagged_plan(w, h, screen, font, size)
        if tagged is not None:
            return tagged
        # Planned one by one: the first that leaves the video its room ends the search.
        tried: list[_StreamPlan] = []
        for option in titled:
            plan = _plan_option(w, h, screen, font, *option, size)
            if plan.needed + int(VIDEO_WANT * inch) <= plan.bottom - plan.top:
                return plan
            tried.append(plan)
        # None gives that much: the one with the most, if its pictures can still be seen
        # (Brightpath KS2 27 chose roomy bubbles and Kofi's stream lost its game, cake and
        # Baker Bea).
        roomiest = max(tried, key=lambda p: p.bottom - p.top - p.needed)
        if roomiest.needed + int(VIDEO_SOME * inch) <= roomiest.bottom - roomiest.top:
            return roomiest
    # A room of clues asks for its own proportions first, where every comment still fits
    # (a tighter frame gives it that on a 4:3 template); else the least, as before, and
    # draw_room keeps the room's proportions in the strip that is left.
    for want in videos:
        for frame, title_row, tight in options:
            plan = _plan_option(w, h, screen, font, frame, title_row, tight, size)
            if plan.needed + want <= plan.bottom - plan.top:
                return plan
    assert plan is not None
    return plan


def _tagged_plan(w: int, h: int, screen: StreamScreen, font: str, size: int
                 ) -> _StreamPlan | None:
    """Where the video names who is in it ("Dad", deck_scenes.draw_props), the first frame
    that gives its tags their room, the stream's title (whose stream it is) kept where it
    can be, before the chat keeps roomy bubbles or a full-size header (Brightpath KS2 8
    lost "Zainab's keepy-uppy challenge!" and "Dad"). The tags before the title: who is
    who is what the slide asks about (smooth-black's 4:3 KS2 8 lost both, unreported).
    None for a video without tags, or where no frame gives them room."""
    if not _tagged(screen):
        return None
    for option in ((FULL, True, False), (FULL, True, True), (COMPACT, True, True),
                   (FULL, False, True), (COMPACT, False, True)):
        plan = _plan_option(w, h, screen, font, *option, size)
        if _tag_room(plan):
            return plan
    return None


def _plan_option(w: int, h: int, screen: StreamScreen, font: str, frame: StreamFrame,
                 title_row: bool, tight: bool, size: int = CHAT_PT) -> _StreamPlan:
    """The stream laid out one way in a w x h area (its comments may not fit)."""
    inch = Inches(1)
    pad, gap = (int(Inches(0.06)), int(Inches(0.04))) if tight else (
        int(Inches(0.14)), int(Inches(0.08)))
    chat_w = w - int(2 * frame.margin * inch)
    pills_below = (w - frame.name_left * inch - PILLS_W * inch) < NAME_MIN_W * inch
    if not pills_below:
        # A long name beside the pills (klee2's 4:3 stream: "Dev (Zainab's dad)") broke
        # onto three lines at 18 pt, over the row below: the pills go under it instead.
        beside = w - int(frame.name_left * inch) - int(0.2 * inch) \
            - _pills_width(screen, font, w, frame)
        pills_below = count_lines(screen.streamer, font, 18, beside / EMU_PT, True) > 2
    top = int(round(frame.chat_top + (ROW2 if pills_below else 0), 3) * inch)
    if title_row:  # under the header (FULL's at 1.0 in, the chat at 1.55 in)
        top += TITLE_ROW
    return _StreamPlan(frame, title_row, pad, gap,
                       _comment_heights(screen, font, chat_w, pad, size),
                       top, h - int(frame.foot * inch), pills_below, size)


def shows_clues(screen: StreamScreen) -> bool:
    """The stream's video holds things the class is asked to spot (deck_scenes.draw_props
    draws them as a room): it must keep some room, where other things in it are decoration
    that gives way to the comments."""
    return has_room(screen.cast)


def stream_shows(box: Box, screen: StreamScreen, font: str, size: int | None = None) -> int:
    """How many of the stream's comments a ``box`` this size shows (all of them when the
    stream fits, else the newest that do): a trainer's layout can be tried both ways.
    ``size``: with the chat at that size (CHAT_PT or CHAT_FLOOR) rather than the one the
    stream chooses."""
    if screen.scene != "stream":
        return len(screen.comments)
    plan = plan_stream(box[2], box[3], screen, font) if size is None \
        else _plan_at_floor(box[2], box[3], screen, font, size)
    return _newest_that_fit(plan, screen, int(VIDEO_MIN * Inches(1)) if shows_clues(screen) else 0)


def _clue_video(screen: StreamScreen, w: int, font: str) -> int:
    """The room a video of things to spot asks for: the room (deck_room) at its own
    proportions across the chat's width, VIDEO_MIN to VIDEO_ROOM in. A strip of VIDEO_MIN
    (what the comments left on a 4:3 template) showed the room as a band without Mei."""
    # Imported here: deck_room imports this module.
    from lessonpack.render.deck_room import room_height

    inch = Inches(1)
    wanted = room_height(w - int(2 * FULL.margin * inch), screen, font) + int(0.1 * inch)
    return max(int(VIDEO_MIN * inch), min(int(VIDEO_ROOM * inch), wanted))


def _newest_that_fit(plan: _StreamPlan, screen: StreamScreen, video: int) -> int:
    room = plan.bottom - plan.top - video
    shown, used = 0, -plan.gap
    for height in reversed(plan.heights):
        if used + plan.gap + height > room:
            break
        used += plan.gap + height
        shown += 1
    return shown


def draw_stream(slide: Slide, box: Box, screen: StreamScreen, brand: Brand,
                streamed: StreamsShown | None = None, video: float | None = None, *,
                caption: bool = False) -> list[str]:
    """A phone-style live stream: header, stream title, chat bubbles, likes and gifts.
    ``streamed``: the deck's record of what its streams showed (a room of clues adds its
    count, for the stream's close-ups: deck_room).

    ``caption``: a trainer's template, where the stream's title is kept before roomy bubbles
    and named in a warning where it has no room.

    Returns what did not fit (empty when all is well). In a small drawing area (a trainer's
    template) the stream-title row goes first, then the chat tightens its spacing, then the
    header and reactions bar shrink (COMPACT), then the reactions bar goes (BARE).
    """
    if screen.scene in ("call", "watch"):
        # Imported here: deck_scenes imports this module.
        from lessonpack.render import deck_scenes

        draw = deck_scenes.draw_call if screen.scene == "call" else deck_scenes.draw_watch
        return draw(slide, box, screen, brand)
    x, y, w, h = box
    font = brand.body_font
    inch = Inches(1)
    if shows_clues(screen) or screen.setting:
        # A room of clues to search, or an older class's streamer in their room: the room
        # large beside a narrow chat, where it fits.
        # Imported here: deck_room_stream imports this module.
        from lessonpack.render.deck_room_stream import draw_room_stream

        drawn = draw_room_stream(slide, box, screen, font, streamed, caption=caption)
        if drawn is not None:
            return drawn
    screen = _scroll_for_video(screen, w, h, font)
    plan = plan_stream(w, h, screen, font, video, caption=caption)
    total = len(screen.comments)
    video = int(VIDEO_MIN * inch) if shows_clues(screen) else 0
    if plan.needed + video > plan.bottom - plan.top:
        # Nothing fits: the chat shows its newest comments, as a real one scrolls, rather
        # than run over the reactions bar and off the drawing area.
        shown = _newest_that_fit(plan, screen, video)
        screen = replace(screen, comments=screen.comments[total - shown:])
        plan = replace(plan, heights=plan.heights[total - shown:])
    f = plan.frame
    group = new_group(slide, "Mock live stream", screen.alt_text)
    g = group.shapes
    device(g, MSO_SHAPE.ROUNDED_RECTANGLE, box, "Screen", radius=0.04)
    headed = draw_header(g, box, screen, font, f, plan.pills_below,
                         "" if plan.title_row else screen.stream_title)
    chat_w = w - int(2 * f.margin * inch)
    left = x + int(f.margin * inch)
    if plan.title_row:
        new_label(g, (left, y + plan.top - TITLE_ROW - int(0.05 * inch), chat_w,
                      int(0.42 * inch)),
                  [(screen.stream_title, T.BACKGROUND_1, False)], 18, font, "Stream title")
    top, bottom, needed = plan.top, plan.bottom, plan.needed
    if f is BARE:
        # The last comment clear of the frame where the chat has room to spare (at BARE's
        # 0.12 in foot it touched it in Brightpath's Kofi stream); a comment is never
        # dropped for it.
        bottom -= min(int(0.08 * inch), max(0, bottom - top - needed))
    _draw_comments(g, (left, y + top, chat_w, bottom - top), screen, font, plan.heights,
                   plan.gap, plan.size)
    free = bottom - top - needed - int(0.1 * inch)  # the video, above the chat
    misfits = _draw_video(g, screen, (left, y + top, chat_w, free), font, streamed)
    if f.bar:
        _draw_reactions(g, (left, y + h - int(round(f.foot - 0.08, 3) * inch), chat_w,
                            int(f.bar * inch)), screen, font)
    close_group(group)
    return misfits + _stream_left_out(screen, total, h,
                                      caption and not (plan.title_row or headed))


def _stream_left_out(screen: StreamScreen, total: int, height: int, untitled: bool
                     ) -> list[str]:
    """What a drawn stream left out, a line each: its title (``untitled``, on a trainer's
    template), and the oldest of its ``total`` comments where the chat scrolled."""
    left: list[str] = []
    if untitled and screen.stream_title:
        left.append(title_left_off(screen.stream_title))
    if len(screen.comments) < total:
        left_out = (f"shows only its last {len(screen.comments)} of {total} comments"
                    if screen.comments else "has no room for its comments")
        left.append(f"the live stream {left_out}: the template's drawing area is "
                    f"{height / Inches(1):.1f} in high (all of them are on the worksheet)")
    return left


def title_left_off(title: str) -> str:
    """The warning for a stream whose title (its caption: "Zainab's keepy-uppy challenge!",
    "Late-night ranked games", a clue to the story) had no row: said, never dropped
    unreported."""
    return (f'the live stream has no room for its title "{title}" above its comments in the '
            "template's drawing area: type it back or say it")


def _draw_video(g: GroupShapes, screen: StreamScreen, box: Box, font: str,
                streamed: StreamsShown | None) -> list[str]:
    """The stream's video in ``box``, above its chat: a group call's tiles, the things in
    it, or its streamer's picture; nothing where there is too little room. Returns the
    name tags it had no room for (who is who is the story's question)."""
    free = box[3]
    if screen.call and screen.cast and free >= int(0.4 * Inches(1)):
        # Imported here: call_tiles imports this module.
        from lessonpack.render.call_tiles import draw_call_tiles

        draw_call_tiles(g, screen, box, font)
    elif screen.cast and free >= int(0.4 * Inches(1)):
        # Imported here: deck_scenes imports this module.
        from lessonpack.render.deck_room_plan import ROOM_WORDS_LEFT
        from lessonpack.render.deck_scenes import draw_props

        # Too small for the room's words here (a trainer's small area, a school's footer):
        # the close-up slide after the checks shows them, so their leaving is not reported.
        return [m for m in draw_props(g, screen, _framed(g, screen, box), font,
                                      streamed=streamed) if m != ROOM_WORDS_LEFT]
    elif screen.picture is not None and free >= int(0.8 * Inches(1)):
        add_picture(g, screen.picture, _framed(g, screen, box),
                    f"Streamer: {screen.picture.name}")
    if screen.cast and not screen.call:
        # Imported here: deck_scenes imports this module.
        from lessonpack.render.deck_scenes import tags_left_off, video_tags

        tags = video_tags(screen.cast)
        return tags_left_off(tags, [""] * len(tags), max(0, free))
    return []


def _framed(g: GroupShapes, screen: StreamScreen, box: Box) -> Box:
    """Where the video's things go: inside a drawn video frame where they are a row of
    pictures (deck_video_frame); the whole box for a room, which draws its own walls."""
    # Imported here: deck_video_frame imports this module.
    from lessonpack.render.deck_video_frame import draw_video_frame

    return box if has_room(screen.cast) else draw_video_frame(g, box)


def _scroll_for_video(screen: StreamScreen, w: int, h: int, font: str) -> StreamScreen:
    """A room of clues to spot (Mei's) is the stimulus: in lessonpack's own full-size area its
    video keeps about half the screen, and the oldest comments scroll off, as in a real chat,
    down to four. Elsewhere the comments are what the class sorts, and a trainer's small area
    is left to plan_stream, which says in one line what it leaves out."""
    # Imported here: deck_room_stream imports this module.
    from lessonpack.render.deck_room_stream import scrolls_off  # it imports this module

    if not shows_clues(screen):
        return screen
    inch = Inches(1)
    pad, gap = int(Inches(0.14)), int(Inches(0.08))
    heights = _comment_heights(screen, font, w - int(2 * FULL.margin * inch), pad)
    top, bottom = int(1.55 * inch), h - int(FULL.foot * inch)
    if bottom - top <= int(3.6 * inch):
        return screen  # a trainer's small area: plan_stream decides, and says what it drops
    video = max(int(1.5 * inch), (bottom - top) * 11 // 20)
    keep = 4
    while (len(screen.comments) > keep
           and sum(heights) + gap * (len(heights) - 1) > bottom - top - video):
        gone = scrolls_off(screen.comments)
        screen = replace(screen, comments=screen.comments[:gone] + screen.comments[gone + 1:])
        heights = heights[:gone] + heights[gone + 1:]
    return screen


def _viewers(screen: StreamScreen) -> str:
    """The viewer count's words: a group call names how many are in it, not an audience."""
    return f"{_count(screen.viewers)} in the call" if screen.call \
        else f"{_count(screen.viewers)} watching"


def _count_width(screen: StreamScreen, font: str) -> int:
    """The count's pill as wide as its words need (in a font the machine lacks, the
    fallback's width: "48 watching" wrapped in a 1.8 in pill in DejaVu Sans)."""
    return max(int(COUNT_W * Inches(1)),
               pill_width(_viewers(screen), font, 18, int(PILL_H * Inches(1))))


def _pills_width(screen: StreamScreen, font: str, w: int, f: StreamFrame) -> int:
    """The LIVE badge and the count side by side (``header_pills``' widths): the name
    beside them makes room."""
    return _span(*header_pills(screen, font, w, f))


LIVE_W = 0.95  # the LIVE badge's usual width, in


def _span(live_w: int, count_w: int) -> int:
    """EMU the two pills take beside the name (the 0.2 in before the screen's edge aside):
    a 0.1 in gap before the LIVE badge and 0.15 in between them."""
    return live_w + count_w + int(0.25 * Inches(1))


def header_pills(screen: StreamScreen, font: str, w: int, f: StreamFrame) -> tuple[int, int]:
    """The LIVE badge's and the viewer count's widths (EMU): the usual ones; each only as
    wide as its words where that lets the streamer's name stand on one line at 18 pt beside
    them ("Dev (Zainab's dad)" broke onto two lines against the LIVE badge on two 4:3
    templates)."""
    inch = Inches(1)
    usual = (int(LIVE_W * inch), _count_width(screen, font))
    if _name_fits(screen, font, w - int(f.name_left * inch) - int(0.2 * inch) - _span(*usual)):
        return usual
    snug = tuple(pill_width(text, font, 18, int(PILL_H * inch))
                 for text in ("LIVE", _viewers(screen)))
    room = w - int(f.name_left * inch) - int(0.2 * inch) - _span(*snug)
    return (snug[0], snug[1]) if _name_fits(screen, font, room) else usual


def _name_fits(screen: StreamScreen, font: str, room: int) -> bool:
    """Whether the streamer's name stands on one line at 18 pt in ``room`` EMU."""
    widest = max(text_width(word, font, 18, True) for word in screen.streamer.split())
    return widest <= room / EMU_PT and \
        count_lines(screen.streamer, font, 18, room / EMU_PT, True) == 1


def draw_header(g: GroupShapes, box: Box, screen: StreamScreen, font: str, f: StreamFrame,
                 pills_below: bool, title: str = "") -> bool:
    """The streamer's avatar and name, the LIVE badge and the viewer count; with ``title``,
    the stream's title after the name on its line where the two fit on one (a stream with
    no row for its title above the chat keeps it there, as a real app's header shows it).
    Whether the title was drawn."""
    x, y, w, _h = box
    inch = Inches(1)
    side = int(f.avatar * inch)
    avatar = new_shape(g, MSO_SHAPE.OVAL, (x + int(round(f.margin - 0.05, 3) * inch),
                                           y + int(f.top * inch), side, side), T.ACCENT_1, "Avatar")
    write_runs(avatar, [(screen.streamer[:1].upper(), T.BACKGROUND_1, True)],
               24 if f.avatar >= 0.6 else 20, font, align=PP_ALIGN.CENTER)
    # A group call names how many are in it, not an audience, and is not "LIVE".
    viewers = _viewers(screen)
    live_w, count_w, name_w, name_pt = _name_line(w, screen, font, f, pills_below)
    pills_w = _span(live_w, count_w)
    name_left = int(f.name_left * inch)
    name_lines = count_lines(screen.streamer, font, name_pt, name_w / EMU_PT, True)
    name_h = max(int(round(f.avatar - 0.2, 3) * inch),
                 int(Pt(name_pt * LINE * name_lines)) + int(0.05 * inch))
    # Level with the avatar's middle (a name box taller than the avatar's inner band sat
    # below it in Brightpath's streams).
    name_y = max(y + int(0.05 * inch), y + int(f.top * inch) + (side - name_h) // 2)
    said = _header_title(screen.streamer, title, font, name_pt, name_w)
    if said:
        # The name, then the title in plain type after a gap, each a shape of its own (the
        # title is named as it is above a chat).
        new_label(g, (x + name_left, name_y, said, name_h),
                  [(screen.streamer, T.BACKGROUND_1, True)], HEADER_TITLE_PT, font,
                  "Streamer name")
        new_label(g, (x + name_left + said, name_y, name_w - said, name_h),
                  [(title, T.BACKGROUND_1, False)], HEADER_TITLE_PT, font, "Stream title")
    else:
        new_label(g, (x + name_left, name_y, name_w, name_h),
                  [(screen.streamer, T.BACKGROUND_1, True)], name_pt, font, "Streamer name")
    pill_y = y + int(round(f.pill_top + (ROW2 if pills_below else 0), 3) * inch)
    right = x + (int((f.margin + 0.1) * inch) + pills_w if pills_below else w)
    if not screen.call:
        live = name_pill(g, (right - pills_w - int(0.1 * inch), pill_y, live_w,
                         int(PILL_H * inch)), T.ACCENT_2, "LIVE", font, "LIVE badge")
        # Red in every brand, as on a real stream (a brand's accent may be pink or green).
        live.fill.fore_color.rgb = RGBColor.from_string(LIVE_RED)
    if right <= x + w:  # a screen narrower than both pills shows the LIVE badge alone
        name_pill(g, (right - int(0.2 * inch) - count_w, pill_y, count_w, int(PILL_H * inch)),
                  T.TEXT_1, viewers, font, "Viewer count", alpha=55000)
    return bool(said)


def _name_line(w: int, screen: StreamScreen, font: str, f: StreamFrame, pills_below: bool
               ) -> tuple[int, int, int, int]:
    """The header's LIVE badge's and viewer count's widths, and the streamer name's width
    and size, in a screen ``w`` wide."""
    inch = Inches(1)
    live_w, count_w = (int(LIVE_W * inch), _count_width(screen, font)) if pills_below \
        else header_pills(screen, font, w, f)
    pills_w = _span(live_w, count_w)
    # The name at 22 pt on one line; in a narrow drawing area at 18 pt, on two lines if
    # need be (the row below starts clear of a two-line name).
    name_w = w - int(f.name_left * inch) - (int(0.1 * inch) if pills_below
                                            else int(0.2 * inch) + pills_w)
    # A one-word name wider than its box counts one line but is broken inside the word
    # ("BlockyBe / n" on Google's 10 in slide): its widest word must fit too.
    widest = max(text_width(word, font, 22, True) for word in screen.streamer.split())
    name_pt = 22 if count_lines(screen.streamer, font, 22, name_w / EMU_PT, True) == 1 \
        and widest <= name_w / EMU_PT else 18
    return live_w, count_w, name_w, name_pt


def header_holds_title(w: int, screen: StreamScreen, font: str, f: StreamFrame,
                       pills_below: bool = False) -> bool:
    """Whether draw_header, in a screen ``w`` wide, sets the stream's title after the
    streamer's name."""
    _live, _count, name_w, name_pt = _name_line(w, screen, font, f, pills_below)
    return bool(_header_title(screen.streamer, screen.stream_title, font, name_pt, name_w))


# The size a stream's title is set at after the streamer's name in its header: the slides'
# floor (check's 18 pt), read from the back of a classroom.
HEADER_TITLE_PT = 18
TITLE_GAP = 0.15  # inches between the streamer's name and the stream's title after it
TITLE_SPARE = 0.05  # inches the title's line keeps to spare (the boxes have no inset)


def _header_title(name: str, title: str, font: str, name_pt: int, width: int) -> int:
    """The width (EMU) of the name's box, its gap included, when ``name`` and ``title``
    share the header's name line at HEADER_TITLE_PT (a name set smaller for a narrow area
    keeps its line to itself); 0 when there is no title or it does not fit."""
    if not title or name_pt < HEADER_TITLE_PT:
        return 0
    said = int(Pt(text_width(name, font, HEADER_TITLE_PT, True))) + int(TITLE_GAP * Inches(1))
    # The title's own box, in plain type, on one line with TITLE_SPARE to spare.
    rest = (width - said) / EMU_PT - TITLE_SPARE * 72
    fits = rest > 0 and count_lines(title, font, HEADER_TITLE_PT, rest, False) == 1
    return said if fits else 0


def pill_width(text: str, font: str, size: int, height: int) -> int:
    """EMU a pill (a rounded rectangle with round ends) needs to hold ``text`` in bold on
    one line: the words as they may be drawn (check.measure.drawn_width), a 5 % margin for
    renderers that round glyph advances up, and the round ends, which keep text 0.29 of
    their radius in from each side."""
    ends = int(height / 2 * 0.29289) + 1
    return int(drawn_width(text, font, size, True) * 1.05 * EMU_PT) + 2 * ends


def _draw_comments(g: GroupShapes, box: Box, screen: StreamScreen, font: str,
                   heights: list[int], gap: int, size: int = CHAT_PT) -> None:
    x, y, w, h = box
    top = y + max(0, h - sum(heights) - gap * (len(heights) - 1))  # chat sits at the bottom
    for i, (comment, height) in enumerate(zip(screen.comments, heights, strict=True)):
        bubble = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, height), T.BACKGROUND_1,
                           f"Comment {i + 1}", radius=bubble_radius((x, top, w, height)))
        lines = chat_lines(comment.user, comment.text, font, size, _words_width(w))
        name, worded = inline_runs(comment.user, lines)
        write_runs(bubble, [(name, T.ACCENT_1, True),
                            *((line, T.TEXT_1, False) for line in worded)], size, font,
                   inset=PAD)
        write_lines(bubble, 1, lines)
        top += height + gap


def _draw_reactions(g: GroupShapes, box: Box, screen: StreamScreen, font: str) -> None:
    x, y, w, h = box
    inch = Inches(1)
    # A call has no likes or gifts: its message box takes the bar's whole width.
    icons = () if screen.call else (
        (MSO_SHAPE.HEART, screen.likes, "likes"), (MSO_SHAPE.STAR_5_POINT, screen.gifts, "gifts"))
    prompts = ("Send a message…", "Message…") if screen.call else ("Add a comment…", "Comment…")
    # The prompt on one line: shorter in a narrow drawing area; the likes and gifts closer
    # to their counts where even that wraps (an empty grey bar reads as nothing to type in),
    # and left out only if it wraps then too.
    # Last, the prompt nearer the bar's round ends (still clear of their curve at its
    # height): "Comment…" wrapped its ellipsis in klee2's 4:3 stream at the usual inset.
    for box_w, inset in ((int(1.6 * inch), int(0.2 * inch)), (int(1.25 * inch), int(0.2 * inch)),
                         (int(1.25 * inch), int(0.14 * inch))):
        side = 2 * box_w + int(0.2 * inch) if icons else 0
        inner = (w - side - 2 * inset) / EMU_PT
        counts_fit = all(text_width(_count(c), font, 18, True) * 1.05 + 2
                         <= (box_w - int(0.55 * inch)) / EMU_PT for _k, c, _l in icons)
        prompt = next((p for p in prompts
                       # A margin for renderers that round glyph advances up (LibreOffice
                       # wrapped "Comment…" measured at 96 pt in 104 pt).
                       if count_lines(p, font, 18, inner) == 1
                       and text_width(p, font, 18) * 1.1 + 2 <= inner),
                      "") if counts_fit else ""
        if prompt:
            break
    if not prompt:
        box_w, inset = int(1.6 * inch), int(0.2 * inch)
        side = 2 * box_w + int(0.2 * inch) if icons else 0
    bar = new_shape(g, MSO_SHAPE.ROUNDED_RECTANGLE, (x, y, w - side, h),
                    T.BACKGROUND_1, "Comment box", radius=0.5)
    set_alpha(bar, 22000)
    write_runs(bar, [(prompt, T.BACKGROUND_1, False)], 18, font, inset=inset)
    for n, (shape_kind, count, label) in enumerate(icons):
        left = x + w - (2 - n) * box_w
        new_shape(g, shape_kind, (left + int(0.1 * inch), y + int(0.06 * inch), int(0.4 * inch),
                                  int(0.38 * inch)), T.ACCENT_2, f"{label.title()} icon")
        new_label(g, (left + int(0.55 * inch), y, box_w - int(0.55 * inch), h),
                  [(_count(count), T.BACKGROUND_1, True)], 18, font, f"{label.title()} count")


def draw_signposts(slide: Slide, box: Box, signposts: tuple[Signpost, ...], brand: Brand
                   ) -> list[str]:
    """One card per service: name, what it is for, how to reach it."""
    x, y, w, h = box
    inch = Inches(1)
    gap = int(0.12 * inch)
    usable = w - int(0.4 * inch) - 2 * int(0.3 * inch) - int(0.2 * inch)
    widths = (int(usable * 0.24), int(usable * 0.45), usable - int(usable * 0.24)
              - int(usable * 0.45))
    heights = []
    for s in signposts:
        text_pt = max(
            count_lines(s.name, brand.heading_font, 22, widths[0] / EMU_PT, True) * 22,
            count_lines(s.blurb, brand.body_font, 18, widths[1] / EMU_PT) * 18,
            count_lines(s.contact, brand.body_font, 18, widths[2] / EMU_PT, True) * 18,
        ) * LINE
        heights.append(max(int(0.7 * inch), int(Pt(text_pt)) + int(0.2 * inch)))
    # Close the gaps up rather than run past the region when the cards are tall.
    gap = max(0, min(gap, (h - sum(heights)) // max(1, len(heights) - 1)))
    overflow = sum(heights) + gap * (len(heights) - 1) - h
    top = y
    for i, (s, height) in enumerate(zip(signposts, heights, strict=True)):
        card = new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, (x, top, w, height),
                         T.BACKGROUND_2, f"Help card {i + 1}", radius=0.12)
        card.text_frame.text = ""
        new_shape(slide.shapes, MSO_SHAPE.RECTANGLE, (x, top, int(0.14 * inch), height), T.ACCENT_1,
                  f"Help card {i + 1} accent")
        left = x + int(0.4 * inch)
        for j, (text, colour, bold, size, fnt) in enumerate((
            (s.name, T.TEXT_2, True, 22, brand.heading_font),
            (s.blurb, T.TEXT_1, False, 18, brand.body_font),
            (s.contact, T.ACCENT_1, True, 18, brand.body_font),
        )):
            new_label(slide.shapes, (left, top, widths[j], height), [(text, colour, bold)], size,
                      fnt, f"Help card {i + 1} {('name', 'purpose', 'contact')[j]}")
            # Text boxes have no inner margin, so the last column keeps clear of the edge.
            left += widths[j] + int(0.3 * inch)
        top += height + gap
    if overflow > 0:
        return [f"the help cards run {overflow / inch:.1f} in past the template's drawing area"]
    return []
