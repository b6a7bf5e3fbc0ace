"""The places a lesson's stories name, said as the school's file asks (``place_names``).

Mei's stream shows Hillside Primary on her jumper and Elm Road through the window; Sami's
shows Northgate High and Yew Lane. Where one matches a local school or road, a pupil may be
picked out, and the plan asks the teacher to change it. The words are in the story, its
pictures' clues, the notes, the sheet and the plan's answer key: a hand edit in each left
one unchanged. The school's file names the new words once; here the lesson's prose (never
its ids or fixed choices) is rewritten before anything is planned, a whole name at a time
(``Elm Road`` is replaced, not "Elm" in "Elmwood")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel

from lessonpack.content.brand import Brand

M = TypeVar("M", bound=BaseModel)


def renamed(model: M, names: Mapping[str, str]) -> M:
    """``model`` with every ``names`` key in its prose (dictionary values too) said as its
    value, its identifiers as written (``IDENTIFIERS``); ``model`` itself when none is given
    or none is found."""
    if not names:
        return model
    # Longest first, so "4 Elm Road" is never half-matched by a shorter key.
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
    return _model(model, lambda text: pattern.sub(lambda m: names[m[0]], text))


def story_renames(brand: Brand) -> dict[str, str]:
    """The school's own words for its stories' places (``place_names``) and for any
    character or username a pupil shares (``character_names``), applied together."""
    return {**brand.place_names, **brand.character_names}


def unmatched(models: Sequence[BaseModel], names: Mapping[str, str]) -> list[str]:
    """The ``names`` keys found, whole and as written, in none of ``models``' texts: a key
    spelt otherwise than the story ("Elm road") would leave the real place in it unseen."""
    said = "\n".join(m.model_dump_json() for m in models)
    return [name for name in names
            if not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", said)]


# Fields that name something rather than say it: ids, answer letters, picture and source
# names, year spans. A place in one (a picture called "elm-road", an id "Elm Road") is a
# reference other content looks up by its exact words, so it is never rewritten.
IDENTIFIERS = frozenset({"id", "key", "picture", "animal", "sources", "topic", "years"})


def _identifier(cls: type[BaseModel], name: str) -> bool:
    """Whether field ``name`` of ``cls`` names something (``IDENTIFIERS``, or a choice
    among fixed words: a Literal or an Enum) rather than holding prose."""
    return name in IDENTIFIERS or _fixed_words(cls.model_fields[name].annotation)


def _fixed_words(annotation: Any) -> bool:
    """A Literal or an Enum, alone or in an Optional, a list or a union."""
    if get_origin(annotation) is Literal:
        return True
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return True
    args = get_args(annotation)
    return bool(args) and get_origin(annotation) is not Literal and all(
        _fixed_words(a) or a is type(None) for a in args)


def _model(model: M, say: Any) -> M:
    update: dict[str, Any] = {}
    cls = type(model)
    for name in cls.model_fields:
        if _identifier(cls, name):
            continue
        value = getattr(model, name)
        new = _value(value, say)
        if new is not value:
            update[name] = new
    return model.model_copy(update=update) if update else model


def _value(value: Any, say: Any) -> Any:
    """``value`` with its texts said anew; the same object when nothing in it changed."""
    if isinstance(value, str):
        new = say(value)
        return value if new == value else new
    if isinstance(value, BaseModel):
        return _model(value, say)
    if isinstance(value, (list, tuple)):
        items = [_value(v, say) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return type(value)(items)
    if isinstance(value, dict):
        pairs = {k: _value(v, say) for k, v in value.items()}
        return value if all(pairs[k] is value[k] for k in value) else pairs
    return value
