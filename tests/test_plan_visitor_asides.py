"""A school's own teacher's lesson plan carries no asides for a visiting trainer; a visiting
trainer's keeps them. The sources print small, in one paragraph, before the answer key."""

from __future__ import annotations

import dataclasses

from lessonpack.api import load
from lessonpack.content.brand import Brand
from lessonpack.plan import visiting
from lessonpack.plan.answer_key import KEY_HEADER
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import BulletList, Heading, Paragraph, Table
from lessonpack.plan.teacher_notes import plan_teacher_notes

ASIDES = ("(a visitor", "(a visiting trainer", "(visiting?", "A visitor ", "If you are visiting")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [t for v in value for t in _texts(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name))]
    return []


def _plans(brand: Brand):
    """Each lesson's plan and its teacher notes (the reference read once, a file of its own)."""
    index = load(())
    return [plan(i.item, index.facts, brand) for i in index.items.values()
            if i.item.kind == "lesson" for plan in (plan_lesson_plan, plan_teacher_notes)]


def _teacher_notes(brand: Brand):
    index = load(())
    return [plan_teacher_notes(i.item, index.facts, brand) for i in index.items.values()
            if i.item.kind == "lesson"]


def test_own_staff_plans_carry_no_visitor_asides() -> None:
    for plan in _plans(Brand(org_name="Oakfield Primary School")):
        text = " ".join(_texts(plan.blocks))
        assert not [a for a in ASIDES if a in text], plan.filename
        if "ks1-teacher-notes" in plan.filename:  # closed where its aside was cut
            assert "with a second adult in the room throughout. Assume" in text


def test_own_staff_plans_speak_to_the_class_teacher_as_you() -> None:
    """A school's own plan is read by the class teacher: "the class teacher checks in
    afterwards" is "you check in afterwards"."""
    texts = " ".join(t for plan in _plans(Brand(org_name="Oakfield Primary School"))
                     for t in _texts(plan.blocks))
    assert "class teacher" not in texts.replace("class teacher's", "")
    assert "You check in afterwards." in texts
    assert "You check every hand that day (the task's safeguarding line)." in texts
    assert "Before the lesson, note any children in care" in texts


def test_the_reader_gets_every_verb_of_the_sentence() -> None:
    assert visiting.as_the_reader(
        "After the lesson: the class teacher reads the box (sheets stay in school), passes "
        "any concern to the DSL, and sends the DSL the answers.") == (
        "After the lesson: you read the box (sheets stay in school), pass any concern to the "
        "DSL, and send the DSL the answers.")
    assert visiting.as_the_reader("The class teacher, who knows them, plans a check-in and "
                                  "tells the DSL.") == \
        "You know them: plan a check-in and tell the DSL."
    assert visiting.as_the_reader("Ask the class teacher who is in care; say the class "
                                  "teacher will read it, with the class teacher.") == \
        "Note who is in care; say you will read it, with you."


def test_a_visiting_trainers_plans_keep_them() -> None:
    brand = Brand(org_name="Ashgrove Primary School",
                  delivered_by="Northshire Online Safety Team")
    texts = " ".join(t for plan in _plans(brand) for t in _texts(plan.blocks))
    assert "(a visitor asks the class teacher)" in texts
    assert "The class teacher checks in afterwards." in texts  # a visitor's words stay
    assert "(at least a week before)" in texts or "A week ahead" in texts


def test_sources_are_a_numbered_list_after_the_key() -> None:
    index = load(())
    lessons = [i.item for i in index.items.values() if i.item.kind == "lesson"]
    for lesson, plan in zip(lessons, _teacher_notes(Brand()), strict=True):
        blocks = list(plan.blocks)
        at = next(i for i, b in enumerate(blocks) if getattr(b, "text", "") == "Sources")
        rest = blocks[at:]
        # One organisation a line, numbered, its name as the lead-in and each of its
        # documents after it (said again on each document's line, the organisations took
        # the sources onto a last page of their own), in the list's plain type (run on in
        # grey italics they were a wall), set close, straight under the heading, at the
        # list style's size (documents keep 12 pt or more: the accessibility check's floor).
        listed = rest[1]
        assert isinstance(listed, BulletList) and listed.numbered and listed.compact, \
            plan.filename
        assert len(listed.labels) == len(listed.items) >= 8, plan.filename
        assert len(set(listed.labels)) == len(listed.labels)  # each organisation once
        assert all(label.endswith(":") for label in listed.labels)
        # A title's own question mark ends its line ("… How can CEOP help me?").
        assert all(i[-1] in ".?" for i in listed.items)
        assert not any("?." in i for i in listed.items)  # "What is live streaming?."
        documents = sum(i.count(" · ") + 1 for i in listed.items)
        assert documents == len(lesson.sources), plan.filename
        # The sources end the teacher notes, after the answer key (checked, not taught from:
        # they need not be printed); the exit quiz's answers are the key's last table, its
        # rows free to part over a page (each row whole), never moved overleaf together.
        assert len(rest) == 2, plan.filename
        heads = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
        assert heads[-2:] == ["Answer key", "Sources"], (plan.filename, heads)
        key = blocks[next(i for i, b in enumerate(blocks) if getattr(b, "text", "") ==
                          "Exit quiz"):at]
        assert len(key) == 2 and isinstance(key[1], Table), plan.filename
        assert key[1].header == KEY_HEADER and key[1].may_break, plan.filename
        assert len(key[1].rows) == len(lesson.exit_quiz), plan.filename


def test_differentiation_is_one_compact_block() -> None:
    """Support, stretch and SEND: one labelled paragraph each under one heading (three
    headings over bulleted ideas took half a page of a plan read once, the day before),
    every idea kept."""
    index = load(())
    for plan in _teacher_notes(Brand()):
        blocks = list(plan.blocks)
        at = next(i for i, b in enumerate(blocks) if getattr(b, "text", "") ==
                  "Differentiation")
        nxt = next(i for i, b in enumerate(blocks) if i > at and isinstance(b, Heading))
        body = blocks[at + 1:nxt]
        assert [type(b) for b in body] == [Paragraph] * 3, plan.filename
        assert [b.label for b in body] == ["Support:", "Stretch:", "SEND:"]
        lesson = next(i.item for i in index.items.values()
                      if i.item.kind == "lesson" and plan.filename.startswith(i.item.id))
        diff = lesson.differentiation
        for block, ideas in zip(body, (diff.support, diff.stretch, diff.send), strict=True):
            assert all(idea[:40] in block.text for idea in ideas), block.label


def _notes(brand: Brand) -> list[str]:
    index = load(())
    return [s.notes for i in index.items.values() if i.item.kind == "lesson"
            for s in plan_lesson_deck(i.item, index.facts, brand).slides]


def test_own_staff_slide_notes_carry_no_visitor_asides() -> None:
    own = " ".join(_notes(Brand(org_name="Oakfield Primary School")))
    theirs = " ".join(_notes(Brand(org_name="Ashgrove Primary School",
                                   delivered_by="Northshire Online Safety Team")))
    assert not [a for a in ASIDES if a in own]
    # The safe-delivery notes and the after-lesson jobs are the plan's now (the close points
    # to them); what a visitor does at the close is still said in the room, to a visitor only.
    assert "stay with the school" in theirs and "stay with the school" not in own


def test_an_aside_that_opens_a_paragraph_leaves_the_paragraph_break() -> None:
    text = "Collect the sheets.\n\nA visitor hands them to the class teacher. Read them today."
    assert visiting.for_own_staff(text, Brand()) == "Collect the sheets.\n\nRead them today."
