"""Which icon, text size and brevity let every help card fit its box: the deck's body size
or larger with the largest icon first, then rows re-divided by need, brief cards (what they
are for said aloud), no icon, and only then smaller type down to 18 pt. One choice for a
run of help slides, so the style holds across them. deck_help draws what is chosen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pptx.util import Inches

from lessonpack.check.measure import MIN_SLIDE_PT
from lessonpack.content.brand import Brand
from lessonpack.kinds._payloads import Card
from lessonpack.kinds.look import Look
from lessonpack.render.deck_drawings import Box
from lessonpack.render.deck_help_words import (
    BRIEFS,
    FIRST,
    FULL,
    INDENT,
    NAME_LEAD,
    NAME_LEAD_UNDER_PICTURE,
    card_need,
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


# Below a tall card's icon, before its name.
ICON_GAP = int(0.12 * INCH)


# A help card's icon grows into room its card has spare, up to the vocabulary cards' size
# (80 pt): at 0.6 in it was a 30 px mark above dense copy.
ICON_MOST = int(1.1 * INCH)


def padded(boxes: Sequence[Box]) -> list[Box]:
    # Less padding above and below than beside: the rows are what is short of room.
    return [(x + PAD, y + V_PAD, w - 2 * PAD, h - 2 * V_PAD) for x, y, w, h in boxes]


def choose_wide(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
            like: Sequence[Card], allow_brief: bool, sizes: Sequence[int] = ICONS,
            keep_words: bool = False) -> tuple[list[Box], int, int, list[int]] | None:
    """The boxes, icon, size and how much each card says (FULL, FIRST, NONE) with which
    every card fits (and the run's ``like`` cards in a card of this size): the words at
    the deck's body size or larger (``line_pt``), whole, with the largest icon; else in rows
    re-divided by need; else a brief card at that size (what it is for said aloud, when
    ``allow_brief``); else without an icon; only then smaller type, down to 18 pt. None
    when nothing fits at 18 pt. With ``keep_words`` (a narrow slide: KEEPS_WORDS) no icon
    and smaller type (to WHOLE_FLOOR) come before any card says less, and a card's first
    sentence (``_purpose_kept``) before it says only its name and contact."""
    inner = padded(boxes)
    lead = name_lead(look)
    pictured = any(card.picture is not None for card in [*cards, *like])
    icons = tuple(sizes) if pictured else (0,)
    others = [card for card in like if card not in cards]
    sized = _sized(cards, inner, others)
    allowed = BRIEFS if allow_brief else (FULL,)
    top = max(look.card_pt, line_pt(look) + 2)

    def wide_need(card: Card, size: int, width: int, icon: int, brief: int) -> int:
        return card_need(card, brand, size, width, icon, brief, lead)

    if allow_brief and keep_words:
        kept = _words_kept(boxes, cards, sized, icons, brand, top, lead, allowed[-1], look)
        if kept is not None:
            return kept
    for floor in (line_pt(look) + 2, MIN_SLIDE_PT + 2, MIN_SLIDE_PT):
        # An icon in rows of unequal need (a tall first row, a short second one) before
        # none in equal rows: the icons are how pupils find a service (Brightpath KS2's
        # help cards lost theirs to the school's longer directions).
        for group in ([icon for icon in icons if icon], [0]):
            for icon in group:
                for size in range(top, floor - 1, -1):
                    # The run's other cards set no smaller type here, however brief
                    # they must be on their own slide.
                    if _all_whole(sized, len(cards), brand, size, icon, allowed[-1], lead):
                        return list(boxes), icon, size, [FULL] * len(cards)
            for icon in group:
                rows = _rows_by_need(boxes, cards, brand, floor, icon, lead=lead)
                if rows is not None:
                    return rows, icon, floor, [FULL] * len(cards)
            # Brief cards: the icon size that leaves out least of this slide's cards (a
            # smaller icon before a card reduced to its name), the larger icon when equal.
            least = _least_lost(sized, len(cards), group, floor, allowed, wide_need)
            if least is not None:
                return list(boxes), least[0], floor, least[1]
            # Brief cards in rows re-divided by need: the school's card with three long
            # contact lines across the slide keeps them all, the row beneath says what
            # its services are for aloud (Riverside's parents' slide).
            for icon in group:
                for brief in allowed[1:]:
                    rows = _rows_by_need(boxes, cards, brand, floor, icon, brief, lead)
                    if rows is None:
                        continue
                    fitted = _briefs(_sized(cards, padded(rows), others), brand, floor,
                                     icon, allowed, lead)
                    if fitted is not None:
                        return rows, icon, floor, fitted[:len(cards)]
    return None


# The least size at which every card's words are kept whole before any card says less, on
# a slide no wider than KEEPS_WORDS (width to height): on a 4:3 trainer's template (Coreoz,
# klee2, smooth-black) parents' NSPCC card lost its advice line and email, CEOP and Police
# what they are for, at 22 pt beside an icon; 2 pt smaller, or without the icon, they fit.
# Wide slides keep larger type and say the rest aloud: their cards lose little (the
# default look's parents' help slides keep every word at 22 pt).
WHOLE_FLOOR = MIN_SLIDE_PT + 2
KEEPS_WORDS = 1.5


def keeps_words(slide_w: int, slide_h: int) -> bool:
    """Whether a slide this size keeps help cards' words whole before larger type."""
    return slide_h > 0 and slide_w / slide_h <= KEEPS_WORDS


def _whole_first(boxes: Sequence[Box], cards: Sequence[Card], sized: list[tuple[Card, Box]],
                 icons: Sequence[int], brand: Brand, top: int, lead: int, briefest: int,
                 floor: int) -> tuple[list[Box], int, int, list[int]] | None:
    """Every card whole (the run's others at their briefest), at ``floor`` or larger and
    then down to WHOLE_FLOOR: with the largest icon that leaves them whole, in the grid or
    in rows re-divided by need, then with none, before any card loses its words."""
    for least in dict.fromkeys((floor, WHOLE_FLOOR)):
        for group in ([icon for icon in icons if icon], [0]):
            for icon in group:
                for size in range(top, least - 1, -1):
                    if _all_whole(sized, len(cards), brand, size, icon, briefest, lead):
                        return list(boxes), icon, size, [FULL] * len(cards)
            for icon in group:
                rows = _rows_by_need(boxes, cards, brand, least, icon, lead=lead)
                if rows is not None:
                    return rows, icon, least, [FULL] * len(cards)
    return None


def _purpose_kept(boxes: Sequence[Box], cards: Sequence[Card],
                  sized: list[tuple[Card, Box]], icons: Sequence[int], brand: Brand, top: int,
                  lead: int, briefest: int) -> tuple[list[Box], int, int, list[int]] | None:
    """Where some card is not whole even at WHOLE_FLOOR: each card whole or with its first
    sentence (what it is for), down to WHOLE_FLOOR, with an icon and then none, before any
    card is cut to its name and contact. On Coreoz's and smooth-black's 4:3 parents' second
    help slide Childline missed whole by 0.01-0.1 in; cut to its contact at 22 pt, the run's
    evening (deck_sizes) then set it at the first slide's 18 pt, smaller and still saying
    nothing of what each service is for."""
    for group in ([icon for icon in icons if icon], [0]):
        for icon in group:
            for size in range(top, WHOLE_FLOOR - 1, -1):
                briefs = _this_slide_briefs(sized, len(cards), brand, size, icon, briefest,
                                            lead)
                if briefs is not None:
                    return list(boxes), icon, size, briefs
                # Or in rows re-divided by need, each card whole where its grid box holds
                # it: on Coreoz, Take It Down's first sentence missed its row by 0.01 in
                # with 0.29 in to spare in the row above.
                briefs = [FULL if card_need(card, brand, size, box[2], icon, FULL, lead)
                          <= box[3] else FIRST for card, box in sized[:len(cards)]]
                if not all(words_whole(card, brand, size, box[2], icon, brief, lead)
                           for (card, box), brief in zip(sized, briefs, strict=False)):
                    continue
                rows = _rows_by_need(boxes, cards, brand, size, icon, briefs, lead=lead)
                if rows is not None:
                    return rows, icon, size, briefs
    return None


def _words_kept(boxes: Sequence[Box], cards: Sequence[Card], sized: list[tuple[Card, Box]],
                icons: Sequence[int], brand: Brand, top: int, lead: int, briefest: int,
                look: Look) -> tuple[list[Box], int, int, list[int]] | None:
    """On a narrow slide (``keep_words``), before choose_wide's usual order: every card
    whole (``_whole_first``), else each whole or with its first sentence
    (``_purpose_kept``); None when neither fits."""
    whole = _whole_first(boxes, cards, sized, icons, brand, top, lead, briefest,
                         line_pt(look) + 2)
    if whole is not None:
        return whole
    return _purpose_kept(boxes, cards, sized, icons, brand, top, lead, briefest)


def _this_slide_briefs(sized: Sequence[tuple[Card, Box]], count: int, brand: Brand,
                       size: int, icon: int, briefest: int, lead: int) -> list[int] | None:
    """Each of this slide's first ``count`` cards' least brief, FULL or FIRST, with which
    it fits its box at ``size`` (the run's others at ``briefest``), no word wider than its
    card; None when one needs less."""
    briefs: list[int] = []
    for i, (card, box) in enumerate(sized):
        kept = (FULL, FIRST) if i < count else (briefest,)
        brief = next((br for br in kept
                      if card_need(card, brand, size, box[2], icon, br, lead) <= box[3]
                      and words_whole(card, brand, size, box[2], icon, br, lead)), None)
        if brief is None:
            return None
        if i < count:
            briefs.append(brief)
    return briefs


def _all_whole(sized: Sequence[tuple[Card, Box]], count: int, brand: Brand, size: int,
               icon: int, briefest: int, lead: int) -> bool:
    """Whether every card fits its box at ``size``, the first ``count`` (this slide's) whole
    and the run's others at ``briefest``, and no word wider than its card: a smaller size
    before a web address broken mid-word."""
    for i, (card, box) in enumerate(sized):
        brief = FULL if i < count else briefest
        if card_need(card, brand, size, box[2], icon, brief, lead) > box[3] \
                or not words_whole(card, brand, size, box[2], icon, brief, lead):
            return False
    return True


def _sized(cards: Sequence[Card], inner: Sequence[Box], others: Sequence[Card]
           ) -> list[tuple[Card, Box]]:
    """Each card in its own box, and the run's other cards in this slide's narrowest one
    (a card across the whole width is not the size the others are drawn at)."""
    narrowest = min(inner, key=lambda b: b[2])
    return [*zip(cards, inner, strict=True), *((card, narrowest) for card in others)]


def _briefs(sized: Sequence[tuple[Card, Box]], brand: Brand, size: int, icon: int,
            allowed: Sequence[int], lead: int) -> list[int] | None:
    """Each card's least brief with which it fits its box at ``size``; None when one
    does not fit even by name and contact."""
    briefs = [next((br for br in allowed
                    if card_need(c, brand, size, b[2], icon, br, lead) <= b[3]), None)
              for c, b in sized]
    return None if any(b is None for b in briefs) else [b or FULL for b in briefs]


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
                  icon: int, brief: int | Sequence[int] = FULL, lead: int = NAME_LEAD
                  ) -> list[Box] | None:
    """The grid's rows re-divided by what their cards need at ``size`` (the school's card with
    a deputy's own contact beside short national ones), each row its need plus an equal
    share of what is left; None when even that does not fit. ``brief``: one for every
    card, or each card's own."""
    tops = sorted({y for _x, y, _w, _h in boxes})
    if len(tops) < 2:
        return None
    row_of = [tops.index(y) for _x, y, _w, _h in boxes]
    briefs = [brief] * len(cards) if isinstance(brief, int) else list(brief)
    pad = 2 * V_PAD
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
                 floors: Sequence[int] | None = None, keep_words: bool = False
                 ) -> tuple[int, int, list[int]] | None:
    """Icon side, size and each card's brief for tall cards: whole words with an icon
    (largest first), then brief words with an icon, then the same without one; at the
    body size or larger before any smaller type. With ``keep_words`` (a narrow slide),
    whole words without an icon, then down to WHOLE_FLOOR, before brief ones."""
    icons = [side for side in sides if side]

    def whole(side: int, floor: int, run: bool = False) -> int:
        # The largest size down to ``floor`` at which every card is whole (and the run's
        # other cards: whole too where ``run``, else at their briefest).
        return next((pt for pt in range(top_pt, floor - 1, -1)
                     if all(need(c, pt, b[2], side,
                                 FULL if run or i < count else allowed[-1]) <= b[3]
                            for i, (c, b) in enumerate(sized))), 0)

    if floors is None:
        # Whole words with an icon down to 2 pt under the body size before any card says
        # less or loses its icon: the whole run at one size first (one size per role
        # across its slides), else this slide's. No card shows a name with a hole under
        # it (Brightpath parents' Childline and Report Remove: all three at 20 pt
        # beats content dropped from one).
        for run in ((True, False) if len(sized) > count else (False,)):
            for floor in (line_pt(look) + 2, line_pt(look)):
                for side in icons:
                    size = whole(side, floor, run)
                    if size:
                        return side, size, [FULL] * count
        # Then, on a narrow slide, without the icon and down to WHOLE_FLOOR before any
        # card says less (_whole_on_narrow).
        if keep_words:
            kept = _whole_on_narrow(whole, icons, look)
            if kept is not None:
                return kept[0], kept[1], [FULL] * count
    for floor in floors or (line_pt(look) + 2, MIN_SLIDE_PT + 2, MIN_SLIDE_PT):
        for group in (icons, [0]):
            for side in group:
                size = whole(side, floor)
                if size:
                    return side, size, [FULL] * count
            # Brief cards: the icon size that leaves out least (a smaller icon before a
            # card reduced to its name and contact), the larger icon when equal.
            least = _least_lost(sized, count, group, floor, allowed, need)
            if least is not None:
                return least[0], floor, least[1]
    return None


def _whole_on_narrow(whole: Callable[[int, int], int], icons: Sequence[int], look: Look
                     ) -> tuple[int, int] | None:
    """On a narrow slide (``keep_words``), after every icon failed at the body size: the
    icon side and size at which every tall card is whole without the icon, and then with or
    without it down to WHOLE_FLOOR, before any card says less (klee2's 4:3 parents' NSPCC
    card showed its number under a hole where its advice line and email had been, its icon
    kept). ``whole(side, floor)``: choose_tall's largest size down to ``floor``, or 0."""
    for floor in (line_pt(look) + 2, line_pt(look), WHOLE_FLOOR):
        for side in (*icons, 0) if floor == WHOLE_FLOOR else (0,):
            size = whole(side, floor)
            if size:
                return side, size
    return None


def _least_lost(sized: Sequence[tuple[Card, Box]], count: int, group: Sequence[int],
                floor: int, allowed: Sequence[int], need: Callable[[Card, int, int, int, int], int]
                ) -> tuple[int, list[int]] | None:
    """Brief cards at ``floor``: the icon side in ``group`` with which every card fits
    (``need(card, size, width, side, brief)`` within its box) leaving out least of this
    slide's first ``count`` cards, the larger icon when equal, and each of those cards'
    brief; None when no side fits every card."""
    found = []
    for side in group:
        briefs = [next((br for br in allowed
                        if need(c, floor, b[2], side, br) <= b[3]), None)
                  for c, b in sized]
        if all(brief is not None for brief in briefs):
            found.append((sum(b or 0 for b in briefs[:count]), -side, briefs))
    if not found:
        return None
    _lost, side, briefs = min(found, key=lambda f: (f[0], f[1]))
    return -side, [b or FULL for b in briefs[:count]]


def tall_cards_read(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                    sides: Sequence[int]) -> bool:
    """Every card fits its column at the deck's body size (briefly, what it is for said
    aloud, if need be): four pupils' cards in a row rather than two by two."""
    inner = [(x + PAD, y + PAD, w - 2 * PAD, h - 2 * PAD) for x, y, w, h in boxes]

    def need(card: Card, size: int, width: int, side: int, brief: int = FULL) -> int:
        return side + (ICON_GAP if side else 0) + card_need(card, brand, size, width, 0, brief,
                                                            NAME_LEAD_UNDER_PICTURE)

    return choose_tall(list(zip(cards, inner, strict=True)), len(cards), sides,
                        line_pt(look) + 2, need, BRIEFS, look,
                        floors=(line_pt(look) + 2,)) is not None


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
