"""Turns one content item into the plan of its whole pack."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile, Lesson, ParentSession
from lessonpack.content.picture_library import PictureLibrary
from lessonpack.content.safeguarding_words import planned_with
from lessonpack.plan import item_files, year_words
from lessonpack.plan.class_fit import choose_route, for_class, written_for
from lessonpack.plan.class_line import class_year
from lessonpack.plan.fill_in_first import with_fill_in_first
from lessonpack.plan.lesson_deck import plan_lesson_deck
from lessonpack.plan.lesson_plan import help_slide, plan_lesson_plan
from lessonpack.plan.letter.home import plan_letters
from lessonpack.plan.model import PackPlan
from lessonpack.plan.parents.parents_sign_in import plan_sign_in
from lessonpack.plan.parents.parents_visit import plan_invitation
from lessonpack.plan.parents.reference_notes import plan_reference_notes
from lessonpack.plan.parents.workshop import plan_facilitator_notes, plan_handout, plan_parents_deck
from lessonpack.plan.place_names import renamed, story_renames
from lessonpack.plan.school_classes import class_folder
from lessonpack.plan.sort_cards import plan_sort_cards
from lessonpack.plan.teacher_notes import plan_teacher_notes
from lessonpack.plan.visit_brief.handover_sheet import plan_handover
from lessonpack.plan.visit_brief.visit_day import parents_brief
from lessonpack.plan.worksheet.sheet import plan_worksheet


def plan_pack(item: Lesson | ParentSession, facts: FactsFile, brand: Brand,
              pictures: PictureLibrary | None = None,
              split: frozenset[str] = frozenset()) -> PackPlan:
    """``pictures``: the library with a school's own pictures (ContentIndex.pictures);
    the built-in pictures when not given. ``split``: titles of slides the deck's template had
    no room for on one slide, planned over two (build/parallel.py renders once, then again
    with them split when they overflowed). A visit day's brief is no pack's: the build
    writes it once at its root (plan/visit_brief/visit_day). The lesson plan (or facilitator notes)
    opens with every file and place still to fill in (plan/fill_in_first)."""
    # With the safeguarding sentences its content gives (a --content folder's own).
    with planned_with(item.own_safeguarding_words):
        return with_fill_in_first(_planned(item, facts, brand, pictures, split), brand,
                                  item.audience if isinstance(item, Lesson) else None)


def help_slide_of(lesson: Lesson, facts: FactsFile, brand: Brand,
                  pictures: PictureLibrary | None = None) -> str:
    """"slide 27": the first help slide of the class's deck, planned as its pack plans it
    (the visit brief names it: the slide with the DSL's photo, not a number typed in)."""
    with planned_with(lesson.own_safeguarding_words):
        item, facts = _class_lesson(renamed(lesson, story_renames(brand)), facts, brand)
        return help_slide(plan_lesson_deck(item, facts, brand, pictures))


def _class_lesson(item: Lesson, facts: FactsFile, brand: Brand) -> tuple[Lesson, FactsFile]:
    """The lesson as the class's pack teaches it: a known class year's route alone in the
    notes, and the year's own words (Year 7's Report Remove line) in it and its helplines."""
    item = for_class(item, brand)
    return year_words.for_year(item, facts, class_year(item.audience, brand))


def _planned(item: Lesson | ParentSession, facts: FactsFile, brand: Brand,
             pictures: PictureLibrary | None, split: frozenset[str] = frozenset()
             ) -> PackPlan:
    if isinstance(item, Lesson):
        # The school's own words for a story's places (a local school or road), everywhere.
        item = renamed(item, story_renames(brand))
        built = written_for(item, brand)  # said before the other years' routes are cut
        choose = choose_route(item, brand)  # no class named: the route to choose
        item, facts = _class_lesson(item, facts, brand)
        deck = plan_lesson_deck(item, facts, brand, pictures, split)
        cards = plan_sort_cards(item, brand, pictures)  # cards to cut out: a file of its own
        # A visiting trainer's: the class teacher's handover (the day's brief is the
        # build's, at its root).
        handover = plan_handover(item, brand, deck)
        return PackPlan(
            # Two classes of one key stage: a folder each (plan/school_classes).
            folder=class_folder(item, brand),
            decks=(deck,),
            documents=(plan_worksheet(item, facts, brand, pictures),
                       plan_lesson_plan(item, facts, brand, deck, built, choose),
                       plan_teacher_notes(item, facts, brand),
                       *plan_letters(item, facts, brand), *((cards,) if cards else ()),
                       *((handover,) if handover else ())),
        )
    deck = plan_parents_deck(item, facts, brand, pictures)
    # A visiting trainer's: the host school's brief for the session (none when its evening
    # is in the visit day's brief), its invitation home, and the team's sign-in sheet and
    # feedback form for the evening.
    papers = tuple(d for d in (parents_brief(item, brand), plan_invitation(item, brand, pictures),
                               plan_sign_in(item, brand)) if d is not None)
    return PackPlan(
        folder=item_files.pack_folder(item),
        decks=(deck,),
        documents=(plan_handout(item, facts, brand, pictures),
                   plan_facilitator_notes(item, facts, brand, deck),
                   plan_reference_notes(item, facts, brand, deck), *papers),
    )
