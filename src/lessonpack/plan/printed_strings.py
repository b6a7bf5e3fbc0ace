"""Every string a planned block or slide payload prints, walked once a fill-in list.

The fill-in list walks each deck's slides and each document's blocks twice (the files' line
with the brand's example contacts, the fields' line with the [fields] alone), and the walk
was the largest share of that list's cost. Inside ``walked_once`` a value's strings are
kept by the value itself (held alongside, so an id is never read for another object) for
that one list and dropped after it: nothing is kept from one build to the next, and a
thread's list never sees another's (the memo is a context variable).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from lessonpack.plan.field_names import field_names

# Speaker notes are the teacher's script, never on a slide; a file's name is not printed;
# a help slide's ``series`` is its whole run's cards, kept only to size its own alike (the
# second slide of the run prints none of the first's names).
_UNPRINTED = frozenset({"notes", "meta", "filename", "series"})

_Memo = dict[int, tuple[object, tuple[str, ...]]]
_MEMO: ContextVar[_Memo | None] = ContextVar("printed_strings", default=None)


@lru_cache(maxsize=512)  # one entry a class: a few hundred at most
def _printed_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of dataclass ``cls`` that print; None for a class that is no dataclass."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(n for n in field_names(cls) if n not in _UNPRINTED)


def _gather(value: object, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _gather(item, found)
    elif not isinstance(value, type):
        cls: type = type(value)
        for name in _printed_fields(cls) or ():
            _gather(getattr(value, name), found)


def printed_strings(value: object) -> tuple[str, ...]:
    """Every string ``value`` prints, in order, through tuples, lists and dataclasses
    (speaker notes left out). Gathered into one list, not yielded up through a generator
    a level: a string passed up every level of nested generators cost more than the walk."""
    memo = _MEMO.get()
    kept = memo.get(id(value)) if memo is not None else None
    if kept is not None and kept[0] is value:
        return kept[1]
    found: list[str] = []
    _gather(value, found)
    strings = tuple(found)
    if memo is not None and not isinstance(value, (str, list)):  # a list may change
        memo[id(value)] = (value, strings)
    return strings


@contextmanager
def walked_once() -> Iterator[None]:
    """Within: a value's strings are walked once, however often they are asked for."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)
