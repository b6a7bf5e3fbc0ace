"""A mention of a visiting trainer that the school's own lesson plan could not drop (LP158).

The lesson plan a school's own teacher gets leaves out the asides written for a visiting
trainer, "(a visitor asks the class teacher)" (content/wording.py ``VISITOR_ASIDE``). An aside
written another way ("(visitors: ask the class teacher)") would stay in that teacher's plan,
and a later pattern change could drop more than the aside; this refuses it where it is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem, text_fields
from lessonpack.content.wording import VISITOR_ASIDE, VISITOR_WORD
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

CODE = "LP158"


def _check(loaded: LoadedItem) -> list[Problem]:
    problems = []
    for loc, text in text_fields(loaded):
        left = VISITOR_WORD.search(VISITOR_ASIDE.sub("", text))
        if left:
            problems.append(problem(
                loaded, loc, CODE,
                f"'{left[0]}' outside an aside the school's own lesson plan can leave out; "
                "write it as '(a visitor …)', '(visiting? …)', 'A visitor … .' or "
                "'If you are visiting, … .'"))
    return problems


def check_visitor_asides(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
