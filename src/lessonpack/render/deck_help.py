"""Wide help cards (two by two): the service's icon beside its name on the first row, what
it is for and how to reach it under both, the whole card's width.

An icon left of all the words took 0.8 in of every line's width: with a school's names
filled in, the words no longer fitted beside it at 18 pt and every icon was dropped (Oakfield
KS2's four-card help slide had none). Beside the name only, it costs a
row's height instead. One text size and one icon size for every card on the slide.

This module draws the cards; what they say is measured in deck_help_words, the sizes that
fit are chosen in deck_help_fit.
"""

from __future__ import annotations

from collections.abc import Sequence

from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide

from lessonpack.check.measure import MIN_SLIDE_PT
from lessonpack.content.brand import Brand
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.payloads import Card
from lessonpack.plan.contact_text import NBSP
from lessonpack.render.deck_drawings import Box, T, new_label, new_shape
from lessonpack.render.deck_fit import WEB_ADDRESS, TextMisfit, no_lone_word
from lessonpack.render.deck_help_fit import (
    ICON_GAP,
    ICONS,
    LEAST_ICONS,
    PAD,
    Fit,
    choose_tall,
    choose_wide,
    grown_icon,
    padded,
    run_icons,
    wide_first,
    words_lost,
)
from lessonpack.render.deck_help_picture import place_help_picture
from lessonpack.render.deck_help_words import (
    BRIEFS,
    FULL,
    INDENT,
    NAME_LEAD_UNDER_PICTURE,
    card_need,
    card_stack,
    contacts_note,
    line_gaps,
    line_pt,
    line_room,
    name_lead,
    name_pt,
    said_aloud,
    stack_height,
    with_room_to_fill,
)


def draw_help_cards(slide: Slide, boxes: Sequence[Box], cards: Sequence[Card], brand: Brand,
                    look: Look, like: Sequence[Card] = (),
                    said: list[str] | None = None, sizes: Sequence[int] = ICONS) -> list[str]:
    """Wide cards in ``boxes``, one icon size and one text size for all of them
    (``choose_wide``). The ``like`` cards (the run's other slides) must fit too: one style for
    the run. The name is always larger than the words under it (``name_pt``: names no bigger
    than the text read as text).

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
        sizes = run_icons(boxes, [*cards, *like], brand, look, sizes)
    choice = _layout(boxes, cards, brand, look, like, said is not None, sizes)
    # Nothing fits at 18 pt: the least words (what each is for said aloud), and the
    # misfit reported below.
    boxes, icon, size, briefs, _lost, v_pad = choice or Fit(
        list(boxes), 0, MIN_SLIDE_PT, [BRIEFS[-1] if said is not None else FULL] * len(cards),
        0)
    inner = padded(boxes, v_pad)
    _say_left_out(said, cards, brand, size, [b[2] for b in inner], briefs)
    misfits = _words_left_out(cards, brand, size, [b[2] for b in inner], icon, briefs,
                              name_lead(look))
    lead = name_lead(look)
    stacks = [card_stack(c, brand, size, b[2], icon, brief, lead)
              for c, b, brief in zip(cards, inner, briefs, strict=True)]
    # One name row for a row of cards, where each card has room: the words under a
    # one-line name started a line above its neighbours' under two-line names ("Take It
    # Down" beside "Northshire Children's Services").
    own = _name_rows(stacks)  # each name's own height, beside its icon
    stacks = _rows_named(stacks, inner, _run_row(like, brand, size, inner[0][2], icon, lead))
    stacks = with_room_to_fill(stacks, brand.body_font, inner)
    for n, (card, card_box, (tx, ty, tw, th), (row, under)) in enumerate(
            zip(cards, boxes, inner, stacks, strict=True), 1):
        name = f"Help card {n}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card_box, T.BACKGROUND_2, name,
                  radius=look.radius)
        total = row + sum(gap + h for gap, (*_r, h) in zip(line_gaps(under), under, strict=True))
        if total > th:
            misfits.append(TextMisfit(f"the text of help card {n} does not fit its card at "
                                      "18 pt"))
        # The row's tallest stack centred in the cards' height: names start at one height
        # and contacts end at one height on every card of the row.
        row_cards = [i for i, b in enumerate(inner) if b[1] == ty]
        # Never past the card's own height: a contact aligned to a taller neighbour's
        # foot would sit below its card, under the next row's (NSPCC's number on
        # Riverside's parents' slide, hidden under the Police card).
        tallest = min(th, max(stack_height(stacks[i]) for i in row_cards))
        top = ty + max(0, (th - tallest) // 2)
        if _top_down(tall, look):
            # From the top, each card's contact straight under its own words: on the card's
            # foot, a short card's words and its contact stood apart across a hole.
            top, tallest = ty, min(th, stack_height(stacks[n - 1]))
        indent = icon + INDENT if icon else 0
        if icon and card.picture is not None:
            # From the row's top, not centred on it: a name of two lines ("Northshire
            # Children's Services") dropped its icon below its neighbours' on the run.
            place_help_picture(slide, card.picture, (tx, top, icon, icon), f"{name} picture")
        # The name beside its icon, in its own height: centred in a row made tall by a
        # neighbour's two-line name ("CEOP Safety Centre"), a one-line name dropped below
        # its icon and the names of a row stood at three heights. The words under every
        # name still start at the row's one height.
        new_label(slide.shapes, (tx + indent, top, tw - indent, min(row, own[n - 1])),
                  [(card.heading, T.TEXT_2, True)], name_pt(size, lead), brand.heading_font,
                  f"{name} heading", align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.MIDDLE)
        misfits += _lines_left_off(n, card, _under(slide, (tx, top + row, tw, tallest - row),
                                                   under, brand, name, PP_ALIGN.LEFT))
    return misfits


def _top_down(tall: bool, look: Look) -> bool:
    """Whether each card's words go from its top, its contact straight under them: a row
    of tall cards, and 11-16s' wide cards (names and words at one height on every card of
    the run; on the foot, a one-line card's contact stood below a hole: Riverside's
    Student Support)."""
    return tall or (look.plain_icons and not look.long_help_cards)


def _say_left_out(said: list[str] | None, cards: Sequence[Card], brand: Brand, size: int,
                  widths: Sequence[int], briefs: Sequence[int]) -> None:
    """The notes' lines (``said``, where the slide has notes) for what the cards leave out:
    what each is for, said aloud, and the contacts left to the handout."""
    if said is None:
        return
    if any(briefs):
        said.append(said_aloud(cards, briefs))
    note = contacts_note(cards, brand, size, widths, briefs)
    if note:
        said.append(note)


def _row_tallest(stacks: Sequence[Stack], inner: Sequence[Box], top: int) -> int:
    """The tallest stack of the cards whose box starts at ``top`` (one row of cards)."""
    return max(stack_height(stack) for stack, box in zip(stacks, inner, strict=True)
               if box[1] == top)


def _words_left_out(cards: Sequence[Card], brand: Brand, size: int, widths: Sequence[int],
                    icon: int, briefs: Sequence[int], lead: int) -> list[str]:
    """A warning for each card drawn with fewer than all its words: the trainer types them
    back or says them (the notes have them). Not a TextMisfit, so a trainer's template keeps
    it: nothing overflows, the words are simply not on the slide."""
    return [f"help card {n} ({card.heading.replace(NBSP, ' ')}) leaves {lost} of its words "
            "off the slide, where no smaller icon or type down to 18 pt holds them (the notes "
            "say what it is for, the handout has the rest): type them back or say them"
            for n, (card, width, brief) in enumerate(zip(cards, widths, briefs, strict=True), 1)
            if (lost := words_lost(card, brand, size, width, icon, brief, lead))]


Choice = Fit


def _layout(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
            like: Sequence[Card], allow_brief: bool, sizes: Sequence[int]) -> Choice | None:
    """The boxes, icon, size and briefs (``choose_wide``) in the grid; where the first card
    (the school's) is not whole in it, its office, DSL and deputy each a long address that
    wraps in half the slide, across the whole first row with the others under it, when
    that shows it whole and leaves fewer cards without their words (a run's second slide,
    Childline first, drew one wide card over three names with nothing under them). The
    same where the grid holds it whole only below the help cards' size (``line_pt``) and
    across it is larger: the school's card with its DSL, deputy and room set the first help
    slide at 18-20 pt on a narrow trainer's template, beside 26 pt on the run's others."""
    choice = _grid_or_across(boxes, cards, brand, look, like, allow_brief, sizes)
    if choice is None or choice[1] or sizes is not ICONS:
        return choice
    return _with_least_icon(boxes, cards, brand, look, like, allow_brief, choice)


def _with_least_icon(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                like: Sequence[Card], allow_brief: bool, choice: Choice) -> Choice:
    """``choice`` (no icon) with the least icon (LEAST_ICONS) where its layout holds one at
    the same size, every card saying as much: the run's slides all keep their icons."""
    width = choice[0][0][2]
    for base in (boxes, wide_first(boxes)):
        if base is None or base[0][2] != width:
            continue
        least = choose_wide(base, cards, brand, look, like, allow_brief, LEAST_ICONS)
        if least is not None and least[1] > 0 and least[2] >= choice[2] \
                and list(least[3]) == list(choice[3]):
            return least
    return choice


def _grid_or_across(boxes: Sequence[Box], cards: Sequence[Card], brand: Brand, look: Look,
                    like: Sequence[Card], allow_brief: bool, sizes: Sequence[int]
                    ) -> Choice | None:
    """The grid's fit, or the first card across the slide (``wide_first``) where that
    loses fewer words, or as few in larger type than the grid's below the help size."""
    choice = choose_wide(boxes, cards, brand, look, like, allow_brief, sizes)
    small = choice is not None and choice.size < line_pt(look)
    wide = wide_first(boxes) if choice is None or choice.lost or small else None
    if wide is None:
        return choice
    across = choose_wide(wide, cards, brand, look, like, allow_brief, sizes)
    if across is None or choice is None:
        return across or choice
    if across.lost < choice.lost:
        return across
    larger = across.lost == choice.lost and across.size > choice.size
    return across if small and larger else choice


Stack = tuple[int, list[tuple[str, bool, int, int]]]


def _name_rows(stacks: Sequence[Stack]) -> list[int]:
    return [row for row, _under in stacks]


def _run_row(like: Sequence[Card], brand: Brand, size: int, width: int, icon: int,
             lead: int) -> int:
    """The tallest name row of the run's cards: a two-line name on one slide of the run
    gives every slide's names two lines' room, so the words under them start at one height
    on every slide, not a line higher where no name wraps."""
    return max((card_stack(c, brand, size, width, icon, FULL, lead)[0] for c in like),
               default=0)


def _rows_named(stacks: Sequence[Stack], inner: Sequence[Box], run_row: int = 0
                ) -> list[Stack]:
    """Each card's stack with its name row as tall as the tallest in its row of cards or
    in the run (``run_row``), where every card of its row still fits with it; else each
    card's words straight under its own name. (Given to the cards with room only, a
    one-line name's words started a line below their neighbours' in the same row: Take It
    Down beside Report Remove.)"""
    def tallest(box: Box) -> int:
        return max(run_row, *(s[0] for s, other in zip(stacks, inner, strict=True)
                              if other[1] == box[1]))

    def row_fits(box: Box) -> bool:
        return all(stack_height((tallest(box), under)) <= other[3]
                   for (_row, under), other in zip(stacks, inner, strict=True)
                   if other[1] == box[1])

    return [(tallest(box), under) if row_fits(box) else (row, under)
            for (row, under), box in zip(stacks, inner, strict=True)]


def _under(slide: Slide, box: Box, under: Sequence[tuple[str, bool, int, int]], brand: Brand,
           name: str, align: PP_ALIGN) -> list[str]:
    """A card's words under its name in ``box``: what it is for from the top, its contact
    lines at the foot (bottom-aligned: in a row of cards the numbers and addresses sit on
    one line). Returns the lines of what it is for that ran into the contacts and were
    left off."""
    x, y, w, h = box
    gaps = line_gaps(under)
    contacts = [i for i, (_t, bold, *_r) in enumerate(under) if bold]
    first_contact = contacts[0] if contacts else len(under)
    tail = sum(gaps[i] + under[i][3] for i in range(first_contact, len(under)))
    top = y
    # The contacts end at the box's foot whatever is above them: words that ran into them
    # are left out (the card is reported as a misfit), never the contact pushed out of
    # its card.
    foot = max(y, y + h - tail)
    left_off: list[str] = []
    for i, (gap, (text, bold, pt, height)) in enumerate(zip(gaps, under, strict=True)):
        if i == first_contact:
            top = foot
        elif i < first_contact and top + gap + height > foot:
            left_off.append(text)
            continue
        top += gap
        role = "contact" if bold else "text"
        # Balanced in the width its lines were counted in (``line_room``): in the whole
        # width, a held pair could take the line a renderer breaks a little early.
        text = no_lone_word(text, brand.body_font, pt, int(line_room(w) * EMU_PT), bold)
        # A contact sits on its box's foot: one line measured a little tall still ends
        # where the next card's contact ends.
        shape = new_label(slide.shapes, (x, top, w, height),
                          [(text, T.ACCENT_1 if bold else T.TEXT_1, bold)], pt,
                          brand.body_font, f"{name} {role}", align=align,
                          anchor=MSO_ANCHOR.BOTTOM if bold else MSO_ANCHOR.TOP)
        if bold:
            link(shape, text)
        top += height
    return left_off


def _lines_left_off(n: int, card: Card, lines: Sequence[str]) -> list[str]:
    """A warning naming the lines of a card that ran into its contacts: a plain warning, not
    a TextMisfit, since what is not on the slide cannot be measured again there (a trainer's
    template re-measures TextMisfits away)."""
    if not lines:
        return []
    words = " ".join(line.replace(NBSP, " ") for line in lines)
    return [f'help card {n} ({card.heading.replace(NBSP, " ")}) leaves "{words}" off the '
            "slide, where its contacts need the room: type it back or say it"]


# KS1's help icons no smaller than an inch: for children who cannot yet read, the
# picture says who.
KS1_ICON = 914400


def _least_icon(look: Look, sides: Sequence[int]) -> int:
    return KS1_ICON if look.name == "ks1" else min(sides)


def _one_name_row(stacks: list[Stack], height: int, side: int, least: int
                  ) -> tuple[int, list[Stack]]:
    """The icon side and the stacks with one name row for the row of cards: a two-line
    name ("Our safety grown-up") pushed its words a line below its neighbours'. The icon
    gives up what the extra line needs (it was grown into all the spare room), down to
    ``least``; where that is not enough, each name keeps its own row."""
    name_row = max(row for row, _under in stacks)
    short = max(stack_height((name_row, under)) for _row, under in stacks) \
        - (height - side - (ICON_GAP if side else 0))
    if side and short > 0 and side - short >= least:
        side -= short
    room = height - side - (ICON_GAP if side else 0)
    if all(stack_height((name_row, under)) <= room for _row, under in stacks):
        return side, [(name_row, under) for _row, under in stacks]
    return side, stacks


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
        return side + (ICON_GAP if side else 0) + card_need(card, brand, size, width, 0, brief,
                                                            NAME_LEAD_UNDER_PICTURE)

    choice = choose_tall(sized, len(cards), sides, top_pt, need, allowed, look, brand)
    fit = choice or Fit([], 0, MIN_SLIDE_PT, [FULL] * len(cards), 0)
    side, size, briefs = fit.icon, fit.size, fit.briefs
    _say_left_out(said, cards, brand, size, [b[2] for b in inner], briefs)
    stacks = [card_stack(c, brand, size, b[2], 0, brief, NAME_LEAD_UNDER_PICTURE)
              for c, b, brief in zip(cards, inner, briefs, strict=True)]
    if side:
        side = grown_icon(side, size, sized, briefs, need, allowed)
    # Contacts end at one height, on the cards' foot: icon, name and words from the top
    # and the contacts at the foot, where every slide of a run has them (centred, each
    # slide's stack started at its own height).
    side, stacks = _one_name_row(stacks, inner[0][3], side, _least_icon(look, sides))
    room = inner[0][3] - side - (ICON_GAP if side else 0)
    misfits = _words_left_out(cards, brand, size, [b[2] for b in inner], 0, briefs,
                              NAME_LEAD_UNDER_PICTURE)
    for n, (card, card_box, (tx, ty, tw, th), (row, under)) in enumerate(
            zip(cards, boxes, inner, stacks, strict=True), 1):
        name = f"Help card {n}"
        new_shape(slide.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, card_box, T.BACKGROUND_2, name,
                  radius=look.radius)
        # The row's tallest stack, centred in the card: contacts end at one height along
        # the row, and a card alone in its row (CEOP across the slide) has no hole between
        # its one line of words and its address on the card's foot.
        tallest = min(room, _row_tallest(stacks, inner, ty))
        whole = side + (ICON_GAP if side else 0) + tallest
        if side + (ICON_GAP if side else 0) + stack_height((row, under)) > th:
            misfits.append(TextMisfit(f"the text of help card {n} does not fit its card at "
                                      "18 pt"))
        # Icon, name and what it is for from the block's top; the contacts on its foot.
        top = ty + max(0, (th - whole) // 2)
        if side and card.picture is not None:
            place_help_picture(slide, card.picture, (tx + (tw - side) // 2, top, side, side),
                               f"{name} picture")
        new_label(slide.shapes, (tx, top + side + (ICON_GAP if side else 0), tw, row),
                  [(card.heading, T.TEXT_2, True)], name_pt(size, NAME_LEAD_UNDER_PICTURE),
                  brand.heading_font,
                  f"{name} heading", align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.TOP)
        top += side + (ICON_GAP if side else 0)
        misfits += _lines_left_off(n, card, _under(slide, (tx, top + row, tw, tallest - row),
                                                   under, brand, name, PP_ALIGN.CENTER))
    return misfits


def link(shape: Shape, text: str) -> None:
    """The first web address or email in a contact line makes the line a link (a click on
    it opens the address). The link is on the shape, not the words: linked words take the
    theme's link colour, which a template may set unreadable on its card colour."""
    found = WEB_ADDRESS.search(text)
    if found is None:
        return
    address = found.group(0).rstrip(".")
    if "@" in address:
        address = "mailto:" + address
    elif not address.startswith("http"):
        address = "https://" + address
    shape.click_action.hyperlink.address = address
