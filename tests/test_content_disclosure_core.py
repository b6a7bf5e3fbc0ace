"""One "If a child discloses" text for every lesson plan: written once in facts.yml
(``disclosure_steps``), each lesson listing every step for all ages in the same order, the
11-16 lessons adding their one secondary step. A DSL signs the box off once and staff who
teach more than one age train on one text; a school's facts file can put its own policy's
wording in place of a step, and every plan then says it."""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.api import load
from lessonpack.content.loader import load_content
from lessonpack.content.model import Audience, Lesson

INDEX = load()
LESSONS = [i.item for i in INDEX.items.values() if isinstance(i.item, Lesson)]
SECONDARY = {Audience.KS3, Audience.KS4}


def _expected(audience: Audience) -> list[str]:
    phase = "secondary" if audience in SECONDARY else "primary"
    return [s.text for s in INDEX.facts.disclosure_steps if s.phase in ("all", phase)]


def test_the_core_has_the_steps_a_dsl_asked_for() -> None:
    by_id = {s.id: s.text for s in INDEX.facts.disclosure_steps}
    assert "immediately" in by_id["tell"] and "a deputy" in by_id["tell"]
    assert "never send the child alone" in by_id["tell"]
    assert "email" in by_id["tell"]  # an email is not an immediate route
    assert "In danger now: 999" in by_id["tell"]
    # "The same day" read as a deadline ("after school"); KCSIE: as soon as possible.
    assert "secret" in by_id["no_secret"] and "as soon as possible" in by_id["record"]
    assert "before you leave that day" in by_id["record"] and "same day" not in by_id["record"]
    assert "look at" in by_id["images"] and "starts to disclose in class" in by_id["in_class"]
    assert "straight after the activity" in by_id["in_class"]
    # A second adult in the room does not wait for the activity to end.
    assert "a second adult takes them aside now, in sight of others" in by_id["in_class"]
    assert "later" not in by_id["in_class"]
    secondary = [s.id for s in INDEX.facts.disclosure_steps if s.phase == "secondary"]
    assert secondary == ["threat"]
    assert "don't pay" in by_id["threat"] and "self-harm" in by_id["threat"].lower()


@pytest.mark.parametrize("lesson", LESSONS, ids=[x.id for x in LESSONS])
def test_every_lesson_says_the_one_core_text_for_its_phase(lesson: Lesson) -> None:
    assert list(lesson.safeguarding.steps) == _expected(lesson.audience)
    tell = next(s for s in lesson.safeguarding.disclosure if s.role == "tell")
    assert tell.text == next(s.text for s in INDEX.facts.disclosure_steps if s.id == "tell")


def test_one_term_for_an_emergency_in_every_pack() -> None:
    for loaded in INDEX.items.values():
        text = " ".join(loaded.item.safeguarding.steps)
        assert "Life at risk" not in text, loaded.item.id
        assert "danger now" in text, loaded.item.id


def test_a_schools_own_wording_replaces_a_step_in_every_plan(tmp_path: Path) -> None:
    own = "Stay calm and listen: our policy asks you to write nothing down in front of them."
    (tmp_path / "facts.yml").write_text(
        "sources: []\nfacts: []\nhelplines: []\ndisclosure_steps:\n"
        f"  - {{id: listen, text: \"{own}\", sources: [S60], checked: 2026-12-06}}\n",
        encoding="utf-8")
    index = load_content([tmp_path])
    for loaded in index.items.values():
        item = loaded.item
        if isinstance(item, Lesson):
            assert item.safeguarding.steps[0] == own, item.id
