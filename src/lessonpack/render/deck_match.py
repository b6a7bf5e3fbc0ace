"""Matching slide kinds to layouts by their placeholders, for templates without LP names.

LibreOffice writes generic layout names ("Title Slide", "Title, Content", …) and drops
placeholder idx values; PowerPoint and Google Slides templates have their own names. So each
layout's placeholders are sorted into roles by type and position (title, subtitle, kicker
above the title, column headings above columns, main text bodies), and every kind takes the
best-scoring layout that has what it needs. A kind says which shape of layout it needs (its
``match``, a lessonpack.kinds.base.Match, in its kind module); this module never names a kind:

- TITLE, SECTION: a title + subtitle (or one text body); section layouts preferred for
  SECTION, and unlike the layout chosen for TITLE where the template allows
- TEXT: title + one main body
- TALL_DRAWING, FIGURES, CARDS: a title-only layout; the drawing goes in its largest empty
  area, and a side question or caption gets a text box beside it (CARDS: an introduction
  line above it; FIGURES prefer an area under the title)

Ties go to the earlier layout (first master first), so results are stable.

A deck LibreOffice saved from a template with several layouts has one master per layout,
each holding that layout's placeholders, and generic layouts that all share one geometry;
there the masters' own placeholders are matched, and copied onto each slide (deck_clone).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, TypeVar, cast

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.shapes.autoshape import Shape
from pptx.shapes.placeholder import LayoutPlaceholder, MasterPlaceholder
from pptx.slide import Slide, SlideLayout, SlideMaster
from pptx.util import Emu

from lessonpack.errors import InternalError
from lessonpack.geometry import EMU_PT
from lessonpack.kinds import registry
from lessonpack.kinds.base import Match
from lessonpack.render.deck_derive import SUFFIX, add_layout
from lessonpack.render.deck_fit import needed_height
from lessonpack.render.deck_geometry import (
    INCH,
    SHOWN_FOOTERS,
    Box,
    above_footers,
    area,
    box_of,
    clear_of_edges,
    largest_empty_area,
    layout_obstacles,
    overlaps,
    shows_master_shapes,
)
from lessonpack.render.deck_picture_band import band_share
from lessonpack.render.deck_resolved import Clone, ResolvedLayout, on_slide
from lessonpack.render.ooxml.placeholders import each_placeholder

P = PP_PLACEHOLDER
TITLE_TYPES = (P.TITLE, P.CENTER_TITLE)
BODY_TYPES = (P.BODY, P.OBJECT)
IGNORED_TYPES = (P.DATE, P.FOOTER, P.SLIDE_NUMBER, P.HEADER)
GAP = int(0.25 * INCH)
MARGIN = int(0.35 * INCH)
TITLE_LIKE = (Match.TITLE, Match.SECTION)
DRAWINGS = (Match.TALL_DRAWING, Match.FIGURES, Match.CARDS)
# A layout whose title sits inside its content area loses this much: any other layout that
# keeps the two apart wins (and LPC305 reports the text hidden where none does).
TITLE_INSIDE_CONTENT = 20
# A layout whose title is set in the band where its footer line or slide number sits (lo5
# "leaf": its photo design's title in the green band at the slide's foot, with the footer
# and number on top of it) loses this much on a lesson slide: the slide's own footer words
# printed over its title. Any layout that keeps its title clear of them wins.
TITLE_ON_FOOTERS = 20
VERTICAL = 20
# A text layout whose content area is under this share of the slide (a title slide's
# design: a short body under a title set mid-slide, LibreOffice's first master in lo5
# "sakura", or a half-width one beside a photo, "cosmos") loses SHORT_CONTENT to one with
# more room: answers and cards squeezed into 2 in overlapped at 18 pt while the template's
# content master had 4.8 in. A PowerPoint "Title and Content" body is about half the slide.
SMALL_SHARE = 0.3
SHORT_CONTENT = 4
# Share of the region's width the side question / caption takes beside a drawing.
SIDE_SHARE = 0.36
# Room kept between drawn content and a template's title rule or footers: 16 px on an
# 800 px-wide render of a widescreen slide ("0-8 px under the rule").
ROOM = int(0.27 * INCH)
# Above the footers, more: a template without a footer band (Brightpath's) has nothing but
# this gap between the last row of cards and the footer's logo and words, and at ROOM the
# cards seemed to rest on the footer. 5.5 % of the slide's height (0.41 in, 30 pt, on a
# 7.5 in slide: 25 pt clear of a logo that stands a little above the footer's box), never
# less than ROOM.
FOOT_SHARE = 0.055

# A layout's placeholder, or a master's where a master is matched as a layout.
Placeholder = LayoutPlaceholder | MasterPlaceholder


@dataclass(frozen=True)
class Roles:
    """A layout's placeholders sorted into roles. Frozen, its collections read-only: while
    ``matching`` runs every caller is handed the same Roles, so none may change it."""

    title: Placeholder | None = None
    subtitle: Placeholder | None = None
    kicker: Placeholder | None = None
    bodies: tuple[Placeholder, ...] = ()  # main text, left to right
    # body idx -> the heading above it
    headings: Mapping[int, Placeholder] = field(default_factory=lambda: MappingProxyType({}))
    others: int = 0  # pictures, tables, charts…: unused, so a small penalty


_T = TypeVar("_T")
# What matching works out about a template's layouts, kept while ``matching`` runs: every
# slide kind is scored against every layout, and each score asked each placeholder's box
# and role again through python-pptx's inheritance (a layout's placeholder looks for its
# master's by type, shape by shape): about three quarters of a pack built on a trainer's
# template. The layouts do not change while they are matched (a layout lessonpack derives
# is a new one, with elements of its own), so the answers hold until matching ends; outside
# it nothing is kept, since a slide's shapes move as it is filled.
_KNOWN: ContextVar[dict[Hashable, Any] | None] = ContextVar("_KNOWN", default=None)


@contextmanager
def matching() -> Iterator[None]:
    """While this runs, each layout's roles, placeholder boxes and obstacles are worked out
    once (deck_layouts.find_layouts)."""
    token = _KNOWN.set({})
    try:
        yield
    finally:
        _KNOWN.reset(token)


def _known(key: Hashable, make: Callable[[], _T]) -> _T:
    known = _KNOWN.get()
    if known is None:
        return make()
    if key not in known:
        known[key] = make()
    return cast(_T, known[key])


def _box(ph: Placeholder) -> Box:
    return _known(("box", ph.element), lambda: box_of(ph) or (0, 0, 0, 0))


def _obstacles(layout: SlideLayout, size: tuple[int, int], *,
               skip: Iterable[Placeholder] = ()) -> tuple[Box, ...]:
    """``layout_obstacles``, worked out once a layout while ``matching`` (a tuple: every
    caller is handed the same one)."""
    skipped = tuple(s.element for s in skip)
    return _known(("obstacles", layout.element, size, skipped),
                  lambda: tuple(layout_obstacles(layout, size, skip=skip)))


def _x_overlap(a: Box, b: Box) -> int:
    return max(0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))


def _on_slide(box: Box, size: tuple[int, int]) -> float:
    """Share of ``box`` that lies on the slide."""
    x, y, w, h = box
    if w <= 0 or h <= 0:
        return 1.0
    inside_w = min(x + w, size[0]) - max(x, 0)
    inside_h = min(y + h, size[1]) - max(y, 0)
    return max(0, inside_w) * max(0, inside_h) / (w * h)


def _tiny(box: Box, size: tuple[int, int]) -> bool:
    """Under 0.5 % of the slide's area (under 0.5 sq in on a 13.33 x 7.5 in slide)."""
    return bool(size[0] and size[1]) and box[2] * box[3] < 0.005 * size[0] * size[1]


def roles(layout: SlideLayout | SlideMaster) -> Roles:
    """A layout's (or master's) placeholders by role. One lying mostly off the slide is left
    out: LibreOffice parks a title page's unused text body below the slide (lo-cft
    "portfolio"), and slides given it put their cards and answers off the slide. The same
    Roles each time while ``matching`` (frozen: see ``Roles``)."""
    return _known(("roles", layout.element), lambda: _roles(layout))


def _roles(layout: SlideLayout | SlideMaster) -> Roles:
    title = subtitle = kicker = None
    others = 0
    bodies: list[Placeholder] = []
    prs = layout.part.package.presentation_part.presentation
    size = (int(prs.slide_width or 0), int(prs.slide_height or 0))
    for ph in each_placeholder(layout.placeholders):
        if size[0] and size[1] and _on_slide(_box(ph), size) < 0.95:
            continue
        kind = ph.placeholder_format.type
        if kind in TITLE_TYPES and title is None:
            title = ph
        elif kind == P.SUBTITLE and subtitle is None:
            subtitle = ph
        elif kind in BODY_TYPES and _tiny(_box(ph), size):
            # A speck of a text box (a designer's 0.5 in corner mark on a 26 in wide slide:
            # shana/talks "codemania") holds no lesson text: it is neither the layout's
            # body nor a reason to call the layout a two-text one.
            others += 1
        elif kind in BODY_TYPES:
            bodies.append(ph)
        elif kind not in IGNORED_TYPES:
            others += 1
    if title is not None:
        t = _box(title)
        for ph in bodies:
            b = _box(ph)
            if b[3] <= 0.6 * INCH and b[1] + b[3] <= t[1] + 0.1 * INCH \
                    and _x_overlap(b, t) > 0:
                kicker = ph  # a short line above the title
                bodies.remove(ph)
                break
    headings: dict[int, Placeholder] = {}
    for ph in list(bodies):
        h = _box(ph)
        if h[3] > 0.9 * INCH:
            continue
        below = [b for b in bodies if b is not ph and _box(b)[1] >= h[1] + h[3] - 0.1 * INCH
                 and _x_overlap(_box(b), h) > 0.5 * h[2] and _box(b)[3] > h[3]]
        if below:
            target = min(below, key=lambda b: _box(b)[1])
            headings[target.placeholder_format.idx] = ph
            bodies.remove(ph)
    return Roles(title, subtitle, kicker,
                 tuple(sorted(bodies, key=lambda b: (_box(b)[0], _box(b)[1]))),
                 MappingProxyType(headings), others)


def placeholder_summary(layout: SlideLayout) -> str:
    r = roles(layout)
    prs = layout.part.package.presentation_part.presentation
    slide_area = int(prs.slide_width or 0) * int(prs.slide_height or 0)
    # A text box too small to hold a lesson's text is named so: a refusal that lacks "a
    # title and content layout" while listing 'Title, Content' [title, 1 text] read as a
    # contradiction (lo-cft "typography-blue": its text box a 0.3 in strip under a title
    # that fills the slide).
    small = [b for b in r.bodies if area(_box(b)) < 0.2 * slide_area]
    text = f"{len(r.bodies)} text" + (
        f" ({len(small)} too small: {_size_in(_box(small[0]))})" if small else "")
    parts = (["title"] if r.title is not None else []) + (["subtitle"] if r.subtitle else []) \
        + (["kicker"] if r.kicker else []) + [text] \
        + ([f"{len(r.headings)} headings"] if r.headings else [])
    return ", ".join(parts)


def _size_in(box: Box) -> str:
    return f"{box[2] / INCH:.1f} x {box[3] / INCH:.1f} in"


def make_idx_unique(layouts: Iterable[SlideLayout]) -> None:
    """Give placeholders that share an idx (LibreOffice writes none, so all read 0) their own,
    so each slide placeholder is found, and inherits from its layout placeholder, by idx."""
    for layout in layouts:
        seen: set[int] = set()
        phs = list(each_placeholder(layout.placeholders))
        next_idx = max([100, *(p.placeholder_format.idx + 1 for p in phs)])
        for ph in phs:
            idx = ph.placeholder_format.idx
            is_title = ph.placeholder_format.type in TITLE_TYPES
            if idx in seen or (idx == 0 and not is_title):
                tag = ph.element.ph
                assert tag is not None  # a placeholder's element always holds its <p:ph>
                tag.idx = next_idx
                idx, next_idx = next_idx, next_idx + 1
            seen.add(idx)


def _name_bonus(layout: SlideLayout, words: tuple[str, ...], types: tuple[str, ...]) -> int:
    name = layout.name.lower().replace("_", " ")
    return 3 if any(w in name for w in words) or layout.element.get("type") in types else 0


def _extras(r: Roles, used: int) -> int:
    have = len(r.bodies) + (r.subtitle is not None) + r.others
    return max(0, have - used)


def _idx(ph: Placeholder) -> int:
    return ph.placeholder_format.idx


def _kicker(r: Roles, layout: SlideLayout, size: tuple[int, int], boxes: dict[str, Box],
            notes: list[str], *, title_kind: bool, content: Box | None = None) -> None:
    """No kicker placeholder: a text box above the title if there is room, clear of the
    layout's shapes and of the slide's content (a title at the slide's foot has the content
    above it: lo5 "leaf")."""
    if title_kind:
        notes.append("kicker joins the subtitle")
        return
    assert r.title is not None
    title = _box(r.title)
    shapes = [*_obstacles(layout, size, skip=[r.title]), *([content] if content else [])]
    above = [o for o in shapes if o[1] + o[3] <= title[1] and _x_overlap(o, title) > 0]
    ceiling = max([int(0.12 * INCH), *(o[1] + o[3] for o in above)])
    room = title[1] - ceiling
    if room >= int(0.3 * INCH):
        height = min(room, int(0.4 * INCH))
        boxes["kicker"] = (title[0], title[1] - height, title[2], height)
        notes.append("kicker in a text box above the title")
    else:
        notes.append("kicker left out: no room above the title")


def _drawing_region(r: Roles, layout: SlideLayout, size: tuple[int, int]) -> Box | None:
    assert r.title is not None
    title = _box(r.title)
    # Keep a gap from every shape, and line the drawing up with a full-width title.
    obstacles = [(x - GAP // 2, y - GAP // 2, w + GAP, h + GAP)
                 for x, y, w, h in _obstacles(layout, size)]
    top = title[1] + title[3] + GAP // 2
    left, right = MARGIN, size[0] - MARGIN
    if title[2] >= 0.6 * size[0]:
        left, right = max(left, title[0]), min(right, title[0] + title[2])
    bounds = (left, top, right - left, size[1] - MARGIN - top)
    if bounds[3] <= 0:
        return None
    found = largest_empty_area(bounds, obstacles)
    # The stream and help cards need room: at least half the slide wide and 40 % high.
    if found[2] < 0.5 * size[0] or found[3] < 0.4 * size[1]:
        return None
    return found


def _split_side(region: Box) -> tuple[Box, Box]:
    x, y, w, h = region
    side_w = int(w * SIDE_SHARE)
    return (x, y, w - side_w - GAP, h), (x + w - side_w, y, side_w, h)


# LibreOffice's names for the layouts it writes; a master whose layouts all carry them, in a
# deck with several masters, holds its design in the master's own placeholders.
LIBREOFFICE_LAYOUTS = frozenset({
    "Blank Slide", "Title Slide", "Title, Content", "Title, 2 Content", "Title Only",
    "Centered Text", "Title, 2 Content and Content", "Title Content and 2 Content",
    "Title, 2 Content over Content", "Title, Content over Content", "Title, 4 Content",
    "Title, 6 Content", "Title and 2 Content", "Title, Content and 2 Content",
    "Vertical Title, Vertical Text", "Vertical Title, Text, Chart", "Title, Vertical Text",
    "Title, 2 Vertical Text, Clipart",
})


@dataclass(frozen=True)
class Candidate:
    layout: SlideLayout  # what slides are added from
    roles: Roles
    from_master: bool = False  # roles are the master's placeholders, copied onto each slide


def candidates(layouts: list[SlideLayout], *, fallback: bool = False) -> list[Candidate]:
    """Layouts (or LibreOffice masters) to match. ``fallback``: the real layouts of those
    LibreOffice masters, for kinds no master's own placeholders can serve: a template whose
    two masters both hold only a title and a text body (a design with two backgrounds) still
    has its 'Title, 2 Content' and 'Title Only' layouts."""
    masters: dict[Any, list[SlideLayout]] = {}
    for layout in layouts:
        masters.setdefault(layout.slide_master.part.partname, []).append(layout)
    out = []
    for group in masters.values():
        master = group[0].slide_master
        if len(masters) > 1 and all(lay.name in LIBREOFFICE_LAYOUTS for lay in group):
            # LibreOffice wrote one master per original layout and generic layouts that all
            # share one geometry: the master's placeholders are the design.
            if fallback:
                out += [Candidate(lay, roles(lay)) for lay in group]
                continue
            # A slide takes the master's title through its layout's title placeholder, whatever
            # that one's own box (a converted Impress file's layouts may carry 18 in wide titles
            # on an 11 in slide, lo5 "simple-dark"). A master without a title of its own, or
            # whose layouts have none to take it through, is no design to fill.
            titled = [lay for lay in group if _title_placeholder(lay) is not None]
            master_roles = roles(master)
            if not titled or master_roles.title is None:
                continue
            base = min(titled, key=lambda lay: len(lay.placeholders))
            out.append(Candidate(base, master_roles, from_master=True))
        elif not fallback:
            out += [Candidate(lay, roles(lay)) for lay in group]
    return out


def _title_placeholder(layout: SlideLayout) -> Any | None:
    """The layout's title placeholder, wherever its box lies."""
    return next((ph for ph in each_placeholder(layout.placeholders)
                 if ph.placeholder_format.type in TITLE_TYPES), None)


def _intro_above(region: Box, boxes: dict[str, Box]) -> Box:
    """``region`` under a box for the help cards' introduction (``boxes["body"]``) at its
    top: two lines of 16 pt, as a visiting trainer's intro names the school and the team
    (at 0.5 in its second line ran into the cards)."""
    intro_h = int(0.62 * INCH)
    boxes["body"] = (region[0], region[1], region[2], intro_h)
    return (region[0], region[1] + intro_h + GAP // 2, region[2],
            region[3] - intro_h - GAP // 2)


def _title_only_region(r: Roles, layout: SlideLayout, size: tuple[int, int]) -> Box | None:
    return _drawing_region(r, layout, size) if not r.bodies and r.subtitle is None else None


def _drawing_parts(kind: Match, r: Roles, layout: SlideLayout, size: tuple[int, int],
                   parts: dict[str, Any], boxes: dict[str, Box]) -> tuple[Box, int] | None:
    """Region (and side text or intro) for a drawing kind, with a score; None if unfit."""
    slide_area = size[0] * size[1]
    region = _title_only_region(r, layout, size)
    # A tall drawing (a stream: its own dark frame) keeps the template's full area: Mei's
    # room of clues needs every point of it for words read from the back of the room.
    roomy = kind is not Match.TALL_DRAWING
    if region is not None:
        region = _roomy(region, r, layout, size) if roomy \
            else _below_band(region, layout, size, _obstacles(layout, size))
        if kind is Match.CARDS:
            region = _intro_above(region, boxes)
        else:
            region, boxes["side"] = _split_side(region)
        return region, 10 + _name_bonus(layout, ("title only",), ("titleOnly",))
    bodies = sorted(r.bodies, key=lambda b: -area(_box(b)))
    if not bodies or area(_box(bodies[0])) < 0.25 * slide_area:
        return None
    # A tall drawing keeps the area's full height but not over a slide number or footer
    # line set in its foot (a speaker's picture area running to the slide's foot).
    main = _roomy(_box(bodies[0]), r, layout, size) if roomy \
        else _below_band(above_footers(_box(bodies[0]), layout), layout, size,
                         _obstacles(layout, size))
    if kind is Match.CARDS and len(bodies) == 1:
        heading = r.headings.get(_idx(bodies[0]))
        if heading is not None:
            parts["body"] = heading  # the line above the cards introduces them
            return main, 9
        # No heading placeholder for the line above the cards: a box of its own at the
        # area's top. Without one the introduction had nowhere to go and was left off
        # unreported (klee2's parents' slide lost "Day or night: Samaritans · Shout").
        return _intro_above(main, boxes), 8
    if kind is not Match.CARDS and len(bodies) == 1:
        # No title-only layout: a title and content layout serves, its content area holding
        # the drawing and the question or caption beside it (the empty placeholder goes).
        region, boxes["side"] = _split_side(main)
        return region, 7
    if kind is not Match.CARDS and len(bodies) == 2 and not r.headings \
            and area(_box(bodies[0])) >= 1.8 * area(_box(bodies[1])):
        parts["side"] = bodies[1]  # a caption or question beside a large content area
        # Figures read best under their title; the tall stream can sit beside it.
        title = _box(r.title) if r.title is not None else (0, 0, 0, 0)
        below = _box(bodies[0])[1] >= title[1] + title[3]
        return main, 9 + (kind is Match.FIGURES and below)
    return None


def intro_room(slide: Slide, resolved: ResolvedLayout, family: str) -> Box | None:
    """The cards' area under an introduction of one line: the region grown up into the part
    of the introduction's box its words leave empty, and that box cut to its words. The box
    is made for two lines (a visiting trainer's intro can name the school and the team); a
    one-line intro left 0.3 in of it empty while the help cards under it were drawn without
    their icons for want of height. None where the region has no
    introduction of lessonpack's own directly above it."""
    region, intro = resolved.region, resolved.boxes.get("body")
    if region is None or intro is None or intro[1] + intro[3] + GAP // 2 != region[1]:
        return None
    shape = next((sh for sh in slide.shapes
                  if sh.name == "Body" and not sh.is_placeholder and sh.has_text_frame), None)
    if shape is None:
        return None
    frame = cast(Shape, shape).text_frame
    sizes = [run.font.size.pt for p in frame.paragraphs for run in p.runs if run.font.size]
    if not sizes:
        return None
    # The 6 pt before each paragraph, the first's included (the renderers keep it).
    points = needed_height([(p.text, False) for p in frame.paragraphs], family, max(sizes),
                           intro[2] / EMU_PT, False, 6) + 6
    height = min(intro[3], int(points * EMU_PT) + int(0.04 * INCH))
    spare = intro[3] - height
    if spare <= 0:
        return None
    shape.height = Emu(height)
    return (region[0], region[1] - spare, region[2], region[3] + spare)


def keep_room(slide: Slide, resolved: ResolvedLayout,
              slots: Mapping[str, int] | None = None) -> None:
    """A trainer's content placeholder still on the slide (text set in it, not drawn over)
    moved to its area clear of the title rule and footers, as drawn content is (ROOM).
    ``slots``: the slide's own (its filler's), which also name a LibreOffice master's text
    body copied onto the slide: the layout's slots do not, and that body kept the master's
    box, running under a slide number in the corner (lo "kaohsiung"'s goal panel)."""
    slots = resolved.slots if slots is None else slots
    for role, box in resolved.drawn_in.items():
        ph = next((p for p in slide.placeholders
                   if p.placeholder_format.idx == slots.get(role)), None)
        if ph is not None:
            ph.left, ph.top, ph.width, ph.height = (Emu(v) for v in box)


def _below_band(region: Box, layout: SlideLayout, size: tuple[int, int],
                obstacles: Iterable[Box]) -> Box:
    """``region`` moved down under the header band painted into the background picture
    (deck_picture_band), the band being part of the title's area, keeping its height where
    the slide has room under it (Smooth black's body ends 0.8 in over its footers: the
    room clear_of_edges then keeps above them is taken, not the cards' height); unchanged
    where there is no band or the region would be under 40 % of the slide's height."""
    share = band_share(layout)
    x, y, w, h = region
    # Half a GAP under the band's last grey row: a panel's edge set on that row read as
    # touching the band on a projector.
    edge = int(share * size[1]) + GAP // 2 if share is not None else y
    if not y < edge < y + h:
        return region
    # Never past the top of a footer under the region: grown over it, the region held the
    # footers inside it and kept no room above them (help cards ran off the slide's foot).
    floor = min([size[1], *(oy for ox, oy, ow, _oh in obstacles
                            if oy >= y + h and ox < x + w and x < ox + ow)])
    bottom = min(y + h + edge - y, floor)
    if bottom - edge < int(0.4 * size[1]):
        return region
    return x, edge, w, bottom - edge


def _roomy(region: Box, r: Roles, layout: SlideLayout, size: tuple[int, int]) -> Box:
    """The drawing area kept ROOM clear of the title (and its rule) above and more of the
    footers below (FOOT_SHARE), shrinking the area rather than its gutters; unchanged where
    that would leave it under 40 % of the slide's height (the drawings' least)."""
    title = [_box(r.title)] if r.title is not None else []
    obstacles = _obstacles(layout, size)
    banded = _below_band(region, layout, size, obstacles)
    # Under a painted band the footers keep ROOM only: the height the band takes from the
    # top is found at the foot (Smooth black's help cards had no room left for a DSL's name
    # typed over its field).
    below = ROOM if banded != region else max(ROOM, int(FOOT_SHARE * size[1]))
    return clear_of_edges(banded, [*title, *obstacles], ROOM,
                          least_height=int(0.4 * size[1]), below=below)


def _score(name: str, kind: Match, cand: Candidate, size: tuple[int, int],
           found: dict[str, ResolvedLayout]) -> tuple[int, ResolvedLayout] | None:
    """``kind`` is the shape of layout the slide kind ``name`` needs (its Match)."""
    r, layout = cand.roles, cand.layout
    if r.title is None:
        return None
    parts: dict[str, Any] = {"title": r.title}
    boxes: dict[str, Box] = {}
    notes: list[str] = []
    region: Box | None = None
    drawn_in: dict[str, Box] = {}
    slide_area = size[0] * size[1]
    if kind in TITLE_LIKE:
        sub = r.subtitle or (r.bodies[0] if len(r.bodies) == 1 else None)
        if sub is None and not (cand.from_master and not r.bodies):
            return None
        if sub is not None:
            parts["subtitle"] = sub
        score = 10 + 2 * (r.subtitle is not None) - 2 * _extras(r, 1)
        if kind is Match.TITLE:
            score += 2 * (r.title.placeholder_format.type == P.CENTER_TITLE)
            score += _name_bonus(layout, ("title slide",), ("title",))
        else:
            score += 2 * _name_bonus(layout, ("section",), ("secHead",))
            title_layout = next((found[k.name] for k in registry.kinds()
                                 if k.match is Match.TITLE and k.name in found), None)
            # Section slides look different from the title slide when the template allows.
            score -= title_layout is not None and design_key(title_layout) == (
                layout.slide_master.part.partname if cand.from_master
                else layout.part.partname)
    elif kind is Match.TEXT:
        if len(r.bodies) != 1 or area(_box(r.bodies[0])) < 0.2 * slide_area:
            return None
        parts["body"] = r.bodies[0]
        drawn_in["body"] = _roomy(_box(r.bodies[0]), r, layout, size)
        score = 10 - 2 * _extras(r, 1) + _name_bonus(layout, ("content", "body", "text"),
                                                      ("obj", "tx"))
        score -= SHORT_CONTENT * (area(drawn_in["body"]) < SMALL_SHARE * slide_area)
    elif kind in DRAWINGS:
        drawn = _drawing_parts(kind, r, layout, size, parts, boxes)
        if drawn is None:
            return None
        region, score = drawn
        # Only the part on the slide: a template's placeholder may run past its edge.
        region = on_slide(region, size) if region is not None else None
        boxes.update({role: on_slide(box, size) for role, box in boxes.items()})
        score -= 2 * r.others
    else:
        raise InternalError(f"slide kind {name!r} matches as unknown {kind!r}")
    # Text set vertically (East Asian layouts: "Vertical Title and Text") is no place for an
    # English lesson: such a layout serves only when nothing else can.
    score -= VERTICAL * _vertical(parts.values())
    content = None
    if kind not in TITLE_LIKE:
        content = region if region is not None else _box(parts["body"])
    score -= _title_misplaced(kind, cand, content)
    if r.kicker is not None:
        parts["kicker"] = r.kicker
    else:
        _kicker(r, layout, size, boxes, notes, title_kind=kind in TITLE_LIKE, content=content)
    resolved = _resolved(name, kind in TITLE_LIKE, cand, parts, region, boxes, notes)
    return score, replace(resolved, drawn_in=drawn_in) if drawn_in else resolved


def _vertical(placeholders: Iterable[Any]) -> bool:
    for ph in placeholders:
        body = ph.element.find("{*}txBody/{*}bodyPr")
        if body is not None and body.get("vert", "horz") != "horz":
            return True
    return False


def _title_inside(title: Box, content: Box) -> bool:
    """The layout's title lies in the area its content would fill: the drawings or text would
    be drawn over it (a LibreOffice re-save whose layouts carry a title slide's centred title
    over a full-height content area, KDE "soft-background")."""
    t_area = title[2] * title[3]
    if t_area <= 0:
        return False
    w = min(title[0] + title[2], content[0] + content[2]) - max(title[0], content[0])
    h = min(title[1] + title[3], content[1] + content[3]) - max(title[1], content[1])
    return w > 0 and h > 0 and w * h >= 0.2 * t_area


def _title_misplaced(kind: Match, cand: Candidate, content: Box | None) -> int:
    """What a layout loses for where its title lies: inside the area its content fills
    (``content``; None on a title-like slide), or, on any slide but the title slide, on a
    footer line or slide number the slides will show (the layout's own, or the master's where
    the master is the design matched)."""
    title = _box(cand.roles.title) if cand.roles.title is not None else (0, 0, 0, 0)
    inside = content is not None and _title_inside(title, content)
    on_footers = kind is not Match.TITLE and any(
        overlaps(title, footer) for footer in _known(
            ("footers", cand.layout.element, cand.from_master),
            lambda: tuple(_footers(cand))))
    return TITLE_INSIDE_CONTENT * inside + TITLE_ON_FOOTERS * on_footers


def _footers(cand: Candidate) -> list[Box]:
    """The boxes of the footer line and slide number the candidate's slides show."""
    placeholders: list[Placeholder] = list(each_placeholder(cand.layout.placeholders))
    if cand.from_master:
        placeholders += each_placeholder(cand.layout.slide_master.placeholders)
    return [footer for ph in placeholders if ph.placeholder_format.type in SHOWN_FOOTERS
            and (footer := box_of(ph)) is not None]


def _resolved(name: str, title_like: bool, cand: Candidate, parts: dict[str, Any],
              region: Box | None, boxes: dict[str, Box], notes: list[str]) -> ResolvedLayout:
    if not cand.from_master:
        return ResolvedLayout(name, cand.layout, "placeholders",
                              {role: _idx(ph) for role, ph in parts.items()}, region, boxes,
                              tuple(notes))
    title = _title_placeholder(cand.layout)
    if title is None or cand.roles.title is None:
        raise InternalError(f"layout {cand.layout.name!r} was matched by its master's title, "
                            "but has no title placeholder")
    clones = {role: Clone(ph.element) for role, ph in parts.items() if role != "title"}
    if title_like and "subtitle" not in clones:
        # A title-only design (LibreOffice keeps no subtitle on the master): the subtitle
        # goes under the title in the title's colour, smaller and not bold.
        t = _box(cand.roles.title)
        # Under the title, down to the slide's foot at most (a title set low on its slide).
        foot = int(cand.layout.part.package.presentation_part.presentation.slide_height or 0)
        top = t[1] + t[3] + GAP // 2
        height = min(int(1.4 * INCH), foot - MARGIN - top) if foot else int(1.4 * INCH)
        clones["subtitle"] = Clone(cand.roles.title.element, (t[0], top, t[2], height), 24,
                                   False)
        notes.append("subtitle in the title's style below it")
    return ResolvedLayout(name, cand.layout, "placeholders", {"title": _idx(title)}, region,
                          boxes, tuple(notes), clones, cand.roles.title.element)


def design_key(resolved: ResolvedLayout) -> Any:
    if resolved.clones or resolved.title_from is not None:
        return resolved.layout.slide_master.part.partname
    return resolved.layout.part.partname


def match_kind(name: str, kind: Match, layouts: list[SlideLayout], size: tuple[int, int],
               found: dict[str, ResolvedLayout]) -> ResolvedLayout | None:
    """The best layout by placeholders for the slide kind ``name``, which matches as
    ``kind``; None when no layout will do. LibreOffice masters' real layouts are tried only
    when no master's own placeholders can serve (see ``candidates``)."""
    upright: tuple[int, ResolvedLayout] | None = None
    for fallback in (False, True):
        best: tuple[int, int, ResolvedLayout] | None = None
        for order, cand in enumerate(candidates(layouts, fallback=fallback)):
            scored = _score(name, kind, cand, size, found)
            if scored is None:
                continue
            score, resolved = scored
            if _vertical_roles(cand.roles):
                if upright is None or score > upright[0]:
                    upright = (score, resolved)
            elif best is None or score > best[0]:
                best = (score, order, resolved)
        if best is not None:
            return best[2]
    # A layout set in vertical text ("Title and Vertical Text", "Vertical Title and Text":
    # every PowerPoint default deck has them) serves only where none can be made from the
    # title-only layout: a python-pptx default whose content area was 0 in wide had every
    # lesson slide's title and cards rotated a quarter turn, and `check` found nothing.
    derived = _derive(name, kind, layouts, size)
    return derived if derived is not None or upright is None else upright[1]


def _vertical_roles(r: Roles) -> bool:
    """The layout's title, subtitle or a text body is set in vertical text."""
    return _vertical(p for p in (r.title, r.subtitle, *r.bodies) if p is not None)


# The note a layout derived from a title-only layout carries (``derived_warnings``).
DERIVED = "derived from"


def _derive(name: str, kind: Match, layouts: list[SlideLayout], size: tuple[int, int]
            ) -> ResolvedLayout | None:
    """A layout for a kind the template has none for, added to the deck from its title-only
    layout (render/deck_derive.py): a text placeholder in the area under the title, clear of
    the title rule and footers, or a subtitle under a title slide's title. None when the
    template has no layout to make it from (a deck of blank layouts whose master has no
    title is refused, LP130). A drawing kind takes the made title-and-content layout's text
    area as its drawing area, as it takes a template's own."""
    role = "subtitle" if kind in TITLE_LIKE else "body"
    made_name = ("Title Slide" if role == "subtitle" else "Title and Content") + SUFFIX
    bases = [c for c in candidates(layouts) if not c.from_master and c.roles.title is not None
             and not c.roles.bodies and c.roles.subtitle is None]
    # PowerPoint's "Title Only" first, then the template's order.
    bases.sort(key=lambda c: -_name_bonus(c.layout, ("title only",), ("titleOnly",)))
    for cand in bases:
        r, layout = cand.roles, cand.layout
        made = next((lay for lay in layout.slide_master.slide_layouts
                     if lay.name == made_name), None)
        if made is None:
            assert r.title is not None
            title = _box(r.title)
            if role == "subtitle":
                top = title[1] + title[3] + GAP // 2
                height = min(int(1.4 * INCH), size[1] - MARGIN - top)
                # A title at the slide's foot: no room for a subtitle under it.
                box: Box | None = (title[0], top, title[2], height) \
                    if height >= int(0.5 * INCH) else None
            else:
                region = _title_only_region(r, layout, size)
                box = _roomy(region, r, layout, size) if region is not None else None
            if box is None:
                continue
            made = add_layout(layout, made_name, {role: box})
        scored = _score(name, kind, Candidate(made, roles(made)), size, {})
        if scored is not None:
            resolved = scored[1]
            return replace(resolved, notes=(f"{DERIVED} {layout.name!r}", *resolved.notes))
    return _derive_from_blank(name, kind, layouts, size, role, made_name)


def _derive_from_blank(name: str, kind: Match, layouts: list[SlideLayout],
                       size: tuple[int, int], role: str, made_name: str
                       ) -> ResolvedLayout | None:
    """The layout from a blank one that shows its master (no placeholder for text, the
    master's decorations), given the master's own title and text placeholders' places: a
    template whose title-only layouts are statements across the middle of the slide."""
    for cand in candidates(layouts):
        r, layout = cand.roles, cand.layout
        if cand.from_master or r.title is not None or r.bodies or r.subtitle is not None \
                or not shows_master_shapes(layout):
            continue
        made = next((lay for lay in layout.slide_master.slide_layouts
                     if lay.name == made_name), None)
        if made is None:
            master = roles(layout.slide_master)
            if master.title is None or not master.bodies:
                continue
            title, body = _box(master.title), _box(master.bodies[0])
            if role == "subtitle":
                body = (title[0], title[1] + title[3] + GAP // 2, title[2],
                        min(int(1.4 * INCH), size[1] - MARGIN - title[1] - title[3]))
            if body[3] < int(0.5 * INCH) or title[2] <= 0:
                continue
            made = add_layout(layout, made_name, {"title": title, role: body})
        scored = _score(name, kind, Candidate(made, roles(made)), size, {})
        if scored is not None:
            resolved = scored[1]
            return replace(resolved, notes=(f"{DERIVED} {layout.name!r}", *resolved.notes))
    return None


def derived_warnings(layouts: dict[str, ResolvedLayout], used: Iterable[str]) -> list[str]:
    """One line per layout lessonpack added (``_derive``), naming the slide kinds of the deck
    that use it (a template far larger than PowerPoint's is scaled and named by
    deck_resize)."""
    made: dict[str, list[str]] = {}
    for kind in dict.fromkeys(used):
        resolved = layouts.get(kind)
        if resolved is None:
            continue
        note = next((n for n in resolved.notes if n.startswith(DERIVED)), None)
        if note is not None:
            made.setdefault(f"{resolved.layout.name!r} ({note})", []).append(
                kind.replace("_", " "))
    return [f"the template has no layout for {', '.join(kinds)} slides: lessonpack added "
            f"layout {layout} to the deck, a text placeholder under the title (restyle it in "
            "View > Slide Master)" for layout, kinds in made.items()]
