"""Who a story's picture draws, and the words on its clues, are content fields of the scenario
(``picture``, ``watcher``, ``beside``, ``clues``, ``animal``, ``video_call``, ``star``,
``show_corner``), never read from the story's pronouns, its characters' names or a table of
this topic's fiction in the planner."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.loader import _load_item
from lessonpack.content.model import Audience, Lesson, ParentSession, Scenario
from lessonpack.content.picture_library import (
    Picture,
    _picture_fields,
    builtin_library,
    unknown_pictures,
)
from lessonpack.content.textrender import text_context
from lessonpack.errors import Problem
from lessonpack.plan import scenes
from lessonpack.plan.lesson_deck import plan_lesson_deck

ROOT = Path(__file__).resolve().parents[1]

# With the topic's picture words (content/live-streaming/picture-words.yml), as a planner of
# one of its lessons has them: they draw the props a story mentions.
LIBRARY = builtin_library().with_words(load().items["live-streaming-ks2"].item.picture_words)


def _scenario(audience: str, character: str) -> Scenario:
    item = load().items[f"live-streaming-{audience}"].item
    assert isinstance(item, Lesson)
    return next(c.scenario for c in item.cycles
                if c.scenario is not None and c.scenario.character == character)


def _cast(sc: Scenario, audience: Audience) -> dict[str, str]:
    return {picture.name: label for label, picture in scenes.scene(sc, audience, LIBRARY)[1]}


def test_the_words_on_a_clue_are_the_contents() -> None:
    mei = _scenario("ks2", "Mei")
    assert _cast(mei, Audience.KS2)["street-sign"] == "Elm Road"
    moved = mei.model_copy(update={"clues": {**mei.clues, "street-sign": "Oak Lane"}})
    cast = _cast(moved, Audience.KS2)
    assert cast["street-sign"] == "Oak Lane" and cast["certificate"] == "Mei Chen"
    # A clue the content gives no words for is drawn without any.
    assert _cast(mei.model_copy(update={"clues": {}}), Audience.KS2)["street-sign"] == ""


def test_the_figure_is_the_one_declared_whatever_the_pronouns() -> None:
    zainab = _scenario("ks2", "Zainab")
    assert "on screen" in _cast(zainab, Audience.KS2).values()
    assert _cast(zainab, Audience.KS2).get("girl") == "on screen"
    retold = zainab.model_copy(update={"story": zainab.story.replace("Her ", "His ")
                                       .replace(" her ", " him ")})
    assert _cast(retold, Audience.KS2).get("girl") == "on screen"
    assert _cast(retold.model_copy(update={"picture": "boy"}), Audience.KS2).get("boy") \
        == "on screen"


def test_without_a_declared_figure_a_neutral_one_is_drawn() -> None:
    zainab = _scenario("ks2", "Zainab").model_copy(update={"picture": None})
    assert _cast(zainab, Audience.KS2).get("child") == "on screen"


def test_the_grown_up_beside_the_child_is_declared() -> None:
    zainab = _scenario("ks2", "Zainab")
    assert _cast(zainab, Audience.KS2).get("dad") == "Dad"
    assert "dad" not in _cast(zainab.model_copy(update={"beside": None}), Audience.KS2)


def test_a_streaming_teenager_in_a_parents_story_is_not_drawn_as_a_grown_up_host() -> None:
    session = load().items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    told = [sc for s in session.sections for sc in (s.scenario, *(v.scenario for v in s.variants))]
    mia = next(sc for sc in told if sc is not None and sc.character == "Mia_plays")
    assert scenes.watcher(mia) == ""
    assert _cast(mia, Audience.PARENTS).get("teen-girl") == "on screen"  # thirteen, not a host


def test_a_name_the_story_never_says_is_refused() -> None:
    """A username the story never says (Mia_plays) needs ``name``, the name it does say;
    and a ``name`` the story never says is refused too: never cut from the username."""
    olly = _scenario("ks1", "Moon Bunny Show").model_dump()
    story = "Mia is thirteen and plays the guitar."
    with pytest.raises(ValidationError, match="character: the story never names 'Mia_plays'"):
        Scenario.model_validate({**olly, "character": "Mia_plays", "story": story,
                                 "watcher": None, "star": None, "show_corner": None})
    with pytest.raises(ValidationError, match="name: the story never names 'Maya'"):
        Scenario.model_validate({**olly, "character": "Mia_plays", "name": "Maya"})
    mia = Scenario.model_validate({**olly, "character": "Mia_plays", "name": "Mia",
                                   "story": story, "watcher": None, "star": None,
                                   "show_corner": None})
    assert mia.called == "Mia" and scenes.child(mia) == "Mia"


def test_a_watcher_the_story_never_names_is_refused() -> None:
    olly = _scenario("ks1", "Moon Bunny Show")
    with pytest.raises(ValidationError, match="the story never names 'Ollie'"):
        Scenario.model_validate({**olly.model_dump(), "watcher": "Ollie"})


# A KS1 story's people and their show (``animal``, ``video_call``, ``star``, ``show_corner``)
# are content too: the same lesson with its characters renamed plans the same deck but for
# the names. Same-length names, so no text is fitted differently; none of the old words
# (pip, olly, bunny, moon, video call) is left in the fields the planner once searched.
RENAMED = ((r"\bPip\b", "Kit"), (r"\bOlly\b", "Remy"), (r"Moon Bunny Show", "Star Kitty Show"),
           (r"Video call with Granny", "Chatting with Granny!"))


def _renamed(text: str) -> str:
    for pattern, name in RENAMED:
        text = re.sub(pattern, name, text)
    return text


def test_renamed_characters_keep_their_pictures() -> None:
    index = load()
    ks1 = index.items["live-streaming-ks1"].item
    assert isinstance(ks1, Lesson)
    renamed = Lesson.model_validate(json.loads(_renamed(ks1.model_dump_json()))
                                    ).with_picture_words(ks1.picture_words)
    assert "Pip" not in renamed.model_dump_json() and "Bunny" not in renamed.model_dump_json()
    before = plan_lesson_deck(ks1, index.facts, DEFAULT_BRAND, LIBRARY)
    after = plan_lesson_deck(renamed, index.facts, DEFAULT_BRAND, LIBRARY)
    # Not vacuous: the story children, their families and the show's star are drawn.
    drawn = {p.name for s in before.slides for p in _pictures(s)}
    assert {"rabbit", "owl", "rabbit-granny", "owl-dad", "bunny", "moon"} <= drawn
    assert [s.title for s in after.slides] == [_renamed(s.title) for s in before.slides]
    assert "Kit's video call" in [s.title for s in after.slides]
    assert repr(after) == _renamed(repr(before))


def _pictures(value: Any) -> list[Picture]:
    """Every picture in a slide's plan (its own, its payload's, a stream's cast)."""
    if isinstance(value, Picture):
        return [value]
    if isinstance(value, (tuple, list)):
        return [p for v in value for p in _pictures(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [p for f in dataclasses.fields(value) for p in _pictures(getattr(value, f.name))]
    return []


def test_a_ks1_story_that_does_not_say_how_its_child_is_drawn_is_one_line(
        tmp_path: Path) -> None:
    text = (ROOT / "content" / "live-streaming" / "ks1.yml").read_text(encoding="utf-8")
    assert text.count("      animal: owl\n") == 1
    path = tmp_path / "ks1.yml"
    path.write_text(text.replace("      animal: owl\n", ""), encoding="utf-8")
    problems: list[Problem] = []
    assert _load_item(path, text_context(load().facts), problems) is None
    (problem,) = problems
    # At the story's "scenario:" line, the one before its character.
    line = text.splitlines().index("      character: Moon Bunny Show")
    assert (problem.code, problem.field, problem.line) == ("LP102", "cycles[1].scenario", line)
    assert "say how Olly is drawn with animal:" in problem.message
    assert str(problem).startswith(f"{path}:{line}:") or f"ks1.yml:{line}:" in str(problem)


def test_an_animal_naming_no_picture_is_refused_where_it_is_written() -> None:
    index = load()
    loaded = index.items["live-streaming-ks1"]
    ks1 = loaded.item
    assert isinstance(ks1, Lesson) and ks1.cycles[0].scenario is not None
    assert dict(_picture_fields(ks1, ()))[("cycles", 1, "scenario", "star")] == "bunny"
    cycle = ks1.cycles[0]
    typo = ks1.model_copy(update={"cycles": [cycle.model_copy(update={
        "scenario": cycle.scenario.model_copy(update={"animal": "rabit"})}),
        *ks1.cycles[1:]]})
    index.items["live-streaming-ks1"] = dataclasses.replace(loaded, item=typo)
    (problem,) = unknown_pictures(index, LIBRARY)
    text = (ROOT / "content" / "live-streaming" / "ks1.yml").read_text(encoding="utf-8")
    assert (problem.code, problem.field) == ("LP113", "cycles[0].scenario.animal")
    assert problem.line == text.splitlines().index("      animal: rabbit") + 1
    assert "did you mean rabbit" in problem.message


def test_a_show_needs_its_watcher() -> None:
    olly = _scenario("ks1", "Moon Bunny Show")
    with pytest.raises(ValidationError, match="star and show_corner draw a watched show"):
        Scenario.model_validate({**olly.model_dump(), "watcher": None})


def test_a_child_drawn_at_her_desk_has_the_same_skin_toned_face_in_either_year() -> None:
    """Mei is drawn in her room, a jumper and a chair under the figure's head: Year 6's
    deck, whose first story is a boy's, gave her the emoji's yellow girl (a sticker on a
    drawn body) where Year 4's, after Zainab, gave her a skin-toned one. Now both decks
    draw her with the same skin-toned face; a child on a group call's camera has one too,
    and a stream's row of pictures keeps the deck's first figure of its kind."""
    from lessonpack.plan.casting import YELLOW, Casting

    mei = _scenario("ks2", "Mei")
    faces = {}
    for first, kind in (("Zainab", "girl"), ("Owen", "boy")):  # Year 4's, Year 6's Part 1
        casting = Casting()
        casting.figure(LIBRARY, kind, first)
        cast = scenes.scene(mei, Audience.KS2, LIBRARY, casting)[1]
        faces[first] = next(p.name for label, p in cast if label == "on screen")
    assert faces["Zainab"] == faces["Owen"], faces
    assert faces["Owen"] not in YELLOW
    on_call = scenes.scene(mei.model_copy(update={"video_call": True}), Audience.KS2,
                           LIBRARY, Casting())[1]
    assert next(p.name for _label, p in on_call) not in YELLOW
    assert _cast(_scenario("ks2", "Zainab"), Audience.KS2).get("girl") == "on screen"
