"""Faster, same-result versions of two python-docx element helpers (its only patch).

Every ``get_or_add_*`` python-docx makes (``pPr.get_or_add_spacing()``,
``rPr.get_or_add_sz()``...) finds where the new child goes with
``BaseOxmlElement.first_child_found_in(*successors)``: for each of up to forty successor
tag names, ``qn`` rebuilds its Clark name and ``find`` scans the children. A pack makes
thousands of these calls, about a sixth of its render time. ``install`` replaces

- ``first_child_found_in``: the successors' Clark names and ranks are worked out once per
  tag list, and a short child list (a pPr or rPr has a handful) is walked once, keeping the
  child whose tag comes first in the list, the first such in document order: the element
  the library's loop returns. A long child list (a body) keeps the library's ``find`` loop,
  with the names looked up once;
- ``qn`` as ``xmlchemy``'s child getters call it, with a cached copy (the same pure
  function of the tag).

Output is unchanged: the same child is found, so every element goes where the library put
it (``tests/test_docx_speed.py`` compares both against the library's own on shuffled
children, and ``tools/sample_hashes.py`` holds the bytes).
"""

from __future__ import annotations

import functools
from typing import Any

from docx.oxml import ns, xmlchemy

# Children walked in Python at or under this many; more are searched with lxml's find.
_WALK_AT_MOST = 24

_RANKS: dict[tuple[str, ...], tuple[dict[str, int], tuple[str, ...]]] = {}
_LIBRARY_FIRST_CHILD_FOUND_IN = xmlchemy.BaseOxmlElement.first_child_found_in
_cached_qn = functools.lru_cache(maxsize=None)(ns.qn)


def _ranks(tagnames: tuple[str, ...]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Each successor's Clark name with its first place in ``tagnames``, and the names."""
    found = _RANKS.get(tagnames)
    if found is None:
        clark = tuple(_cached_qn(t) for t in tagnames)
        rank: dict[str, int] = {}
        for i, name in enumerate(clark):
            rank.setdefault(name, i)
        found = _RANKS[tagnames] = (rank, clark)
    return found


def first_child_found_in(self: Any, *tagnames: str) -> Any:
    """First child with tag in ``tagnames`` (earliest tag name first), or None."""
    rank, clark = _ranks(tagnames)
    if len(self) > _WALK_AT_MOST:
        for name in clark:
            child = self.find(name)
            if child is not None:
                return child
        return None
    best = None
    best_rank = len(clark)
    for child in self:
        r = rank.get(child.tag)  # a comment's tag is a function: never a key
        if r is not None and r < best_rank:
            if r == 0:
                return child
            best, best_rank = child, r
    return best


def install() -> None:
    """Put the faster helpers in place (once; a second call changes nothing)."""
    xmlchemy.BaseOxmlElement.first_child_found_in = first_child_found_in  # type: ignore[method-assign]
    xmlchemy.qn = _cached_qn  # type: ignore[assignment]


def uninstall() -> None:
    """Back to the library's own (for tests that compare the two)."""
    xmlchemy.BaseOxmlElement.first_child_found_in = (  # type: ignore[method-assign]
        _LIBRARY_FIRST_CHILD_FOUND_IN)
    xmlchemy.qn = ns.qn
