"""One type size for the same part of the same kind of slide across a deck.

Each drawing sizes its words to its own room, so equivalent text drifted by a point or two from
slide to slide: quiz answers at 28 pt on one question and 26 or 23 pt on the next, help cards
at 18, 20 and 21 pt on three slides in a row, which reads as carelessness, not as meaning.
Once every slide is drawn, the drawn text is grouped by what it is (the layout and the
shape's name with its letter or number left out: "Answer A" and "Answer C" are one part,
"Help card 2 text" and "Help card 3 text" another) and each group is set at its smallest size:
smaller words always still fit the box they were fitted to, so nothing is measured or laid out
again (no time spent beyond reading the deck's XML).

Sizes further apart than a fifth are not drift but a different use of the part (a figures
slide with two large numbers and one with three, table questions under a story and on their
own): the group is split at such a step, each cluster evened on its own. A shape with
several sizes (a bold heading over its text) keeps the step between them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from pptx.oxml.ns import qn

from lessonpack.check.measure import MIN_SLIDE_PT
from lessonpack.render.deck_nobreak import rehold
from lessonpack.render.deck_title_breaks import reeven
from lessonpack.render.ooxml.slides import SlideXml

# Sizes within this share of a cluster's largest are one size drifting (a fifth: 28 -> 23).
DRIFT = 0.8
# An answer's letter, a card's or a row's number: told apart, as "Answer A" (a quiz's
# panel) and "Answer 1" (a row of the exit quiz's answers) are different parts. A trainer's
# template draws both on one layout, and the rows took the panels' 18 pt in 1 in rows.
_LETTER = re.compile(r"\b[A-F]\b")
_NUMBER = re.compile(r"\b\d+\b")
_SP, _GRP, _TX, _RPR = qn("p:sp"), qn("p:grpSp"), qn("p:txBody"), qn("a:rPr")
_NAME = f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}"
_PH = f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}"


# Parts sized with their boxes, left as drawn: a stream's chat comments (deck_drawings), each
# stream's bubbles measured for its own words' size (a stream's chat takes the floor only
# where the larger size loses a comment or the video's things), so a smaller size set in a
# larger chat's bubbles would leave them padded for words they no longer hold.
KEPT_PARTS = frozenset({"Comment #"})


def part_of(layout: str, name: str) -> tuple[str, str]:
    """The part a drawn shape is: its layout, and its name without letters and numbers."""
    return layout, _NUMBER.sub("#", _LETTER.sub("@", name))


def _drawn_text(tree: Any) -> Iterator[tuple[str, list[Any]]]:
    """Each drawn (not placeholder) text shape under ``tree``, groups opened: its name and
    the run properties that set a size."""
    for element in tree.iterchildren(_SP, _GRP):
        if element.tag == _GRP:
            yield from _drawn_text(element)
            continue
        if element.find(_PH) is not None or element.find(_TX) is None:
            continue
        sized = [r for r in element.find(_TX).iter(_RPR) if r.get("sz")]
        c_nv_pr = element.find(_NAME)
        if sized and c_nv_pr is not None:
            yield c_nv_pr.get("name", ""), sized


def _sizes(tree: Any) -> list[tuple[str, int]]:
    """Each drawn text shape's name and its largest size (hundredths of a point)."""
    return [(name, max(int(r.get("sz")) for r in sized)) for name, sized in _drawn_text(tree)]


def even_sizes(slides: Sequence[SlideXml]) -> set[int]:
    """Set each repeated part of the deck's ``slides`` at its cluster's smallest size; the
    indices of the slides changed. Sizes are read first (a kept slide's from its bytes, once
    for all builds); only a slide with a size to change is parsed and written back."""
    parts: dict[tuple[str, str], list[tuple[int, int, None]]] = defaultdict(list)
    for number, slide in enumerate(slides):
        for name, top in slide.reading("drawn sizes", _sizes):
            parts[part_of(slide.layout, name)].append((number, top, None))
    # (part, its size) -> the size it takes: one cluster holds every member of a size.
    target: dict[tuple[tuple[str, str], int], int] = {}
    changed: set[int] = set()
    for part, members in parts.items():
        if len({number for number, _top, _none in members}) < 2 or part[1] in KEPT_PARTS:
            continue  # on one slide only (nothing to be consistent with), or kept as drawn
        for cluster in _clusters(members):
            least = min(top for _n, top, _none in cluster)
            for number, top, _none in cluster:
                if top != least:
                    target[(part, top)] = least
                    changed.add(number)
    for number in changed:
        slide = slides[number]
        moves = {(part_of(slide.layout, name), top): target[(part_of(slide.layout, name), top)]
                 for name, top in slide.reading("drawn sizes", _sizes)
                 if (part_of(slide.layout, name), top) in target}
        slide.rewrite(("even sizes", tuple(sorted(moves.items()))),
                      partial(_resize, layout=slide.layout, moves=moves))
    return changed


def _resize(tree: Any, layout: str, moves: dict[tuple[tuple[str, str], int], int]) -> None:
    """Each drawn part of a slide whose size ``moves`` names set at the size it takes (a
    shape with several sizes keeps the steps between them)."""
    for name, sized in _drawn_text(tree):
        top = max(int(r.get("sz")) for r in sized)
        to = moves.get((part_of(layout, name), top))
        if to is None:
            continue
        for r_pr in sized:
            size = int(r_pr.get("sz")) - (top - to)
            r_pr.set("sz", str(max(MIN_SLIDE_PT * 100, size)))
        # Its lines evened and its compounds held for the size it had: again for this one.
        shape = next(sized[0].iterancestors(_SP))
        reeven(shape)
        rehold(shape)


def _clusters(members: list[tuple[int, int, None]]
              ) -> Iterator[list[tuple[int, int, None]]]:
    """Members grouped from the largest size down: the next size joins the cluster when it
    is within ``DRIFT`` of the size above it (32, 26, 25 are one cluster, set at 25)."""
    ordered = sorted(members, key=lambda m: -m[1])
    cluster = [ordered[0]]
    for member in ordered[1:]:
        if member[1] >= cluster[-1][1] * DRIFT:
            cluster.append(member)
        else:
            yield cluster
            cluster = [member]
    yield cluster
