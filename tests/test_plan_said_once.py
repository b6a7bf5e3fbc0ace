"""A lesson plan says each thing once: one safeguarding section (the checks, then how to teach
safely), and a misconception the starter's statements answer is not tabled again."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import BulletList, Checklist, DocPlan, Heading, Paragraph
from lessonpack.plan.safeguarding_checks import SAFE_DELIVERY
from lessonpack.plan.teacher_notes import SAFE_TEACHING, plan_teacher_notes


def _plans(brand: Brand) -> list[tuple[object, DocPlan]]:
    index = load(())
    return [(i.item, plan_lesson_plan(i.item, index.facts, brand))
            for i in index.items.values() if i.item.kind == "lesson"]


def _notes(brand: Brand) -> list[tuple[object, DocPlan]]:
    index = load(())
    return [(i.item, plan_teacher_notes(i.item, index.facts, brand))
            for i in index.items.values() if i.item.kind == "lesson"]


def test_the_plan_holds_the_checks_and_the_teacher_notes_every_safe_note() -> None:
    """The checks the DSL signs stay in the plan; the safe-delivery notes, read once, open
    the teacher notes, every one of them (none lost in the move)."""
    for (lesson, plan), (_, notes_doc) in zip(_plans(Brand()), _notes(Brand()), strict=True):
        headings = [b.text for b in plan.blocks if isinstance(b, Heading)]
        assert headings.count(SAFE_DELIVERY) == 1, plan.filename
        assert "Safeguarding checklist" not in headings, plan.filename
        at = next(i for i, b in enumerate(plan.blocks)
                  if isinstance(b, Heading) and b.text == SAFE_DELIVERY)
        checks = plan.blocks[at + 1]
        assert isinstance(checks, Checklist) and checks.items, plan.filename
        at = next(i for i, b in enumerate(notes_doc.blocks)
                  if isinstance(b, Heading) and b.text == SAFE_TEACHING)
        notes = notes_doc.blocks[at + 1]
        assert isinstance(notes, BulletList), notes_doc.filename
        # Every note but the names check, which Resources gives before the letter home's
        # date (plan/safe_notes.names_check).
        kept = [n for n in lesson.safeguarding.notes  # type: ignore[attr-defined]
                if n.role != "names"]
        assert len(notes.items) == len(kept), plan.filename


def test_a_misconception_the_starter_answers_is_named_with_its_statement_not_tabled() -> None:
    linked = 0
    for lesson, plan in _notes(Brand()):
        at = next(i for i, b in enumerate(plan.blocks)
                  if isinstance(b, Heading) and b.text == "Common misconceptions")
        end = next((i for i, b in enumerate(plan.blocks) if i > at and isinstance(b, Heading)),
                   len(plan.blocks))
        section = [b for b in plan.blocks[at + 1:end] if isinstance(b, Paragraph)]
        # Each belief runs in as its paragraph's label ("Pupils may think: … Correction:").
        beliefs = {m.belief for m in lesson.misconceptions  # type: ignore[attr-defined]
                   if any(m.belief.rstrip(".") in b.label for b in section)}
        note = " ".join(b.text for b in section if not b.label)
        for m in lesson.misconceptions:  # type: ignore[attr-defined]
            if m.statement is None:
                assert m.belief in beliefs, (plan.filename, m.belief)
            else:
                linked += 1
                assert m.belief not in beliefs, (plan.filename, m.belief)
                assert str(m.statement) in note and "starter" in note, (plan.filename, note)
    assert linked  # the live-streaming lessons link some: the test reads real content


def test_a_misconception_names_a_statement_the_starter_has() -> None:
    index = load(())
    lesson = next(i.item for i in index.items.values() if i.item.kind == "lesson")
    data = lesson.model_dump()
    data["misconceptions"][0]["statement"] = len(data["starter"]["statements"]) + 1
    with pytest.raises(ValidationError, match=r"misconceptions, item 1: statement"):
        type(lesson).model_validate(data)


def test_with_every_misconception_answered_by_the_starter_the_line_stands_alone() -> None:
    """No table of misconceptions: the line naming the statements is the section, so it
    says "Listen for", not "Listen too for", and lists three as "1, 2 and 3"."""
    index = load(())
    lesson = next(i.item for i in index.items.values() if i.item.kind == "lesson"
                  and len(i.item.starter.statements) >= 3)  # type: ignore[attr-defined]
    data = lesson.model_dump()
    data["misconceptions"] = [dict(m, statement=n) for n, m in
                              enumerate(data["misconceptions"][:3], 1)]
    plan = plan_teacher_notes(type(lesson).model_validate(data), index.facts, Brand())
    at = next(i for i, b in enumerate(plan.blocks)
              if isinstance(b, Heading) and b.text == "Common misconceptions")
    line = plan.blocks[at + 1]
    assert isinstance(line, Paragraph), line
    assert line.text.startswith("Listen for the wrong answers to the starter's statements "
                                "1, 2 and 3 "), line.text
