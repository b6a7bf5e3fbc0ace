"""A close-up of the room of clues shows the room its stream showed, grown to fill the slide.

The stream slide is drawn first and records, in the deck's render state, how many harmless
things its room took; the close-up arranges the same things in the stream's video
proportions, then grows them to the slide's height over a wider wall, the streamer drawn
nearer the camera and the window widened where the words still reach 18 pt. Planning the
room itself is render/deck_room_plan.py's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_room_plan import (
    BASE_PT,
    IN,
    RING,
    SPARE_THINGS,
    Plan,
    Thing,
    emu,
    fit_scale,
    plan,
    positions,
    room_plan,
)

if TYPE_CHECKING:
    from lessonpack.kinds.base import StreamsShown
    from lessonpack.kinds.payloads import StreamScreen

# A close-up's words may grow further: the room alone fills the slide, and its clues are
# what the class searches (at 28 pt the room sat small in the middle of a wide panel).
CLOSE_UP_MAX_PT = 40

# The stream's video is about as wide as it is tall (4.5 x 4.1 in on our layouts, 4.2 x 4.05
# on a trainer's): a close-up arranges the room's things as in these proportions (the same
# rows, the same order, the harmless things the stream's video had room for, no more), so
# it shows the room the stream showed.
STREAM_VIDEO_ASPECT = 1.1
STREAM_VIDEO_H = int(4.1 * IN)
# Then it grows them to fill the slide's height, spread over a wall up to this much wider
# than tall, more of the same wall and desk either side: in the stream's own proportions
# the room took the middle third of a wide panel, small, under empty sky.
CLOSE_UP_ASPECT = 1.9


# How many harmless things the stream's video of a scene took, by scene and font: the
# stream slide is drawn before its close-ups, which show the same (a palette on the
# close-up's desk that the stream did not show made it another room). The count is the
# stream's room plan's (``_harmless``), passed on in the deck's render state
# (kinds.base.StreamsShown, one per deck rendered: nothing is kept between decks, so
# another build's template or size cannot change this deck's close-ups). Where this deck
# did not draw the stream (a kept slide), estimated from the usual video's size.


def _scene_key(screen: StreamScreen, font: str) -> tuple[str, tuple[str, ...], str]:
    return (screen.streamer, tuple(p.name for _label, p in screen.cast), font)


def _harmless(p: Plan) -> int:
    return sum(t.name in SPARE_THINGS for t in p.rows[-1])


def remember(streamed: StreamsShown | None, screen: StreamScreen, font: str, p: Plan
             ) -> None:
    """A stream's room plan's count of harmless things, in the deck's record (none kept
    for a drawing on its own)."""
    if streamed is not None:
        streamed[_scene_key(screen, font)] = _harmless(p)


def _as_streamed(box: Box, screen: StreamScreen, font: str, streamed: StreamsShown | None
                 ) -> tuple[Box, int]:
    """A close-up's room: the middle of ``box`` in the stream's video proportions (where
    the box is wider), and how many harmless things the deck's stream showed."""
    x, y, w, h = box
    seen = min(w, int(h * STREAM_VIDEO_ASPECT))
    harmless = (streamed or {}).get(_scene_key(screen, font))
    if harmless is None:
        usual = plan(int(STREAM_VIDEO_H * STREAM_VIDEO_ASPECT), STREAM_VIDEO_H, screen, font)
        harmless = _harmless(usual) if usual else 0
    return (x + (w - seen) // 2, y, seen, h), harmless


def arranged(screen: StreamScreen, box: Box, font: str, as_streamed: bool,
             streamed: StreamsShown | None) -> tuple[Plan, Box, list[str]]:
    """The room's plan, the box it is placed in and what did not fit, placing nothing: a
    stream's room as planned in ``box``; a close-up's as the stream showed it, grown to
    fill the area (``_close_up``) where its words fit."""
    room, harmless = _as_streamed(box, screen, font, streamed) if as_streamed else (box, None)
    p, misfits = room_plan(room[2], room[3], screen, font, harmless)
    if as_streamed and misfits:
        p, room, misfits = _wider_for_words(screen, box, room, font, harmless, (p, misfits))
    if as_streamed and misfits:
        return p, room, [CluesLeftOut(
            "the clue words in the close-up of the room do not fit its area at 18 pt and were "
            "left out: pupils searching this slide find no clues; give the template's "
            "layout a taller body area")]
    if as_streamed:
        p, room = _close_up(p, box, room)
    return p, room, misfits


class CluesLeftOut(str):
    """A close-up drawn without its clues' words: the activity it is for cannot be done
    from the slide. Not a TextMisfit, so a trainer's template's remeasuring (which cannot
    see inside the drawing's group) does not drop it: the build always warns it."""


# How much wider, each try, a close-up's room is planned than the stream's video
# proportions when its words do not fit those (a short area on a scaled-up template).
WIDEN_STEP = 0.1


def _wider_for_words(screen: StreamScreen, box: Box, room: Box, font: str,
                     harmless: int | None, found: tuple[Plan, list[str]]
                     ) -> tuple[Plan, Box, list[str]]:
    """A close-up's room planned wider than the stream's video, step by step up to the
    whole area, until its clues' words fit at 18 pt: the close-up is the slide pupils search
    for the words, so a short area (a template scaled up, its body cut back) must not
    give a room without them. ``found``, the plan in ``room`` and its misfits, where even
    the whole area is too small (said in the misfit)."""
    x, y, w, h = box
    aspect = room[2] / h + WIDEN_STEP
    while aspect * h < w + h * WIDEN_STEP:
        wide = min(w, int(h * aspect))
        trial = (x + (w - wide) // 2, y, wide, h)
        p, misfits = room_plan(wide, h, screen, font, harmless)
        if not misfits:
            return p, trial, misfits
        aspect += WIDEN_STEP
    return found[0], room, found[1]


def _close_up(p: Plan, box: Box, streamed_room: Box) -> tuple[Plan, Box]:
    """The close-up's room and where it goes: ``p`` (arranged as the stream's, in
    ``streamed_room``) grown to fill ``box``'s height (to CLOSE_UP_MAX_PT words), in the
    middle of it, up to CLOSE_UP_ASPECT wide. Where the things in one row, left to right as
    the stream had them (the wall's beside the streamer's head), grow a fifth larger than in
    the stream's rows, one row: a window above a streamer's head kept a wide close-up to a
    strip. ``p`` is left as it was; nothing is placed."""
    x, y, w, h = box
    wide = min(w, int(h * CLOSE_UP_ASPECT))
    most = CLOSE_UP_MAX_PT / BASE_PT
    room = (x + (w - wide) // 2, y, wide, h)
    rows, scale = p.rows, min(fit_scale(p.rows, wide / IN, h / IN), most)
    options = [_nearer(rows, scale, room, p.desk)]
    if len(p.rows) > 1:
        row = [t for t, at in sorted(positions(p, streamed_room),
                                     key=lambda found: found[1][0] + found[1][2] / 2)]
        one = min(fit_scale([row], wide / IN, h / IN), most)
        if one >= ONE_ROW_GAIN * scale:
            options.append(_nearer([row], one, room, p.desk))
    # The arrangement that draws the streamer largest, her badge a badge on her top (the
    # stream's own rows where alike).
    rows, scale = max(options, key=lambda found: _streamer_size(*found))
    grown = Plan(scale, rows, p.desk, most_pt=CLOSE_UP_MAX_PT, close=True)
    return grown, room


def _streamer_size(rows: list[list[Thing]], scale: float) -> float:
    """How large the streamer of ``rows`` is drawn at ``scale``: her nearness times it."""
    return scale * max((t.near for row in rows for t in row if _is(t, "figure")), default=1.0)


# How much larger a close-up draws the streamer than the room behind her, at most: she sits
# nearer the camera than the wall, so her school badge, its words at 18 pt, is a badge on a
# jumper (about a third of its width), not a label across her chest.
NEAR_MOST = 1.8
# The share of the streamer's head (1 in at scale 1) that may rise into the row above, clear
# of the things hanging there: above the chair's back (drawn from 0.6 of the head down).
HEAD_RISE = 0.6

# The window's widest in a close-up, beside its least (the sign's plate and a margin): the
# street sign is seen small, outside, in the lower pane, not across the whole pane.
WINDOW_WIDE = 1.45


def _nearer(rows: list[list[Thing]], scale: float, room: Box, desk: float
            ) -> tuple[list[list[Thing]], float]:
    """``rows`` with the streamer grown nearer the camera (her head rising between the
    things on the wall where it is clear of them) and the window widened, each as far as
    the words still reach 18 pt and the scene keeps most of its size; the scale."""
    least = max(1.0, scale * 0.85)
    most_scale = CLOSE_UP_MAX_PT / BASE_PT
    # The window first: a sign across its whole pane read as a caption on the glass.
    for grow, name, most in ((_wider, "street-sign", WINDOW_WIDE), (_near, "figure", NEAR_MOST)):
        for step in range(10, 0, -1):
            k = 1.0 + (most - 1.0) * step / 10
            trial = [[grow(t, k, len(rows) > 1) if _is(t, name) else t for t in row]
                     for row in rows]
            got = min(fit_scale(trial, room[2] / IN, room[3] / IN), most_scale)
            if got >= least and _head_clear(Plan(got, trial, desk), room):
                rows, scale = trial, got
                break
    return rows, scale


def _head_clear(p: Plan, room: Box) -> bool:
    """Whether a streamer whose head rises into the row above keeps it (and the chair round
    her shoulders) clear of everything hanging there, by a ring's margin and more."""
    found = positions(p, room)
    figure = next(((t, b) for t, b in found if _is(t, "figure")), None)
    if figure is None or figure[0].rise == 0:
        return True
    thing, (x, y, w, _h) = figure
    head = emu(thing.near * p.scale)
    side = emu(0.12 * thing.near * p.scale) + emu(2 * RING * p.scale)
    chair_top = y + int(head * 0.6)
    head_box = (x + (w - head) // 2 - side, y - side, head + 2 * side, chair_top - y)
    chair = (x - side, chair_top, w + 2 * side, emu(thing.rise * p.scale))
    return not any(_overlaps(b, part) for t, b in found if not t.on_desk and t is not thing
                   for part in (head_box, chair))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _is(thing: Thing, name: str) -> bool:
    return thing.name in ("school-top", "person") if name == "figure" else thing.name == name


def _near(thing: Thing, k: float, rises: bool) -> Thing:
    """The streamer ``k`` times nearer; with ``rises`` (a row above hers), her head may rise
    into it."""
    return replace(thing, w=thing.w * k, h=thing.h * k, near=k,
                   rise=HEAD_RISE * k if rises else 0.0)


def _wider(thing: Thing, k: float, _rises: bool) -> Thing:
    return replace(thing, w=thing.w * k)


# How much larger one row must draw a close-up's things than the stream's rows to be taken.
ONE_ROW_GAIN = 1.2

