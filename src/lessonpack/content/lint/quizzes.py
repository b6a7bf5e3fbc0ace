"""Multiple-choice questions follow Oak's rules (content brief 8.1) (LP167–LP169).

No "all/none of the above" and no true/false (pupils can guess or game them); no two options
the same (a copy-paste slip that leaves pupils two identical choices). One right answer per
question is the content schema's rule (LP102, content/model.py), checked before any lint runs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem, quizzes
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

ABOVE = "LP167"
TRUE_FALSE = "LP168"
IDENTICAL = "LP169"

_ABOVE = re.compile(r"\b(?:all|none|both|neither)\s+of\s+(?:the\s+)?above\b", re.IGNORECASE)
_TRUE_FALSE = re.compile(r"^\W*(?:true|false)\W*$", re.IGNORECASE)
_TRUE_OR_FALSE_QUESTION = re.compile(r"^\W*true\s+or\s+false\b", re.IGNORECASE)


def _same(text: str) -> str:
    """What makes two options 'the same' to a pupil: case, spacing and end punctuation aside."""
    return " ".join(re.sub(r"[^\w\s']", " ", text.casefold()).split())


def _check(loaded: LoadedItem) -> list[Problem]:
    problems = []
    for loc, question in quizzes(loaded):
        if _TRUE_OR_FALSE_QUESTION.search(question.question):
            problems.append(problem(loaded, (*loc, "question"), TRUE_FALSE,
                                    "true/false questions are a coin toss; write three options "
                                    "with one right answer"))
        seen: dict[str, int] = {}
        for i, option in enumerate(question.options):
            at = (*loc, "options", i, "text")
            if _ABOVE.search(option.text):
                problems.append(problem(loaded, at, ABOVE,
                                        f'option "{option.text}": no "all/none of the above"; '
                                        "give a plausible distractor instead"))
            if _TRUE_FALSE.match(option.text):
                problems.append(problem(loaded, at, TRUE_FALSE,
                                        f'option "{option.text}": no true/false options; write '
                                        "three options with one right answer"))
            key = _same(option.text)
            if key in seen:
                problems.append(problem(loaded, at, IDENTICAL,
                                        f'option "{option.text}" is the same as option '
                                        f"{seen[key] + 1}"))
            else:
                seen[key] = i
    return problems


def check_quizzes(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
