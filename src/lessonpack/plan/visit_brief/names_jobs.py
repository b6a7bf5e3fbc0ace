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
from lessonpack.plan.story_people import StoryPeople, story_people, story_places
from lessonpack.plan.visit_brief.brief_day import Day, Dues, Row

# When the check is due: with the DSL's photos (Day.by "photos"), two school days after the
# handovers that ask it reach the teachers, so a match is rebuilt with the photos before the
# head approves the letters and the DSL signs the plans. (Due with the head's last day for
# changes, it came after both: a rebuild then went unsigned and unapproved.)
DUE = "photos"


def names_row(day: Day) -> tuple[Row, ...]:
    """"Wed 16 Dec · Names check · Class teachers and office · Year 2: Pip, Olly; username
    ZoomZoom. Year 4: …; Elm Road; Hillside Primary. Evening (every family): Leo, Amira;
    usernames LeosDad_Tom, …. A pupil or family with one of these names …": every name in
    full, as the built pack's stories give them, so the office checks them without the
    slides; each class teacher checks their class's, the office the evening's (every family
    is invited). None when no story names anyone."""
    lists = [(c.label, _listed(c.fitted)) for c in day.classes]
    places = any(any(story_places(c.fitted)) for c in day.classes)
    named = [(label, said) for label, said in lists if said]
    evening = _said(day.evening.people, (), ()) if day.evening else ""
    if not named and not evening:
        return ()
    whose = day.teachers if day.one else "Class teachers"
    # Each list ends with a full stop: "…; Hillside Primary A pupil or family …" ran the
    # list into the next sentence.
    said = [f"{said}." if day.one else f"{label}: {said}." for label, said in named]
    if evening:
        whose = f"{whose} and office" if named else "School office"
        said.append(f"Evening (every family): {evening}.")
    where = ", or at one of these places" if places else ""
    what = (f"{' '.join(said)} A pupil or family with one of these names{where}: tell "
            f"{day.trainer}, who renames it.")
    return ((day.by(DUE), "Names check", whose, what),)


def _listed(lesson: Lesson) -> str:
    """Everyone and everywhere ``lesson``'s stories name: "Zainab, Dev; usernames
    FootyFan_Leo, …; Elm Road; Hillside Primary"."""
    streets, schools = story_places(lesson)
    return _said(story_people(lesson), streets, schools)


def _said(people: StoryPeople, streets: tuple[str, ...], schools: tuple[str, ...]) -> str:
    return "; ".join(p for p in (people.said(), *streets, *schools) if p)


def names_line(lesson: Lesson, brand: Brand) -> str:
    """The handover's first job: "By Wed 16 Dec: is a pupil called Zainab, Dev, Mei Chen,
    Bea or Kofi, or known online as FootyFan_Leo, …? Does any pupil live on Elm Road, or is
    a school nearby called Hillside Primary? A match: tell Sam Carter, who renames it." "" when no
    story names anyone. ``lesson``: as the class is taught it. Every username is listed:
    the teacher has not seen the slides when the check is due."""
    people = story_people(lesson)
    if not people.everyone:
        return ""
    streets, schools = story_places(lesson)
    called = [*([_or_list(list(people.names))] if people.names else []),
              *([f"known online as {_or_list(list(people.usernames))}"]
                if people.usernames else [])]
    asks = [f"is a pupil called {', or '.join(called)}?"]
    where = [*([f"does any pupil live on {_or_list(list(streets))}"] if streets else []),
             *([f"is a school nearby called {_or_list(list(schools))}"] if schools else [])]
    if where:
        said = ", or ".join(where)
        asks.append(f"{said[:1].upper()}{said[1:]}?")
    when = Dues(brand).when(DUE).short
    lead = f"By {when}:" if when else "Before the letter home goes:"
    who = visiting.trainer(brand) or "the trainer"
    return f"{lead} {' '.join(asks)} A match: tell {who}, who renames it."


def _or_list(words: list[str]) -> str:
    """"a, b or c"."""
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else "".join(words)
