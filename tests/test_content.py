"""The built-in content: complete, distinct per audience, and safe by construction."""

from __future__ import annotations

import re

import pytest

from lessonpack.api import load
from lessonpack.content.model import Audience, Lesson, ParentSession

INDEX = load()
LESSONS = [i.item for i in INDEX.items.values() if isinstance(i.item, Lesson)]


def test_all_five_audiences_exist() -> None:
    audiences = sorted(i.item.audience.value for i in INDEX.items.values())
    assert audiences == ["ks1", "ks2", "ks3", "ks4", "parents"]
    assert isinstance(INDEX.items["live-streaming-parents"].item, ParentSession)


@pytest.mark.parametrize("lesson", LESSONS, ids=[x.id for x in LESSONS])
def test_lesson_structure(lesson: Lesson) -> None:
    assert lesson.outcome.startswith("I can")
    assert 3 <= len(lesson.objectives) <= 4
    assert 2 <= len(lesson.cycles) <= 3
    assert 5 <= len(lesson.exit_quiz) <= 6
    assert lesson.timed_minutes == lesson.duration_minutes
    assert "trusted_adult" in lesson.signposting or "childline" in lesson.signposting
    assert lesson.safeguarding.disclosure and lesson.safeguarding.checklist


def test_durations_follow_the_brief() -> None:
    minutes = {x.audience: x.duration_minutes for x in LESSONS}
    assert minutes[Audience.KS1] == 40
    assert 50 <= minutes[Audience.KS2] <= 60
    assert minutes[Audience.KS3] == minutes[Audience.KS4] == 60


def test_each_age_has_its_own_scenarios() -> None:
    characters = [{c.scenario.character for c in x.cycles if c.scenario} for x in LESSONS]
    for i, a in enumerate(characters):
        for b in characters[i + 1:]:
            assert not a & b


def test_every_helpline_number_matches_the_facts_file() -> None:
    childline = next(h for h in INDEX.facts.helplines if h.id == "childline")
    assert childline.contact.startswith("0800 1111")
    nspcc = next(h for h in INDEX.facts.helplines if h.id == "nspcc_helpline")
    assert nspcc.contact.startswith("0808 800 5000")
    raw = "\n".join(p.read_text(encoding="utf-8") for p in
                    (INDEX.items[k].path for k in INDEX.items))
    assert "0808 1111" not in raw  # a misprint of Childline's number seen in the wild


def test_no_raw_percentages_in_content_files() -> None:
    # Figures come from facts.yml (with sources), never typed into a lesson.
    for loaded in INDEX.items.values():
        raw = loaded.path.read_text(encoding="utf-8")
        assert not re.search(r"\d+\s?%", raw), loaded.display
