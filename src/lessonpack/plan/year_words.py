"""A lesson's words for one year group (``year_words``), put in every place pupils read them.

Year 7 at our schools is told about Report Remove as "a private picture of you" where Years
8–9 read "a nude of you". A pack made for no one class is worded for the key stage's
youngest year: it sits in a shared folder and any class may be taught from it, so only the
youngest's words are safe for all. The words sit in a slide's lines, the help slide's
service line, the worksheet's help box and the take-away cards, some from the lesson and
some from the facts file's helplines: a hand edit in four places left a class with two
messages when one was missed. Built for a class in the years, both the lesson and the
helplines it prints are rewritten here, once, before anything is planned."""

from __future__ import annotations

import functools
import re
from typing import TypeVar, cast

from pydantic import BaseModel

from lessonpack.content.facts_model import FactsFile
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.routes import YearWords

T = TypeVar("T")

# The first year group of each key stage (England): whom a pack for the whole stage must suit.
FIRST_YEAR: dict[Audience, int] = {Audience.KS1: 1, Audience.KS2: 3, Audience.KS3: 7,
                                   Audience.KS4: 10}


def for_year(lesson: Lesson, facts: FactsFile, year: int | None
             ) -> tuple[Lesson, FactsFile]:
    """``lesson`` and ``facts`` with the year's words in place of the lesson's; unchanged for
    a class outside every ``year_words`` entry. No class year (``None``): the key stage's
    first year's words."""
    if year is None:
        year = FIRST_YEAR.get(lesson.audience)
    chosen = [w for w in lesson.year_words if year is not None and w.covers(year)]
    if not chosen:
        return lesson, facts
    helplines = _replaced(facts.helplines, chosen)
    return (_replaced(lesson, chosen),
            facts.model_copy(update={"helplines": helplines}))


def _replaced(value: T, words: list[YearWords]) -> T:
    """``value`` (a model, list or text) with each entry's words said its way; a capital kept
    where a line starts with them ("A nude of you online")."""
    if type(value) is str:  # an enum's value (a key stage) is a name, not words
        return cast(T, _said(cast(str, value), words))
    if isinstance(value, BaseModel):
        return value.model_copy(update={  # type: ignore[return-value]
            name: _replaced(getattr(value, name), words)
            for name in type(value).model_fields})
    if isinstance(value, list):
        return [_replaced(v, words) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_replaced(v, words) for v in value)  # type: ignore[return-value]
    return value


def _said(text: str, words: list[YearWords]) -> str:
    for w in words:
        text = re.sub(re.escape(w.words), functools.partial(_same_case, say=w.say), text,
                      flags=re.IGNORECASE)
    return text


def _same_case(found: re.Match[str], say: str) -> str:
    return say[:1].upper() + say[1:] if found[0][:1].isupper() else say
