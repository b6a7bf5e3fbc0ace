"""The build's warning when a school's parents' pack has no headteacher to phone.

A parents' session often runs at 6pm, when the office has shut. Its disclosure route ends
"neither safeguarding lead free: phone the headteacher", so the pack prints the head's name
and out-of-hours phone, or a yellow field for what the school's file leaves out. A field in
the notes is easy to miss, and it is the line that matters when both leads are off site: the
build says so before anything is printed, naming the file and the field to add.
"""

from __future__ import annotations

from pathlib import Path

from lessonpack.content.brand import Brand
from lessonpack.errors import Problem, problem_at
from lessonpack.io.paths import display_path
from lessonpack.plan.visiting import head

CODE = "LP148"


def head_warnings(brand: Brand, parents_pack: bool, school_file: Path | None,
                  brand_file: Path | None) -> list[Problem]:
    """One warning at the school file, else the brand file (neither: the built-in look,
    whose fields the notes' "Fill in first" box lists) when the build makes the
    ``parents_pack`` and ``brand`` gives no headteacher, or no out-of-hours phone for them.
    A lesson's own papers never phone the head at 6pm."""
    source = school_file or brand_file
    if source is None or not parents_pack:
        return []
    named = head(brand)
    if not named:
        return [problem_at(display_path(source), CODE, (
            "the parents' pack names no headteacher to phone when neither safeguarding lead "
            "is free at the session; add headteacher and headteacher_phone (a phone that "
            "answers out of school hours), or fill in the yellow field before printing"),
            field="headteacher")]
    if not brand.headteacher_phone.strip():
        return [problem_at(display_path(source), CODE, (
            f"the parents' pack gives no phone for {named} when neither safeguarding lead "
            "is free at the session; add headteacher_phone (one that answers out of school "
            "hours), or fill in the yellow field before printing"),
            field="headteacher_phone")]
    return []
