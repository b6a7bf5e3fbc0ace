"""A school's own words for the places a story names (``place_names``): where Elm Road or
Hillside Primary is a real road or school near the pupils, the file says another name once
and the lesson says it everywhere, the words drawn on the stream pictures' clues too."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.cli import main
from lessonpack.content.brand import Brand
from lessonpack.plan.place_names import renamed

NAMES = {"Hillside Primary": "Brookfield Primary", "Elm Road": "Larch Close"}


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    fields = getattr(type(value), "model_fields", {})
    return [t for name in fields for t in _texts(getattr(value, name))]


def test_every_text_of_the_lesson_says_the_schools_names() -> None:
    ks2 = load().items["live-streaming-ks2"].item
    before = " ".join(_texts(ks2))
    assert "Hillside Primary" in before and "Elm Road" in before
    after = renamed(ks2, NAMES)
    said = " ".join(_texts(after))
    assert "Hillside Primary" not in said and "Elm Road" not in said
    assert "Brookfield Primary" in said and "4 Larch Close" in said
    (scene,) = [c.scenario for c in after.cycles if c.scenario and c.scenario.clues]
    assert scene.clues["street-sign"] == "Larch Close"
    # A whole name at a time ("Elm" is not the start of "Elmwood"); nothing asked, nothing
    # changed (the same object).
    school = Brand(org_name="Elmwood School", address="2 Elm Road")
    moved = renamed(school, {"Elm": "Oak"})
    assert moved.org_name == "Elmwood School" and moved.address == "2 Oak Road"
    assert renamed(school, {"Elm Road": "Mill Lane"}).address == "2 Mill Lane"
    assert renamed(ks2, {}) is ks2


def test_a_place_name_too_long_for_a_clue_is_refused() -> None:
    with pytest.raises(ValidationError, match="place_names"):
        Brand(place_names={"Elm Road": "A very long road name for a street sign"})
    with pytest.raises(ValidationError, match="place_names"):
        Brand(place_names={"Elm Road": ""})


def test_the_stream_pictures_draw_the_new_words(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    brand = tmp_path / "brand.yml"
    brand.write_text("org_name: Elm Primary School\nplace_names:\n"
                     "  Hillside Primary: Ashby Primary\n  Elm Road: Mill Lane\n",
                     encoding="utf-8")
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--brand", str(brand),
                 "--out", str(tmp_path / "out")]) == 0
    # Names no wider than the story's: the room and its chat still fit (a wider one is
    # warned of, LP131, naming the slide).
    assert "LP131" not in "".join(capsys.readouterr())
    deck = Presentation(str(next((tmp_path / "out").rglob("*-slides.pptx"))))

    def words(shapes: object) -> list[str]:
        out: list[str] = []
        for sh in shapes:  # type: ignore[attr-defined]
            if sh.shape_type == 6:
                out += words(sh.shapes)
            elif sh.has_text_frame and sh.name.startswith("Clue words"):
                out.append(sh.text_frame.text.replace("\n", " "))
        return out
    clues = [w for s in deck.slides for w in words(s.shapes)]
    assert "Mill Lane" in clues and "Ashby Primary" in clues and "4 Mill Lane" in clues
    everything = " ".join(
        [sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.has_text_frame]
        + [s.notes_slide.notes_text_frame.text for s in deck.slides])
    assert "Elm Road" not in everything and "Hillside" not in everything


def test_a_place_in_an_identifier_stays_as_written() -> None:
    """Only prose is rewritten: an id, a picture's name or a fixed choice that holds a
    place's words is a reference looked up by them, and stays."""
    from typing import Literal

    from pydantic import BaseModel

    class Clue(BaseModel):
        id: str
        picture: str
        where: Literal["Elm Road", "elsewhere"]
        text: str

    clue = renamed(Clue(id="Elm Road", picture="Elm Road", where="Elm Road",
                        text="The Elm Road sign."), {"Elm Road": "Mill Lane"})
    assert (clue.id, clue.picture, clue.where) == ("Elm Road", "Elm Road", "Elm Road")
    assert clue.text == "The Mill Lane sign."
    # A real lesson: its id and its scenes' picture names as written, its story rewritten.
    ks2 = load().items["live-streaming-ks2"].item
    said = renamed(ks2, {"live": "LIVE-X", "Hillside Primary": "Ashby Primary"})
    assert said.id == ks2.id and said.topic == ks2.topic
    assert "Ashby Primary" in said.cycles[1].scenario.story
