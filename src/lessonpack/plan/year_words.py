"""A lesson's words for one year group (``year_words``), put in every place pupils read them.

Year 7 at our schools is told about Report Remove as "a private picture of you" where Years
8–9 read "a nude of you". A pack made for no one class is worded for the key stage's
youngest year: it sits in a shared folder and any class may be taught from it, so only the
youngest's words are safe for all. The words sit in a slide's lines, the help slide's
service line, the worksheet's help box and the take-away cards, some from the lesson and
some from the facts file's helplines: a hand edit in four places left a class with two
messages when one was missed. Built for a class in the years, both the lesson and the
helplines it prints are rewritten here, once, before anything is planned.

Only text pupils read is rewritten: the fields the content model marks SLIDE_TEXT or
PUPIL_PAPER (content/fields.PUPILS_READ). Ids, picture names, addresses, the teacher's notes
and the ``year_words`` entries themselves keep their text. Every entry is matched in one pass,
so a replacement is never rewritten again by a later entry."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

from lessonpack.content.facts_model import FactsFile
from lessonpack.content.fields import PUPILS_READ, is_marked
from lessonpack.content.model import Audience, Lesson
from lessonpack.content.routes import YearWords

M = TypeVar("M", bound=BaseModel)

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
    said = _Said(chosen)
    helplines = [said.model(h) for h in facts.helplines]
    return said.model(lesson), facts.model_copy(update={"helplines": helplines})


class _Said:
    """The chosen entries as one pattern: each match said its entry's way, a capital kept
    where a line starts with the words ("A nude of you online")."""

    def __init__(self, words: list[YearWords]) -> None:
        # Longest first, so a longer entry wins where one entry's words hold another's.
        ordered = sorted(words, key=lambda w: -len(w.words))
        self._say = {w.words.lower(): w.say for w in reversed(ordered)}
        self._pattern = re.compile("|".join(re.escape(w.words) for w in ordered),
                                   re.IGNORECASE)

    def text(self, text: str) -> str:
        return self._pattern.sub(self._one, text)

    def _one(self, found: re.Match[str]) -> str:
        say = self._say[found[0].lower()]
        return say[:1].upper() + say[1:] if found[0][:1].isupper() else say

    def model(self, model: M) -> M:
        """``model`` with its pupil-read fields said this way, and the models inside it."""
        update: dict[str, Any] = {}
        for name, info in type(model).model_fields.items():
            value = getattr(model, name)
            if value is None:
                continue
            if any(is_marked(info.annotation, info.metadata, mark) for mark in PUPILS_READ):
                new = (self.text(value) if isinstance(value, str)
                       else [self.text(v) for v in value])
            else:
                new = self._inside(value)
            if new != value:
                update[name] = new
        return model.model_copy(update=update) if update else model

    def _inside(self, value: Any) -> Any:
        """The models in an unmarked field (itself, a list's or a mapping's), each said this
        way; anything else as it is."""
        if isinstance(value, BaseModel):
            return self.model(value)
        if isinstance(value, list):
            return [self._inside(v) for v in value]
        if isinstance(value, dict):
            return {k: self._inside(v) for k, v in value.items()}
        return value
