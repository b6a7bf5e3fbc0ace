"""Who a story's picture draws, and the words on its clues, are content fields of the scenario
(``picture``, ``watcher``, ``beside``, ``clues``), never read from the story's pronouns or a
table of this topic's fiction in the planner."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.model import Audience, Lesson, ParentSession, Scenario
from lessonpack.content.picture_library import builtin_library
from lessonpack.plan import scenes

LIBRARY = builtin_library()


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
    assert _cast(mia, Audience.PARENTS).get("person") == "on screen"


def test_a_watcher_the_story_never_names_is_refused() -> None:
    olly = _scenario("ks1", "Moon Bunny Show")
    with pytest.raises(ValidationError, match="the story never names 'Ollie'"):
        Scenario.model_validate({**olly.model_dump(), "watcher": "Ollie"})
