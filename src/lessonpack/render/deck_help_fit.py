"""Which icon, text size, rows and brevity a run of help cards is drawn with: the choice
that leaves fewest of the cards' words off the slide, and among those the largest type and
icon. A card says less than all it has (what is left is said aloud and the build warns)
only where no smaller icon, tighter row or smaller type down to 18 pt holds it whole. One
choice for a run of help slides, so the style holds across them. deck_help draws it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from pptx.util import Inches

from lessonpack.check.measure import MIN_SLIDE_PT
from lessonpack.content.brand import Brand
from lessonpack.kinds.look import Look
from lessonpack.kinds.payloads import Card
from lessonpack.plan.contact_text import NBSP
from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_help_words import (
    BRIEFS,
    FIRST,
    FULL,
    INDENT,
    NAME_LEAD,
    NAME_LEAD_UNDER_PICTURE,
    card_need,
    card_stack,
    line_pt,
    name_lead,
    name_lines,
    words_whole,
)

INCH = int(Inches(1))
PAD = int(0.22 * INCH)


ICONS = (int(0.7 * INCH), int(0.55 * INCH), int(0.45 * INCH), 0)  # largest first


# Tried only where every size of ICONS leaves a slide's cards without icons, in the layout
# and at the size chosen without one: about one line of a 20-22 pt name high, it costs a card
# no height beside its name, only width (a parents' second help slide, a long school
# service's name in a third of the slide, lost every icon, though the slide before kept
# theirs).
LEAST_ICONS = (int(0.38 * INCH), 0)


# 11-16s' wide cards at their help size (Look.help_pt): one icon, no taller than the name
# beside it, on every slide of the run (then none, only where a card has no room at all).
ONE_ICON = (int(0.45 * INCH), 0)


# Beside the name on a tall card (a column of three, 11-16s' line icons): in proportion
# with the name beside it (24 pt), at most 43 pt, under twice its height: at 58-80 pt the
# icons outweighed the names and words they stood for.
TALL_ICONS = (int(0.6 * INCH), int(0.55 * INCH), int(0.45 * INCH), 0)


# Above and below a card's words: less than beside them (the rows are what is short of
# room), but clear of the card's edge: at 0.07 in a school's last phone number touched it
# (Brightpath parents), at 0.11 in it still read as packed to the edge (0.15 in
# reads as clear).
V_PAD = int(0.15 * INCH)


# Above and below a card's words where V_PAD leaves some card short of its words: a
# tighter card before a line of what a service is for left off the slide.
TIGHT_V_PAD = int(0.08 * INCH)


# Below a tall card's icon, before its name.
ICON_GAP = int(0.12 * INCH)


# A help card's icon grows into room its card has spare, up to the vocabulary cards' size
# (80 pt): at 0.6 in it was a 30 px mark above dense copy.
ICON_MOST = int(1.1 * INCH)


def padded(boxes: Sequence[Box], v_pad: int = V_PAD) -> list[Box]:
    # Less padding above and below than beside: the rows are what is short of room.
    return [(x + PAD, y + v_pad, w - 2 * PAD, h - 2 * v_pad) for x, y, w, h in boxes]


class Fit(NamedTuple):
    """A help slide's cards as chosen: their boxes, icon side, text size, how much each
    says (FULL, FIRST, NONE) and how many of their words are not on the slide."""

    boxes: list[Box]
    icon: int
    size: int
    briefs: list[int]
    lost: int
    v_pad: int = V_PAD


def words_lost(card: Card, brand: Brand, size: int, width: int, icon: int, brief: int,
               lead: int) -> int:
    """How many of the card's words (what it is for and every way to reach it) its stack
    at ``brief`` leaves off the slide: a brief card's sentences, and contacts past the
    card's contact lines (``card_stack`` caps them)."""
    _row, under = card_stack(card, brand, size, width, icon, brief, lead)
    return max(0, _word_count(card.text) - sum(_word_count(text) for text, *_r in under))


def _word_count(text: str) -> int:
    # The separators between ways ("·", ";") are no words: the slide sets each way on a
    # line of its own without them.
    return sum(1 for word in text.replace(NBSP, " ").split() if word not in {"·", ";"})


@dataclass(frozen=True)
class FitContext:
    """What every try of one help slide's fit shares: its cards, the run's cards on its
    other slides (which must fit this slide's narrowest card too: one style for the run),
    the brand's fonts, how much larger names are than words, and how brief a card may be
    (FULL only where nothing can be said aloud instead)."""

    cards: tuple[Card, ...]
    others: tuple[Card, ...]
    brand: Brand
    lead: int
    allowed: tuple[int, ...]
    v_pad: int = V_PAD

    def need(self, card: Card, size: int, width: int, icon: int, brief: int) -> int:
        return card_need(card, self.brand, size, width, icon, brief, self.lead)

    def fits(self, card: Card, box: Box, size: int, icon: int, brief: int) -> bool:
        """Whether ``card`` fits ``box`` at ``brief``, no word wider than its line (a web
        address broken mid-word reads as two)."""
        return self.need(card, size, box[2], icon, brief) <= box[3] \
            and words_whole(card, self.brand, size, box[2], icon, brief, self.lead)

    def briefs(self, inner: Sequence[Box], size: int, icon: int,
               wanted: Sequence[int] | None = None) -> list[int] | None:
        """Each card's fullest brief (or ``wanted``'s) that fits its padded box, the run's
        others fitting the narrowest at their briefest; None where one does not fit."""
        narrowest = min(inner, key=lambda b: b[2])
        if not all(self.fits(card, narrowest, size, icon, self.allowed[-1])
                   for card in self.others):
            return None
        chosen: list[int] = []
        for n, (card, box) in enumerate(zip(self.cards, inner, strict=True)):
            tries = self.allowed if wanted is None else (wanted[n],)
            brief = next((br for br in tries if self.fits(card, box, size, icon, br)), None)
            if brief is None:
                return None
            chosen.append(brief)
        return chosen

    def lost(self, inner: Sequence[Box], size: int, icon: int, briefs: Sequence[int]) -> int:
        return sum(words_lost(card, self.brand, size, box[2], icon, brief, self.lead)
                   for card, box, brief in zip(self.cards, inner, briefs, strict=True))

    def fit_at(self, boxes: Sequence[Box], size: int, icon: int) -> Fit | None:
        """The layout at ``size`` with ``icon`` that loses fewest words: the grid, each
        card as full as its box lets it be, or its rows re-divided by need (a short row
        gives a tall one what it lacks: a school's card with three long contact lines
        above short national ones), every card whole or at least its first sentence."""
        found: list[Fit] = []
        inner = padded(boxes, self.v_pad)
        grid = self.briefs(inner, size, icon)
        if grid is not None:
            found.append(Fit(list(boxes), icon, size, grid,
                             self.lost(inner, size, icon, grid), self.v_pad))
        if grid is None or any(grid):
            for wanted in _row_briefs(grid, len(self.cards), self.allowed):
                rows = _rows_by_need(boxes, self.cards, self.brand, size, icon, wanted,
                                     self.lead, self.v_pad)
                if rows is None or \
                        self.briefs(padded(rows, self.v_pad), size, icon, wanted) is None:
                    continue
                found.append(Fit(rows, icon, size, list(wanted),
                                 self.lost(padded(rows, self.v_pad), size, icon, wanted),
                                 self.v_pad))
        return min(found, key=lambda fit: fit.lost, default=None)


def _row_briefs(grid: Sequence[int] | None, count: int, allowed: Sequence[int]
                ) -> list[list[int]]:
    """The briefs to try in rows re-divided by need: every card whole, then (where brief
    cards are allowed) none cut past its first sentence."""
    tries = [[FULL] * count]
    if FIRST in allowed:
        tries.append([min(brief, FIRST) for brief in grid] if grid else [FIRST] * count)
    return tries


def best_fit(tries: Iterable[tuple[int, int]], fit_at: Callable[[int, int], Fit | None]
             ) -> Fit | None:
    """The fit that loses fewest words, the first of ``tries`` (size, icon: in the order
    they are preferred) among those that lose as few. One order for every slide shape:
    a card keeps what it is for and how to reach it while any smaller icon, tighter row
    or smaller type down to the slides' floor still holds it; only where none does is
    something said aloud instead (and the build warns)."""
    best: Fit | None = None
    for size, icon in tries:
        fit = fit_at(size, icon)
        if fit is not None and (best is None or fit.lost < best.lost):
            best = fit
            if not fit.lost:
                break
    return best


def preferred(top: int, icons: Sequence[int], look: Look, icon_least: int = 0
              ) -> list[tuple[int, int]]:
    """Sizes and icons in the order they are preferred where they lose as many words: down
    to ``icon_least`` (the help cards' size unless given) an icon, largest first, at any
    size before none (an icon is how pupils find a service, worth a point or two of type),
    then without one; below it, to 2 pt over the floor, then at the floor, the same way.
    Larger type first within each."""
    help_pt = line_pt(look) + 2
    least = icon_least or help_pt
    steps = [(top, least), *((high, low) for high, low in
                             ((least - 1, MIN_SLIDE_PT + 2), (MIN_SLIDE_PT + 1, MIN_SLIDE_PT))
                             if high >= low)]
    ordered = [*(icon for icon in icons if icon), *(icon for icon in icons if not icon)]
    return [(size, icon) for high, low in steps for icon in ordered
            for size in range(high, low - 1, -1)]


def choose_wide(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                like: Sequence[Card], allow_brief: bool, sizes: Sequence[int] = ICONS
                ) -> Fit | None:
    """The boxes, icon, size and how much each card says (FULL, FIRST, NONE) that lose
    fewest words (``best_fit``), the run's ``like`` cards fitting a card of this size too.
    Brief cards only where ``allow_brief`` (what they leave out is said aloud). None when
    nothing fits at 18 pt."""
    pictured = any(card.picture is not None for card in [*cards, *like])
    context = FitContext(tuple(cards), tuple(card for card in like if card not in cards),
                         brand, name_lead(look), BRIEFS if allow_brief else (FULL,))
    top = max(look.card_pt, line_pt(look) + 2)
    tries = preferred(top, tuple(sizes) if pictured else (0,), look)
    fit = best_fit(tries, lambda size, icon: context.fit_at(boxes, size, icon))
    if fit is None or fit.lost:
        tight = replace(context, v_pad=TIGHT_V_PAD)
        closer = best_fit(tries, lambda size, icon: tight.fit_at(boxes, size, icon))
        if closer is not None and (fit is None or closer.lost < fit.lost):
            return closer
    return fit


def wide_first(boxes: Sequence[Box]) -> list[Box] | None:
    """The grid as two rows: the first card across the whole width (the school's, whose
    several long contact lines wrap in half a slide's width), the others side by side
    under it. None for a grid of one row or of two cards."""
    tops = sorted({y for _x, y, _w, _h in boxes})
    if len(tops) < 2 or len(boxes) < 3:
        return None
    left = min(x for x, _y, _w, _h in boxes)
    right = max(x + w for x, _y, w, _h in boxes)
    foot = max(y + h for _x, y, _w, h in boxes)
    first = boxes[0]
    gap = tops[1] - (first[1] + first[3])
    height = (foot - first[1] - gap) // 2
    count = len(boxes) - 1
    width = (right - left - gap * (count - 1)) // count
    return [(left, first[1], right - left, height),
            *((left + i * (width + gap), first[1] + height + gap, width, height)
              for i in range(count))]


def _rows_by_need(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, size: int,
                  icon: int, brief: int | Sequence[int] = FULL, lead: int = NAME_LEAD,
                  v_pad: int = V_PAD) -> list[Box] | None:
    """The grid's rows re-divided by what their cards need at ``size`` (the school's card with
    a deputy's own contact beside short national ones), each row its need plus an equal
    share of what is left; None when even that does not fit. ``brief``: one for every
    card, or each card's own."""
    tops = sorted({y for _x, y, _w, _h in boxes})
    if len(tops) < 2:
        return None
    row_of = [tops.index(y) for _x, y, _w, _h in boxes]
    briefs = [brief] * len(cards) if isinstance(brief, int) else list(brief)
    pad = 2 * v_pad
    needs = [max(card_need(c, brand, size, b[2] - 2 * PAD, icon, br, lead) + pad
                 for c, b, r, br in zip(cards, boxes, row_of, briefs, strict=True) if r == row)
             for row in range(len(tops))]
    first = boxes[row_of.index(0)]
    last = boxes[row_of.index(len(tops) - 1)]
    gap = tops[1] - (first[1] + first[3])
    room = last[1] + last[3] - first[1] - gap * (len(tops) - 1)
    if sum(needs) > room:
        return None
    share = (room - sum(needs)) // len(tops)
    heights = [need + share for need in needs]
    row_top = [first[1] + sum(heights[:r]) + gap * r for r in range(len(tops))]
    return [(x, row_top[r], w, heights[r])
            for (x, _y, w, _h), r in zip(boxes, row_of, strict=True)]


def run_icons(boxes: Sequence[Box], run: Sequence[Card], brand: Brand, look: Look,
               sizes: Sequence[int]) -> tuple[int, ...]:
    """``sizes`` from the largest icon with which every card of the ``run``, whole, fits
    this slide's narrowest card at the body size (one icon size across the run's slides:
    the school's long card set 0.8 in on one slide, 1.1 in on the next)."""
    _x, _y, width, height = min(padded(boxes), key=lambda b: b[2])
    size = line_pt(look) + 2
    fits = next((icon for icon in sizes
                 if all(card_need(card, brand, size, width, icon, FULL, name_lead(look))
                        <= height for card in run)),
                None)
    return tuple(sizes) if fits is None else tuple(icon for icon in sizes if icon <= fits)


def choose_tall(sized: Sequence[tuple[Card, Box]], count: int, sides: Sequence[int],
                top_pt: int, need: Callable[..., int], allowed: Sequence[int], look: Look,
                brand: Brand, least: int = MIN_SLIDE_PT) -> Fit | None:
    """Icon side, size and each card's brief for tall cards (``sized``: this slide's
    ``count`` cards, then the run's others, each with its padded box; ``need(card, size,
    width, side, brief)``: a card's height): the whole run whole at one size first (one
    size per role across its slides), else what loses fewest words (``best_fit``), down
    to ``least``. The run's other cards fit at their briefest. None when nothing fits."""
    icons = [side for side in sides if side]
    help_pt = line_pt(look) + 2
    if len(sized) > count:
        for high, low in ((top_pt, help_pt), (help_pt - 1, line_pt(look))):
            for side in icons:
                for size in range(high, max(low, least) - 1, -1):
                    if all(need(c, size, b[2], side, FULL) <= b[3] for c, b in sized):
                        return Fit([], side, size, [FULL] * count, 0)

    def fit_at(size: int, side: int) -> Fit | None:
        briefs: list[int] = []
        for n, (card, box) in enumerate(sized):
            tries = allowed if n < count else (allowed[-1],)
            brief = next((br for br in tries if need(card, size, box[2], side, br) <= box[3]),
                         None)
            if brief is None:
                return None
            briefs.append(brief)
        lost = sum(words_lost(card, brand, size, box[2], 0, brief, NAME_LEAD_UNDER_PICTURE)
                   for (card, box), brief in zip(sized[:count], briefs, strict=False))
        return Fit([], side, size, briefs[:count], lost)

    # A pupil's tall card's picture is who to go to (the school's staff figure, a trusted
    # adult): kept down to 2 pt over the floor before the cards go without (two cards
    # half empty under their names, and the other templates' slides showing both).
    tries = [(size, side) for size, side in preferred(top_pt, sides, look, MIN_SLIDE_PT + 2)
             if size >= least]
    return best_fit(tries, fit_at)


def tall_cards_read(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                    sides: Sequence[int]) -> bool:
    """Every card fits its column at the deck's body size (briefly, what it is for said
    aloud, if need be): four pupils' cards in a row rather than two by two."""
    inner = [(x + PAD, y + PAD, w - 2 * PAD, h - 2 * PAD) for x, y, w, h in boxes]

    def need(card: Card, size: int, width: int, side: int, brief: int = FULL) -> int:
        return side + (ICON_GAP if side else 0) + card_need(card, brand, size, width, 0, brief,
                                                            NAME_LEAD_UNDER_PICTURE)

    return choose_tall(list(zip(cards, inner, strict=True)), len(cards), sides,
                       line_pt(look) + 2, need, BRIEFS, look, brand,
                       least=line_pt(look) + 2) is not None


def names_one_line(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand,
                   look: Look) -> bool:
    """Whether every card's name (and the run's: ``cards``) stays on one line beside the
    largest icon of a row of tall cards (TALL_ICONS), at the least size they are drawn
    at: three adults' cards in a row where "Our safeguarding lead" and "CEOP Safety
    Centre" each took two lines beside "NSPCC Helpline"'s one (Oakfield parents, designer)
    stand two a row instead, each name whole on its line."""
    width = min(b[2] for b in padded(boxes)) - (TALL_ICONS[0] + INDENT)
    size = line_pt(look) + 2
    return all(name_lines(card.heading, brand, size, width) <= 1 for card in cards)


def rows_keep_words(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                    like: Sequence[Card]) -> bool:
    """Whether wide cards in ``boxes`` (two a row) show every card, and the run's, whole
    with the words at the body size or larger: the test before three in a row give way to
    two a row for their names' sake (Brightpath's CEOP card lost its words two a row)."""
    choice = choose_wide(boxes, cards, brand, look, like, False)
    return choice is not None and choice[2] >= line_pt(look) + 2


def grown_icon(side: int, size: int, sized: Sequence[tuple[Card, Box]], briefs: Sequence[int],
           need: Callable[..., int], allowed: Sequence[int]) -> int:
    """``side``, or larger (to ICON_MOST) where every card of the run, at ``size`` and as
    brief as it is drawn, leaves that room under its icon: one icon size for the run."""
    def spare(card: Card, box: Box, brief: int) -> int:
        return box[3] - need(card, size, box[2], side, brief)

    count = len(briefs)
    room = min(spare(c, b, briefs[i] if i < count else next(
        (br for br in allowed if spare(c, b, br) >= 0), allowed[-1]))
        for i, (c, b) in enumerate(sized))
    return max(side, min(ICON_MOST, side + room))
