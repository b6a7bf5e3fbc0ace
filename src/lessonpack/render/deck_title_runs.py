"""A slide's title found in its XML and set at one size, for the passes over the finished
deck that even title sizes (deck_reveal_titles: a question and its answer; deck_title_sizes:
a layout's titles): both find a title and write its size the same way, so what one set the
other reads back as it was set."""

from __future__ import annotations

from typing import Any

from pptx.oxml.ns import qn

# The title passes' element names, one spelling for all three (deck_title_sizes,
# deck_reveal_titles).
SHAPE, TEXT_BODY, RUN, RUN_PROPS = qn("p:sp"), qn("p:txBody"), qn("a:r"), qn("a:rPr")
_BR = qn("a:br")
PLACEHOLDER = f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}"

# A content slide's title; with a cover's (ctrTitle) for a pass that reads any slide's.
SLIDE_TITLE = frozenset({"title"})
ANY_TITLE = frozenset({"title", "ctrTitle"})


def title_of(tree: Any, types: frozenset[str] = SLIDE_TITLE) -> Any:
    """The first title placeholder of the shape tree ``tree`` of one of ``types`` that has
    a text body, or None."""
    for sp in tree.iterchildren(SHAPE):
        ph = sp.find(PLACEHOLDER)
        if ph is not None and ph.get("type") in types and sp.find(TEXT_BODY) is not None:
            return sp
    return None


def set_title_size(tree: Any, size: int, types: frozenset[str] = SLIDE_TITLE) -> None:
    """Every run of the title (``title_of``) at ``size`` hundredths of a point, and every
    line break that sets a size of its own (a break's size sets its line's height)."""
    sp = title_of(tree, types)
    if sp is None:
        return
    body = sp.find(TEXT_BODY)
    for run in body.iter(RUN):
        run.get_or_add_rPr().set("sz", str(size))
    for br in body.iter(_BR):
        props = br.find(RUN_PROPS)
        if props is not None:
            props.set("sz", str(size))
