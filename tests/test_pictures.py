"""The picture library and pictures on slides: loaded by name, with alt text, a school's own
pictures from --content DIR/pictures/, and decks that carry them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pptx import Presentation

from built_decks import slides_file
from lessonpack.api import load
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.cli import main
from lessonpack.content.picture_library import builtin_library
from lessonpack.plan import pictures as defaults
from lessonpack.plan.quotes import typographic

ROOT = Path(__file__).resolve().parents[1]
PICTURES = ROOT / "src" / "lessonpack" / "pictures"


def _measures() -> object:
    import importlib.util

    spec = importlib.util.spec_from_file_location("deck_measures", ROOT / "tools"
                                                  / "deck_measures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_library_has_licence_notice_and_alt_text_for_every_picture() -> None:
    library = builtin_library()
    assert len(library.names()) >= 100
    assert "MIT License" in (PICTURES / "LICENSE").read_text(encoding="utf-8")
    assert "Fluent Emoji" in (PICTURES / "NOTICE").read_text(encoding="utf-8")
    files = {p.name for p in PICTURES.glob("*.png")}
    for name in library.names():
        picture = library.get(name)
        assert picture is not None and len(picture.alt) >= 5, name
        assert Path(picture.path).name in files
    # Crisp on a 1920 x 1080 projector: 512 px squares.
    from PIL import Image

    with Image.open(PICTURES / "rabbit.png") as image:
        assert image.size == (512, 512)


def test_both_hands_up_is_two_raised_hands_each_the_size_of_one() -> None:
    # "Stop! Both hands up": a child copies the picture, so it shows the single raised hand
    # ("No!") twice at its own size, upright and thumbs in (hands held up facing the
    # class), on a canvas as tall as the single hand's and wide enough for both.
    from PIL import Image

    with Image.open(PICTURES / "raised-hand.png") as one, \
            Image.open(PICTURES / "both-hands-up.png") as two:
        assert two.height == one.height == 512 and two.width >= 1.5 * two.height
        hand = one.getchannel("A").getbbox()
        pair = two.getchannel("A").getbbox()
        assert hand is not None and pair is not None
        assert (pair[1], pair[3]) == (hand[1], hand[3])
        # The left half is the emoji's hand as it is (its thumb points right, into the
        # middle), the right half its mirror image.
        half = two.width // 2
        left = two.crop((0, 0, half, 512)).getchannel("A").getbbox()
        right = two.crop((half, 0, two.width, 512)).getchannel("A").getbbox()
        assert left is not None and right is not None
        assert half - left[2] == right[0]  # the same gap each side of the middle
        assert left[2] - left[0] == hand[2] - hand[0]


def test_catalogue_read_with_libyaml_is_what_the_python_parser_reads() -> None:
    # The catalogue is read with libyaml's C loader for speed; it must give the same names,
    # files and alt text as PyYAML's own safe loader.
    import yaml

    text = (PICTURES / "catalogue.yml").read_text(encoding="utf-8")
    library = builtin_library()
    assert {name: (Path(p.path).name, p.alt) for name, p in library.pictures.items()} == {
        name: (entry["file"], entry["alt"]) for name, entry in yaml.safe_load(text).items()}


def test_every_default_picture_exists() -> None:
    # The pictures code chooses by a slide's purpose; a topic's picture words are content,
    # checked when it loads (tests/test_picture_words.py).
    names = set(builtin_library().names())
    used = set(defaults.HELPLINE_PICTURES.values()) | set(defaults.LIGHTS.values())
    used |= set(defaults.OTHER_HELP_PICTURES)
    assert used <= names, used - names


def test_unknown_picture_in_content_is_one_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    lesson = tmp_path / "lesson.yml"
    text = (ROOT / "content" / "live-streaming" / "ks2.yml").read_text(encoding="utf-8")
    text = re.sub(r"^id: .*$", "id: my-ks2", text, count=1, flags=re.M)
    text = re.sub(r"^(keywords:\n  - term: .*\n)(    picture: .*\n)?", r"\1    picture: rabbitt\n",
                  text, count=1, flags=re.M)
    assert "picture: rabbitt" in text
    lesson.write_text(text, encoding="utf-8")
    assert main(["validate", "--content", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "LP113" in x)
    assert "no picture called 'rabbitt'; did you mean rabbit" in line
    assert re.match(r".*lesson\.yml:\d+:\d+: error\[LP113\] keywords\[0\]\.picture: ", line)


def test_a_schools_own_picture_is_used_with_its_alt_text(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    content = tmp_path / "content"
    (content / "pictures").mkdir(parents=True)
    shutil.copy(PICTURES / "owl.png", content / "pictures" / "clapping.png")
    (content / "pictures" / "catalogue.yml").write_text(
        "clapping: Our school mascot, Hoot the owl, clapping\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "--content", str(content), "--out", str(out),
                 "-f", "pptx", "--quiet"]) == 0, capsys.readouterr().err
    deck = Presentation(str(out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"))
    alts = [sh._element.nvPicPr.cNvPr.get("descr") for s in deck.slides for sh in s.shapes
            if sh.shape_type == 13]
    assert "Our school mascot, Hoot the owl, clapping" in alts


def test_a_broken_picture_of_ones_own_is_refused(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    content = tmp_path / "content"
    (content / "pictures").mkdir(parents=True)
    (content / "pictures" / "logo-ish.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    (content / "pictures" / "Bad Name.png").write_bytes((PICTURES / "owl.png").read_bytes())
    assert main(["validate", "--content", str(content)]) == 1
    err = capsys.readouterr().err
    assert "logo-ish.png: error[LP113] cannot be read as an image" in err
    assert "Bad Name.png: error[LP113] picture names are lower-case" in err


@pytest.mark.parametrize("audience", ["ks1", "ks2", "ks3", "ks4"])
def test_pupil_decks_carry_pictures_with_alt_text(built_packs: Path, audience: str) -> None:
    deck = built_packs / f"live-streaming-{audience}" / slides_file(audience)
    measured = _measures().measure(deck)  # type: ignore[attr-defined]
    # Secondary decks are typographic on their word slides (kinds/look.py ``decorative``):
    # their pictures are the stories, streams and help icons, fewer than a primary deck's.
    least = {"ks1": 2 / 3, "ks2": 1 / 2}.get(audience, 2 / 5)
    assert measured["pictured_share"] >= least, measured
    assert measured["blank_share"] <= 0.15, measured
    for view in open_deck(deck, deck.name).slides:
        for item in view.items:
            if item.tag == "pic":
                alt = item.el.find("./*/{http://schemas.openxmlformats.org/presentationml/"
                                   "2006/main}cNvPr").get("descr", "")
                assert alt.strip() and not alt.endswith(".png"), (view.number, item.name)


def _texts(group: object) -> list[str]:
    # Read as words: a line break that keeps "keepy-uppy" whole is a space.
    return [sh.text_frame.text.replace("\v", " ")
            for sh in group.shapes  # type: ignore[attr-defined]
            if sh.has_text_frame and sh.text_frame.text]


def test_ks1_scenes_show_the_stories_not_a_public_stream(garden_games_ks1: Path) -> None:
    """A video call with Granny (Mum beside the child) and a show watched with Dad, drawn
    from the scenario's fields (tests/topics/garden-games, whose words the tests own): no
    LIVE badge, watcher count or comment feed; the pop-up a bright box with a picture."""
    deck = Presentation(str(garden_games_ks1))
    title = deck.slides[0]
    title_alts = {sh._element.nvPicPr.cNvPr.get("descr") for sh in title.shapes
                  if sh.shape_type == 13}
    assert {"Sam the rabbit", "Ben the owl"} <= title_alts
    # The title layout's stream window ("LIVE", "1,204 watching") is covered on KS1.
    assert [sh for sh in title.shapes if sh.name == "Cover"]
    groups = {sh.name: sh for s in deck.slides for sh in s.shapes if sh.shape_type == 6}
    assert "Mock live stream" not in groups
    call, watch = groups["Video call"], groups["Watching a show"]
    for group in (call, watch):
        names = {sh.name for sh in group.shapes}
        assert not names & {"LIVE badge", "Viewer count", "Comment box", "Likes count"}
        assert not any("watching" in t for t in _texts(group))
        assert {"Pop-up", "Pop-up picture", "Pop-up words"} <= names
    call_text = _texts(call)
    assert {"Granny", "Grandad", "Sam", "Mum", "Lovely hopping, Sam!"} <= set(call_text)
    assert "You won a prize! Tap here!" in call_text
    pictures = {sh.name for sh in call.shapes if sh.shape_type == 13}
    assert {"Picture: Granny", "Picture: Mum", "Picture: Sam", "Pop-up picture"} <= pictures
    watch_text = _texts(watch)
    assert {"Ben", "Dad", "Star Robot Show"} <= set(watch_text)
    assert any("Don’t tell your dad!" in t for t in watch_text)
    pictures = {sh.name for sh in watch.shapes if sh.shape_type == 13}
    assert {"Picture: Ben", "Picture: Dad", "Picture: the show's star"} <= pictures


def test_ks2_streams_show_what_the_story_says_is_on_screen(built_packs: Path) -> None:
    """The room's clues are drawn in its stream's video, among harmless things; a stream on
    a parent's account shows the account's name."""
    deck = Presentation(str(built_packs / "live-streaming-ks2"
                            / "live-streaming-ks2-slides.pptx"))
    streams = [sh for s in deck.slides for sh in s.shapes if sh.name == "Mock live stream"]
    seen = [{p.name for p in g.shapes if p.name.startswith("In the video")} for g in streams]
    room = next(s for s in seen if "In the video: certificate" in s)
    # The clues are drawn things carrying their words; the harmless things join them on
    # the close-up, where there is room (tests/test_room_layout.py). The streamer is the
    # second girl figure, not the first stream's, with the cat drawing a sort card asks about.
    assert {f"In the video: {n}" for n in ("school-top", "street-sign", "parcel", "girl-2",
                                           "cat")} <= room
    close = next(sh for s in deck.slides for sh in s.shapes
                 if sh.name == "Close-up of the stream")
    assert {p.name for p in close.shapes} & {"In the video: plant", "In the video: teddy-bear",
                                              "In the video: art"}
    assert all(s for s in seen), "every KS2 stream shows something in its video"
    # A scenario that names the account ("Dev (Zainab's dad)") shows it as the streamer.
    lesson = load().items["live-streaming-ks2"].item
    named = [c.scenario for c in lesson.cycles if c.scenario is not None and c.scenario.account]
    assert named
    for scenario in named:
        stream = next(g for g in streams
                      if typographic(scenario.stream_title) in _texts(g))
        assert typographic(scenario.account) in _texts(stream)
