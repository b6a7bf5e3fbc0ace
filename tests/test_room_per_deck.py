"""What a stream showed of its room (the harmless things on its desk, from the stream's room
plan) is the deck's render state, handed to the stream's close-ups: nothing is kept in the
process, so another deck's stream (another template, another size) cannot change this deck's
close-ups, and two builds in two threads cannot see each other's (tests/test_threads.py
builds eight at once and compares the bytes with serial builds)."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.kinds.base import StreamsShown
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.plan.pack import plan_pack
from lessonpack.plan.scenes import has_room
from lessonpack.render.deck_drawings import draw_stream
from lessonpack.render.deck_room_plan import SPARE_THINGS
from lessonpack.render.deck_scenes import draw_props


def _room_stream() -> StreamScreen:
    index, look = api.load(), prepare_look()
    plan = plan_pack(index.items["live-streaming-ks2"].item, index.facts, look.brand)
    return next(s.payload for s in plan.decks[0].slides
                if isinstance(s.payload, StreamScreen) and has_room(s.payload.cast))


def _spares_in_close_up(screen: StreamScreen, streamed: StreamsShown) -> int:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    # Large enough for the room to take both spare things where it is let (a close-up
    # keeps the stream's video proportions in the middle of the area).
    box = (0, 0, int(Inches(11)), int(Inches(9.5)))
    draw_props(slide.shapes, screen, box, "Arial", as_streamed=True, streamed=streamed)
    return sum(sh.name.removeprefix("In the video: ") in SPARE_THINGS for sh in slide.shapes)


def test_a_stream_puts_what_its_room_showed_in_the_state_it_is_given() -> None:
    screen = _room_stream()
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    streamed: StreamsShown = {}
    draw_stream(slide, (int(Inches(0.5)), int(Inches(1.5)), int(Inches(12)), int(Inches(5.5))),
                screen, prepare_look().brand, streamed)
    assert len(streamed) == 1
    (count,) = streamed.values()
    drawn = sum(sh.name.removeprefix("In the video: ") in SPARE_THINGS
                for group in slide.shapes for sh in group.shapes)
    assert count == drawn


def test_a_close_up_shows_what_its_decks_stream_showed_and_nothing_else() -> None:
    screen = _room_stream()
    key = next(iter(_drawn_key(screen)))
    spare = sum(p.name in SPARE_THINGS for _label, p in screen.cast)
    assert spare >= 2  # the test reads real content: Mei's plant and teddy
    assert _spares_in_close_up(screen, {key: 0}) == 0
    assert _spares_in_close_up(screen, {key: spare}) == spare
    # Another deck's record (here: none) leaves this one's close-up as it was.
    assert _spares_in_close_up(screen, {}) == _spares_in_close_up(screen, {})


def _drawn_key(screen: StreamScreen) -> StreamsShown:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    streamed: StreamsShown = {}
    draw_stream(slide, (int(Inches(0.5)), int(Inches(1.5)), int(Inches(12)), int(Inches(5.5))),
                screen, prepare_look().brand, streamed)
    return streamed


def test_measuring_where_things_go_places_nothing() -> None:
    """The room is placed once, by draw_room: asking where its things would stand (as a
    close-up does, to keep the stream's left-to-right order) leaves the plan as it was."""
    from lessonpack.render.deck_room_plan import place, plan, positions

    room = plan(int(Inches(11)), int(Inches(9.5)), _room_stream(), "Arial")
    assert room is not None and not room.things
    box = (0, 0, int(Inches(11)), int(Inches(9.5)))
    found = positions(room, box)
    assert not room.things and all(t.box == (0, 0, 0, 0) for t, _at in found)
    assert [t for t, _at in found] == [t for row in room.rows for t in row]
    place(room, box)
    assert [(t, t.box) for t in room.things] == found
