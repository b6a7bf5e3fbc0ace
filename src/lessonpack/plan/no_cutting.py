"""Page one's route for a reading class whose sorts are cut-out cards, when nobody has the
evening to cut them: each sort done as a class from its slides, and only the help cards cut.

A Year 4 plan said "print and cut (about 50 minutes)" and nothing else: a teacher who opened
it the night before had no way to teach the sorts without the cards. The picture-led
lesson's route is ``visit_logistics.least_kit``; this is the reading lesson's.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.kinds.task import TaskSlide
from lessonpack.plan import named_people
from lessonpack.plan.class_size import pupils
from lessonpack.plan.help_cards import CARDS_A_PAGE, copies
from lessonpack.plan.model import DeckPlan
from lessonpack.plan.slide_marks import said
from lessonpack.plan.sort_cards import sort_pages, sorts_on_cards
from lessonpack.plan.visit_logistics import CARD_SECONDS, PRINT_MINUTES


def no_cutting(lesson: Lesson, brand: Brand, deck: DeckPlan | None) -> str:
    """"With no time to cut, sort as a class from the slides (Part 1 on slides 12–14, …): …".
    "" where nothing is cut but help cards (a class that sorts on its sheet, or a support
    group's one set), for a picture-led lesson (its own line) and for a visitor's plan (the
    school prints, to the visit brief's dates)."""
    if (not lesson.readers or not sorts_on_cards(lesson) or lesson.card_sets == "support"
            or named_people.visitor(brand) or deck is None):
        return ""
    # The slides each sorting Part is taught from, found once a Part.
    tasks = {n: _task_slides(deck, n) for n, cycle in enumerate(lesson.cycles, 1)
             if cycle.task.sort}
    parts = [f"Part {n} on {said(slides)}" for n, slides in tasks.items() if slides]
    if not parts:
        return ""
    line = (f"With no time to cut, sort as a class from the slides ({'; '.join(parts)}): "
            "read each card aloud and let tables call out its column.")
    if lesson.take_away is None:
        return line
    help_copies = copies(pupils(lesson.audience, brand))
    minutes = _to_five(PRINT_MINUTES + -(-help_copies * CARDS_A_PAGE * CARD_SECONDS // 60))
    return (f"{line} Then cut only the help cards, page {sort_pages(lesson) + 1}, "
            f"{help_copies} copies (about {minutes} minutes).")


def _task_slides(deck: DeckPlan, part: int) -> list[int]:
    """The shown slides Part ``part``'s sort is taught from: its task's."""
    return [n for n, s in enumerate(deck.slides, 1)
            if s.cycle == part and isinstance(s.payload, TaskSlide) and not s.hidden]


def _to_five(minutes: int) -> int:
    return -(-minutes // 5) * 5
