"""A group video call (a story's ``video_call`` drawn in the stream's frame) is not a
public broadcast: no LIVE badge, no audience "watching", no likes or gifts. The lesson teaches
that video calls are for people you know and going live is for the public; a call drawn with
a LIVE badge and hearts blurred the two."""

from __future__ import annotations

from dataclasses import replace

from pptx import Presentation
from pptx.util import Inches

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.plan.pack import plan_pack
from lessonpack.render.deck_drawings import draw_stream


def _a_call() -> StreamScreen:
    """KS2's first stream screen as a group call would draw it (its ``call`` flag set)."""
    index, look = api.load(), prepare_look()
    item = index.items["live-streaming-ks2"].item
    screens = [s.payload for deck in plan_pack(item, index.facts, look.brand).decks
               for s in deck.slides if isinstance(s.payload, StreamScreen)]
    assert screens and not any(s.call for s in screens)  # Kofi's and Mei's stay streams
    return replace(screens[0], call=True)


def _drawn(screen: StreamScreen) -> dict[str, str]:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    draw_stream(slide, (int(Inches(0.6)), int(Inches(1.6)), int(Inches(7.9)), int(Inches(5))),
                screen, prepare_look().brand)
    return {sh.name: sh.text_frame.text if sh.has_text_frame else ""
            for group in slide.shapes for sh in group.shapes}


def test_a_call_has_no_live_badge_audience_or_reactions() -> None:
    call = _a_call()
    drawn = _drawn(call)
    assert "LIVE badge" not in drawn
    assert drawn["Viewer count"].endswith("in the call"), drawn["Viewer count"]
    assert not {"Likes icon", "Likes count", "Gifts icon", "Gifts count"} & drawn.keys()
    assert "comment" not in drawn["Comment box"].lower()
    # The same screen as a stream has them all: the call flag is what takes them away.
    stream = _drawn(replace(call, call=False))
    assert {"LIVE badge", "Likes count", "Gifts count"} <= stream.keys()
    assert stream["Viewer count"].endswith("watching")


def test_a_calls_tiles_add_up_to_its_header_count() -> None:
    """"9 in the call" over four tiles had a class asking where the other five were: a last
    tile counts everyone without a tile, so the tiles add up to the header's number."""
    from lessonpack.render.call_tiles import others_in_call

    call = replace(_a_call(), viewers=9)
    drawn = _drawn(call)
    assert drawn["Viewer count"] == "9 in the call", drawn["Viewer count"]
    tiles = 1 + len(others_in_call(call))
    assert drawn["Call tile more"] == f"+{9 - tiles}", drawn["Call tile more"]
    # Everyone has a tile: no count tile.
    assert "Call tile more" not in _drawn(replace(call, viewers=tiles))
