"""What the room of clues draws (render/deck_room*.py), read back
from built decks: the cat drawing is the colour the chat praises, the street sign is seen
outside through the glass, the school's name is on a badge sewn on the jumper, the streamer
sits on a chair, and the answer slide's rings go round the clues themselves."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.api import load
from lessonpack.kinds.payloads import StreamScreen
from lessonpack.render.deck_room_plan import things

Box = tuple[int, int, int, int]


def _box(shape) -> Box:
    return (shape.left, shape.top, shape.width, shape.height)


def _inside(inner: Box, outer: Box) -> bool:
    return (outer[0] <= inner[0] and outer[1] <= inner[1]
            and inner[0] + inner[2] <= outer[0] + outer[2]
            and inner[1] + inner[3] <= outer[1] + outer[3])


def _rooms(path: Path) -> list:
    """Every group that draws the room (its "Wall" and a window): the stream's video and
    both close-ups (not an older class's section slide's still of it: test_section_scene)."""
    deck = Presentation(str(path))
    return [sh for slide in deck.slides for sh in slide.shapes
            if sh.shape_type == MSO_SHAPE_TYPE.GROUP and sh.name != "Story scene"
            and {"Wall", "Window"} <= {s.name for s in sh.shapes}]


@pytest.fixture(scope="module")
def decks(built_packs: Path, brightpath_at_ashgrove: Path) -> list[Path]:
    """KS2 (Mei's room) in lessonpack's look and in a trainer's template; KS3 (Sami's)."""
    return [built_packs / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx",
            brightpath_at_ashgrove / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx",
            built_packs / "live-streaming-ks3" / "live-streaming-ks3-slides.pptx"]


def test_every_deck_draws_its_room_three_times(decks: list[Path]) -> None:
    for path in decks:
        assert len(_rooms(path)) == 3, path.name  # the stream, the close-up, the answer


def test_the_cat_drawing_is_the_purple_cat_the_chat_praises(decks: list[Path]) -> None:
    """The chat says "Ooh, a purple cat!" and praises its whiskers: the pinned drawing is a
    purple cat with whiskers, drawn, not an orange emoji, and its alt text says so."""
    lesson = load().items["live-streaming-ks2"].item
    said = " ".join(c.text for cycle in lesson.cycles if cycle.scenario is not None
                    for c in cycle.scenario.comments).lower()
    assert "purple cat" in said and "whiskers" in said
    drawn = 0
    for path in decks[:2]:
        for room in _rooms(path):
            shapes = {sh.name: sh for sh in room.shapes}
            cat = shapes["In the video: cat"]
            assert cat.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE, path.name
            r, g, b = cat.fill.fore_color.rgb
            assert r > g + 40 and b > g + 40, (path.name, str(cat.fill.fore_color.rgb))
            assert sum(n.startswith("Cat drawing whisker") for n in shapes) == 6
            assert "purple cat" in cat._element.nvSpPr.cNvPr.get("descr")
            drawn += 1
    assert drawn == 6


def test_the_answer_slide_rings_the_clues_not_their_words(decks: list[Path]) -> None:
    """Each ring goes round a whole clue (the window, the certificate's frame, the parcel,
    the badge), so pupils see what gives the child away, not a word to find."""
    for path in decks:
        circled = [r for r in _rooms(path) if any(s.name.startswith("Clue circled")
                                                  for s in r.shapes)]
        assert len(circled) == 1, path.name
        shapes = list(circled[0].shapes)
        rings = [_box(s) for s in shapes if s.name.startswith("Clue circled")]
        clues = [s for s in shapes if s.name in ("Window", "In the video: certificate",
                                                 "In the video: parcel", "School badge")]
        assert len(rings) == len(clues) >= 2, path.name
        for clue in clues:
            assert any(_inside(_box(clue), ring) for ring in rings), (path.name, clue.name)


def test_the_street_sign_stands_outside_behind_the_glass(decks: list[Path]) -> None:
    """The sign is seen through the window: inside the pane, on posts behind a garden wall,
    its far end under the frame (drawn over it), and on a close-up smaller than the words
    on the things in the room."""
    for path in decks:
        for room in _rooms(path):
            shapes = list(room.shapes)
            named = {s.name: s for s in shapes}
            pane = _box(named["Window sky"])
            words = named.get("Clue words: street-sign")
            if words is None:
                continue  # a room too small for its words (tests/test_room_layout.py)
            assert _inside(_box(words), pane), path.name
            wall = named["Garden wall"]
            assert _inside(_box(wall), pane) and wall.top > words.top + words.height
            post = named["Sign post 1"]
            assert post.top + post.height > wall.top  # its foot behind the wall
            plate, side = named["Street sign plate"], named["Window frame side"]
            assert plate.left + plate.width > side.left, path.name
            assert shapes.index(side) > shapes.index(plate), path.name
            others = [named[n] for n in ("Clue words: certificate", "Clue words: parcel")
                      if n in named]
            sizes = [r.font.size for s in others for p in s.text_frame.paragraphs
                     for r in p.runs]
            sign = [r.font.size for p in words.text_frame.paragraphs for r in p.runs]
            if sign and sizes and min(sizes).pt > 24:
                assert max(sign) < min(sizes), path.name


def test_the_school_s_name_is_on_a_badge_on_the_jumper(decks: list[Path]) -> None:
    """The school's name is sewn on a coloured shield on the chest, not a white tag."""
    for path in decks:
        for room in _rooms(path):
            named = {s.name: s for s in room.shapes}
            if "Clue words: school-top" not in named:
                continue  # a room too small for its words
            badge, words = named["School badge"], named["Clue words: school-top"]
            jumper = named["In the video: school-top"]
            assert _inside(_box(words), _box(badge)), path.name
            assert jumper.left < badge.left and badge.left + badge.width < \
                jumper.left + jumper.width, path.name
            assert str(badge.fill.fore_color.rgb) != "FFFFFF"
            assert str(words.fill.fore_color.rgb) == str(badge.fill.fore_color.rgb)


def test_the_streamer_sits_on_a_chair_in_a_room(decks: list[Path]) -> None:
    """A chair's back shows round the streamer's shoulders, behind her, and the room has
    side walls: she no longer floats on a grey block against a flat panel."""
    for path in decks:
        for room in _rooms(path):
            shapes = list(room.shapes)
            named = {s.name: s for s in shapes}
            chair, jumper = named["Chair back"], named["In the video: school-top"]
            assert shapes.index(chair) < shapes.index(jumper), path.name
            assert chair.left < jumper.left and \
                chair.left + chair.width > jumper.left + jumper.width
            assert chair.top < jumper.top
            assert {"Side wall 1", "Side wall 2", "Ceiling"} <= set(named), path.name


def test_a_hoodie_is_drawn_with_its_hood_and_a_jumper_without(decks: list[Path]) -> None:
    """Sami's stream is described as his school hoodie: his top has a hood; Mei's school
    jumper has none."""
    for path in decks:
        hooded = "ks3" in path.name
        for room in _rooms(path):
            assert ("Hood" in {s.name for s in room.shapes}) is hooded, path.name


def test_the_hood_follows_the_storys_school_top_not_its_alt_text() -> None:
    """The picture is decided by the scene's data (``school_top: hoodie`` gives
    ``StreamScreen.hood``), so rewording the alt text cannot add or lose a hood."""
    told = StreamScreen("Sam", "Drawing live", 10, 5, 1, (), "What should Sam do?",
                        "Sam in his school hoodie.")
    assert things(told, "Arial")[1].hood is False
    assert things(replace(told, alt_text="Sam at his desk.", hood=True), "Arial")[1].hood


def _is_close_up(room) -> bool:
    return room.name == "Close-up of the stream"


def test_the_badge_is_readable_and_stays_on_the_jumper(decks: list[Path]) -> None:
    """The school's name is on the badge at 18 pt in the stream too: the stream slide asks
    what a stranger could learn from the room (Oakfield Year 6's Lola), and a blank shield
    was readable only on the close-up. The shield stays on the jumper, inside its edges; on
    a close-up, where the streamer sits nearer the camera, it is a badge's size (a shield
    wider than her head covered her whole chest)."""
    for path in decks:
        for room in _rooms(path):
            named = {s.name: s for s in room.shapes}
            badge, jumper = named["School badge"], named["In the video: school-top"]
            share = badge.width / jumper.width
            if "Clue words: school-top" not in named:
                # A room too small for its words at 18 pt (a trainer's smaller area): a
                # small shield, at a logo's size.
                assert not _is_close_up(room) and share <= 0.3, (path.name, share)
            else:
                assert share <= (0.45 if _is_close_up(room) else 0.8), (path.name, share)
            assert jumper.left < badge.left and badge.left + badge.width < \
                jumper.left + jumper.width, path.name


def test_the_street_sign_stands_outside_the_pane_it_is_seen_through(decks: list[Path]
                                                                    ) -> None:
    """At 18 pt across the whole lower pane the sign read as a caption on the glass: the
    window has sky beside its sign (deck_room_plan.SKY_BESIDE), the plate running on behind
    the frame, and on a close-up it is under two thirds of the pane."""
    for path in decks:
        for room in _rooms(path):
            named = {s.name: s for s in room.shapes}
            pane, plate = named["Window sky"], named["Clue words: street-sign"
                                                      if _is_close_up(room)
                                                      else "Street sign plate"]
            share = plate.width / pane.width
            if _is_close_up(room):
                assert share <= 0.67, (path.name, room.name, share)
            else:  # sky beside it: a strip a class sees from the back
                assert plate.left - pane.left >= 0.04 * pane.width, (path.name, share)


def test_a_kitchen_story_is_drawn_in_a_kitchen(decks: list[Path]) -> None:
    """Sami's stream is "Sketching in the kitchen" (the story's ``room``), and it showed a
    bedroom desk: his room has wall tiles, a worktop and a kettle on it; Mei's
    bedroom has none of them."""
    lessons = load().items
    kitchen = {key: any(c.scenario is not None and c.scenario.room == "kitchen"
                        for c in lessons[key].item.cycles)
               for key in ("live-streaming-ks2", "live-streaming-ks3")}
    assert kitchen == {"live-streaming-ks2": False, "live-streaming-ks3": True}
    for path in decks:
        in_kitchen = kitchen[path.parent.name]
        for room in _rooms(path):
            named = {s.name for s in room.shapes}
            kitchen_things = {"Kitchen tiles", "In the video: kettle"}
            assert (kitchen_things <= named) is in_kitchen, (path.name, room.name)
            assert bool(kitchen_things & named) is in_kitchen, (path.name, room.name)
            if _is_close_up(room):  # its description says where it is, as drawn
                alt = room._element.xpath("string(.//p:cNvPr/@descr)")
                assert ("’s kitchen in the stream" in alt) is in_kitchen, alt


def test_the_certificate_is_drawn_as_a_certificate(decks: list[Path]) -> None:
    """The story, the worksheet and the exit quiz name a certificate: it has a heading rule,
    lines of print and a gold seal with ribbons, and no gold star (which read as a star
    chart); the child's name is on it in every drawing of the room."""
    for path in decks:
        for room in _rooms(path):
            named = {s.name: s for s in room.shapes}
            if "In the video: certificate" not in named:
                continue  # Sami's kitchen has none
            frame = named["In the video: certificate"]
            assert "Certificate star" not in named, path.name
            for part in ("Certificate heading", "Certificate seal", "Certificate ribbon 1",
                         "Certificate print 1", "Clue words: certificate"):
                assert _inside(_box(named[part]), _box(frame)), (path.name, part)
            assert named["Clue words: certificate"].text_frame.text == "Mei Chen"
