"""Plans the slide deck of a pupil lesson: what each slide says and what the teacher says."""

from __future__ import annotations

from dataclasses import replace

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.kinds.look import look_for
from lessonpack.kinds.section import SectionSlide
from lessonpack.plan import footers, item_files, running_clock, visiting
from lessonpack.plan import pictures as pics
from lessonpack.plan.casting import Casting
from lessonpack.plan.class_fit import class_sheet_parts, deck_years
from lessonpack.plan.deck.cycle import cycle_slides, scenario_titles
from lessonpack.plan.deck.ending import ending_slides
from lessonpack.plan.deck.opening import opening_slides, starter_slides
from lessonpack.plan.deck.places import (
    PLENARY_PLACES,
    STARTER_PLACES,
    closing_once,
    steps_in_place,
)
from lessonpack.plan.deck.quiz import one_answer_size
from lessonpack.plan.model import DeckPlan, Place
from lessonpack.plan.school_classes import class_file
from lessonpack.plan.sort_cards import has_cards, sorts_on_cards


def plan_lesson_deck(lesson: Lesson, facts: FactsFile, brand: Brand,
                     library: PictureLibrary | None = None,
                     split: frozenset[str] = frozenset()) -> DeckPlan:
    """``library``: the pictures content may name (built-in and a school's own);
    ``split``: titles of slides planned over two (a template without room for them)."""
    library = pics.for_item(library, lesson)  # with its topic's picture words
    slides = steps_in_place([*opening_slides(lesson, brand, library),
                             *starter_slides(lesson, library)],
                            lesson.starter.notes, Place.STARTER, STARTER_PLACES)
    titles = scenario_titles(lesson.cycles, lesson.audience)
    casting = Casting()  # one figure per character across the deck's stories
    start = lesson.starter.minutes  # the notes' running clock, as the plan's running sheet
    # Cards printed for a support group only: the rest of the class sorts on its sheet, so
    # the slides send the class there (a teacher printing from a "the cards" title cut a
    # set for every table).
    sheet_sort = has_cards(lesson) and (not sorts_on_cards(lesson)
                                        or lesson.card_sets == "support")
    # The last part's section slide: a later part with no story of its own opens on its.
    divider: SectionSlide | None = None
    for n, cycle in enumerate(lesson.cycles, 1):
        made = cycle_slides(n, cycle, brand, titles[n - 1], lesson.readers, library,
                            lesson.audience, casting, start, class_sheet_parts(lesson),
                            split, sheet_sort, divider)
        slides += [replace(s, cycle=n) for s in made]
        divider = next((s.payload for s in made if isinstance(s.payload, SectionSlide)),
                       divider)
        start += cycle.minutes
    slides += closing_once(steps_in_place(ending_slides(lesson, facts, brand, library, split),
                                          lesson.plenary.notes, Place.PLENARY, PLENARY_PLACES),
                           # A visitor's line (who keeps the box) is never a repeat.
                           "" if visiting.visitor(brand) else visiting.help_note(lesson, brand),
                           lesson.plenary.after_lesson)
    slides = one_answer_size(slides)
    if look_for(lesson.audience).plain_icons:
        slides = [pics.plain_icons(s, library) for s in slides]
    # The school's own teacher's notes, like their lesson plan, leave out visitors' asides.
    slides = [replace(s, notes=visiting.for_own_staff(s.notes, brand)) for s in slides]
    slides = running_clock.next_part_slides(slides)  # numbered as the deck is, once it is whole
    return DeckPlan(
        filename=class_file(lesson, brand, "slides") + ".pptx",
        meta=item_files.meta(lesson, brand, "lesson slides"),
        footer=footers.deck_footer(lesson, brand),
        slides=tuple(slides),
        look=lesson.audience,
        years=deck_years(lesson, brand),
    )
