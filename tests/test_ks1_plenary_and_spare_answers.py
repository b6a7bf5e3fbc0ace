"""Two timings and labels a class teacher asked for.

KS1's plenary (three thumbs statements, two exit questions each with its answer, key messages
and help: ten slides) had 6 minutes, then 8: it gets 10, a minute a slide, taken from the
helping-hand task and Part 2's sayings (the lesson's 45 minutes unchanged). The parents' quiz
answers listed three questions where the running deck shows one: the two spare ones are
labelled with their hidden slides."""

from __future__ import annotations

import re

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience, ParentSession
from lessonpack.plan.model import Paragraph
from lessonpack.plan.parents.reference_notes import plan_reference_notes
from lessonpack.plan.parents.workshop import plan_parents_deck
from lessons import content_index, lesson_for


def test_ks1_plenary_has_10_minutes_taken_from_part_2() -> None:
    lesson = lesson_for(Audience.KS1)
    assert lesson.plenary.minutes == 10
    hand = next(c for c in lesson.cycles if c.task.title == "My helping hand")
    assert hand.minutes == 18 and hand.task.minutes == 10
    assert "Say (3 min)" in hand.notes and "Task (10 min)" in hand.notes
    # The lesson's length is unchanged: the starter, both Parts and the plenary.
    assert lesson.starter.minutes + sum(c.minutes for c in lesson.cycles) \
        + lesson.plenary.minutes == lesson.duration_minutes == 45
    # Thumbs, exit check and close; the after-the-lesson work that day follows them.
    said = re.findall(r"(?:Thumbs again|Exit check|Close) \((\d+) min\)", lesson.plenary.notes)
    assert sum(map(int, said)) == 10, said


def test_the_spare_quiz_answers_name_their_hidden_slides() -> None:
    index = content_index()
    session = next(x.item for x in index.items.values() if isinstance(x.item, ParentSession))
    deck = plan_parents_deck(session, index.facts, DEFAULT_BRAND)
    # The quiz answers are the reference notes' (plan/parents/reference_notes).
    notes = plan_reference_notes(session, index.facts, DEFAULT_BRAND, deck)
    labels = [b.label for b in notes.blocks if isinstance(b, Paragraph) and b.label
              and re.match(r"[123]\. ", b.label)][-3:]
    assert not labels[0].startswith("1. Spare"), labels
    for label in labels[1:]:
        numbers = re.search(r"Spare \(slides (\d+)–(\d+), hidden\)", label)
        assert numbers, label
        first, last = (int(n) for n in numbers.groups())
        assert deck.slides[first - 1].hidden and deck.slides[last - 1].hidden
        assert deck.slides[last - 1].title.startswith("Answer: ")
