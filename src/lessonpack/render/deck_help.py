"""Wide help cards (two by two): the service's icon beside its name on the first row, what
it is for and how to reach it under both, the whole card's width.

An icon left of all the words took 0.8 in of every line's width: with a school's names
filled in, the words no longer fitted beside it at 18 pt and every icon was dropped (Oakfield
KS2's four-card help slide had none). Beside the name only, it costs a
row's height instead. One text size and one icon size for every card on the slide.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Inches

from lessonpack.check.measure import LINE, MIN_SLIDE_PT, count_lines, text_width
from lessonpack.content.brand import Brand
from lessonpack.kinds.cards import Card
from lessonpack.kinds.look import Look
from lessonpack.plan.common import NBSP, unbroken
from lessonpack.render.deck_drawings import T, new_label, new_shape
from lessonpack.render.deck_fit import TextMisfit
from lessonpack.render.deck_photo_frames import draw_photo_frames, frames_note, photo_frames
from lessonpack.render.deck_pictures import add_picture

Box = tuple[int, int, int, int]
INCH = int(Inches(1))
EMU_PT = 12700
PAD = int(0.22 * INCH)
SPACE = int(0.06 * INCH)  # between the name row and each line under it (_gaps)
ICONS = (int(0.7 * INCH), int(0.55 * INCH), int(0.45 * INCH), 0)  # largest first
# Beside the name on a tall card (a column of three, 11-16s' line icons): up to the
# vocabulary cards' 80 pt. Above the name they had 0.6 in (43 pt) left by five lines of
# words at 22 pt; beside it the icon costs only what it is taller than the name.
TALL_ICONS = tuple(int(f * INCH) for f in (1.1, 1.0, 0.9, 0.8)) + ICONS
INDENT = int(0.15 * INCH)  # from the icon to the name
# Above and below a card's words: less than beside them (the rows are what is short of
# room), but clear of the card's edge: at 0.07 in a school's last phone number touched it
# (Brightpath parents), at 0.11 in it still read as packed to the edge (0.15 in
# reads as clear).
V_PAD = int(0.15 * INCH)




def _height(text: str, font: str, pt: int, width: int, bold: bool = False) -> int:
    """The lines' height as a slide shows them: a contact's long web or email address
    breaks after a hyphen ("safeguarding@riverside-" / "academy.example.org.uk"), and one
    still wider than the card takes as many lines as its width asks (`count_lines` gives a
    word one line however long: Riverside's DSL card ran a line past its card)."""
    # A non-breaking space keeps its number one word (str.split would split at it): measured
    # as a narrow letter of about a space's width.
    broken = text.replace("-", "- ").replace(NBSP, "i")
    lines = count_lines(broken, font, pt, width / EMU_PT, bold)
    lines += sum(max(0, math.ceil(text_width(word, font, pt, bold) / (width / EMU_PT)) - 1)
                 for word in broken.split())
    return int(lines * pt * LINE * EMU_PT)


def name_pt(size: int) -> int:
    """A card's name: ``size``, and always 2 pt over the words under it (18 pt at least),
    so the name reads as the card's name (names no bigger than the text)."""
    return max(size, MIN_SLIDE_PT + 2)


# How much of what a card is for it shows: all of it, its first sentence, none (the card's
# name and contact only); what is left out is said aloud (the slide's notes).
FULL, FIRST, NONE = 0, 1, 2
BRIEFS = (FULL, FIRST, NONE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A sentence that names who else to go to (the deputy DSL) stays on a brief card: it is
# who a child asks when the lead is away, not a description.
_WHO_ELSE = re.compile(r"\b(?:deputy|or ask)\b", re.IGNORECASE)


def line_pt(look: Look) -> int:
    """The size of a help card's words: the deck's body floor, never smaller (the slide
    pupils must read from the back of the room was the smallest type in each deck: 18 pt
    beside 22-32 pt); 22 pt at least for adults."""
    return max(look.floor_pt, 22)


def first_words(text: str) -> str:
    """What a brief card keeps of what it is for: its first sentence (with the next when
    the first is a two-word question: "Under 18?" alone says nothing), and any sentence
    naming who else to ask."""
    sentences = _SENTENCE.split(text.strip())
    keep = sentences[:1]
    if len(sentences) > 1 and len(sentences[0].split()) <= 2:
        # "Under 18? A nude of you online, or a threat to share one: help to get it
        # taken down." keeps the question and what it asks about, up to the colon.
        keep.append(sentences[1].split(": ")[0].rstrip(".,;"))
    keep += [s for s in sentences[len(keep):] if _WHO_ELSE.search(s)]
    return " ".join(keep) if len(keep) > 1 or not keep[0].endswith("?") else keep[0]


# A person's name: a title and the capitalised words after it ("Mrs Shah", "Mr Daniel
# Price"), or a bracketed name to fill in ("[deputy DSL's name]").
_NAME = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?(?: [A-Z][\w'’-]+)+|\[[^\]\n]+\]")


def hold_names(text: str) -> str:
    """``text`` with each person's name held on one line by non-breaking spaces: "Ask your
    teacher to take you to Mrs / Shah" and "[deputy / DSL's name]" broke a name in two. A
    field of three words or more keeps its first word free: held whole, "[deputy DSL's
    name]" was wider than a KS1 card's line at 30 pt and broke inside a word."""
    def held(match: re.Match[str]) -> str:
        name = match.group(0)
        if name.startswith("[") and name.count(" ") >= 2:
            first, rest = name.split(" ", 1)
            return f"{first} {rest.replace(' ', NBSP)}"
        return name.replace(" ", NBSP)

    return _NAME.sub(held, text)


_WAYS = re.compile(r"; | · ")


def _lines(card: Card, brief: int) -> list[tuple[str, bool]]:
    """The lines under a card's name and whether each is its contact (bold, last of
    several), at ``brief`` (FULL, FIRST, NONE)."""
    lines = [hold_names(unbroken(line)) for line in card.text.split("\n")] if card.text \
        else []
    if len(lines) > 1:
        # Several ways to reach one person ("School office: …; DSL: …", "0800 1111 … ·
        # childline.org.uk") each on its own line: one number a line, none run into the
        # next, and those past two lines left to the handout (``_capped``).
        contacts = [(part.strip(), True) for part in _WAYS.split(lines[-1]) if part.strip()]
    if brief and len(lines) > 1:
        said = " ".join(lines[:-1])
        purpose = first_words(said) if brief == FIRST else " ".join(
            s for s in _SENTENCE.split(said) if _WHO_ELSE.search(s))
        return [*([(purpose, False)] if purpose else []), *contacts]
    if len(lines) > 1:
        return [*((line, False) for line in lines[:-1]), *contacts]
    return [(line, False) for line in lines]


def _stack(card: Card, brand: Brand, size: int, width: int, icon: int, brief: int = FULL
           ) -> tuple[int, list[tuple[str, bool, int, int]]]:
    """The name row's height and the lines under it (text, bold, size, height)."""
    indent = icon + INDENT if icon else 0
    name_h = _height(card.heading, brand.heading_font, name_pt(size), width - indent, True)
    pt = max(MIN_SLIDE_PT, size - 2)
    under = [(line, bold, pt, _height(line, brand.body_font, pt, width, bold))
             for line, bold in _lines(card, brief)]
    return max(name_h, icon), _capped(under)


# The most lines a card's contacts take: a school's office, DSL and deputy numbers as four
# bold lines packed the card to its foot (Brightpath parents). The
# numbers left off are on the handout, and the notes say them (``left_off``).
CONTACT_LINES = 2


def _capped(under: list[tuple[str, bool, int, int]]) -> list[tuple[str, bool, int, int]]:
    """``under`` with its contacts after the first left off once they run past
    CONTACT_LINES lines (the first is always kept: it is how to reach the service)."""
    kept: list[tuple[str, bool, int, int]] = []
    lines = 0.0
    for item in under:
        _text, bold, pt, height = item
        if bold:
            lines += height / (pt * LINE * EMU_PT)
            if lines > CONTACT_LINES + 0.01 and any(k[1] for k in kept):
                continue
        kept.append(item)
    return kept


def left_off(card: Card, brand: Brand, size: int, width: int, brief: int) -> list[str]:
    """The contacts ``_capped`` leaves off the card drawn at ``size`` in ``width``."""
    pt = max(MIN_SLIDE_PT, size - 2)
    under = [(line, bold, pt, _height(line, brand.body_font, pt, width, bold))
             for line, bold in _lines(card, brief)]
    shown = {text for text, *_rest in _capped(under)}
    return [text.replace(NBSP, " ") for text, bold, *_rest in under
            if bold and text not in shown]


def contacts_note(cards: Sequence[Card], brand: Brand, size: int,
                  widths: Sequence[int], briefs: Sequence[int]) -> str:
    """The notes' line for contacts left off the cards ("" when none is)."""
    gone = [(card.heading.replace(NBSP, " "), left)
            for card, width, brief in zip(cards, widths, briefs, strict=True)
            if (left := left_off(card, brand, size, width, brief))]
    if not gone:
        return ""
    return "Also on the handout: " + " ".join(
        f"{name}: {'; '.join(left)}." for name, left in gone)


def _total(card: Card, brand: Brand, size: int, width: int, icon: int,
           brief: int = FULL) -> int:
    row, under = _stack(card, brand, size, width, icon, brief)
    return row + sum(gap + h for gap, (*_rest, h) in zip(_gaps(under), under, strict=True))


def _gaps(under: Sequence[tuple[str, bool, int, int]]) -> list[int]:
    """The space above each line under a card's name: SPACE, but none between one contact
    and the next (a school's office, DSL and deputy numbers read as one list, and the 0.12 in
    they gave back let the school's card keep its icon and a clear foot)."""
    return [0 if i and bold and under[i - 1][1] else SPACE
            for i, (_text, bold, *_rest) in enumerate(under)]


def _inner(boxes: Sequence[Box]) -> list[Box]:
    # Less padding above and below than beside: the rows are what is short of room.
    return [(x + PAD, y + V_PAD, w - 2 * PAD, h - 2 * V_PAD) for x, y, w, h in boxes]


def said_aloud(cards: Sequence[Card], brief: int | Sequence[int]) -> str:
    """The notes' line for cards drawn with less of what they are for (``brief``: one for
    every card, or each card's own): the first sentence of what each is for, a cue read at a
    glance in the lesson's last minutes (the rest is on the handout and help cards)."""
    briefs = [brief] * len(cards) if isinstance(brief, int) else list(brief)
    jobs = [(card.heading, card.text.split("\n")[:-1]) for card, b in zip(cards, briefs,
                                                                          strict=True)
            if _lines(card, b) != _lines(card, FULL)]
    if not any(lines for _name, lines in jobs):
        return ""
    return "Say what each is for: " + " ".join(
        f"{name}: {_first_sentence(' '.join(lines))}" for name, lines in jobs if lines)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\[])", text.strip())[0]


def _choose(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
            like: Sequence[Card], allow_brief: bool, sizes: Sequence[int] = ICONS
            ) -> tuple[list[Box], int, int, list[int]] | None:
    """The boxes, icon, size and how much each card says (FULL, FIRST, NONE) with which
    every card fits (and the run's ``like`` cards in a card of this size): the words at
    the deck's body size or larger (``line_pt``), whole, with the largest icon; else in rows
    re-divided by need; else a brief card at that size (what it is for said aloud, when
    ``allow_brief``); else without an icon; only then smaller type, down to 18 pt. None
    when nothing fits at 18 pt."""
    inner = _inner(boxes)
    pictured = any(card.picture is not None for card in [*cards, *like])
    icons = tuple(sizes) if pictured else (0,)
    others = [card for card in like if card not in cards]
    sized = _sized(cards, inner, others)
    allowed = BRIEFS if allow_brief else (FULL,)
    top = max(look.card_pt, line_pt(look) + 2)
    for floor in (line_pt(look) + 2, MIN_SLIDE_PT + 2, MIN_SLIDE_PT):
        # An icon in rows of unequal need (a tall first row, a short second one) before
        # none in equal rows: the icons are how pupils find a service (Brightpath KS2's
        # help cards lost theirs to the school's longer directions).
        for group in ([icon for icon in icons if icon], [0]):
            for icon in group:
                for size in range(top, floor - 1, -1):
                    # The run's other cards set no smaller type here, however brief
                    # they must be on their own slide.
                    if all(_total(c, brand, size, b[2], icon,
                                  FULL if i < len(cards) else allowed[-1]) <= b[3]
                           for i, (c, b) in enumerate(sized)):
                        return list(boxes), icon, size, [FULL] * len(cards)
            for icon in group:
                rows = _rows_by_need(boxes, cards, brand, floor, icon)
                if rows is not None:
                    return rows, icon, floor, [FULL] * len(cards)
            # Brief cards: the icon size that leaves out least of this slide's cards (a
            # smaller icon before a card reduced to its name), the larger icon when equal.
            found = []
            for icon in group:
                briefs = [next((br for br in allowed
                                if _total(c, brand, floor, b[2], icon, br) <= b[3]), None)
                          for c, b in sized]
                if all(brief is not None for brief in briefs):
                    found.append((sum(b or 0 for b in briefs[:len(cards)]), -icon, briefs))
            if found:
                _lost, icon, briefs = min(found, key=lambda f: (f[0], f[1]))
                return list(boxes), -icon, floor, [b or FULL for b in briefs[:len(cards)]]
            # Brief cards in rows re-divided by need: the school's card with three long
            # contact lines across the slide keeps them all, the row beneath says what
            # its services are for aloud (Riverside's parents' slide).
            for icon in group:
                for brief in allowed[1:]:
                    rows = _rows_by_need(boxes, cards, brand, floor, icon, brief)
                    if rows is None:
                        continue
                    fitted = _briefs(_sized(cards, _inner(rows), others), brand, floor,
                                     icon, allowed)
                    if fitted is not None:
                        return rows, icon, floor, fitted[:len(cards)]
    return None


def _sized(cards: Sequence[Card], inner: Sequence[Box], others: Sequence[Card]
           ) -> list[tuple[Card, Box]]:
    """Each card in its own box, and the run's other cards in this slide's narrowest one
    (a card across the whole width is not the size the others are drawn at)."""
    narrowest = min(inner, key=lambda b: b[2])
    return [*zip(cards, inner, strict=True), *((card, narrowest) for card in others)]


def _briefs(sized: Sequence[tuple[Card, Box]], brand: Brand, size: int, icon: int,
            allowed: Sequence[int]) -> list[int] | None:
    """Each card's least brief with which it fits its box at ``size``; None when one
    does not fit even by name and contact."""
    briefs = [next((br for br in allowed if _total(c, brand, size, b[2], icon, br) <= b[3]),
                   None) for c, b in sized]
    return None if any(b is None for b in briefs) else [b or FULL for b in briefs]


def _wide_first(boxes: Sequence[Box]) -> list[Box] | None:
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


def draw_help_cards(slide: Slide, boxes: Sequence[Box], cards: Sequence[Card], brand: Brand,
                    look: Look, like: Sequence[Card] = (),
                    said: list[str] | None = None, sizes: Sequence[int] = ICONS) -> list[str]:
    """Wide cards in ``boxes``, one icon size and one text size for all of them
    (``_choose``). The ``like`` cards (the run's other slides) must fit too: one style for
    the run. The name is always 2 pt larger than the words under it (names no bigger than
    the text read as text).

    The words are never smaller than the deck's body (``line_pt``): a card whose words do
    not fit says what it is for in its first sentence only, else not at all, keeping its
    name and contact; the whole is said aloud (appended to ``said``, the slide's notes):
    fewer words, never small words or cards drawn over each other. Every card's contact
    lines end at one height, so a row of contacts reads as a row.

    With ``sizes`` other than ICONS (a row of tall cards, TALL_ICONS): one icon size for the
    whole run, the largest with which every card of it is whole at the body size; icon and
    name from the card's top and contacts on its foot, at one height on every slide."""
    tall = sizes is not ICONS
    if tall and like:
        sizes = _run_icons(boxes, [*cards, *like], brand, look, sizes)
    choice = _choose(boxes, cards, brand, look, like, said is not None, sizes)
    wide = _wide_first(boxes) if choice is None or choice[3][0] != FULL else None
    if wide is not None:
        # The first card (the school's) not whole in the grid, its office, DSL and deputy
        # each a long address that wraps in half the slide: across the whole first row,
        # the others under it, when that shows it whole.
        across = _choose(wide, cards, brand, look, like, said is not None, sizes)
        if across is not None and across[3][0] == FULL:
            choice = across
    # Nothing fits at 18 pt: the least words (what each is for said aloud), and the
    # misfit reported below.
    boxes, icon, size, briefs = choice or (
        list(boxes), 0, MIN_SLIDE_PT, [BRIEFS[-1] if said is not None else FULL] * len(cards))
    if said is not None and any(briefs):
        said.append(said_aloud(cards, briefs))
    inner = _inner(boxes)
    note = contacts_note(cards, brand, size, [b[2] for b in inner], briefs)
    if said is not None and note:
        said.append(note)
    misfits: list[str] = []
    stacks = [_stack(c, brand, size, b[2], icon, brief)
              for c, b, brief in zip(cards, inner, briefs, strict=True)]
    for n, (card, card_box, (tx, ty, tw, th), (row, under)) in enumerate(
            zip(cards, boxes, inner, stacks, strict=True), 1):
        name = f"Help card {n}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card_box, T.BACKGROUND_2, name,
                  radius=look.radius)
        total = row + sum(gap + h for gap, (*_r, h) in zip(_gaps(under), under, strict=True))
        if total > th:
            misfits.append(TextMisfit(f"the text of help card {n} does not fit its card at "
                                      "18 pt"))
        # The row's tallest stack centred in the cards' height: names start at one height
        # and contacts end at one height on every card of the row.
        row_cards = [i for i, b in enumerate(inner) if b[1] == ty]
        # Never past the card's own height: a contact aligned to a taller neighbour's
        # foot would sit below its card, under the next row's (NSPCC's number on
        # Riverside's parents' slide, hidden under the Police card).
        tallest = min(th, max(_stack_height(stacks[i]) for i in row_cards))
        top = ty + max(0, (th - tallest) // 2)
        if tall:  # from the top, contacts on the foot: one place on every slide of a run
            top, tallest = ty, th
        indent = icon + INDENT if icon else 0
        if icon and card.picture is not None:
            add_picture(slide, card.picture, (tx, top + (row - icon) // 2, icon, icon),
                        f"{name} picture")
        new_label(slide.shapes, (tx + indent, top, tw - indent, row),
                  [(card.heading, T.TEXT_2, True)], name_pt(size), brand.heading_font,
                  f"{name} heading", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.MIDDLE)
        _under(slide, (tx, top + row, tw, tallest - row), under, brand, name, PP_ALIGN.LEFT)
    return misfits


def _run_icons(boxes: Sequence[Box], run: Sequence[Card], brand: Brand, look: Look,
               sizes: Sequence[int]) -> tuple[int, ...]:
    """``sizes`` from the largest icon with which every card of the ``run``, whole, fits
    this slide's narrowest card at the body size (one icon size across the run's slides:
    the school's long card set 0.8 in on one slide, 1.1 in on the next)."""
    _x, _y, width, height = min(_inner(boxes), key=lambda b: b[2])
    size = line_pt(look) + 2
    fits = next((icon for icon in sizes
                 if all(_total(card, brand, size, width, icon) <= height for card in run)),
                None)
    return tuple(sizes) if fits is None else tuple(icon for icon in sizes if icon <= fits)


def _stack_height(stack: tuple[int, list[tuple[str, bool, int, int]]]) -> int:
    row, under = stack
    return row + sum(gap + h for gap, (*_r, h) in zip(_gaps(under), under, strict=True))


def _under(slide: Slide, box: Box, under: Sequence[tuple[str, bool, int, int]], brand: Brand,
           name: str, align: PP_ALIGN) -> None:
    """A card's words under its name in ``box``: what it is for from the top, its contact
    lines at the foot (bottom-aligned: in a row of cards the numbers and addresses sit on
    one line)."""
    x, y, w, h = box
    gaps = _gaps(under)
    contacts = [i for i, (_t, bold, *_r) in enumerate(under) if bold]
    first_contact = contacts[0] if contacts else len(under)
    tail = sum(gaps[i] + under[i][3] for i in range(first_contact, len(under)))
    top = y
    # The contacts end at the box's foot whatever is above them: words that ran into them
    # are left out (the card is reported as a misfit), never the contact pushed out of
    # its card.
    foot = max(y, y + h - tail)
    for i, (gap, (text, bold, pt, height)) in enumerate(zip(gaps, under, strict=True)):
        if i == first_contact:
            top = foot
        elif i < first_contact and top + gap + height > foot:
            continue
        top += gap
        role = "contact" if bold else "text"
        # A contact sits on its box's foot: one line measured a little tall still ends
        # where the next card's contact ends.
        shape = new_label(slide.shapes, (x, top, w, height),
                          [(text, T.ACCENT_1 if bold else T.TEXT_1, bold)], pt,
                          brand.body_font, f"{name} {role}", align=align,
                          anchor=MSO_ANCHOR.BOTTOM if bold else MSO_ANCHOR.TOP)
        if bold:
            link(shape, text)
        top += height


def _tall_choice(sized: Sequence[tuple[Card, Box]], count: int, sides: Sequence[int],
                 top_pt: int, need: Callable[..., int], allowed: Sequence[int], look: Look,
                 floors: Sequence[int] | None = None) -> tuple[int, int, list[int]] | None:
    """Icon side, size and each card's brief for tall cards: whole words with an icon
    (largest first), then brief words with an icon, then the same without one; at the
    body size or larger before any smaller type."""
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
    for floor in floors or (line_pt(look) + 2, MIN_SLIDE_PT + 2, MIN_SLIDE_PT):
        for group in (icons, [0]):
            for side in group:
                size = whole(side, floor)
                if size:
                    return side, size, [FULL] * count
            # Brief cards: the icon size that leaves out least (a smaller icon before a
            # card reduced to its name and contact), the larger icon when equal.
            found = []
            for side in group:
                briefs = [next((br for br in allowed
                                if need(c, floor, b[2], side, br) <= b[3]), None)
                          for c, b in sized]
                if all(brief is not None for brief in briefs):
                    found.append((sum(b or 0 for b in briefs[:count]), -side, briefs))
            if found:
                _lost, side, briefs = min(found, key=lambda f: (f[0], f[1]))
                return -side, floor, [b or FULL for b in briefs[:count]]
    return None


def tall_cards_read(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                    sides: Sequence[int]) -> bool:
    """Every card fits its column at the deck's body size (briefly, what it is for said
    aloud, if need be): four pupils' cards in a row rather than two by two."""
    inner = [(x + PAD, y + PAD, w - 2 * PAD, h - 2 * PAD) for x, y, w, h in boxes]

    def need(card: Card, size: int, width: int, side: int, brief: int = FULL) -> int:
        return side + (ICON_GAP if side else 0) + _total(card, brand, size, width, 0, brief)

    return _tall_choice(list(zip(cards, inner, strict=True)), len(cards), sides,
                        line_pt(look) + 2, need, BRIEFS, look,
                        floors=(line_pt(look) + 2,)) is not None


# Below a tall card's icon, before its name.
ICON_GAP = int(0.12 * INCH)


def draw_tall_help_cards(slide: Slide, boxes: Sequence[Box], cards: Sequence[Card],
                         brand: Brand, look: Look, sides: Sequence[int],
                         like: Sequence[Card] = (), said: list[str] | None = None
                         ) -> list[str]:
    """Help cards side by side: icon on top, the name, what it is for and the contact
    under it, centred; the largest icon in ``sides`` with which every card's words fit at
    the deck's body size (``line_pt``) or larger, else brief cards at that size (what they
    are for said aloud), else smaller type down to 18 pt. Contacts end at one height."""
    inner = [(x + PAD, y + PAD, w - 2 * PAD, h - 2 * PAD) for x, y, w, h in boxes]
    sized = [*zip(cards, inner, strict=True), *((card, inner[0]) for card in like)]
    allowed = BRIEFS if said is not None else (FULL,)
    top_pt = max(look.card_pt, line_pt(look) + 2)

    def need(card: Card, size: int, width: int, side: int, brief: int = FULL) -> int:
        return side + (ICON_GAP if side else 0) + _total(card, brand, size, width, 0, brief)

    choice = _tall_choice(sized, len(cards), sides, top_pt, need, allowed, look)
    side, size, briefs = choice or (0, MIN_SLIDE_PT, [FULL] * len(cards))
    if said is not None and any(briefs):
        said.append(said_aloud(cards, briefs))
    note = contacts_note(cards, brand, size, [b[2] for b in inner], briefs)
    if said is not None and note:
        said.append(note)
    stacks = [_stack(c, brand, size, b[2], 0, brief)
              for c, b, brief in zip(cards, inner, briefs, strict=True)]
    if side:
        side = _grown(side, size, sized, briefs, need, allowed)
    # Contacts end at one height, on the cards' foot: icon, name and words from the top
    # and the contacts at the foot, where every slide of a run has them (centred, each
    # slide's stack started at its own height).
    room = inner[0][3] - side - (ICON_GAP if side else 0)
    tallest = room
    misfits: list[str] = []
    for n, (card, card_box, (tx, ty, tw, th), (row, under)) in enumerate(
            zip(cards, boxes, inner, stacks, strict=True), 1):
        name = f"Help card {n}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card_box, T.BACKGROUND_2, name,
                  radius=look.radius)
        whole = side + (ICON_GAP if side else 0) + tallest
        if side + (ICON_GAP if side else 0) + _stack_height((row, under)) > th:
            misfits.append(TextMisfit(f"the text of help card {n} does not fit its card at "
                                      "18 pt"))
        # From the card's top: icon, name and what it is for; the contacts on the card's
        # foot, one line for the row.
        top = ty + max(0, (th - whole) // 2)
        if side and photo_frames(card, look):
            draw_photo_frames(slide, (tx, top, tw, side), card)
            if said is not None:
                said.append(frames_note(card))
        elif side and card.picture is not None:
            add_picture(slide, card.picture, (tx + (tw - side) // 2, top, side, side),
                        f"{name} picture")
        top += side + (ICON_GAP if side else 0)
        new_label(slide.shapes, (tx, top, tw, row), [(card.heading, T.TEXT_2, True)],
                  name_pt(size), brand.heading_font, f"{name} heading",
                  align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.TOP)
        _under(slide, (tx, top + row, tw, tallest - row), under, brand, name,
               PP_ALIGN.CENTER)
    return misfits


# A help card's icon grows into room its card has spare, up to the vocabulary cards' size
# (80 pt): at 0.6 in it was a 30 px mark above dense copy.
ICON_MOST = int(1.1 * INCH)


def _grown(side: int, size: int, sized: Sequence[tuple[Card, Box]], briefs: Sequence[int],
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


def _rows_by_need(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, size: int,
                  icon: int, brief: int = FULL) -> list[Box] | None:
    """The grid's rows re-divided by what their cards need at ``size`` (the school's card with
    a deputy's own contact beside short national ones), each row its need plus an equal
    share of what is left; None when even that does not fit."""
    tops = sorted({y for _x, y, _w, _h in boxes})
    if len(tops) < 2:
        return None
    row_of = [tops.index(y) for _x, y, _w, _h in boxes]
    pad = 2 * V_PAD
    needs = [max(_total(c, brand, size, b[2] - 2 * PAD, icon, brief) + pad
                 for c, b, r in zip(cards, boxes, row_of, strict=True) if r == row)
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


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?"
                      r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|uk|gov|net|police)"
                      r"(?:\.uk)?(?:/[\w/-]*)?", re.IGNORECASE)


def link(shape: Shape, text: str) -> None:
    """The first web address or email in a contact line makes the line a link (a click on
    it opens the address). The link is on the shape, not the words: linked words take the
    theme's link colour, which a template may set unreadable on its card colour."""
    found = _ADDRESS.search(text)
    if found is None:
        return
    address = found.group(0).rstrip(".")
    if "@" in address:
        address = "mailto:" + address
    elif not address.startswith("http"):
        address = "https://" + address
    shape.click_action.hyperlink.address = address
