"""The words under the pictures in a stream's video: where a grown-up beside the child is
tagged ("Mum"), the child streaming is named too ("Owen"), as a Year 2 scene names everyone
in it: with "Mum" alone under two faces, a class could not tell which one was Owen. The
deck is reopened: the tags are real shapes on the slide."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.cli import main
from lessonpack.content.picture_library import Picture
from lessonpack.render.deck_scenes import video_tags

ROOT = Path(__file__).resolve().parents[1]


def _picture(name: str, alt: str) -> Picture:
    return Picture(name, alt, f"/pictures/{name}.png", "0" * 40)


def test_the_child_on_screen_is_named_only_beside_a_tagged_grown_up() -> None:
    game, owen, mum = (_picture("game", "A game controller"),
                       _picture("child-boy", "Owen, on screen"), _picture("grown-up", "Mum"))
    assert video_tags([("", game), ("on screen", owen), ("Mum", mum)]) == ["", "Owen", "Mum"]
    # Nobody else tagged: no words at all (the streamer's name is the stream's own).
    assert video_tags([("", game), ("on screen", owen)]) == ["", ""]


def test_year_6_owen_is_labelled_beside_his_mum(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "-f", "pptx", "-q", "--out", str(tmp_path), "--brand",
                 str(ROOT / "examples/brands/oakfield-primary/brand.yml")]) == 0
    deck = next(tmp_path.rglob("*year-6-slides.pptx"))
    slide = next(s for s in Presentation(str(deck)).slides
                 if s.shapes.title is not None and s.shapes.title.text == "Owen is live")
    tags = []
    stack = list(slide.shapes)
    while stack:
        shape = stack.pop()
        stack.extend(getattr(shape, "shapes", ()))
        if shape.name.startswith("Clue words") and shape.has_text_frame:
            tags.append(shape.text_frame.text)
    assert sorted(tags) == ["Mum", "Owen"], tags
