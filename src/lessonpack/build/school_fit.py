"""A school file built for a key stage it does not teach: one warning naming the file.

A trainer who keeps a school's file and builds every key stage they teach (or mistypes one)
put a primary school's crest and its DSL's office on a Key Stage 4 sextortion deck, with only
"no class named" said. A key stage the school's phase leaves out, or none of whose years the
file's classes name when it names some by their year, is warned of (LP147): the pack is still
built, as a trainer may mean it (a middle school, a class named another way).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lessonpack.content.brand import Brand, audiences_for_phase
from lessonpack.content.model import Lesson, ParentSession
from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path
from lessonpack.plan.class_line import key_stage_of, split_class


def school_fit_warnings(items: Sequence[Lesson | ParentSession], brand: Brand,
                        school_file: Path | None) -> list[Problem]:
    """LP147 for each pupils' lesson in ``items`` whose key stage the school of
    ``school_file`` (merged into ``brand``) does not teach, by its phase or its classes."""
    if school_file is None:
        return []
    named = [split_class(c)[0] for c in (brand.class_name, *brand.classes)
             if key_stage_of(c) is not None]
    stages = {key_stage_of(c) for c in named}
    found = []
    for item in items:
        if not isinstance(item, Lesson):
            continue
        audience = item.audience
        _kept, left_out = audiences_for_phase(brand.phase, [audience])
        if left_out:
            why = f"its phase is {brand.phase}"
        elif named and audience not in stages:
            why = f"its classes ({', '.join(dict.fromkeys(named))}) are none of {audience.value}"
        else:
            continue
        found.append(problem_at(
            display_path(school_file), "LP147",
            f"{item.id}: built for {audience.value}, but this school file is not: {why}; its "
            "name, crest and safeguarding lead are on the pack. Check the school file is the "
            "right one, or build without --school"))
    return found
