"""One title size across the content slides of a deck whose layouts set titles alike.

A trainer's title box is the template's: a title too long for it is made smaller to fit
(deck_contrast.refit_text) rather than pushed into the template's rule or band. On Google
Slides' export that set "How it escalated this time: warning-sign sort" at 30 pt between
titles at 40 pt, and the heading jumped in size from slide to slide. Once every slide is
drawn, the titles of layouts of one title size are set at the smallest of them: a smaller
title still fits the box it was fitted to, so nothing is measured again. A title under
SHARE of the largest is a different use of the layout and is left (a heading set large on
purpose).

Where no layout or master sets a title size (LibreOffice's templates keep it only in their
sample text, which each slide's title copies into its own list style), the titles are
grouped by that copied size, not by layout: grouped by layout, Smooth black's stream and help
slides ("Title Only") kept the template's 44 pt while its other content titles were evened
to 34 pt. A cover's or a section's title is grouped apart from content titles on every
template (``openings``): one layout may hold both, and a section title is a larger heading.
A cover and a section are different headings too, grouped by what each is (its kind's
``Match``), never by where its title stands: klee2's cover title, stacked in the middle of
its navy band at 36 pt, was set at the 24 pt of the section titles in the slim bar at the
top of the same layout, while Google's sections, a line taller or shorter, stand a little
apart and are one heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from pptx.oxml.ns import qn

from lessonpack.check.measure import count_lines, drawn_family, wrap_width
from lessonpack.geometry import EMU_PT
from lessonpack.render.deck_fit import SIDE_INSET
from lessonpack.render.deck_theme import read_theme
from lessonpack.render.deck_title_runs import (
    PLACEHOLDER,
    RUN,
    RUN_PROPS,
    SHAPE,
    TEXT_BODY,
    set_title_size,
    title_of,
)
from lessonpack.render.ooxml.slides import SlideXml

# Titles of one layout this share of the largest or more are set alike: Google Slides'
# export's 40 pt titles and the 30 pt a long one fits its box at (a quarter smaller) read as
# a jump, as did Smooth black's 44 pt sample size and the 30 pt its longest KS4 title fits
# a 4:3 box at (0.68); a heading half the size or less is a different heading.
SHARE = 0.65
_LVL1 = f"{qn('a:lstStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}"
_MASTER_TITLE = f"{qn('p:txStyles')}/{qn('p:titleStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}"


def _own_size(tree: Any) -> int | None:
    """The title's size as the slide sets it (its runs', else its own list style's), in
    hundredths of a point; None where the layout's applies or there is no title text."""
    sp = title_of(tree)
    if sp is None:
        return None
    runs = [r for r in sp.find(TEXT_BODY).iter(RUN) if (r.findtext(qn("a:t")) or "").strip()]
    if not runs:
        return None
    sizes = [int(p.get("sz")) for r in runs if (p := r.find(RUN_PROPS)) is not None and p.get("sz")]
    if sizes:
        return min(sizes)
    own = sp.find(TEXT_BODY).find(_LVL1)
    return int(own.get("sz")) if own is not None and own.get("sz") else 0


def _list_size(tree: Any) -> int | None:
    """The size the title's own list style sets (copied from a template's sample text, or
    raised to lessonpack's least title size), in hundredths of a point; None where none."""
    sp = title_of(tree)
    own = sp.find(TEXT_BODY).find(_LVL1) if sp is not None else None
    return int(own.get("sz")) if own is not None and own.get("sz") else None


def _layout_size(slide: SlideXml, cache: dict[str, int | None]) -> int | None:
    """The title size the slide's layout gives (its title placeholder's, else its master's
    title style), in hundredths of a point; None when neither says."""
    if slide.layout in cache:
        return cache[slide.layout]
    layout = slide.slide_layout
    master = layout.slide_master.element
    found = _placeholder_size(layout.element) or _placeholder_size(master)
    if found is None:
        style = master.find(_MASTER_TITLE)
        found = int(style.get("sz")) if style is not None and style.get("sz") else None
    cache[slide.layout] = found
    return found


def _placeholder_size(element: Any) -> int | None:
    """The size a layout's or master's title placeholder sets in its own list style."""
    for sp in element.iter(SHAPE):
        ph = sp.find(PLACEHOLDER)
        if ph is not None and ph.get("type") == "title" and sp.find(TEXT_BODY) is not None:
            own = sp.find(TEXT_BODY).find(_LVL1)
            return int(own.get("sz")) if own is not None and own.get("sz") else None
    return None


def even_titles(slides: Sequence[SlideXml], reveals: frozenset[int] = frozenset(),
                openings: frozenset[tuple[int, str]] = frozenset()) -> set[int]:
    """Each layout's slide titles at the smallest of their sizes (SHARE of the largest or
    more); the indices of the slides changed. ``reveals``: the answer reveals' indices
    (deck_reveal_titles.reveal_places), each set at its question's size before: a question
    and its answer change together or not at all, so a title kept at its size (``_left_alone``)
    keeps its partner's too, and the heading does not shrink on the click to the answer.
    ``openings``: the cover and section slides, each (index, what it is: its kind's
    ``Match``), grouped apart from the content slides and from each other."""
    targets, kept = _evened(slides, _groups(slides, openings))
    for pair in ((at - 1, at) for at in reveals):
        if kept.intersection(pair):
            for n in pair:
                targets.pop(n, None)
    for n, least in sorted(targets.items()):
        slides[n].rewrite(("deck title size", least), partial(set_title_size, size=least))
    return set(targets)


def _groups(slides: Sequence[SlideXml], openings: frozenset[tuple[int, str]]
            ) -> list[list[tuple[int, int]]]:
    """The slides' titles (index, size in hundredths of a point) by the title size their
    layouts give (or, where no layout sets one, the size each title's own list style copied
    from the template's sample text): layouts whose titles the template sets alike are one
    group (a title-only slide and a title-and-body slide of one deck); a section's, set
    larger, another; the cover and sections (``openings``) apart from the content and from
    each other."""
    cache: dict[str, int | None] = {}
    role = dict(openings)
    by_layout: dict[tuple[str | None, int | str], list[tuple[int, int]]] = {}
    for n, slide in enumerate(slides):
        own = slide.reading("title size", _own_size)
        if own is None:
            continue
        inherited = _layout_size(slide, cache) or slide.reading("title list size", _list_size)
        size = own or inherited
        if size:
            by_layout.setdefault((role.get(n), inherited or slide.layout), []).append((n, size))
    return list(by_layout.values())


def _evened(slides: Sequence[SlideXml], groups: list[list[tuple[int, int]]]
            ) -> tuple[dict[int, int], set[int]]:
    """The size each title is to be set at (by index), the least of its group's titles
    SHARE of its largest or more; and the titles that keep theirs (``_left_alone``)."""
    targets: dict[int, int] = {}
    kept: set[int] = set()
    for titles in groups:
        largest = max(size for _n, size in titles)
        kin = [(n, size) for n, size in titles if size >= largest * SHARE]
        least = min(size for _n, size in kin)
        for n, size in kin:
            if size != least:
                if _left_alone(slides[n], least):
                    kept.add(n)
                else:
                    targets[n] = least
    return targets, kept


def _left_alone(slide: SlideXml, size: int) -> bool:
    """Whether the title, set at ``size`` (hundredths of a point), would leave its last word
    alone on its last line (a title balanced at its larger size, with no break by hand):
    such a title keeps its size rather than read "Good attention, bad / attention"."""
    sp = title_of(slide.tree)
    body = sp.find(TEXT_BODY) if sp is not None else None
    if body is None or body.find(f"{qn('a:p')}/{qn('a:br')}") is not None:
        return False
    runs = list(body.iter(RUN))
    text = " ".join("".join(r.findtext(qn("a:t")) or "" for r in runs).split())
    words = text.split()
    if len(words) < 4:
        return False
    props = runs[0].find(RUN_PROPS)
    latin = props.find(qn("a:latin")) if props is not None else None
    face = latin.get("typeface", "") if latin is not None else ""
    layout = slide.slide_layout
    if not face or face.startswith("+"):
        # The theme's heading face ("+mj-lt", or none named), or its body face ("+mn-lt").
        _colours, heading, body_face = read_theme(layout.slide_master)
        face = body_face if face == "+mn-lt" else heading
    bold = props is not None and props.get("b") == "1"
    width = _width(sp, layout)
    if width is None:
        return False
    family, pt = drawn_family(face), size / 100
    lines = count_lines(text, family, pt, width, bold)
    if lines < 2:
        return False
    without = " ".join(words[:-1])
    return count_lines(without, family, pt, width, bold) < lines


def _width(sp: Any, layout: Any) -> float | None:
    """The title's inner width in points, as the check measures its lines."""
    ext = sp.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}")
    if ext is None:
        for other in layout.element.iter(SHAPE):
            ph = other.find(PLACEHOLDER)
            if ph is not None and ph.get("type") == "title":
                ext = other.find(f"{qn('p:spPr')}/{qn('a:xfrm')}/{qn('a:ext')}")
                break
    if ext is None:
        return None
    body_pr = sp.find(f"{TEXT_BODY}/{qn('a:bodyPr')}")
    insets = sum(int(body_pr.get(side, SIDE_INSET)) if body_pr is not None else SIDE_INSET
                 for side in ("lIns", "rIns"))
    return wrap_width((int(ext.get("cx")) - insets) / EMU_PT)
