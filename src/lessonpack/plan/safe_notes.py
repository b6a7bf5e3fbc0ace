"""A lesson's "Delivering this lesson safely" notes, as its plan prints them.

A school's own teacher reads them as written, with the content's note on a lesson without a
second adult (move it to a time when one is free). A visiting trainer's second adult is the
class teacher, so their plan says instead that the lesson does not go ahead without the class
teacher, and whom to phone. The note is found by its ``role`` (content/parts.SafeNote), never
by its words, so rewording it cannot hand a visitor the school's version.
"""

from __future__ import annotations

from collections.abc import Sequence

from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import pupil_name
from lessonpack.content.model import Lesson
from lessonpack.content.parts import SafeNote
from lessonpack.content.safeguarding_words import fill, safeguarding_words
from lessonpack.plan.class_line import class_and_teacher
from lessonpack.plan.item_files import Item
from lessonpack.plan.named_people import visitor
from lessonpack.plan.story_people import story_people
from lessonpack.plan.visit_disclosure import dsl_line


def not_without_teacher(item: Item, brand: Brand) -> str:
    """"If Mrs Evans cannot be in the room, the lesson does not go ahead: phone …"."""
    teacher = pupil_name(class_and_teacher(item.audience, brand)[1].strip())
    return fill(safeguarding_words().visitor_without_class_teacher,
                teacher=teacher or "the class teacher", dsl=dsl_line(brand))


# Where a names check lists everyone the pack's stories name (plan/story_people).
STORY_NAMES = "{story names}"


def names_check(notes: Sequence[SafeNote], lesson: Lesson) -> tuple[str, ...]:
    """The check that no pupil shares a character's name, which the plan prints before the
    letter home's date: the letter names the characters, so the check comes first. Its
    ``{story names}`` is everyone ``lesson`` (as the class is taught it) shows: a list
    typed beside the stories left out the usernames on the slides."""
    # Said for the teacher, who asks: no field name of the brand file (a DSL read
    # "character_names: {Pip: a new name}" in a plan as software leaking into a
    # safeguarding document); docs/brand-and-templates.md tells whoever builds the pack.
    people = story_people(lesson)
    return tuple(n.text.replace(STORY_NAMES, people.said())
                 + f" {found_late(n.spares)}" for n in notes if n.role == "names")


def found_late(spares: Sequence[str]) -> str:
    """What to do with a clash found the night before: a teacher who found a Kofi in the
    class that evening read only "build again; never hand-edit", and could not teach. Not
    built again in time, the spare name is said aloud: moving a safeguarding lesson for a
    puppet's name is more harm than a spoken rename, and a hand edit misses the name on the
    pictures, sheets and cards."""
    offered = ", ".join(spares[:-1]) + f" or {spares[-1]}" if len(spares) > 1 else "".join(spares)
    spare = (f"a spare name ({offered}, checked against the class too)" if spares
             else "a name no pupil has")
    return (f"Found the night before? Ask tonight, with {spare}: building again takes "
            "minutes. No time? Tell the class the character's new name and say it aloud "
            "wherever the old one is printed; never edit the files by hand.")


def safe_notes(item: Item, brand: Brand, notes: Sequence[SafeNote]) -> tuple[str, ...]:
    """The notes' texts but the names check (``names_check``); for a visitor, the
    no-second-adult note replaced."""
    kept = [n for n in notes if n.role != "names"]
    if not visitor(brand):
        return tuple(n.text for n in kept)
    return tuple(not_without_teacher(item, brand) if n.role == "no_second_adult" else n.text
                 for n in kept)
