"""The character-names check at a visit: the class teacher's job, dated in the visit brief
and said at the top of the handover's "Before the lesson".

Only the class teacher knows the pupils' names and where they live, and the class teacher
reads the handover and the brief, not the trainer's plan, where the check alone was. A name
found on the day is too late: the letter home has gone, and the child who shares it is
picked out as the child in the story. So the check is due with the DSL's photos, and a match
is rebuilt with them, before the head approves the letters. The names are the pack's own
(plan/story_people), never a list typed here.
"""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import Lesson
from lessonpack.plan import visiting
from lessonpack.plan.story_people import story_people, story_places
from lessonpack.plan.visit_brief.brief_day import Day, Row

# When the check is due: with the DSL's photos (Day.by "photos"), two school days after the
# handovers that ask it reach the teachers, so a match is rebuilt with the photos before the
# head approves the letters and the DSL signs the plans. (Due with the head's last day for
# changes, it came after both: a rebuild then went unsigned and unapproved.)
DUE = "photos"


def names_row(day: Day) -> tuple[Row, ...]:
    """"Wed 16 Dec · Names check · Class teachers and office · Handover's first line; the
    evening's children Leo, Amira, … against the roll. A match? Tell Sam Carter by then.":
    each class teacher checks their handover's names against the class, the office the
    evening's against the school (every family is invited). None when no story names
    anyone."""
    named = [c.label for c in day.classes if story_people(c.fitted).everyone]
    evening = day.evening.names if day.evening else ()
    if not named and not evening:
        return ()
    whose = day.teachers if day.one else "Class teachers"
    checks = ["Handover's first line"] if named else []
    if evening:
        whose = f"{whose} and office" if named else "School office"
        checks.append(f"the evening's {', '.join(evening)} on the roll")
    said = "; ".join(checks)
    return ((day.by(DUE), "Names check", whose,
             f"{said[:1].upper()}{said[1:]}? A match: tell {day.trainer}."),)


def names_line(lesson: Lesson, brand: Brand) -> str:
    """The handover's first job: "By Wed 16 Dec: is a pupil called Zainab, Dev, Mei Chen,
    Baker Bea or Kofi, or by a username on the slides, or do any live on Elm Road? Tell Sam
    Carter, who rebuilds the pack." "" when no story names anyone. ``lesson``: as the class
    is taught it. The usernames (nine in Year 4's stories) are the plan's list and on the
    slides the teacher is sent: listed here too, they ran the one-page sheet onto a second."""
    people = story_people(lesson)
    if not people.everyone:
        return ""
    streets, _schools = story_places(lesson)
    called = [*([_or_list(list(people.names))] if people.names else []),
              *(["by a username on the slides"] if people.usernames else [])]
    lives = f", or do any live on {_or_list(list(streets))}" if streets else ""
    when = Day((), None, brand).by(DUE)
    lead = f"By {when}:" if when[:3] in _WEEKDAYS else "Before the letter home goes:"
    who = visiting.trainer(brand) or "the trainer"
    return (f"{lead} is a pupil called {', or '.join(called)}{lives}? Tell {who}, who "
            "rebuilds the pack.")


_WEEKDAYS = frozenset({"Mon", "Tue", "Wed", "Thu", "Fri"})


def _or_list(words: list[str]) -> str:
    """"a, b or c"."""
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else "".join(words)
