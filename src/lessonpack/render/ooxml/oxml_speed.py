"""A speed-up to python-docx and python-pptx internals, in place while lessonpack renders
(render.speedups).

Both libraries insert every new child element (a paragraph's style, keep-with-next, a run's
bold…) by asking, for each of up to 30 element names that must come after it, "is there such
a child?", turning each name into its namespaced form on every call. Documents are made of
thousands of such insertions: it was a quarter of the time spent writing a document.
``first_child_found_in`` below gives the same answer (the first name, in the order given,
that has a child; that child) from cached names and, for an element with fewer children
than names, one pass over its children. tests/test_oxml_speed.py checks it against the
original.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import docx.oxml.ns
import docx.oxml.xmlchemy
import pptx.oxml.ns
import pptx.oxml.xmlchemy

_DOCX_ELEMENT = docx.oxml.xmlchemy.BaseOxmlElement
_PPTX_ELEMENT = pptx.oxml.xmlchemy.BaseOxmlElement
ORIGINAL_DOCX_FIND = _DOCX_ELEMENT.first_child_found_in
ORIGINAL_PPTX_FIND = _PPTX_ELEMENT.first_child_found_in


@lru_cache(maxsize=512)
def _docx_names(tagnames: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(docx.oxml.ns.qn(name) for name in tagnames)


@lru_cache(maxsize=512)
def _pptx_names(tagnames: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(pptx.oxml.ns.qn(name) for name in tagnames)


def _first_found(element: Any, names: tuple[str, ...]) -> Any:
    if len(element) < len(names):
        # Few children (a paragraph's properties): one look at each beats 30 searches.
        first: dict[str, Any] = {}
        for child in element:
            first.setdefault(child.tag, child)
        return next((first[name] for name in names if name in first), None)
    find = element.find
    for name in names:
        child = find(name)
        if child is not None:
            return child
    return None


def docx_first_child_found_in(self: Any, *tagnames: str) -> Any:
    return _first_found(self, _docx_names(tagnames))


def pptx_first_child_found_in(self: Any, *tagnames: str) -> Any:
    return _first_found(self, _pptx_names(tagnames))


def install() -> None:
    if _DOCX_ELEMENT.first_child_found_in is ORIGINAL_DOCX_FIND:
        _DOCX_ELEMENT.first_child_found_in = docx_first_child_found_in  # type: ignore
        _PPTX_ELEMENT.first_child_found_in = pptx_first_child_found_in  # type: ignore


def uninstall() -> None:
    _DOCX_ELEMENT.first_child_found_in = ORIGINAL_DOCX_FIND  # type: ignore[method-assign]
    _PPTX_ELEMENT.first_child_found_in = ORIGINAL_PPTX_FIND  # type: ignore[method-assign]
