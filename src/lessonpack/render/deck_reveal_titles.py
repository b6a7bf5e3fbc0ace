"""A question slide and its reveal ("Answer: " + the question) with their titles at one size.

The reveal's title is longer, so its fill may set it a point or two smaller to keep the
question's line count (deck_reveal_breaks.keep_title_lines); left alone, the heading then shrinks on
the click from the question to its answer. Both titles take the smaller size.

This is a pass over the finished deck, not part of the reveal's fill: a slide's fill may
change only its own slide, because a kept slide (render/slide_cache) is stored as it was
filled and added again as saved bytes; a fill that reached back into the slide before it
left a kept question at its old size, and met a saved part with no python-pptx slide.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from pptx.oxml.ns import qn

from lessonpack.kinds.registry import reveals
from lessonpack.render.deck_title_runs import (
    ANY_TITLE,
    RUN,
    RUN_PROPS,
    TEXT_BODY,
    set_title_size,
    title_of,
)
from lessonpack.render.ooxml.slides import SlideXml

if TYPE_CHECKING:
    from lessonpack.plan.model import Slide

_T = qn("a:t")


def _read(tree: Any) -> tuple[str, tuple[int | None, ...]]:
    """The title's letters and digits (quotes, spaces and line breaks aside) and the size of
    each of its runs (None: the layout's)."""
    sp = title_of(tree, ANY_TITLE)
    if sp is None:
        return "", ()
    runs = list(sp.find(TEXT_BODY).iter(RUN))
    letters = "".join(ch for r in runs for ch in (r.findtext(_T) or "") if ch.isalnum())
    sizes = tuple(int(sz) if (sz := _size(r)) else None for r in runs)
    return letters, sizes


def reveal_places(specs: Sequence[Slide]) -> frozenset[int]:
    """The index of each planned slide that is an answer's reveal (its kind says which,
    SlideKind.reveals: the planner's mark QuestionSlide.reveal): its question is the slide
    before it (plan/deck/quiz)."""
    return frozenset(n for n, spec in enumerate(specs) if n and reveals(spec))


def _size(run: Any) -> str | None:
    """A run's own size (hundredths of a point), or None: its layout's."""
    props = run.find(RUN_PROPS)
    return props.get("sz") if props is not None else None


def even_reveal_titles(slides: Sequence[SlideXml], reveals: frozenset[int]) -> set[int]:
    """Each question-and-reveal pair's titles at the smaller of their sizes (``reveals``:
    the reveals' indices, ``reveal_places``); the indices of the slides changed. A pair
    where neither title sets a size keeps its layout's."""
    changed: set[int] = set()
    for index in sorted(reveals):
        (question, q_sizes), (answer, a_sizes) = (
            slides[at].reading("reveal title", _read) for at in (index - 1, index))
        if not (question and answer):
            continue
        explicit = [s for s in (*q_sizes, *a_sizes) if s is not None]
        if not explicit:
            continue
        size = min(explicit)
        for at, sizes in ((index - 1, q_sizes), (index, a_sizes)):
            if any(s != size for s in sizes):
                slides[at].rewrite(("reveal title", size),
                                  partial(set_title_size, size=size, types=ANY_TITLE))
                changed.add(at)
    return changed
