"""Two timings and labels a class teacher asked for.

KS1's plenary (three thumbs statements, two exit questions each with its answer, key messages
and help) had 6 minutes: it gets 8, taken from the helping-hand task. The parents' quiz
answers listed three questions where the running deck shows one: the two spare ones are
labelled with their hidden slides."""

from __future__ import annotations

import re

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience, ParentSession
from lessonpack.plan.model import Paragraph
from lessonpack.plan.parents.workshop import plan_facilitator_notes, plan_parents_deck
from lessons import content_index, lesson_for


def test_ks1_plenary_has_8_minutes_taken_from_the_helping_hand() -> None:
    lesson = lesson_for(Audience.KS1)
    assert lesson.plenary.minutes == 8
    hand = next(c for c in lesson.cycles if c.task.title == "My helping hand")
    assert hand.task.minutes == 11
    assert "Task (11 min)" in hand.notes
    # Thumbs, exit check and close; the after-the-lesson work that day follows them.
    said = re.findall(r"(?:Thumbs again|Exit check|Close) \((\d+) min\)", lesson.plenary.notes)
    assert sum(map(int, said)) == 8, said


def test_the_spare_quiz_answers_name_their_hidden_slides() -> None:
    index = content_index()
    session = next(x.item for x in index.items.values() if isinstance(x.item, ParentSession))
    deck = plan_parents_deck(session, index.facts, DEFAULT_BRAND)
    notes = plan_facilitator_notes(session, index.facts, DEFAULT_BRAND, deck)
    labels = [b.label for b in notes.blocks if isinstance(b, Paragraph) and b.label
              and re.match(r"[123]\. ", b.label)][-3:]
    assert not labels[0].startswith("1. Spare"), labels
    for label in labels[1:]:
        numbers = re.search(r"Spare \(slides (\d+)–(\d+), hidden\)", label)
        assert numbers, label
        first, last = (int(n) for n in numbers.groups())
        assert deck.slides[first - 1].hidden and deck.slides[last - 1].hidden
        assert deck.slides[last - 1].title.startswith("Answer: ")
