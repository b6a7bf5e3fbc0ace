"""Build notes about what a school's file leaves out for the packs it builds: said once, to
whoever runs the build (a visiting trainer, or the school's own lead), never in the packs.

- A visit's primary "Who can help" slide with no DSL photo draws the adults: children
  meeting a visitor need the face of the adult to go to, so the build says how to add it.
- A key stage built for one class (Year 4) is pitched and named for that class: another
  class in the key stage (Year 6) needs its own build (``--class``); a key stage built for
  no class is one composite pack for all its years, and the note says how to name one.
- A secondary letter home that may offer withdrawal from sex education keeps the choice
  bracketed until the file says which part of RSHE the lesson is (``rse_lesson``): a
  policy decision for the RSE lead, settled once in the file rather than by hand each time.
- A ``place_names`` key found in no story built (spelt otherwise, or from another lesson):
  the place it meant to replace would stay in the story, so the build names the key.
- A visiting team's parents' evening with no ``privacy_notice``: the sign-in sheet and contact
  slips then promise nothing about how the team keeps them, and families are sent to the
  trainer; the team's notice belongs on them.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.plan.ages import age_of
from lessonpack.plan.class_fit import built_for, every_year
from lessonpack.plan.class_line import class_year
from lessonpack.plan.local_help import LOCAL_HELP_CONTACT, own_helplines
from lessonpack.plan.named_people import visitor
from lessonpack.plan.place_names import unmatched
from lessonpack.plan.rse_sentence import TICK_FIELD
from lessonpack.plan.school_classes import class_folder, entry, for_class


def school_notes(items: Sequence[Lesson | ParentSession], brand: Brand) -> list[str]:
    """The notes for ``items`` built with ``brand`` (a school's file applied)."""
    return [*_photo_note(items, brand), *_class_notes(items, brand),
            *_privacy_note(items, brand), *_place_names_note(items, brand),
            *_dbs_note(items, brand)]


def _dbs_note(items: Sequence[Lesson | ParentSession], brand: Brand) -> list[str]:
    """A visit's lessons: the visit brief tells the school the team emails the trainer's DBS
    letter with it, and no build can attach a letter it never had."""
    if not visitor(brand) or not any(isinstance(i, Lesson) for i in items):
        return []
    return ["the visit brief tells the school the DBS letter comes with it: attach the "
            "trainer's DBS letter to the email that sends the files"]


def _place_names_note(items: Sequence[Lesson | ParentSession], brand: Brand) -> list[str]:
    """The school file's ``place_names`` keys that no lesson built names."""
    lessons = [i for i in items if isinstance(i, Lesson)]
    if not lessons:
        return []
    built = ", ".join(i.id for i in lessons)
    return [*(f"place_names: \"{name}\" is in no story built ({built}), so nothing was "
              "renamed for it: write the place exactly as the story does (capitals too), e.g. "
              "\"Elm Road\"" for name in unmatched(lessons, brand.place_names)),
            *(f"character_names: \"{name}\" is in no story built ({built}), so nothing was "
              "renamed for it: write the name exactly as the plan's names check does "
              "(capitals too), e.g. \"Owen\""
              for name in unmatched(lessons, brand.character_names))]


def _privacy_note(items: Sequence[Lesson | ParentSession], brand: Brand) -> list[str]:
    """A visiting team's sign-in sheet built without the team's privacy notice."""
    if brand.privacy_notice.strip() or not visitor(brand) or \
            not any(isinstance(i, ParentSession) for i in items):
        return []
    ids = ", ".join(i.id for i in items if isinstance(i, ParentSession))
    return [f"{ids}: the sign-in sheet and contact slips name no privacy notice, so they tell "
            "families to ask the trainer how the team keeps them; put privacy_notice: (where "
            "families can read it, e.g. a web address) in the trainer's brand file and build "
            "again"]


def local_help_note(items: Sequence[Lesson | ParentSession], brand: Brand | None) -> list[str]:
    """A build whose file names no local service for families: a parents' pack's handout
    and help slides, and every pupil pack's letters home, print a yellow field for the
    council's 24-hour children's services number (the brand's own service in its place
    once the brand names one)."""
    ids = [i.id for i in items if isinstance(i, ParentSession | Lesson)]
    if not ids or (brand is not None and own_helplines(brand, pupils=False)):
        return []
    where = [what for what, kind in (("the letters home", Lesson),
                                     ("the parents' handout and help slides", ParentSession))
             if any(isinstance(i, kind) for i in items)]
    return [f"{', '.join(ids)}: no local help named for families: {' and '.join(where)} "
            f"keep a yellow {LOCAL_HELP_CONTACT} field for your "
            "local children's services (ask your DSL for the number families ring day or night); "
            "add it to the brand file under extra_helplines with audience: parents, and build "
            "again"]


def letter_fields_note(items: Sequence[Lesson | ParentSession], brand: Brand | None
                       ) -> list[str]:
    """The letters home's own details a file leaves out, said with the line that fills each:
    the lesson's date (the letters' dates and the reply slip's day), the parents' workshop's
    date and place, and where a secondary letter's readers find the RSHE policy. Each was a
    yellow field or a line to write on that no note named."""
    lessons = [i for i in items if isinstance(i, Lesson)]
    if not lessons:
        return []
    workshop = (brand is not None and brand.parents_workshop) or \
        any(isinstance(i, ParentSession) for i in items)
    keys = _letter_keys(lessons, brand or Brand(), workshop)
    if not keys:
        return []
    return [f"letters home ({', '.join(i.id for i in lessons)}) still need, from the brand "
            f"file: {'; '.join(keys)}. Add them and build again, or fill them in by hand"]


def _letter_keys(lessons: Sequence[Lesson], brand: Brand, workshop: bool) -> list[str]:
    """The brand-file lines ``brand`` leaves empty that the letters of ``lessons`` print."""
    keys = []
    if not brand.lesson_date.strip():
        keys.append("lesson_date (or --lesson-date) to date the letters and the reply slip")
    if workshop and not (brand.parents_session_date.strip()
                         and brand.parents_session_venue.strip()):
        keys.append("parents_session_date and parents_session_venue for the parents' "
                    "workshop line")
    if any(i.letter.rse_withdrawal for i in lessons) and not brand.rse_policy_url.strip():
        keys.append("rse_policy_url for where parents read your RSHE policy")
    return keys


def rse_note(items: Sequence[Lesson | ParentSession], brand: Brand | None) -> list[str]:
    """The letters that still print the RSE choice (no ``rse_lesson`` in ``brand``, or no
    brand at all), and the one line in the file that settles it."""
    if brand is not None and brand.rse_lesson is not None:
        return []
    ids = [i.id for i in items if isinstance(i, Lesson) and i.letter.rse_withdrawal]
    if not ids:
        return []
    return [f"{', '.join(ids)}: the letter home leaves which part of RSHE the lesson is "
            f"(\"{TICK_FIELD}\") for the school to tick before copying: ask your RSE "
            "lead, then put rse_lesson: relationships or health (every pupil takes it) "
            "or rse_lesson: sex (parents may ask to withdraw) in the brand file and build "
            "again"]


def _photo_note(items: Sequence[Lesson | ParentSession], brand: Brand) -> list[str]:
    """A primary "Who can help" slide (its school card's picture a grown-up at school,
    plan/school_card) that draws the named DSL for want of a photo. A
    school's own build is told too, not only a visit: the KS1 plan asks the teacher to show
    the class the DSL's photo, and nothing else in the build said it was missing."""
    if brand.dsl_photo is not None or not (visitor(brand) or brand.dsl_name.strip()):
        return []
    stages = [i.audience.value.upper() for i in items
              if isinstance(i, Lesson) and age_of(i.audience).primary]
    if not stages:
        return []
    fields = "dsl_photo" + (" and deputy_dsl_photo" if brand.deputy_dsl_name.strip() else "")
    photos, them = ("photos", "them") if " and " in fields else ("photo", "it")
    drawn = f"{' and '.join(stages)} \"Who can help\": the DSL is drawn, not photographed"
    if visitor(brand):
        return [f"{drawn} (no dsl_photo in the school file); a visit needs the photo: ask the "
                f"DSL by the visit brief's date, add {fields} to the school file and build "
                "again"]
    return [f"{drawn} (no dsl_photo in the brand or school file); the KS1 plan asks you to "
            f"show pupils the DSL's photo: put the {photos} beside the brand or school file, "
            f"name {them} there in {fields}, and build again"]


def _class_notes(items: Sequence[Lesson | ParentSession], brand: Brand) -> list[str]:
    """A key stage built for the one class the file names, where other years are pitched
    differently (plan/class_fit.built_for), or for none (every_year); a secondary key stage
    built for no class of its years (no_year_named)."""
    return [f"{item.id}: {line[:1].lower()}{line[1:]}" for item in items if isinstance(item, Lesson)
            for line in (built_for(item, brand) or every_year(item, brand)
                         or no_year_named(item, brand),) if line]


# A year of each secondary key stage, for the note's example.
_EXAMPLE_YEAR = {Audience.KS3: 8, Audience.KS4: 10}


def no_year_named(lesson: Lesson, brand: Brand) -> str:
    """A KS3 or KS4 lesson whose file names no class of its years: its letters home and
    plan say no year group, and a family with children in Years 7 and 9 cannot tell whose
    lesson (at KS4, on sextortion) the letter is about. "" otherwise."""
    year = _EXAMPLE_YEAR.get(lesson.audience)
    if year is None or class_year(lesson.audience, brand) is not None:
        return ""
    return (f"no class named: the letters home and lesson plan say no year group; name it "
            f"with --class \"Year {year}, teacher\" or in the brand file's classes "
            f"(e.g. classes: [\"Year {year}, Ms Rahman\"]) and build again")


def each_class_note(lesson: Lesson, picks: Sequence[tuple[str, str]], brand: Brand) -> str:
    """"live-streaming-ks2: a pack for each class: live-streaming-ks2-year-4 (Year 4, Mr
    Sam Okoro), …" for a key stage built as a pack for each of ``picks`` (its classes, as
    build/run._per_class drew them): each folder named with its class, so whoever prints
    knows which is whose (its files are named with it too). "" for fewer than two."""
    if len(picks) < 2:
        return ""
    packs = ", ".join(f"{class_folder(lesson, for_class(brand, name, teacher))} "
                      f"({entry(name, teacher)})" for name, teacher in picks)
    return f"{lesson.id}: a pack for each class, each with its own plan, route and sheet: {packs}"
