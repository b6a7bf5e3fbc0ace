"""Turns one content item into the plan of its whole pack."""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson, ParentSession
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.plan import common, year_words
from lessonpack.plan.class_fit import for_class
from lessonpack.plan.class_line import class_year
from lessonpack.plan.fill_in_first import with_fill_in_first
from lessonpack.plan.handover_sheet import plan_handover
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_docs import plan_letters, plan_worksheet
from lessonpack.plan.lesson_plan import plan_lesson_plan
from lessonpack.plan.model import PackPlan
from lessonpack.plan.parents import plan_facilitator_notes, plan_handout, plan_parents_deck
from lessonpack.plan.parents_visit import plan_invitation
from lessonpack.plan.sort_cards import plan_sort_cards
from lessonpack.plan.visit_day import brief_for


def plan_pack(item: Lesson | ParentSession, facts: FactsFile, brand: Brand,
              pictures: PictureLibrary | None = None,
              visit: Sequence[Lesson | ParentSession] = ()) -> PackPlan:
    """``pictures``: the library with a school's own pictures (ContentIndex.pictures);
    the built-in pictures when not given. ``visit``: the packs built with this one for the
    same school and day (plan/visit_day: one brief for the day). The lesson plan (or
    facilitator notes) opens with every file and place still to fill in
    (plan/fill_in_first)."""
    return with_fill_in_first(_planned(item, facts, brand, pictures, visit), brand)


def _planned(item: Lesson | ParentSession, facts: FactsFile, brand: Brand,
             pictures: PictureLibrary | None, visit: Sequence[Lesson | ParentSession]
             ) -> PackPlan:
    if isinstance(item, Lesson):
        item = for_class(item, brand)  # a known class year: its route alone in the notes
        # The year's own words (Year 7's Report Remove line) in the lesson and its helplines.
        item, facts = year_words.for_year(item, facts, class_year(item.audience, brand))
        deck = plan_lesson_deck(item, facts, brand, pictures)
        cards = plan_sort_cards(item, brand, pictures)  # cards to cut out: a file of its own
        # A visiting trainer's: the school's dated brief (the visit day's, in its first
        # lesson's pack) and the class teacher's handover.
        papers = tuple(d for d in (brief_for(item, visit, brand), plan_handover(item, brand))
                       if d is not None)
        return PackPlan(
            folder=common.pack_folder(item),
            decks=(deck,),
            documents=(plan_worksheet(item, facts, brand, pictures),
                       plan_lesson_plan(item, facts, brand, deck),
                       *plan_letters(item, facts, brand), *((cards,) if cards else ()),
                       *papers),
        )
    deck = plan_parents_deck(item, facts, brand, pictures)
    # A visiting trainer's: the host school's brief for the session (none when its evening
    # is in the visit day's brief) and its invitation home.
    papers = tuple(d for d in (brief_for(item, visit, brand), plan_invitation(item, brand))
                   if d is not None)
    return PackPlan(
        folder=common.pack_folder(item),
        decks=(deck,),
        documents=(plan_handout(item, facts, brand),
                   plan_facilitator_notes(item, facts, brand, deck), *papers),
    )
