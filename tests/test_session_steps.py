"""The parents' facilitator notes follow the session in the lesson plans' step table
(plan/parents/session_steps): a band for the welcome and each Part, every step on the session's
clock, each Part's cues (not the deck's full script), each labelled point a row of its own,
the story and the table questions before the model answer."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.content.model import WELCOME_MINUTES, ParentSession
from lessonpack.plan.model import Heading, StepTable
from lessonpack.plan.parents.facilitator_notes import plan_facilitator_notes
from lessonpack.plan.parents.session_steps import CAPTION, STORY_ON_SLIDE


def _session() -> tuple[ParentSession, object]:
    index = load(())
    session = index.items["live-streaming-parents"].item
    assert isinstance(session, ParentSession)
    return session, index.facts


def _table(phase: str) -> tuple[ParentSession, StepTable]:
    session, facts = _session()
    plan = plan_facilitator_notes(session, facts, Brand(phase=phase))  # type: ignore[arg-type]
    (table,) = [b for b in plan.blocks if isinstance(b, StepTable)]
    return session.for_phase(phase), table


@pytest.mark.parametrize("phase", ["all", "primary", "secondary"])
def test_every_step_is_on_the_clock_and_each_part_ends_when_the_running_order_says(
        phase: str) -> None:
    session, table = _table(phase)
    assert table.caption == CAPTION and table.end_line == "Print to here"
    welcome, *parts = table.stages
    assert welcome.title.startswith(f"Welcome · {WELCOME_MINUTES} min")
    assert [p.title.split(" · ")[0] for p in parts] == [
        f"{n}. {s.title}" for n, s in enumerate(session.sections, 1)]
    clock = end_of_part = WELCOME_MINUTES
    for stage, section in zip(parts, session.sections, strict=True):
        end_of_part += section.minutes
        timed = [r.time for r in stage.rows if r.time]
        # The Part's first row has a time, and its timed rows run on without a gap.
        assert stage.rows[0].time, stage.title
        for time in timed:
            start, _, end = time.partition("–")
            assert int(start) == clock, (stage.title, time)
            clock = int(end or start)
        assert clock == end_of_part, stage.title


@pytest.mark.parametrize("phase", ["all", "primary", "secondary"])
def test_the_story_and_questions_come_before_the_model_answer(phase: str) -> None:
    session, table = _table(phase)
    for stage, section in zip(table.stages[1:], session.sections, strict=True):
        lines = [(row.step, line) for row in stage.rows for line in row.lines]
        labels = [line.label for _, line in lines]
        if section.scenario is not None:
            who = section.scenario.called
            story = labels.index(f"Read aloud ({who}):")
            # Read from the table-talk slide, which shows it: not the whole story again.
            assert lines[story][1].text == STORY_ON_SLIDE.format(who=who)
            assert section.scenario.story not in " ".join(x.text for _, x in lines)
            assert lines[story][1].kind == "say"
        if section.discussion:
            asked = labels.index("Table questions:")
            assert lines[asked][1].text.split("\n") == list(section.discussion)
            if section.scenario is not None:
                assert story < asked
            answers = [i for i, (step, _) in enumerate(lines) if step == "Model answer"]
            assert all(asked < i for i in answers), stage.title


def test_each_labelled_point_is_a_row_named_by_its_label() -> None:
    _, table = _table("all")
    names = [row.step for stage in table.stages for row in stage.rows]
    # A step's points are rows of their own, untimed, in the time column's narrow width.
    for point in ("Start with the positives", "Model answer", "Settings", "Shared rooms"):
        assert point in names, point
    rows = {row.step: row for stage in table.stages for row in stage.rows}
    assert not rows["Settings"].time and not rows["Settings"].lines[0].label
    # The words start as a sentence.
    assert rows["Shared rooms"].lines[0].text[:1].isupper()
    # A step named with its minutes in words is timed ("Ice-breaker (two minutes, …)").
    ice = rows["Ice-breaker"]
    assert re.fullmatch(r"\d+–\d+", ice.time) and ice.lines[0].text.startswith("In pairs.")
    # Words the column holds (a hyphen may break a line: "Ice-/breaker").
    assert all(len(word) <= 9 for name in names for word in re.split(r"[ -]", name)), names


def _words(table: StepTable) -> str:
    return " ".join(line.text for stage in table.stages for row in stage.rows
                    for line in row.lines)


@pytest.mark.parametrize("phase", ["all", "primary", "secondary"])
def test_the_steps_give_each_parts_cues_not_its_script(phase: str) -> None:
    """Each Part with cues prints them, never its speaker notes' script; a Part without
    cues prints its script."""
    session, table = _table(phase)
    words = _words(table)
    for section in session.sections:
        assert section.cues, section.title
        last = section.cues[-1]
        cue = (last.points[-1].text if last.points else last.text)[:40]
        assert cue.lower() in words.lower(), (section.title, cue)
    # The script's own words are the deck's: "Why they love it" is a script label only.
    assert ("Why they love it" in words) is False
    raw, facts = _session()
    bare = raw.model_copy(update={"sections": [
        s.model_copy(update={"cues": None, "variants": [
            v.model_copy(update={"cues": None}) for v in s.variants]})
        for s in raw.sections]})
    plan = plan_facilitator_notes(bare, facts, Brand(phase=phase))  # type: ignore[arg-type]
    (full,) = [b for b in plan.blocks if isinstance(b, StepTable)]
    assert "Why they love it" in [row.step for stage in full.stages for row in stage.rows]
    assert len(_words(full)) > len(words) * 1.3


def test_a_variant_with_its_own_notes_needs_its_own_cues() -> None:
    from lessonpack.content.parents_model import WorkshopSection

    session, _ = _session()
    section = next(s for s in session.sections if s.variants and s.cues).model_dump()
    variant = next(v for v in section["variants"] if v["notes"])
    variant["cues"] = None
    with pytest.raises(ValidationError, match="gives its own notes but no cues"):
        WorkshopSection.model_validate(section)
    section["cues"] = None
    for v in section["variants"]:
        v["cues"] = None
    WorkshopSection.model_validate(section)  # the script for every phase: allowed
    section["variants"][0]["cues"] = [{"name": "Say", "minutes": section["minutes"],
                                       "text": "a cue."}]
    with pytest.raises(ValidationError, match="the section has none"):
        WorkshopSection.model_validate(section)


def test_the_steps_say_once_where_the_full_script_is() -> None:
    session, facts = _session()
    plan = plan_facilitator_notes(session, facts, Brand(phase="all"))  # type: ignore[arg-type]
    (table,) = [b for b in plan.blocks if isinstance(b, StepTable)]
    # In the header row every page of the steps repeats, not a line over the table.
    assert table.header[1].endswith("full script in the slides' notes"), table.header
    above = plan.blocks[plan.blocks.index(table) - 1]
    assert isinstance(above, Heading), above


def test_the_story_is_read_under_the_name_it_calls_the_child_not_a_username() -> None:
    """Mia streams as Mia_plays: the notes say "Read aloud (Mia): Mia's story", as a
    facilitator would say it, and no row reads out a username."""
    _, table = _table("secondary")
    lines = [line for stage in table.stages for row in stage.rows for line in row.lines]
    (mia,) = [x for x in lines if x.label == "Read aloud (Mia):"]
    assert mia.text == "Mia's story, from the slide."
    assert not [x for x in lines if "Mia_plays" in f"{x.label} {x.text}"]
