"""An older class's or a parents' live stream draws its streamer in a room that fills the
video pane (render/deck_stream_scene.py), beside the chat column, as Mei's and Sami's rooms
of clues are: a thin strip of pictures over the chat read as a primary class's stream. A
primary class's stream keeps its row of pictures."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Inches
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.model import Scenario
from lessonpack.content.picture_library import Picture
from lessonpack.plan.scenes import setting
from lessons import scenarios_in

# (deck, slide title, what the stream is doing: a shape its room must have, comments)
STREAMS = (
    ("ks3", "Kai is live, part 1", "Sketchbook", 3),
    ("ks3", "Kai is live, part 2", "The moon", 4),
    ("ks4", "Ravi is live", "Game: pitch", 3),
    ("parents", "Table talk: Tobi", "Monitor", 4),
)


def _streams(path: Path) -> dict[str, Any]:
    """Each slide's mock live stream group, by the slide's title."""
    found = {}
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        for shape in slide.shapes:
            if shape.name == "Mock live stream" and shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                found[title] = shape
    return found


def _deck(built: Path, audience: str) -> Path:
    folder = built / f"live-streaming-{audience}"
    return next(folder.glob("*slides.pptx"))


def test_an_older_streams_video_is_its_streamer_in_a_room(built_packs: Path) -> None:
    for audience, title, thing, comments in STREAMS:
        stream = _streams(_deck(built_packs, audience))[title]
        named = {sh.name: sh for sh in stream.shapes}
        screen, wall = named["Screen"], named["Wall"]
        assert "Video frame" not in named, title  # not the primary row of pictures
        # The room fills the pane beside the chat: over half the screen's height and a
        # quarter of its area (the strip of pictures was under a fifth of its height).
        assert wall.height > screen.height * 0.6, title
        assert wall.width * wall.height > screen.width * screen.height * 0.25, title
        # The streamer at the desk: the deck's picture of them over a drawn top, inside it,
        # the face seen from the back of a room (0.8 in, as a row of pictures' are).
        face = [sh for name, sh in named.items() if name.startswith("In the video: ")
                and sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(face) == 1 and face[0].height >= Inches(0.8), title
        top = named["The streamer's top"]
        for part in (face[0], top, named[thing]):
            assert wall.left <= part.left and part.left + part.width <= wall.left + wall.width
            assert wall.top <= part.top, (title, part.name)
        assert face[0].top + face[0].height > top.top  # the head set into the top's neck
        # A teenager, not a grown man: shoulders about one and a half heads across (two
        # read as an adult's), a hood in a light shade round the neck, no dark collar
        # hugging the chin (it read as a beard), and a boy's or girl's face.
        assert top.width <= face[0].width * 1.6, title
        assert "Hood" in named and "Collar" not in named, title
        assert face[0].name.startswith("In the video: teen-"), title
        # Every comment shows: the chat is what the class is asked about.
        assert sum(name.startswith("Comment ") for name in named) == comments, title
        assert all(sh.left >= wall.left + wall.width for name, sh in named.items()
                   if name.startswith("Comment ")), title


def test_a_primary_stream_keeps_its_row_of_pictures(built_packs: Path) -> None:
    streams = _streams(_deck(built_packs, "ks2"))
    assert "Video frame" in {sh.name for sh in streams["Zainab is live"].shapes}
    assert "The streamer's top" not in {
        sh.name for group in streams.values() for sh in group.shapes}


def _scenario(**fields: Any) -> Scenario:
    base = {"character": "Tobi", "stream_title": "Late-night ranked games", "viewers": 26,
            "likes": 140, "gifts": 2, "story": "Tobi is fifteen and streams his games.",
            "comments": [{"user": "jj_plays", "text": "gg", "kind": "kind"},
                         {"user": "riley.x", "text": "how old r u?", "kind": "red-flag"},
                         {"user": "grumpygamer", "text": "lagging", "kind": "neutral"}],
            "question": "What should his mum do first?", "picture_alt": "A live stream."}
    return Scenario.model_validate({**base, **fields})


def test_what_a_stream_is_doing_is_the_contents_never_its_words() -> None:
    """The streamer's activity and the night outside are the scenario's ``activity`` and
    ``night``: a title saying "Late-night ranked games" draws a desk by day until the
    content says otherwise, and the content's word wins over the story's."""
    assert setting(_scenario(), ()) == ("desk", False)
    assert setting(_scenario(activity="gaming", night=True), ()) == ("gaming", True)
    guitar = _scenario(character="Mia_plays", name="Mia",
                       stream_title="Guitar practice! Requests open",
                       story="Mia is thirteen and plays the guitar in the kitchen.")
    assert setting(guitar, ()) == ("desk", False)
    assert setting(guitar.model_copy(update={"activity": "music"}), ()) == ("music", False)
    assert setting(guitar.model_copy(update={"activity": "drawing"}), ()) == ("drawing", False)
    # A moon the video draws says night too.
    moon = (("", Picture("moon", "The moon", "moon.png", "")),)
    assert setting(_scenario(activity="gaming"), moon) == ("gaming", True)
    # Someone else's stream (Leo watches BlockyBen): the child is not on camera in a room,
    # and a room said for it is refused at its line, not drawn nowhere.
    assert setting(_scenario(account="BlockyBen"), ()) == ("", False)
    for field, value in (("activity", "gaming"), ("night", True)):
        with pytest.raises(ValidationError, match=f"{field}: only the story's child"):
            _scenario(account="BlockyBen", **{field: value})


def test_the_older_streams_say_what_they_are_drawn_doing() -> None:
    """The content's streams say their activity (the room STREAMS checks is drawn for it)."""
    said = {sc.stream_title: (sc.activity, sc.night)
            for item in load().items.values() for sc in scenarios_in(item.item)}
    assert said["Late-night sketch chat"] == ("drawing", True)
    assert said["Ranked games and chat"] == ("gaming", False)
    assert said["Late-night ranked games"] == ("gaming", True)
    assert said["Guitar practice! Requests open"] == ("music", False)


def test_the_teenagers_faces_are_young_faces() -> None:
    """The library's teenagers are drawn from the icon set's boy and girl, never its man:
    the man's square jaw and heavy brows made sixteen-year-old Kai look about thirty, in
    a lesson about telling the young person from the adult."""
    catalogue = (Path(__file__).resolve().parents[1] / "src" / "lessonpack" / "pictures"
                 / "catalogue.yml").read_text(encoding="utf-8")
    entries = dict(re.findall(r"^(teen-[\w-]+):\n(?:  .*\n)*?  source: (\S+)", catalogue,
                              re.MULTILINE))
    assert set(entries) == {"teen-boy", "teen-boy-2", "teen-girl"}, entries
    assert all(src.startswith(("fluent-emoji-flat/boy-", "fluent-emoji-flat/girl-"))
               for src in entries.values()), entries
