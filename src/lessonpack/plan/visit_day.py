"""Which pack of a visit holds the visit's brief, and what that brief covers.

A trainer who teaches Year 2 and Year 4 at one school and runs the parents' evening the same
day used to send three briefs, each repeating the files' email, the DSL's sign-off and the
letters' day. The build passes every pack it makes with one look (the same brand, school
file and lesson date) as the visit (``build.run``): its lessons are taught on the school
file's ``lesson_date``, and its parents' session joins them when ``parents_session_date``
is that day. The visit's one brief goes in the first lesson's pack (KS1 before KS2); the
other packs of the day have none. A session on another day keeps a brief of its own, and
the day's brief points to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience, Lesson, ParentSession
from lessonpack.plan import common
from lessonpack.plan.model import DocPlan
from lessonpack.plan.parents_visit import evening_jobs, plan_parents_brief
from lessonpack.plan.visit_brief import plan_day_brief

Item = Lesson | ParentSession
_ORDER = list(Audience)


def same_day(session_date: str, lesson_date: str) -> bool:
    """"Friday 22 January 2027, 6pm" falls on "Friday 22 January 2027"."""
    day = session_date.split(",")[0].strip()
    return bool(day) and day == lesson_date.strip()


def visit_day(item: Item, visit: Sequence[Item], brand: Brand
              ) -> tuple[list[Lesson], ParentSession | None]:
    """The lessons of ``item``'s visit (its topic, in key-stage order) and its parents'
    session when that is the lessons' day; ``item`` alone when no visit is given."""
    found = {i.id: i for i in (*visit, item) if i.topic == item.topic}
    ordered = sorted(found.values(), key=lambda i: _ORDER.index(i.audience))
    lessons = [i for i in ordered if isinstance(i, Lesson)]
    session = next((i for i in ordered if isinstance(i, ParentSession)), None)
    on_the_day = session is not None and bool(lessons) and same_day(
        brand.parents_session_date, brand.lesson_date)
    return lessons, session if on_the_day else None


def brief_for(item: Item, visit: Sequence[Item], brand: Brand) -> DocPlan | None:
    """``item``'s pack's brief: the day's for the visit's first lesson, the session's own
    when its evening is not a lesson day's, none for the rest; None for a school's own
    staff."""
    if not common.visitor(brand):
        return None
    lessons, session = visit_day(item, visit, brand)
    if isinstance(item, ParentSession):
        return None if session is not None else plan_parents_brief(item, brand)
    if lessons[0].id != item.id:
        return None  # the day's brief is in the first lesson's pack
    jobs = evening_jobs(session, brand) if session is not None else None
    return plan_day_brief(lessons, (session, jobs) if session and jobs else None, brand)
