"""Typographic quotes and apostrophes on the slides and in their notes.

Content is written with straight quotes (easy to type in YAML); a projected slide showed
'I'll' and "Jess" in typewriter marks next to notes with curly ones. The
deck's plan goes through ``typographic_plan`` before anything is drawn: every string in it
(titles, kickers, notes, each kind's payload) gets its marks set, in one place, and text is
measured as it will show (a curly apostrophe is wider than a straight one: measured straight,
a title took three lines where two were planned). ``curl_quotes`` then goes over each filled
slide for what did not come from the plan (a trainer's template's own words).

Left straight on purpose: a [bracketed field] a school fills in (it is found and replaced by its
exact text, "[DSL's name]"), and code-like tokens (`backticked`, a path, a URL or an option
such as --brand): a reader copies those as they are.

Each mark becomes one character, so a run's text keeps its length and a paragraph split into
runs (a bold prefix, a highlighted field) is read as one: the mark at the end of one run is
opened or closed by what stands around it in the next.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from lessonpack.caches import BoundedCache
from lessonpack.plan.model import DeckPlan, Slide
from lessonpack.plan.quotes import typographic, typographic_fields
from lessonpack.render.ooxml import A

_P, _R, _T, _BR, _FLD = (f"{{{A}}}{tag}" for tag in ("p", "r", "t", "br", "fld"))
def curl_quotes(tree: Any) -> None:
    """Every paragraph under ``tree`` (a slide's or its notes' shape tree) with typographic
    marks, read across its runs (a line break counts as a space)."""
    for para in tree.iter(_P):
        pieces: list[Any] = []
        text = []
        for child in para:
            if child.tag in (_R, _FLD):
                t = child.find(_T)
                if t is not None and t.text:
                    pieces.append((t, len(t.text)))
                    text.append(t.text)
            elif child.tag == _BR:
                pieces.append((None, 1))
                text.append(" ")
        joined = "".join(text)
        if "'" not in joined and '"' not in joined:
            continue
        curled = typographic(joined)
        at = 0
        for t, length in pieces:
            if t is not None:
                t.text = curled[at:at + length]
            at += length


def typographic_plan(plan: DeckPlan) -> DeckPlan:
    """``plan`` with every string in it made typographic: through dataclasses, tuples, lists
    and dicts; a picture is left as it is (its name finds its file). Only strings holding a
    straight mark change, and identifiers never do. Each slide's result is kept (the next
    school's same lesson has the same slides: walking them was a tenth of a warm pack)."""
    slides = []
    for slide in plan.slides:
        curled = _SLIDES.get(slide)
        if curled is None:
            curled = _curl(slide)
            _SLIDES.put(slide, curled)
        slides.append(curled)
    rest = _curl(replace(plan, slides=()))
    return replace(rest, slides=tuple(slides))


_SLIDES: BoundedCache[Slide, Slide] = BoundedCache(512)  # a slide -> the same, typographic


# The walk is shared with the documents' (plan/quotes): one rule on slides and on paper.
_curl = typographic_fields
