"""Where the mock live stream and its question go on a trainer's layout.

lessonpack's own layout has room for the stream beside its question. A trainer's title-only
layout in a short or narrow deck (Google Slides' 10 x 5.625 in, 4:3, a template with a wide
side bar) may not: the question beside the stream squeezes the chat until its 18 pt comments
wrap onto two lines each and no longer fit. There the question goes above the stream, across
the whole area, and the stream takes the full width, where the comments fit on one line.
Whichever arrangement shows more of the comments wins; side by side on a tie.
"""

from __future__ import annotations

from typing import Any

from lessonpack.check.measure import text_width
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.render.deck_drawings import (
    BARE,
    VIDEO_SOME,
    draw_stream,
    plan_stream,
    shows_clues,
    stream_shows,
)
from lessonpack.render.deck_fit import needed_height
from lessonpack.render.deck_geometry import Box
from lessonpack.render.deck_room_stream import room_fits
from lessonpack.render.deck_scenes import QUESTION_PT as PANEL_QUESTION_PT
from lessonpack.render.deck_scenes import beside_fits, tab_words
from lessonpack.render.deck_stream_widen import VIDEO, extra_width, narrow_panel
from lessonpack.render.ooxml.placeholders import placeholder

QUESTION_PT = 20  # the question's size when it runs across the top (text_box may go lower)
GAP = int(0.15 * 914400)
# A story scene's people stand at the foot of its area; on a trainer's layout that area
# ends just above the footer band (Brightpath's logo, 0.13 in below), so the scene stops
# this much higher: a clear 0.3 in between. A stream keeps the height (Mei's room of clues
# needs it for its words); its dark frame, not a character, meets the band.
SCENE_FOOT = int(0.2 * 914400)
SCENE_TALL = int(4.0 * 914400)  # under this (Google's 5.625 in slide) the faces need it all
# A stream's frame stops this much higher too (Brightpath's ran to 0.09 in above its logo,
# the other slides' content 0.27 in): only where its room of clues still shows large
# beside the chat, which on Brightpath needs every point of the area (Mei's room, KS2 16).
STREAM_FOOT = int(0.15 * 914400)


def stacked(region: Box, side: Box, question: str, font: str) -> tuple[Box, Box]:
    """(question box, stream box) for the question above a full-width stream."""
    left = min(region[0], side[0])
    right = max(region[0] + region[2], side[0] + side[2])
    top = min(region[1], side[1])
    bottom = max(region[1] + region[3], side[1] + side[3])
    width = right - left
    height_pt = needed_height([(question, False)], font, QUESTION_PT, width / EMU_PT,
                              True, 6)
    q_h = int(height_pt * EMU_PT) + int(0.05 * 914400)
    return (left, top, width, q_h), (left, top + q_h + GAP, width, bottom - top - q_h - GAP)


def place_stream(filler: Any, screen: StreamScreen) -> Box:
    """The question and the stream, side by side or (when that shows more comments) the
    question above a full-width stream. Only where the question is lessonpack's own text box
    (a template's side placeholder stays where the designer put it). Returns the box the
    stream was drawn in."""
    # Full height: the stream ends with the layout's question panel beside it.
    region = filler.region(clear=False)
    font = filler.brand.body_font
    slots = getattr(filler, "slots", {})
    resolved = getattr(filler, "resolved", None)
    if screen.scene in ("call", "watch") and resolved is not None \
            and resolved.region is not None and region[3] >= SCENE_TALL:
        region = (region[0], region[1], region[2], region[3] - SCENE_FOOT)
        filler.drawn = region
    if screen.scene == "stream" and resolved is not None and resolved.region is not None \
            and region[3] >= SCENE_TALL:
        region = _clear_foot(region, screen, font)
    side = resolved.boxes.get("side") if resolved is not None and "side" not in slots else None
    # A narrower question column where that shows the scene beside it, or more of the stream.
    wider = None
    if side is not None and screen.scene in ("call", "watch"):
        wider = _scene_wider(filler, region, side, screen)
    elif side is not None and screen.scene == "stream":
        wider = _stream_wider(filler, region, side, screen)
    if wider is not None:
        question_box, region = wider
        filler.text_box("side", question_box, [screen.question], font)
        filler.drawn = region
        filler.misfits += draw_stream(filler.slide, region, screen, filler.brand,
                                      filler.streamed, caption=_trainers(filler))
        return region
    if side is not None and screen.scene == "stream":
        beside = stream_shows(region, screen, font)
        if beside < len(screen.comments):
            question_box, below = stacked(region, side, screen.question, font)
            if below[3] > 0 and stream_shows(below, screen, font) > beside:
                filler.text_box("side", question_box, [screen.question], font)
                filler.drawn = below
                filler.misfits += draw_stream(filler.slide, below, screen, filler.brand,
                                              filler.streamed, caption=_trainers(filler))
                _read_question_first(filler.slide)
                return below
    return _beside(filler, region, screen, own=side is None)


def _trainers(filler: Any) -> bool:
    """Whether the slide is on a trainer's layout (found by its placeholders, not by our
    layout's name): there a stream keeps its title first and says where it cannot."""
    return bool(filler.resolved.how != "name")


def _beside(filler: Any, region: Box, screen: StreamScreen, own: bool) -> Box:
    """The question in its place and the stream drawn beside it; on lessonpack's own layout
    (``own``) wider, taken from the question panel, where its chat left its pictures too
    little room (deck_stream_widen). Returns the box the stream was drawn in."""
    extra = extra_width(filler.slide, region, screen, filler.brand.body_font) if own else 0
    if extra:
        region = (region[0], region[1], region[2] + extra, region[3])
        filler.drawn = region
    filler.put("side", [screen.question])
    filler.misfits += draw_stream(filler.slide, region, screen, filler.brand,
                                  filler.streamed, VIDEO if extra else None,
                                  caption=_trainers(filler))
    if extra:
        side = placeholder(filler.slide, getattr(filler, "slots", {}).get("side"))
        narrow_panel(filler.slide, extra, side)
    return region


def _clear_foot(region: Box, screen: StreamScreen, font: str) -> Box:
    """The stream's area STREAM_FOOT shorter, clear of a trainer's footer band, unless that
    costs a room of clues its large layout (the room and its words are the slide's task)."""
    cleared = (region[0], region[1], region[2], region[3] - STREAM_FOOT)
    if shows_clues(screen) and room_fits(region, screen, font) \
            and not room_fits(cleared, screen, font):
        return region
    return cleared


SIDE_PAD = int(0.2 * 914400)  # the question panel's margin (deck_scenes.question_panel)


def _scene_wider(filler: Any, region: Box, side: Box, screen: StreamScreen
                 ) -> tuple[Box, Box] | None:
    """(question box, scene box) with the question's column narrowed to what its panel's tab
    and the question at 24 pt need, where that lets a KS1 story scene in a short area stand
    the family beside the tablet (deck_scenes.beside_fits) and it could not before. None
    otherwise: the layout's own split stays (the default look, Google's 10 x 5.625 in)."""
    font = filler.brand.body_font
    if beside_fits(region, screen, font):
        return None
    width = _narrow_column(filler, side, screen)
    if width is None:
        return None
    scene = (region[0], region[1], region[2] + side[2] - width, region[3])
    if not beside_fits(scene, screen, font):
        return None
    return (side[0] + side[2] - width, side[1], width, side[3]), scene


def _stream_wider(filler: Any, region: Box, side: Box, screen: StreamScreen
                  ) -> tuple[Box, Box] | None:
    """(question box, stream box) with the question's column narrowed (as _scene_wider
    narrows it), where the layout's own split leaves the stream without its comment bar or
    its title and the wider stream keeps more of them, every comment still shown
    (Brightpath KS2 26: Kofi's chat wrapped every comment onto two lines and lost its
    "Add a comment…" bar). None otherwise: the layout's split stays.

    The column is narrowed no further than the stream needs: from a third of the area's
    width (the question's room) down to the least column, the widest that keeps what the
    least keeps of the stream's frame, comments and pictures (a comment may wrap). At the
    least column (3 in) a class's question ran seven lines of one or two words beside a
    stream that had the room to give (Brightpath KS2 8)."""
    font = filler.brand.body_font

    def kept(box: Box) -> tuple[int, int, int]:
        plan = plan_stream(box[2], box[3], screen, font)
        return int(plan.frame is not BARE) + int(plan.title_row), \
            int(stream_shows(box, screen, font) == len(screen.comments)), \
            -len(set(plan.heights))

    def beside(width: int) -> Box:
        return (region[0], region[1], region[2] + side[2] - width, region[3])

    now = kept(region)
    least = _narrow_column(filler, side, screen)
    if least is None:
        return None
    better = kept(beside(least))
    # Wider where that keeps more of the stream's parts, or (as much kept) evens its chat's
    # rows: fewer comments wrapped onto a second line.
    if better[1] < now[1] or better[0] < now[0] or better[:1] + better[2:] <= now[:1] + now[2:]:
        return None
    width = least
    step = int(0.1 * 914400)
    for wide in range(min(side[2], (side[0] + side[2] - region[0]) // 3), least, -step):
        parts = kept(beside(wide))
        if parts[0] >= better[0] and parts[1] >= better[1] and _pictures_kept(
                beside(wide), beside(least), screen, font):
            width = wide
            break
    return (side[0] + side[2] - width, side[1], width, side[3]), beside(width)


def _pictures_kept(box: Box, least: Box, screen: StreamScreen, font: str) -> bool:
    """The stream in ``box`` keeps room for its video's pictures where the one in ``least``
    does (Kofi's cake and Baker Bea went at 7.4 in, in a chat of two-line comments)."""
    def room(area: Box) -> bool:
        plan = plan_stream(area[2], area[3], screen, font)
        return plan.bottom - plan.top - plan.needed >= int(VIDEO_SOME * 914400)

    return room(box) or not room(least)


def _read_question_first(slide: Any) -> None:
    """The question above the stream is read before it, as it is seen (screen readers
    follow the shape tree; the stream's group was put right after the title)."""
    shapes = {shape.name: shape.element for shape in slide.shapes}
    question, stream = shapes.get("Side"), shapes.get("Mock live stream")
    if question is not None and stream is not None:
        stream.addprevious(question)


def _narrow_column(filler: Any, side: Box, screen: StreamScreen) -> int | None:
    """The question column's least width: its tab's words on one line, at least 3 in; None
    when that is no narrower than ``side`` or the question's words at the panel's least
    size, under its tab, no longer fit the panel's height."""
    font = filler.brand.body_font
    tab = text_width(tab_words(filler.look.name), font, 18, True) * EMU_PT
    width = max(int(3.0 * 914400), int(tab * 1.1) + 2 * SIDE_PAD)
    if width >= side[2]:
        return None
    inner = (width - 2 * SIDE_PAD) / EMU_PT
    if needed_height([(screen.question, False)], font, PANEL_QUESTION_PT[1], inner, True, 6) \
            > (side[3] - int(0.5 * 914400) - 2 * SIDE_PAD) / EMU_PT:
        return None
    return width
