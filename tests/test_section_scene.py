"""An older class's deck opens each part on a section slide beside a still of the part's
story (kinds/section/scene.py): its stream's room without the stream around it. A part
with no story of its own (KS4's parts 2 and 3) opens on the last story's room after the
stream: the chair empty, the monitor off, a phone lit on the desk; that night, then by day.
Primary decks keep their picture discs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.kinds.payloads import StreamScreen
from lessonpack.kinds.section import SectionSlide
from lessonpack.plan.deck.cycle import divider_scene


def _sections(path: Path) -> list[tuple[str, Any]]:
    """Each section slide's title and its story scene group (None where it has none)."""
    found = []
    for slide in Presentation(str(path)).slides:
        if slide.slide_layout.name != "LP Section":
            continue
        scene = next((sh for sh in slide.shapes if sh.name == "Story scene"
                      and sh.shape_type == MSO_SHAPE_TYPE.GROUP), None)
        found.append((slide.shapes.title.text_frame.text, scene))
    return found


def _deck(built: Path, audience: str) -> Path:
    return next((built / f"live-streaming-{audience}").glob("*slides.pptx"))


def _alt(group: Any) -> str:
    return str(group.element.nvGrpSpPr.cNvPr.get("descr"))


def test_each_older_part_opens_on_its_story_scene(built_packs: Path) -> None:
    ks4 = _sections(_deck(built_packs, "ks4"))
    assert [title for title, _ in ks4] == ["How it unfolds", "What to do", "Support, not blame"]
    assert all(scene is not None for _, scene in ks4)
    names = [{sh.name for sh in scene.shapes} for _, scene in ks4]
    # Part 1: Ravi at his game, by day, in a white mount; no picture disc.
    assert {"Scene mount", "Wall", "Game: pitch", "The streamer's top"} <= names[0]
    assert "The moon" not in names[0] and "Phone" not in names[0]
    assert _alt(ks4[0][1]) == "Drawing: Ravi's room, as seen on their live stream."
    # Parts 2 and 3: his room after the stream, that night and then by day.
    for n, night in ((1, True), (2, False)):
        assert {"Chair back", "Phone", "Phone screen", "Monitor switched off"} <= names[n]
        assert "The streamer's top" not in names[n] and "Game: pitch" not in names[n]
        assert ("The moon" in names[n]) is night
        assert "after the stream, the chair empty" in _alt(ks4[n][1])
    # Each scene is large: over a third of the slide's height, clear of the title's column.
    deck = Presentation(str(_deck(built_packs, "ks4")))
    for _, scene in ks4:
        assert scene.height > deck.slide_height * 0.4
        assert scene.left > deck.slide_width * 0.45
    ks3 = _sections(_deck(built_packs, "ks3"))
    assert len(ks3) == 3 and all(scene is not None for _, scene in ks3)
    # Kai by day, Kai at night, Sami's kitchen (a room of clues): each part's own story.
    assert "The moon" in {sh.name for sh in ks3[1][1].shapes}
    assert "In the video: kettle" in {sh.name for sh in ks3[2][1].shapes}


def test_primary_sections_keep_their_picture_disc(built_packs: Path) -> None:
    for title, scene in _sections(_deck(built_packs, "ks2")):
        assert scene is None, title


def _screen(scene: str = "stream", night: bool = False) -> StreamScreen:
    return StreamScreen("Ravi", "Ranked games", 1, 1, 1, (), "", "", scene=scene, night=night)


def test_a_part_without_a_story_opens_on_the_last_one_after_the_stream() -> None:
    own = divider_scene(_screen(), None)
    assert own == SectionSlide(scene=_screen())
    that_night = divider_scene(None, own)
    assert that_night == SectionSlide(scene=_screen(night=True), after_stream=True)
    next_day = divider_scene(None, that_night)
    assert next_day == SectionSlide(scene=_screen(night=False), after_stream=True)
    # A story at night of its own: the next part is that same night, after the stream.
    assert divider_scene(None, SectionSlide(scene=_screen(night=True))) == SectionSlide(
        scene=_screen(night=True), after_stream=True)
    # A call draws no room; no story yet: no scene (the part opens on its big ideas).
    assert divider_scene(_screen("call"), None) is None
    assert divider_scene(None, None) is None
