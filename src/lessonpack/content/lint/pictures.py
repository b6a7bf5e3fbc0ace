"""What a child who cannot read yet finds by its picture gets one (LP156, a warning).

In a lesson with ``readers: false`` the ground rules, the answers read aloud and the cards to
sort are shown with a picture each, chosen by the topic's picture words
(content/picture_words.py) where the content names none. An item no row matches is drawn
without one (and a question with one such answer shows none, so no answer stands out): the
slide still works, but is harder for the class. A new topic without picture words, or a
reworded rule, would lose them silently; this says which items and where.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.content.lint._common import every_cycle, problem
from lessonpack.content.model import Lesson, QuizQuestion
from lessonpack.content.picture_words import first
from lessonpack.content.yamlsource import FieldPath
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP156"
HOW = "add a row to the topic's picture-words.yml whose match is in its words"


def _questions(lesson: Lesson) -> list[tuple[FieldPath, QuizQuestion]]:
    return [*((("exit_quiz", i), q) for i, q in enumerate(lesson.exit_quiz)),
            *(((*at, "checks", i), q) for at, cycle, _ in every_cycle(lesson)
              for i, q in enumerate(cycle.checks))]


def _check(loaded: LoadedItem) -> list[Problem]:
    lesson = loaded.item
    if not isinstance(lesson, Lesson) or lesson.readers:
        return []
    words = lesson.picture_words
    found = []
    for i, rule in enumerate(lesson.safeguarding.ground_rules):
        if first(words.words, rule) is None:
            found.append(problem(loaded, ("safeguarding", "ground_rules", i), CODE,
                                 f"no picture for the rule {rule!r}: {HOW}"))
    for at, question in _questions(lesson):
        for j, option in enumerate(question.options):
            if first(words.options, option.text) is None:
                found.append(problem(loaded, (*at, "options", j, "text"), CODE,
                                     f"no picture for the answer {option.text!r}, so its "
                                     f"question shows none: {HOW}"))
    for at, cycle, _ in every_cycle(lesson):
        for j, item in enumerate(cycle.task.sort.items if cycle.task.sort else []):
            if not item.picture and first(words.cards, item.text) is None:
                found.append(problem(loaded, (*at, "task", "sort", "items", j, "text"),
                                     CODE, f"no picture for the card {item.text!r}, so no "
                                     "card shows one: name one (picture:) or " + HOW))
    return found


def check_pictures(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
