"""A topic's picture words: which picture an item gets from its words when its content names
none (``picture:``). They are the topic's content, in ``picture-words.yml`` beside its lessons,
never code: a topic without the file gets pictures only where its content names them, so a
second topic's words never pick the first topic's pictures.

Each row's ``match`` is a regular expression searched in the item's lower-cased text; the first
row that matches gives the picture. The sections are the items that look words up:

- ``words``: ground rules, key words and a learning cycle's title and outcome;
- ``cards``: a sort card read aloud to children who cannot read yet;
- ``options``: a quiz answer read aloud to children who cannot read yet;
- ``points``: a parents' slide's points (all of a slide's points get one, or none does);
- ``props``: what a story mentions, drawn in its live stream's video (``alt`` says what it
  gives away).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from lessonpack.content.model import Chars, PictureName, Strict

FILE = "picture-words.yml"


def _pattern(text: str) -> str:
    try:
        re.compile(text)
    except re.error as exc:
        raise ValueError(f"not a regular expression ({exc})") from None
    return text


Pattern = Annotated[str, Chars(200), AfterValidator(_pattern)]


class WordPicture(Strict):
    match: Pattern
    picture: PictureName


class Prop(WordPicture):
    alt: Annotated[str, Chars(120)]


class PictureWords(Strict):
    words: list[WordPicture] = Field(default_factory=list)
    cards: list[WordPicture] = Field(default_factory=list)
    options: list[WordPicture] = Field(default_factory=list)
    points: list[WordPicture] = Field(default_factory=list)
    props: list[Prop] = Field(default_factory=list)


# No file: no word picks a picture.
NONE = PictureWords()


def first(rows: list[WordPicture], text: str) -> str | None:
    """The picture of the first row whose pattern is in ``text`` (lower-cased), else None."""
    lowered = text.lower()
    return next((row.picture for row in rows if re.search(row.match, lowered)), None)
