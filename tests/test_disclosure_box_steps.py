"""The lesson plans' "If a child discloses" box and the parents' notes' box, as planned for a
school's own teacher: the fallback when neither safeguarding lead is free goes on to another
senior leader after the named head (the head may be off site), a concern about staff names
the LADO, and parents are sent to CEOP only for what CEOP takes."""

from __future__ import annotations

import pytest

from example_looks import OAKFIELD
from lessonpack.content.model import Audience
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.parents.facilitator_notes import plan_facilitator_notes
from lessons import content_index, lesson_for, plan_strings


def _strings(value: object) -> list[str]:
    """Every string in a loaded lesson's data, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _said(plan: object) -> str:
    return " ".join(" ".join(plan_strings(plan)).replace("\u00a0", " ").split())


@pytest.mark.parametrize("audience", [Audience.KS1, Audience.KS2, Audience.KS3, Audience.KS4])
def test_every_lesson_plans_box_names_the_lado_and_another_senior_leader(
        audience: Audience) -> None:
    plan = _said(plan_lesson_plan(lesson_for(audience), content_index().facts, OAKFIELD))
    assert "Tell Mr Tom Hughes (Headteacher) at once (who involves the LADO)" in plan
    assert ("If neither is free: Mr Tom Hughes (Headteacher), 07700 900461, or another "
            "senior leader, then Northshire Children's Services") in plan


def test_the_parents_notes_send_to_ceop_only_what_ceop_takes() -> None:
    index = content_index()
    session = index.items["live-streaming-parents"].item
    notes = _said(plan_facilitator_notes(session, index.facts, OAKFIELD))
    assert ("Point every worried parent to the DSL and the NSPCC Helpline, and to CEOP only "
            "if it involves sexual contact, grooming or blackmail.") in notes
    assert "the DSL, CEOP and the NSPCC Helpline" not in notes


def test_ks4_gives_the_teacher_a_sentence_on_a_social_media_ban() -> None:
    """Asked mid-lesson, a teacher cannot look up GOV.UK: the notes give a sentence to say,
    after the check the plan asks for before the lesson."""
    notes = " ".join(" ".join(_strings(lesson_for(Audience.KS4).model_dump())).split())
    assert ("say what your GOV.UK check before the lesson found, or: \"The law on this may "
            "change; for now, each app's own age rules apply. Ask me after the lesson.\"") in notes
    assert "Only what GOV.UK says today" not in notes
