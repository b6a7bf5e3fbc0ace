"""A mock live stream's chat read from the back of the room: its comments at CHAT_PT (20 pt),
not the 18 pt floor at which they were the smallest words on the slide; the floor only
where the larger size would lose something the floor shows (a comment, the stream's title,
the video's things). Chosen stream by stream as the stream is planned: the deck is drawn
once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx.util import Inches

from built_decks import slides_file, stream_bubbles
from lessonpack.kinds.payloads import StreamComment, StreamScreen
from lessonpack.render.deck_drawings import CHAT_FLOOR, CHAT_PT, plan_stream, stream_shows

# The streams that keep the 18 pt floor, by who streams (the header's name), each for what
# 20 pt would lose: Mei's room of clues leaves its chat a narrow column, and at 20 pt
# Kofi's five long comments on Baker Bea's stream take two lines each, so the cake and
# Baker Bea in its video would go. Every other stream is at 20 pt.
AT_THE_FLOOR = {"ks2": {"Mei", "Baker Bea"}}


def _streams(deck: Path) -> list[tuple[int, str, set[float], int]]:
    """Each stream: its slide, who streams it, its comments' sizes and how many comments
    it shows."""
    found = []
    for n, group, bubbles in stream_bubbles(deck):
        streamer = next(sh.text_frame.text for sh in group.shapes if sh.name == "Streamer name")
        sizes = {r.font.size.pt for b in bubbles for p in b.text_frame.paragraphs
                 for r in p.runs if r.font.size is not None}
        found.append((n, streamer, sizes, len(bubbles)))
    return found


@pytest.mark.parametrize("audience", ["ks2", "ks3", "ks4", "parents"])
def test_every_stream_chat_is_at_the_larger_size(built_packs: Path, audience: str) -> None:
    from lessonpack.api import load

    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    streams = _streams(deck)
    assert streams
    for n, _streamer, sizes, _shown in streams:
        assert sizes in ({20.0}, {18.0}), (n, sizes)  # one size a chat
    floor = {streamer for _n, streamer, sizes, _shown in streams if sizes == {18.0}}
    assert floor == AT_THE_FLOOR.get(audience, set()), streams
    assert len(floor) < len(streams), streams  # some stream of each deck at 20 pt
    item = load().items[f"live-streaming-{audience}"].item
    written = sorted(len(c.scenario.comments) for c in getattr(item, "cycles", ())
                     if c.scenario is not None and c.scenario.comments)
    if written:  # no comment dropped for the larger words (a room's scroll to four aside)
        assert sorted(min(shown, 4) for *_rest, shown in streams) == \
            sorted(min(w, 4) for w in written), (streams, written)


def _screen(comments: int) -> StreamScreen:
    return StreamScreen("Sam", "Drawing live", 10, 5, 1,
                        tuple(StreamComment("viewer_one", "Ooh what are you drawing there now?")
                              for _ in range(comments)),
                        "What should Sam do?", "A live stream.")


def test_the_floor_only_where_the_larger_size_loses_a_comment() -> None:
    inch = int(Inches(1))
    roomy = plan_stream(8 * inch, 5 * inch, _screen(4), "Arial")
    assert roomy.size == CHAT_PT
    # A short area (a trainer's small layout) whose chat shows more of its six comments at
    # 18 pt than at 20: the floor.
    for height in (x * inch // 20 for x in range(40, 100)):
        short = plan_stream(8 * inch, height, _screen(6), "Arial")
        if short.size == CHAT_FLOOR:
            area = (0, 0, 8 * inch, height)
            assert stream_shows(area, _screen(6), "Arial") \
                > stream_shows(area, _screen(6), "Arial", size=CHAT_PT)
            break
    else:
        pytest.fail("no area where the floor keeps a comment the larger size loses")
