"""A group video call (the content's ``video_call``, Years 5–6's "Amara's video call") drawn
in the stream's frame is not a public broadcast: no LIVE badge, no audience "watching", no
likes or gifts. The lesson teaches that video calls are for people you know and going live is
for the public; a call drawn with a LIVE badge and hearts blurred the two."""

from __future__ import annotations

from dataclasses import replace

from pptx import Presentation
from pptx.util import Inches

from built_decks import whole_lesson
from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.kinds.scenario import StreamScreen
from lessonpack.plan.pack import plan_pack
from lessonpack.render.deck_drawings import draw_stream


def _amaras_call() -> StreamScreen:
    index, look = api.load(), prepare_look()
    item = whole_lesson(index.items["live-streaming-ks2"].item)  # Years 5–6's Parts
    screens = [s.payload for deck in plan_pack(item, index.facts, look.brand).decks
               for s in deck.slides if isinstance(s.payload, StreamScreen)]
    calls = [s for s in screens if s.call]
    assert calls and all(s.scene == "stream" for s in calls)  # drawn in the stream's frame
    assert any(not s.call for s in screens)  # Mei's and Kofi's streams stay streams
    return calls[0]


def _drawn(screen: StreamScreen) -> dict[str, str]:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    draw_stream(slide, (int(Inches(0.6)), int(Inches(1.6)), int(Inches(7.9)), int(Inches(5))),
                screen, prepare_look().brand)
    return {sh.name: sh.text_frame.text if sh.has_text_frame else ""
            for group in slide.shapes for sh in group.shapes}


def test_a_call_has_no_live_badge_audience_or_reactions() -> None:
    call = _amaras_call()
    drawn = _drawn(call)
    assert "LIVE badge" not in drawn
    assert drawn["Viewer count"].endswith("in the call"), drawn["Viewer count"]
    assert not {"Likes icon", "Likes count", "Gifts icon", "Gifts count"} & drawn.keys()
    assert "comment" not in drawn["Comment box"].lower()
    # The same screen as a stream has them all: the call flag is what takes them away.
    stream = _drawn(replace(call, call=False))
    assert {"LIVE badge", "Likes count", "Gifts count"} <= stream.keys()
    assert stream["Viewer count"].endswith("watching")
