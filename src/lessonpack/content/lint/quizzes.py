"""Multiple-choice questions follow Oak's rules (content brief 8.1) (LP167–LP169, LP174, LP178).

No "all/none of the above" and no true/false (pupils can guess or game them); no two options
the same (a copy-paste slip that leaves pupils two identical choices). One right answer per
question is the content schema's rule (LP102, content/model.py), checked before any lint runs.
The right answers of a quiz are spread over the letters, so "always B" is not a strategy
(LP174), and an explanation never points at an option by position, because options are shown
shuffled: "the first comment" in the answer key may be option B on the slide (LP178).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem, quizzes
from lessonpack.content.model import QuizQuestion
from lessonpack.content.parts import option_letter
from lessonpack.content.yamlsource import FieldPath
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

ABOVE = "LP167"
TRUE_FALSE = "LP168"
IDENTICAL = "LP169"
SPREAD = "LP174"
POSITION = "LP178"

_POSITIONAL = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|last|top|bottom)\s+"
    r"(?:option|answer|comment|choice|one|reply|message)s?\b"
    r"|\b(?:option|answer|choice)\s+(?:(?-i:[A-D])|[1-4])\b"
    r"|\bthe\s+other\s+(?:two|three)\b", re.IGNORECASE)

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


def _groups(loaded: LoadedItem) -> dict[str, list[tuple[FieldPath, QuizQuestion]]]:
    """Questions pupils meet as one set: the exit quiz, the parents' quiz, a lesson's checks."""
    groups: dict[str, list[tuple[FieldPath, QuizQuestion]]] = {}
    for loc, question in quizzes(loaded):
        name = ("the checks for understanding" if "checks" in loc
                # each phase's quiz is a set of its own: a school's parents meet one of them
                else f"quiz variant {int(loc[1]) + 1}" if loc[0] == "quiz_variants"
                else f"the {loc[0]}")
        groups.setdefault(name.replace("_", " "), []).append((loc, question))
    return groups


def _spread(loaded: LoadedItem) -> list[Problem]:
    problems = []
    for name, questions in _groups(loaded).items():
        if len(questions) < 2:
            continue
        letters = [option_letter(q.arranged[1]) for _, q in questions]
        for letter in sorted(set(letters)):
            count = letters.count(letter)
            if count * 2 > len(letters):
                loc = questions[letters.index(letter)][0]
                part = loc[0] in ("cycles", "route_cycles", "quiz_variants")
                problems.append(problem(
                    loaded, loc[:-1] if part else loc[:1], SPREAD,
                    f"{letter} is the right answer to {count} of the {len(letters)} questions "
                    f"in {name} ({''.join(letters)}); no letter may be keyed for more than "
                    "half: set 'key:' on some questions to spread them"))
    return problems


def _positional(loaded: LoadedItem) -> list[Problem]:
    problems = []
    for loc, question in quizzes(loaded):
        match = _POSITIONAL.search(question.explanation)
        if match:
            problems.append(problem(
                loaded, (*loc, "explanation"), POSITION,
                f'the explanation says "{match.group()}", but options are shown shuffled; name '
                "the option by its words instead"))
    return problems


def check_quizzes(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values()
            for p in (*_check(loaded), *_spread(loaded), *_positional(loaded))]
