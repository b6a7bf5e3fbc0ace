"""A teacher's paper as whoever teaches reads it: the school's own staff see no asides for a
visiting trainer; a visitor's pack keeps them. The lesson plan and the teacher notes both
pass their blocks through here (plan/lesson_plan, plan/teacher_notes)."""

from __future__ import annotations

from lessonpack.content.brand import Brand
from lessonpack.content.model import FactsFile
from lessonpack.plan import named_people, source_codes, visiting
from lessonpack.plan.model import Block


def without_visitor_asides(blocks: tuple[Block, ...], brand: Brand,
                           facts: FactsFile | None = None) -> tuple[Block, ...]:
    """The blocks as the school's own teacher reads them: no asides for a visiting trainer
    (they cluttered the safeguarding steps of Miss Cole's own plan); kept for a visitor's
    pack. With ``facts``, citation codes removed too, in the same walk of every text (a walk
    of a whole plan is a per cent or two of a warm pack)."""
    strip = source_codes.code_stripper(facts) if facts is not None else None
    if named_people.visitor(brand):
        return blocks if strip is None else source_codes.map_texts(blocks, strip)
    if strip is None:
        return source_codes.map_texts(blocks, lambda text: visiting.for_own_staff(text, brand))
    return source_codes.map_texts(
        blocks, lambda text: visiting.for_own_staff(strip(text), brand))
