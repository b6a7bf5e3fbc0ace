"""A stream whose video is a row of pictures (a primary class's: Zainab's, Kofi's) draws
the video as a lighter frame with a video camera drawn in its corner
(render/deck_video_frame.py): the pictures alone floated on the dark screen like emoji
in a chat app. Drawn from shapes, no emoji or symbol character, so every presentation
app shows the same."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE


def _inside(inner, outer) -> bool:
    return (outer.left <= inner.left and outer.top <= inner.top
            and inner.left + inner.width <= outer.left + outer.width
            and inner.top + inner.height <= outer.top + outer.height)


def _overlap(a, b) -> bool:
    return (a.left < b.left + b.width and b.left < a.left + a.width
            and a.top < b.top + b.height and b.top < a.top + a.height)


def test_a_row_of_pictures_is_a_framed_video_with_a_drawn_camera(built_packs: Path) -> None:
    framed = 0
    for audience in ("ks2", "ks3", "ks4"):
        deck = Presentation(str(built_packs / f"live-streaming-{audience}"
                                / f"live-streaming-{audience}-slides.pptx"))
        for slide in deck.slides:
            for group in slide.shapes:
                if group.name != "Mock live stream" or group.shape_type != MSO_SHAPE_TYPE.GROUP:
                    continue
                named = {sh.name: sh for sh in group.shapes}
                if "Wall" in named:
                    assert "Video frame" not in named  # a room draws its own walls
                    continue
                pictures = [sh for name, sh in named.items()
                            if name.startswith(("In the video: ", "Streamer: "))]
                if not pictures:
                    continue
                frame = named["Video frame"]
                camera = [named[n] for n in ("Video recording light", "Video camera body",
                                             "Video camera lens")]
                for part in camera:
                    assert _inside(part, frame), (audience, part.name)
                    assert not part.has_text_frame or not part.text_frame.text.strip()
                for picture in pictures:
                    assert _inside(picture, frame), (audience, picture.name)
                    assert not any(_overlap(picture, part) for part in camera), picture.name
                framed += 1
    # Zainab and Kofi: an older class's stream (Kai's, Ravi's) is a room
    # (tests/test_stream_scene.py).
    assert framed >= 2
