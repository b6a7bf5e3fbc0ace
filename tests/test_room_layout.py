"""The room of clues a stream shows (render/deck_room*.py), measured on the real shapes of
built decks: no two words overlap, every clue's words are 18 pt or more and inside the
scene, a ring goes round a clue's words and through no other words, and the scene on the
stream slide takes at least half the slide's height, in lessonpack's own look and in a
trainer's template. Slides are found by the shapes drawn, the clues' words from content."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from lessonpack.api import load
from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
Box = tuple[int, int, int, int]


def _box(shape) -> Box:
    return (shape.left, shape.top, shape.width, shape.height)


def _overlap(a: Box, b: Box) -> bool:
    return (a[0] < b[0] + b[2] and b[0] < a[0] + a[2]
            and a[1] < b[1] + b[3] and b[1] < a[1] + a[3])


def _inside(inner: Box, outer: Box) -> bool:
    return (outer[0] <= inner[0] and outer[1] <= inner[1]
            and inner[0] + inner[2] <= outer[0] + outer[2]
            and inner[1] + inner[3] <= outer[1] + outer[3])


def _groups(deck, name: str):
    """Every (slide, group) whose group has this name: the drawings name their shapes, so
    the room is found by what is drawn, never by the lesson's words."""
    return [(slide, sh) for slide in deck.slides for sh in slide.shapes
            if sh.name == name and sh.shape_type == MSO_SHAPE_TYPE.GROUP]


def _has(group, prefix: str) -> bool:
    return any(sh.name.startswith(prefix) for sh in group.shapes)


def _stream(deck):
    """The stream slide whose video is a room of clues (its "Wall" and a clue), not a garden,
    a kitchen or an older streamer's room without clues (deck_stream_scene)."""
    return next((s, g) for s, g in _groups(deck, "Mock live stream") if _has(g, "Wall")
                and not _has(g, "The streamer's top"))


def _close_ups(deck):
    """The room's close-up slides: (plain, circled), told apart by their rings."""
    ups = _groups(deck, "Close-up of the stream")
    return (next(g for _s, g in ups if not _has(g, "Clue circled")),
            next(g for _s, g in ups if _has(g, "Clue circled")))


def _clue_words() -> set[str]:
    """The words the content writes on the room's things (its scenario's ``clues``)."""
    lesson = load().items["live-streaming-ks2"].item
    return {words for cycle in lesson.cycles
            if cycle.scenario is not None and cycle.scenario.clues
            for words in cycle.scenario.clues.values()}


def _check_room(group, slide_height: int, stream: bool) -> None:
    shapes = list(group.shapes)
    words = [sh for sh in shapes if sh.name.startswith("Clue words")]
    said = {sh.text_frame.text.replace("\n", " ") for sh in words}
    # Every clue's words, the street sign's and the badge's too, in the stream as on the
    # close-ups: the stream's question asks what a stranger could learn from the room.
    if stream:
        assert said == _clue_words(), said
    else:
        assert said >= _clue_words()
    for sh in words:
        sizes = {r.font.size for p in sh.text_frame.paragraphs for r in p.runs}
        assert min(sizes) >= Pt(18), sh.name
    texts = [sh for sh in shapes if sh.has_text_frame and sh.text_frame.text.strip()]
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            assert not _overlap(_box(a), _box(b)), (a.name, b.name)
    wall = next(sh for sh in shapes if sh.name == "Wall")
    for sh in words:
        assert _inside(_box(sh), _box(wall)), sh.name
    if stream:
        assert wall.height >= slide_height // 2, wall.height / 914400
    rings = [sh for sh in shapes if sh.name.startswith("Clue circled")]
    for ring in rings:
        inside = [sh for sh in texts if _inside(_box(sh), _box(ring))]
        assert len(inside) == 1 and inside[0].name.startswith("Clue words"), ring.name
        for sh in texts:
            if sh is not inside[0]:
                assert not _overlap(_box(sh), _box(ring)), (ring.name, sh.name)


@pytest.fixture(scope="module")
def brightpath_ks2(brightpath_at_ashgrove: Path) -> Path:
    # The session's trainer look (tests/conftest.py), built once for every test file.
    return brightpath_at_ashgrove / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"


def _decks(built_packs: Path, brightpath: Path) -> list[Path]:
    return [built_packs / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx", brightpath]


def test_the_room_of_clues_is_large_and_nothing_overlaps(built_packs: Path,
                                                          brightpath_ks2: Path) -> None:
    for path in _decks(built_packs, brightpath_ks2):
        deck = Presentation(str(path))
        height = deck.slide_height
        _slide, stream = _stream(deck)
        _check_room(stream, height, stream=True)
        plain, circled = _close_ups(deck)
        for group in (plain, circled):
            _check_room(group, height, stream=False)
        assert sum(sh.name.startswith("Clue circled") for sh in circled.shapes) == 4


def test_the_stream_keeps_its_comments_and_none_points_at_a_clue(built_packs: Path,
                                                                 brightpath_ks2: Path) -> None:
    # Pupils find the clues in the picture themselves, so no viewer's comment names one.
    for path in _decks(built_packs, brightpath_ks2):
        _slide, stream = _stream(Presentation(str(path)))
        comments = [sh.text_frame.text for sh in stream.shapes
                    if sh.name.startswith("Comment ") and sh.name != "Comment box"]
        assert len(comments) >= 3  # the stream keeps its comments
        said = " ".join(comments).lower()
        # The things drawn, and the words the content writes on them.
        for clue in ("jumper", "road", "sign", "school", "parcel", "certificate",
                     *(w.lower() for w in _clue_words())):
            assert clue not in said, clue


def test_plan_and_drawing_share_one_list_of_room_clues() -> None:
    from lessonpack.plan import scenes
    from lessonpack.render import deck_room_plan

    assert deck_room_plan.ROOM_CLUES is scenes.ROOM_CLUES


def test_on_a_4_3_template_the_stream_shows_the_whole_room_at_its_proportions(
        tmp_path: Path) -> None:
    """python-pptx's default template (4:3, MIT) leaves the stream a 5.5 in wide area beside
    the question: too narrow for the room beside the chat, so the room went above the chat
    in what the comments left, a 1 in strip, the wall stretched across it and the child left
    out. The video keeps the room's own proportions (things scaled alike both ways), the child
    at her desk, every thing on the wall."""
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(_python_pptx_default(tmp_path / "default.pptx"))]) == 0
    deck = Presentation(str(out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    assert deck.slide_width * 3 == deck.slide_height * 4
    _slide, stream = _stream(deck)
    shapes = {sh.name: sh for sh in stream.shapes}
    wall = shapes["Wall"]
    assert wall.height >= 0.3 * wall.width, (wall.width / 914400, wall.height / 914400)
    things = [sh for name, sh in shapes.items() if name.startswith("In the video: ")]
    assert {"In the video: school-top", "In the video: street-sign",
            "In the video: certificate", "In the video: parcel"} <= set(shapes)
    for sh in things:
        assert _inside(_box(sh), _box(wall)), sh.name
    comments = [sh for name, sh in shapes.items() if name.startswith("Comment ")
                and name != "Comment box"]
    assert len(comments) >= 3
    for sh in comments:
        assert not _overlap(_box(sh), _box(wall)), sh.name


def _python_pptx_default(path: Path) -> Path:
    Presentation().save(str(path))
    return path


def _jumpers(group) -> list[str]:
    """The fill of every school top drawn in the room: a rounded-top shape "In the video"."""
    from pptx.enum.dml import MSO_COLOR_TYPE, MSO_FILL_TYPE
    from pptx.enum.shapes import MSO_SHAPE

    fills = []
    for sh in group.shapes:
        if (sh.name.startswith("In the video: ") and sh.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
                and sh.auto_shape_type == MSO_SHAPE.ROUND_2_SAME_RECTANGLE):
            assert sh.fill.type == MSO_FILL_TYPE.SOLID, sh.name
            # A fixed colour, not the theme's: a theme colour is whatever the brand says.
            assert sh.fill.fore_color.type == MSO_COLOR_TYPE.RGB, sh.name
            fills.append(str(sh.fill.fore_color.rgb))
    return fills


def test_the_child_s_school_top_is_one_neutral_colour_in_every_look(
        built_packs: Path, brightpath_ks2: Path) -> None:
    """The lesson teaches that a uniform identifies a school: the fictional child's top in
    the host school's brand colour could be the class's own uniform."""
    seen: set[str] = set()
    for path in _decks(built_packs, brightpath_ks2):
        deck = Presentation(str(path))
        _slide, stream = _stream(deck)
        plain, circled = _close_ups(deck)
        for group in (stream, plain, circled):
            fills = _jumpers(group)
            assert len(fills) == 1, fills
            seen.update(fills)
    assert len(seen) == 1, seen
    grey = next(iter(seen))
    red, green, blue = (int(grey[i:i + 2], 16) for i in (0, 2, 4))
    assert max(red, green, blue) - min(red, green, blue) <= 24, grey  # a grey, no hue


def test_the_close_up_is_the_room_the_stream_showed(built_packs: Path,
                                                     brightpath_ks2: Path) -> None:
    """The close-up laid the room out anew for its wide area (the window far left, the
    parcel far right, the cat moved): pupils sent to look at both asked why the room had
    changed. The same things, where the stream had them relative to each other, larger; the
    streamer nearer the camera than the wall behind her."""
    def layout(group) -> dict[str, tuple[float, float]]:
        """Each thing's centre as a share of the things' own extent."""
        things = {sh.name: _box(sh) for sh in group.shapes
                  if sh.name.startswith("In the video: ")}
        left = min(b[0] for b in things.values())
        top = min(b[1] for b in things.values())
        wide = max(b[0] + b[2] for b in things.values()) - left
        tall = max(b[1] + b[3] for b in things.values()) - top
        return {n: ((b[0] + b[2] / 2 - left) / wide, (b[1] + b[3] / 2 - top) / tall)
                for n, b in things.items()}

    def streamer(group) -> set[str]:
        """The streamer's own shapes (her top and her picture): a close-up draws her nearer
        the camera than the wall, so she is larger there and her head rises higher."""
        return {sh.name for sh in group.shapes if sh.name == "In the video: school-top"
                or (sh.name.startswith("In the video: ")
                    and sh._element.xpath("string(.//p:cNvPr/@descr)").endswith("on screen"))}

    def share(group, names: set[str]) -> float:
        """The height the streamer takes, as a share of all the things' height."""
        things = [sh for sh in group.shapes if sh.name.startswith("In the video: ")]
        mine = [sh for sh in things if sh.name in names]
        return ((max(sh.top + sh.height for sh in mine) - min(sh.top for sh in mine))
                / (max(sh.top + sh.height for sh in things) - min(sh.top for sh in things)))

    for path in _decks(built_packs, brightpath_ks2):
        deck = Presentation(str(path))
        _slide, stream = _stream(deck)
        seen = layout(stream)
        her = streamer(stream)
        assert len(her) == 2, her
        for close in _close_ups(deck):
            near = layout(close)
            assert set(near) == set(seen), (path.name, set(near) ^ set(seen))
            for name, (x, y) in near.items():
                assert abs(x - seen[name][0]) < 0.15, (path.name, name, (x, y), seen[name])
                if name in her:  # nearer the camera: higher, never lower
                    assert y < seen[name][1] + 0.05, (path.name, name, (x, y), seen[name])
                else:
                    assert abs(y - seen[name][1]) < 0.15, (path.name, name, (x, y), seen[name])
            assert share(close, her) >= share(stream, her), path.name
            # Larger than in the stream, not smaller.
            assert close.width > stream.width * 0.9


def _sort_cards() -> list[str]:
    """The words of the KS2 "Spot the clues" cards (the sort task in the room's cycle)."""
    lesson = load().items["live-streaming-ks2"].item
    return [card.text for cycle in lesson.cycles
            if cycle.scenario is not None and cycle.scenario.clues
            and cycle.task is not None and cycle.task.sort is not None
            for card in cycle.task.sort.items]


def test_every_thing_a_clue_card_names_is_drawn_in_every_look(
        built_packs: Path, brightpath_ks2: Path) -> None:
    """"The paint palette on her desk" sent pupils to look for a palette that the default
    and trainer looks dropped (a harmless thing the stream's video had no room for): the
    story's own things are drawn in every size of room, only the spare ones may go."""
    from lessonpack.plan import pictures as pics

    cards = " ".join(_sort_cards()).lower()
    lesson = load().items["live-streaming-ks2"].item
    named = {p.picture for p in pics.words(pics.for_item(None, lesson)).props
             if p.alt.lower().removeprefix("a ") in cards}
    assert "art" in named  # the palette card's picture, found by its words
    for path in _decks(built_packs, brightpath_ks2):
        deck = Presentation(str(path))
        for group in (_stream(deck)[1], *_close_ups(deck)):
            drawn = {sh.name.removeprefix("In the video: ") for sh in group.shapes}
            assert named <= drawn, (path.name, group.name, named - drawn)


@pytest.mark.parametrize("audience", ["ks2", "ks3"])
def test_a_close_up_fills_its_panel(built_packs: Path, audience: str) -> None:
    """The close-up drew the room in the stream's square proportions, in the middle third
    of a wide panel under empty sky (0.3-0.4 of its width): it fills the panel now, its
    things spread over most of the wall and left to right as the stream had them (one row
    where that draws them larger: the window beside Sami's head, not above it)."""
    deck = Presentation(str(built_packs / f"live-streaming-{audience}"
                            / f"live-streaming-{audience}-slides.pptx"))
    _slide, stream = _stream(deck)

    def order(group) -> list[str]:
        """The things that stand alone (not the streamer, her top or a picture in a
        frame), left to right by their centres."""
        alone = {f"In the video: {n}" for n in ("street-sign", "certificate", "parcel", "art")}
        things = [sh for sh in group.shapes if sh.name in alone]
        return [sh.name for sh in sorted(things, key=lambda sh: sh.left + sh.width / 2)]

    for close in _close_ups(deck):
        wall = next(sh for sh in close.shapes if sh.name == "Wall")
        drawn = [sh for sh in close.shapes if sh.name not in ("Wall", "Desk", "Desk top")]
        left = min(sh.left for sh in drawn)
        right = max(sh.left + sh.width for sh in drawn)
        assert right - left >= 0.55 * wall.width, (audience, (right - left) / wall.width)
        top = min(sh.top for sh in drawn)
        assert wall.top + wall.height - top >= 0.75 * wall.height, audience
        assert order(close) == order(stream), audience


def test_the_window_is_drawn_as_a_window_not_a_picture(built_packs: Path,
                                                      brightpath_ks2: Path) -> None:
    """"Out of her window" sent pupils to a framed square of sky the size of the pinned
    picture beside it: the window has what no picture on the wall has, a
    glazing bar, curtains each side on a rail and a sill under it, in the stream and in
    both close-ups, and is wider than the pinned picture."""
    for path in _decks(built_packs, brightpath_ks2):
        deck = Presentation(str(path))
        for group in (_stream(deck)[1], *_close_ups(deck)):
            shapes = {sh.name: sh for sh in group.shapes}
            parts = {"Window", "Window sky", "Window curtain 1", "Window curtain 2",
                     "Curtain rail", "Window sill"}
            assert parts <= set(shapes), (path.name, group.name, parts - set(shapes))
            assert "Window transom" in shapes, (path.name, group.name)
            window, sill = shapes["Window"], shapes["Window sill"]
            assert sill.top >= window.top + window.height - Pt(1) and sill.width > window.width
            pinned = [sh for name, sh in shapes.items() if name == "Drawing paper"]
            assert pinned and all(sill.width > sh.width for sh in pinned), (path.name, group.name)


def test_the_street_sign_is_a_green_sign_not_a_white_label(built_packs: Path,
                                                          brightpath_ks2: Path) -> None:
    """"Elm Road" on a white plate with a black edge was the same label as the parcel's
    address and the streamer's badge, and read as a note on the glass (designer): a street
    sign's green plate with white words and a white edge, in the stream and the close-ups,
    its words reaching 4.5:1 on the green."""
    from lessonpack.contrast import contrast_ratio

    for path in _decks(built_packs, brightpath_ks2):
        deck = Presentation(str(path))
        for group in (_stream(deck)[1], *_close_ups(deck)):
            shapes = {sh.name: sh for sh in group.shapes}
            plate = shapes.get("Clue words: street-sign")
            if plate is None:  # drawn without its words (a stream too small to read them)
                plate = shapes["Street sign plate"]
            green = plate.fill.fore_color.rgb
            assert green[1] > green[0] and green[1] > green[2], (path.name, green)
            for run in (r for p in plate.text_frame.paragraphs for r in p.runs):
                assert contrast_ratio("FFFFFF", str(green)) >= 4.5
                assert run.font.color.theme_color is not None or \
                    str(run.font.color.rgb) == "FFFFFF", (path.name, run.text)
            edge = shapes["In the video: street-sign"]
            assert str(edge.line.color.rgb) == "FFFFFF", path.name
