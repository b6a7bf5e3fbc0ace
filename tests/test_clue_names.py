"""Each clue of the Key Stage 2 "Spot the clues" sort is said by one name: the place its card
or row gives. The cards said "the frame on the wall", the feedback notes "gold-star
certificate" and the self-check "full name", so a Year 4 who sorted "the frame" could think
they had got it wrong."""

from __future__ import annotations

from lessonpack.api import load
from lessonpack.content.model import LearningCycle, Lesson

CLUE_PLACES = {
    # Mei's cards (Years 3-4) and Lola's rows (Year 6): the word the feedback says them by.
    "Mei": {"The frame on the wall": "frame", "The box on her desk": "box",
            "Out of her window": "window", "What she says about art club": "art club"},
    "Lola": {"The label on her desk": "label", "The sign past the glass": "glass",
             "The certificate behind her": "certificate",
             "What she says about Saturdays": "Saturdays"},
}
# What a place shows, said instead of the place: the names the feedback no longer uses.
OTHER_NAMES = {"Mei": ("gold-star", "parcel", "street sign"),
               "Lola": ("parcel", "guitar club every")}


def _part_two(lesson: Lesson, character: str) -> LearningCycle:
    cycles = [*lesson.cycles, *lesson.route_cycles]  # Year 6's Part 2 is a route's
    return next(c for c in cycles if c.scenario is not None
                and c.scenario.character == character)


def test_the_feedback_says_each_clue_by_its_cards_place() -> None:
    lesson = load().items["live-streaming-ks2"].item
    assert isinstance(lesson, Lesson)
    for character, places in CLUE_PLACES.items():
        cycle = _part_two(lesson, character)
        assert cycle.task.sort is not None
        cards = {i.text for i in cycle.task.sort.items}
        assert set(places) <= cards, (character, cards)
        feedback = cycle.notes[cycle.notes.index("Feedback ("):]
        feedback = feedback.split("\n\n", 1)[0]
        for word in places.values():
            assert word in feedback, (character, word, feedback)
        for other in OTHER_NAMES[character]:
            assert other not in feedback, (character, other, feedback)
