"""Platform age rules on a slide say when they were checked (LP179, with evidence advice).

The apps change their rules (YouTube raised the age to stream alone to 16 in July 2025), and a
rule on a slide with no date cannot be trusted or rechecked: it needs an
"accurate as of <month year>" line wherever pupils or parents see one. So slide text that
names TikTok, YouTube or Instagram with an age must also say "as of" or a month and year
somewhere on the same slide: in the same list (learning-cycle points and feedback, key
messages, a workshop section's points), or in the same part for single fields (a scenario's
story and question). ``{{ rules_checked }}`` gives the month the rules in facts.yml were
checked. Slide text is what the content model marks ON_SLIDE (``PupilText``, ``SlideLine``),
so a new kind's fields are checked as soon as they are marked, whatever they are called.

Pupils' slides are the exception: a month on a Year 4 slide read like a note to the teacher and,
taught a month later, stamped a past date on the board. A pupils' slide may
instead say the rules change ("Rules change: check the app"), provided the lesson's own
checklist dates them (``{{ rules_checked }}`` or "as of"), where the teacher re-checks them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from lessonpack.content.lint._common import problem
from lessonpack.content.lint.evidence import CODE
from lessonpack.content.lint.readability import slide_text
from lessonpack.content.model import ON_SLIDE, SLIDE_TEXT
from lessonpack.content.yamlsource import FieldPath
from lessonpack.errors import Problem

if TYPE_CHECKING:
    from lessonpack.content.loader import ContentIndex, LoadedItem

_RULE = re.compile(r"\b(?:TikTok|YouTube|Instagram)\b.*?\b1[3-8]\b|\b1[3-8]\b.*?"
                   r"\b(?:TikTok|YouTube|Instagram)\b", re.IGNORECASE)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_DATED = re.compile(rf"\bas of\b|\b(?:{_MONTHS}) \d{{4}}\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:rules|they) change\b|\bcheck the app\b", re.IGNORECASE)
_CHECKED = re.compile(r"\{\{\s*rules_checked\s*\}\}|\bas of\b", re.IGNORECASE)


def states_age_rule(text: str) -> bool:
    """The text gives a platform's age rule ("TikTok 18"): a letter home that does is
    checked before it is printed (plan/visit_brief)."""
    return bool(_RULE.search(text))


def _checklist_dates_rules(item: object) -> bool:
    """The lesson's safeguarding checklist says when its age rules were checked."""
    checklist = getattr(getattr(item, "safeguarding", None), "checklist", None) or []
    return any(_CHECKED.search(line if isinstance(line, str) else getattr(line, "text", ""))
               for line in checklist)


# Lists of records whose records are one slide's points, as a list of lines is: a cycle's
# big ideas written with their cards (kinds/idea_cards) are one slide.
_ONE_SLIDE = ("big_ideas",)


def _slide_of(loc: FieldPath) -> FieldPath:
    """The slide a text at ``loc`` is on: its list's (a list's items are one slide's bullets;
    a single field goes with its part's others), or its list of records' in ``_ONE_SLIDE``."""
    for n, key in enumerate(loc):
        if key in _ONE_SLIDE:
            return loc[:n + 1]
    return loc[:-1]


def _check(loaded: LoadedItem) -> list[Problem]:
    lists: dict[FieldPath, list[tuple[FieldPath, str]]] = defaultdict(list)
    for loc, text in slide_text(loaded.item, mark=ON_SLIDE):
        lists[_slide_of(loc)].append((loc, text))
    pupils = {loc for loc, _text in slide_text(loaded.item, mark=SLIDE_TEXT)}
    dated_in_checklist = _checklist_dates_rules(loaded.item)
    problems = []
    for items in lists.values():
        stated = [(loc, text) for loc, text in items if _RULE.search(text)]
        if stated and all(loc in pupils for loc, _text in items) and dated_in_checklist \
                and any(_CHANGE.search(text) for _loc, text in items):
            continue  # a pupils' slide: "rules change", dated in the teacher's checklist
        if stated and not any(_DATED.search(text) for _loc, text in items):
            loc, text = stated[0]
            problems.append(problem(
                loaded, loc, CODE,
                "platform age rule on a slide without when it was checked; add "
                '"(rules as of {{ rules_checked }})" to this slide\'s points'))
    return problems


def check_age_rules_dated(index: ContentIndex) -> list[Problem]:
    return [p for loaded in index.items.values() for p in _check(loaded)]
