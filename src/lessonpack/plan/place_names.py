"""The places a lesson's stories name, said as the school's file asks (``place_names``).

Mei's stream shows Hillside Primary on her jumper and Elm Road through the window; Sami's
shows Northgate High and Yew Lane. Where one matches a local school or road, a pupil may be
picked out, and the plan asks the teacher to change it. The words are in the story, its
pictures' clues, the notes, the sheet and the plan's answer key: a hand edit in each left
one unchanged. The school's file names the new words once; here every text of the lesson is
rewritten before anything is planned, a whole name at a time (``Elm Road`` is replaced, not
"Elm" in "Elmwood")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def renamed(model: M, names: Mapping[str, str]) -> M:
    """``model`` with every ``names`` key in its texts (dictionary values too) said as its
    value; ``model`` itself when none is given or none is found."""
    if not names:
        return model
    # Longest first, so "4 Elm Road" is never half-matched by a shorter key.
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
    return _model(model, lambda text: pattern.sub(lambda m: names[m[0]], text))


def unmatched(models: Sequence[BaseModel], names: Mapping[str, str]) -> list[str]:
    """The ``names`` keys found, whole and as written, in none of ``models``' texts: a key
    spelt otherwise than the story ("Elm road") would leave the real place in it unseen."""
    said = "\n".join(m.model_dump_json() for m in models)
    return [name for name in names
            if not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", said)]


def _model(model: M, say: Any) -> M:
    update: dict[str, Any] = {}
    for name in type(model).model_fields:
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
