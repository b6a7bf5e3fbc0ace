"""A visit day as the school file books it, and its one brief.

A trainer who teaches Year 2 and Year 4 at one school and runs the parents' evening the same
day sends the school one brief. What it covers is the school file's, never the command's:
the classes it names (``classes``, ``class_name``, with their ``lesson_times`` and
``class_sizes``) are taught on its ``lesson_date``, and the parents' session joins them
when ``parents_session_date`` falls that day. Rebuilding Key Stage 2 alone writes the same
brief, byte for byte, at the same place: the build's output root, named by the school and
the day (``visit_brief.brief_name``), where the office finds it whichever pack it was sent.
A file that names no class by its year (or no school file at all) books what the build
built, within its phase's key stages (a primary: KS1 and KS2): a trainer's Key Stage 2 pack
gets a brief for Key Stage 2 alone, never a print run of files it was not sent. A parents'
session on another day is a visit of its own: its brief stays in its pack.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace

from lessonpack.content.brand import PHASE_KEY_STAGES, Brand
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.plan import named_people
from lessonpack.plan.letter_dates import same_day
from lessonpack.plan.model import DocPlan
from lessonpack.plan.parents.parents_visit import evening_jobs, plan_parents_brief
from lessonpack.plan.school_classes import by_year, classes_of, for_class
from lessonpack.plan.visit_brief.brief import plan_day_brief
from lessonpack.plan.visit_brief.brief_day import Taught

_ORDER = list(Audience)


def evening_on_the_day(brand: Brand) -> bool:
    """The parents' session falls on the lessons' day ("Friday 22 January 2027, 6pm" on
    "Fri 22 Jan 2027"): its jobs are in the day's brief."""
    return same_day(brand.parents_session_date, brand.lesson_date)


def booked(lessons: Mapping[Audience, Lesson], brand: Brand,
           built: Collection[Audience] | None = None) -> tuple[Taught, ...]:
    """The classes the school file books, each with its key stage's lesson, in key-stage
    order and the file's order within one: a key stage with two classes (Year 4 and Year 6)
    gives each its own, drawn for that class. No class named by its year: the key stages
    ``built`` (every one when None) within the phase's, one class each."""
    out: list[Taught] = []
    for audience in sorted(lessons, key=_ORDER.index):
        ours = classes_of(audience, brand)
        if len(ours) > 1:
            out += [Taught(lessons[audience], for_class(brand, *c)) for c in by_year(ours)]
        elif ours:
            out.append(Taught(lessons[audience], brand))
    if out:
        return tuple(out)
    allowed = PHASE_KEY_STAGES.get(brand.phase)
    return tuple(Taught(lessons[a], brand) for a in sorted(lessons, key=_ORDER.index)
                 if (allowed is None or a.value in allowed) and (built is None or a in built))


def day_brief(lessons: Mapping[Audience, Lesson], session: ParentSession | None,
              brand: Brand, help_slide: Callable[[Lesson, Brand], str] | None = None,
              built: Collection[Audience] | None = None) -> DocPlan | None:
    """The visit day's brief from the topic's lessons (every key stage's) and its parents'
    session; None for a school's own staff. ``built``: the audiences the build made, which
    a school file naming no class leaves to say what is taught (None: every key stage).
    ``help_slide``: a class's slide with the DSL's photo, from its deck plan
    (plan/pack.help_slide_of)."""
    if not named_people.visitor(brand):
        return None
    jobs = evening_jobs(session, brand) if session is not None and \
        evening_on_the_day(brand) else None
    evening = (session, jobs) if session is not None and jobs is not None else None
    classes = booked(lessons, brand, built)
    if not classes:
        return None
    if help_slide is not None:
        classes = tuple(replace(c, help_slide=help_slide(c.lesson, c.brand)) for c in classes)
    return plan_day_brief(classes, evening, brand)


def parents_brief(session: ParentSession, brand: Brand) -> DocPlan | None:
    """The parents' pack's own brief when its evening is not the lesson day's (then the
    day's brief says its jobs); None for a school's own staff."""
    if not named_people.visitor(brand) or evening_on_the_day(brand):
        return None
    return plan_parents_brief(session, brand)
