"""What a help card says and how tall its words stand: its name, what it is for (whole,
its first sentence, or none: FULL, FIRST, NONE) and its contact lines, measured as a slide
shows them; and the notes' lines for what a card leaves out (said aloud, or "Also on the
handout"). The sizes and layouts that fit them are chosen in deck_help_fit; deck_help
draws the cards."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from pptx.util import Inches

from lessonpack.check.measure import LINE, MIN_SLIDE_PT, count_lines, text_width, wrap_width
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import BRACKETS
from lessonpack.content.sentences import sentences as split_sentences
from lessonpack.geometry import EMU_PT
from lessonpack.kinds.look import Look
from lessonpack.kinds.payloads import Card
from lessonpack.plan.contact_text import NBSP, unbroken
from lessonpack.plan.model import Keep, Reach, Who
from lessonpack.render.deck_fill_ins import held as held_field

INCH = int(Inches(1))
INDENT = int(0.15 * INCH)  # from the icon to the name


SPACE = int(0.06 * INCH)  # between the name row and each line under it (line_gaps)


def _height(text: str, font: str, pt: int, width: int, bold: bool = False) -> int:
    """The lines' height as a slide shows them: a contact's long web or email address
    breaks after a hyphen ("safeguarding@riverside-" / "academy.example.org.uk"), and one
    still wider than the card takes as many lines as its width asks (`count_lines` gives a
    word one line however long: Riverside's DSL card ran a line past its card)."""
    # A non-breaking space keeps its number one word (str.split would split at it): measured
    # as a narrow letter of about a space's width.
    broken = text.replace("-", "- ").replace(NBSP, "i")
    room = line_room(width)
    lines = count_lines(broken, font, pt, room, bold)
    lines += sum(max(0, math.ceil(text_width(word, font, pt, bold) / room) - 1)
                 for word in broken.split())
    return int(lines * pt * LINE * EMU_PT)


def line_room(width: int) -> float:
    """The width (points) a card's line is counted in: a little less than its box
    (``wrap_width``), as each line's box is sized to the lines counted and the next line's
    box starts under it. Counted in the whole width, "Asked online for pictures" fitted
    3.963 in with 0.6 pt to spare; LibreOffice broke before "pictures" and the fourth line
    printed over the CEOP card's contact."""
    return wrap_width(width / EMU_PT)


def heading_height(heading: str, brand: Brand, pt: int, width: int) -> int:
    """A card's name's height at ``pt`` in ``width``, as the name row measures it."""
    return _height(heading, brand.heading_font, pt, width, True)


# How much larger a card's name is than the words under it: beside an icon in a narrow
# column (11-16s, adults) 2 pt, where a larger name wrapped to three lines and cost the row its
# icons; under a picture, the whole card's width its own (KS1, KS2), a step of the type scale
# (30 pt words under a 34 pt name): at 2 pt nothing led the eye.
NAME_LEAD = 2
NAME_LEAD_UNDER_PICTURE = 4


# 11-16s' help cards at their large type (Look.help_pt): the name 1 pt over the words
# (27 pt over 26 pt), bold and coloured, so a school's own long service name ("Riverside
# Student Support") still sits on one line beside its icon in half the slide.
NAME_LEAD_LARGE = 1


def name_lead(look: Look) -> int:
    """How much larger a wide help card's name is than its words, in ``look``."""
    return NAME_LEAD_LARGE if look.help_pt else NAME_LEAD


def name_pt(size: int, lead: int = NAME_LEAD) -> int:
    """A card's name over words of ``size`` - 2 pt (18 pt at least): ``lead`` points over
    them, so the name reads as the card's name."""
    return max(size, MIN_SLIDE_PT + 2) + lead - 2


# How much of what a card is for it shows: all of it, its first sentence, none (the card's
# name and contact only); what is left out is said aloud (the slide's notes).
FULL, FIRST, NONE = 0, 1, 2


BRIEFS = (FULL, FIRST, NONE)


# The sentences a brief card keeps, by the planner's marks (``Card.kept``): one naming whom
# else to ask (the deputy DSL) stays on every brief card, as who a child asks when the lead
# is away; a card keeping its first sentence keeps those marked to go with it too (whether
# a report is anonymous: a parent deciding whether to report needs it on the screen).
_ON_EVERY_BRIEF = frozenset({Keep.WHO_ELSE})
_WITH_FIRST = frozenset({Keep.WHO_ELSE, Keep.WITH_FIRST})


def _marked(card: Card, keeps: frozenset[Keep]) -> frozenset[int]:
    """The places of the card's sentences marked with one of ``keeps`` (0: the first)."""
    return frozenset(n for n, keep in card.kept if keep in keeps)


def line_pt(look: Look) -> int:
    """The size of a help card's words: the deck's body floor, never smaller (the slide
    pupils must read from the back of the room was the smallest type in each deck: 18 pt
    beside 22-32 pt); 22 pt at least for adults; 11-16s' at their look's ``help_pt``."""
    return max(look.floor_pt, 22, look.help_pt)


def first_words(text: str, kept: frozenset[int] = frozenset()) -> str:
    """What a brief card keeps of what it is for: its first sentence (with the next when
    the first is a two-word question: "Under 18?" alone says nothing), and the sentences in
    at the places in ``kept`` (``_marked``: naming who else to ask, or whether a report is
    anonymous)."""
    sentences = split_sentences(text)
    keep = sentences[:1]
    if len(sentences) > 1 and len(sentences[0].split()) <= 2:
        # "Under 18? A nude of you online, or a threat to share one: help to get it
        # taken down." keeps the question and what it asks about, up to the colon.
        keep.append(sentences[1].split(": ")[0].rstrip(".,;"))
    keep += [s for n, s in enumerate(sentences) if n >= len(keep) and n in kept]
    return " ".join(keep) if len(keep) > 1 or not keep[0].endswith("?") else keep[0]


# A person's name: a title and the capitalised words after it ("Mrs Shah", "Mr Daniel
# Price"). A bracketed name to fill in ("[deputy DSL's name]") matches too, to be passed over.
_NAME = re.compile(rf"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr)\.?(?: [A-Z][\w'’-]+)+|{BRACKETS}")


def hold_names(text: str) -> str:
    """``text`` with each person's name held on one line by non-breaking spaces: "Ask your
    teacher to take you to Mrs / Shah" broke a name in two. A short [bracketed field] is
    held too, as deck_fill_ins draws every field on a slide, so the card is measured as it
    is drawn: a yellow "[deputy" / "DSL's name]" over two lines read as two fields."""
    def held(match: re.Match[str]) -> str:
        name = match.group(0)
        return held_field(name) if name.startswith("[") else name.replace(" ", NBSP)

    return _NAME.sub(held, text)


_WAYS = re.compile(r"; | · ")


# A contact's label: a few words before its colon ("School office:", "DSL:").
_LABEL = re.compile(r"^((?:[A-Za-z'’]+ ){1,2}[A-Za-z'’]+):")


def held_label(line: str) -> str:
    """``line`` with its label's words joined by no-break spaces: "School / office: 01632
    960 214" parted the label over two lines; where the line must wrap, it wraps after
    the colon, the label whole above its number."""
    return _LABEL.sub(lambda m: m.group(1).replace(" ", NBSP) + ":", line, count=1)


# "0800 1111 (free, 24 hours) or chat online": a number or address, then another way.
_OR_ANOTHER = re.compile(r"^(.*(?:\d{3,}|@).*?) or (.+)$")


def _ways_apart(contact: str) -> tuple[str, ...]:
    """A contact's ways to reach the service, each on its own: "0800 1111 (free, 24
    hours)" and "chat online". A brief card keeps the first (contact_lines)."""
    found = _OR_ANOTHER.match(contact.strip())
    return (contact,) if found is None else (found.group(1), found.group(2))


def _contacts(line: str, brief: int) -> list[tuple[str, bool]]:
    """A card's contact line as contact lines. Several ways to reach one person ("School
    office: …; DSL: …", "0800 1111 … · childline.org.uk") each on its own line: one number a
    line, none run into the next, and those past two lines left to the handout
    (``_capped``); a brief card's "number or another way" as two ways."""
    return [(held_label(part.strip()), True) for part in _WAYS.split(line)
            for part in (_address_apart(part) if brief == FULL else (part,))
            for part in (_ways_apart(part) if brief else (part,)) if part.strip()]


# An email address after a place ("Student Services, room G14, safeguarding@…"): at 11-16s'
# help size the line wraps, and it broke inside the address ("safeguarding@riverside-" /
# "academy…"); on a line of its own the address is whole.
_BEFORE_ADDRESS = re.compile(r",\s+(?=[\w.+-]+@[\w-]+\.)")


def _address_apart(way: str) -> list[str]:
    """A way to reach someone with the email address after a place as two lines (on a
    whole card: a brief one keeps its one way, the address wrapping as it must)."""
    return _BEFORE_ADDRESS.split(way)


# A contact line's way to reach someone (``Card.ways``) and whether it is that way's first
# line ("Deputy: 01632 …" before the line its address wraps to); None for a line that is no
# contact, or a card whose ways the planner did not mark.
Mark = tuple[Reach, bool] | None


def _on_last_line(ways: Sequence[Reach]) -> list[tuple[Reach, str]]:
    """Each of a card's ways with what of it is on the card's last line, its contact: all
    of it, but for a way whose line breaks ("Free, any time" over "0800 1111": KS1's
    number under what it costs), where only the words after the break are (those before
    it are the card's words) and the ways before it are none."""
    kept: list[tuple[Reach, str]] = []
    for way in reversed(ways):
        kept.append((way, way.line.rsplit("\n", 1)[-1]))
        if "\n" in way.line:
            break
    return kept[::-1]


def _contact_lines(card: Card, last: str, brief: int) -> list[tuple[str, bool, Mark]]:
    """A card's contact lines as ``_contacts`` sets them, each carried with its mark: made
    from the card's ways (``Card.ways``, printed as its text's last line) one way at a time,
    so no line is paired with its way by position; from the text's last line, ``last``,
    unmarked, where the card has no ways."""
    if not card.ways:
        return [(text, True, None) for text, _bold in _contacts(last, brief)]
    return [(text, True, (way, n == 0 and shown == way.line))
            for way, shown in _on_last_line(card.ways)
            for n, (text, _bold) in enumerate(_contacts(hold_names(unbroken(shown)), brief))]


def _naming(said: str) -> frozenset[int]:
    """The places of the sentences in ``said`` naming a person or a field to type one over
    ("[DSL's name], [where to find them]."): kept on every cut card, whatever its marks. A
    card cut to fit once said its lead's name only in the notes, and its slide sent children
    to "Or ask" the deputy alone; who to go to, and where, is what a help card is for."""
    return frozenset(n for n, sentence in enumerate(split_sentences(said))
                     if _NAME.search(sentence))


def _lines(card: Card, brief: int) -> list[tuple[str, bool, Mark]]:
    """The lines under a card's name, whether each is its contact (bold, last of several)
    and the contact's mark, at ``brief`` (FULL, FIRST, NONE)."""
    lines = [hold_names(unbroken(line)) for line in card.text.split("\n")] if card.text \
        else []
    if len(lines) > 1:
        contacts = _contact_lines(card, lines[-1], brief)
    if brief and len(lines) > 1:
        # A line break inside a sentence kept is kept: the school's lead and deputy each on
        # a line of their own ("Mr Okafor," / "or his deputy Mrs Mensah.").
        said = "\n".join(lines[:-1])
        named = _naming(said)
        purpose = first_words(said, _marked(card, _WITH_FIRST) | named) if brief == FIRST \
            else " ".join(s for n, s in enumerate(split_sentences(said))
                          if n in _marked(card, _ON_EVERY_BRIEF) | named)
        return [*((part, False, None) for part in purpose.split("\n") if part), *contacts]
    if len(lines) > 1:
        return [*((line, False, None) for line in lines[:-1]), *contacts]
    return [(line, False, None) for line in lines]


def card_stack(card: Card, brand: Brand, size: int, width: int, icon: int, brief: int = FULL,
               lead: int = NAME_LEAD) -> tuple[int, list[tuple[str, bool, int, int]]]:
    """The name row's height and the lines under it (text, bold, size, height)."""
    indent = icon + INDENT if icon else 0
    name_h = _height(card.heading, brand.heading_font, name_pt(size, lead), width - indent, True)
    pt = max(MIN_SLIDE_PT, size - 2)
    under = [(line, bold, pt, _height(line, brand.body_font, pt, width, bold))
             for line, bold, _mark in _lines(card, brief)]
    return max(name_h, icon), _capped(under, contact_lines(brief))


# The most lines a card's contacts take: a school's office, DSL and deputy numbers as four
# bold lines packed the card to its foot (Brightpath parents). The
# numbers left off are on the handout, and the notes say them (``left_off``).
CONTACT_LINES = 2


def contact_lines(brief: int) -> int:
    """The most lines a card's contacts take at ``brief``: a brief card (its words cut to
    fit) keeps one way to reach the service, the others on the handout and said from the
    notes (Childline's web address beside its number left a parents' card of four no room
    for what it is for)."""
    return CONTACT_LINES if brief == FULL else 1


def _capped(under: list[tuple[str, bool, int, int]], most: int = CONTACT_LINES
            ) -> list[tuple[str, bool, int, int]]:
    """``under`` with its contacts after the first left off once they run past ``most``
    lines (the first is always kept: it is how to reach the service)."""
    kept: list[tuple[str, bool, int, int]] = []
    lines = 0.0
    for item in under:
        _text, bold, pt, height = item
        if bold:
            lines += height / (pt * LINE * EMU_PT)
            if lines > most + 0.01 and any(k[1] for k in kept):
                continue
        kept.append(item)
    return kept


def left_off(card: Card, brand: Brand, size: int, width: int, brief: int
             ) -> list[tuple[str, Mark]]:
    """The contacts ``_capped`` leaves off the card drawn at ``size`` in ``width``, each
    with the mark its line was made with."""
    pt = max(MIN_SLIDE_PT, size - 2)
    lines = _lines(card, brief)
    under = [(line, bold, pt, _height(line, brand.body_font, pt, width, bold))
             for line, bold, _mark in lines]
    shown = {text for text, *_rest in _capped(under, contact_lines(brief))}
    return [(text.replace(NBSP, " "), mark) for text, bold, mark in lines
            if bold and text not in shown]


def contacts_note(cards: Sequence[Card], brand: Brand, size: int,
                  widths: Sequence[int], briefs: Sequence[int]) -> str:
    """The notes' line for contacts left off the cards ("" when none is)."""
    gone = [(card, left) for card, width, brief in zip(cards, widths, briefs, strict=True)
            if (left := left_off(card, brand, size, width, brief))]
    if not gone:
        return ""
    # The school's card is known by the planner's mark (Card.is_school), not its heading: a
    # --content folder's own words for "Our safeguarding lead" are not in reach here.
    return "Also on the handout: " + " ".join(
        _school_left(left, brand) if card.is_school
        else f"{card.heading.replace(NBSP, ' ')}: {'; '.join(t for t, _mark in left)}."
        for card, left in gone)


def _school_left(left: list[tuple[str, Mark]], brand: Brand) -> str:
    """The school card's left-off contacts, each said as whose it is."""
    return " ".join(f"{_whose(text, mark, brand)}." for text, mark in left)


def _whose(line: str, mark: Mark, brand: Brand) -> str:
    """A school card's contact line as a presenter reads it aloud: the role, then the
    person, then the number ("Deputy, Mr Ben Adeyemi: direct line …"). After the card's
    name ("Mrs Priya Shah: Deputy: direct line …") the deputy's number read as the DSL's.
    Whose it is comes from the planner's mark (``Who``), never from the printed label."""
    if mark is None:
        return line
    way, first = mark
    person = {Who.LEAD: brand.dsl_name, Who.DEPUTY: brand.deputy_dsl_name}.get(way.who, "")
    label = f"{way.label}: "
    if not (first and way.label and person.strip() and line.startswith(label)):
        return line
    return f"{way.label}, {person.strip()}: {line.removeprefix(label)}"


def words_whole(card: Card, brand: Brand, size: int, width: int, icon: int,
                brief: int = FULL, lead: int = NAME_LEAD) -> bool:
    """Whether every word of the card, as ``card_stack`` sets it, fits its line's width: a
    web address wider than its card is broken mid-word ("takeitdown.ncmec.or" / "g"),
    which `_height` counts as one more line, and which a smaller size avoids."""
    indent = icon + INDENT if icon else 0
    pt = max(MIN_SLIDE_PT, size - 2)
    said = [(card.heading, brand.heading_font, name_pt(size, lead), width - indent, True),
            *((line, brand.body_font, pt, width, bold)
              for line, bold, _mark in _lines(card, brief))]
    return all(text_width(word, font, at, bold) <= line_room(room)
               for text, font, at, room, bold in said
               for word in text.replace("-", "- ").replace(NBSP, "i").split())


# The most lines a card's name takes: a name of three lines beside its icon ("Northshire
# Children's Services") started its words far below its neighbours'. A size at which a
# name needs more does not fit (the row's names are set smaller, one size for the row).
NAME_LINES = 2


def name_lines(heading: str, brand: Brand, size: int, width: int, lead: int = NAME_LEAD) -> int:
    """How many lines a card's name takes at the name size for ``size`` in ``width``."""
    pt = name_pt(size, lead)
    return round(_height(heading, brand.heading_font, pt, width, True) / (pt * LINE * EMU_PT))


def card_need(card: Card, brand: Brand, size: int, width: int, icon: int,
              brief: int = FULL, lead: int = NAME_LEAD) -> int:
    """The card's height at ``size``; more than any card has where its name would run past
    NAME_LINES lines."""
    if name_lines(card.heading, brand, size, width - (icon + INDENT if icon else 0), lead) \
            > NAME_LINES:
        return 1 << 40
    row, under = card_stack(card, brand, size, width, icon, brief, lead)
    return row + sum(gap + h for gap, (*_rest, h) in zip(line_gaps(under), under, strict=True))


def line_gaps(under: Sequence[tuple[str, bool, int, int]]) -> list[int]:
    """The space above each line under a card's name: SPACE, but none between one contact
    and the next (a school's office, DSL and deputy numbers read as one list, and the 0.12 in
    they gave back let the school's card keep its icon and a clear foot)."""
    return [0 if i and bold and under[i - 1][1] else SPACE
            for i, (_text, bold, *_rest) in enumerate(under)]


def stack_height(stack: tuple[int, list[tuple[str, bool, int, int]]]) -> int:
    row, under = stack
    return row + sum(gap + h for gap, (*_r, h) in zip(line_gaps(under), under, strict=True))


def said_aloud(cards: Sequence[Card], brief: int | Sequence[int]) -> str:
    """The notes' line for cards drawn with less of what they are for (``brief``: one for
    every card, or each card's own): the first sentence of what each card left off, a cue
    read at a glance in the lesson's last minutes (the rest is on the handout and help
    cards). A school's card cut to its lead's names says their reassurance ("They keep you
    safe ..."), not the names the slide still shows."""
    briefs = [brief] * len(cards) if isinstance(brief, int) else list(brief)
    jobs = [(card.heading, _left_off(card, b)) for card, b in zip(cards, briefs, strict=True)
            if _purpose(card, b) != _purpose(card, FULL)]
    if not any(left for _name, left in jobs):
        return ""
    return "Say what each is for: " + " ".join(
        f"{name}: {left[0]}" for name, left in jobs if left)


def _purpose(card: Card, brief: int) -> list[str]:
    """What the card shows of what it is for at ``brief`` (its lines but the contacts)."""
    return [line for line, contact, _mark in _lines(card, brief) if not contact]


def _left_off(card: Card, brief: int) -> list[str]:
    """The sentences of what the card is for, as written, that it does not show at
    ``brief``: all of them where it shows none, or shows only part of its first."""
    shown = {_plain(s) for s in split_sentences(" ".join(_purpose(card, brief)))}
    return [s for s in split_sentences(" ".join(card.text.split("\n")[:-1]))
            if _plain(s) not in shown]


def _plain(text: str) -> str:
    """``text`` as read: the no-break spaces that hold a name on its line as spaces."""
    return " ".join(text.replace(NBSP, " ").split())


# A field is typed over with a name or a room that may be longer than its brackets ("[DSL's
# name]" as "Mrs Olufunmilayo Adeyemi"), and LibreOffice sets a line a shade wider than it
# measures: a card of fields measured to fit within a point wrapped a line more once shown,
# and its last words printed over the contact line. Drawn, a field is measured this much
# longer wherever its card has the room.
FIELD_SLACK = 0.1


def _filled(text: str) -> str:
    """``text`` with each field lengthened by FIELD_SLACK of its letters (kept one word)."""
    return re.sub(BRACKETS, lambda m: m.group() + "n" * math.ceil(len(m.group()) * FIELD_SLACK),
                  text)


def with_room_to_fill(stacks: Sequence[tuple[int, list[tuple[str, bool, int, int]]]],
                      font: str, inner: Sequence[tuple[int, int, int, int]]
                      ) -> list[tuple[int, list[tuple[str, bool, int, int]]]]:
    """Each card's stack (``_filled_stack``) in its card's inner box."""
    return [_filled_stack(stack, font, box[2], box[3])
            for stack, box in zip(stacks, inner, strict=True)]


def _filled_stack(stack: tuple[int, list[tuple[str, bool, int, int]]], font: str,
                  width: int, room: int) -> tuple[int, list[tuple[str, bool, int, int]]]:
    """A card's stack with its lines of fields as tall as they are with names typed in
    (``_filled``): each line's box holds its words, and the contact below stands clear of
    them. A line that takes a line more so is set a point or two smaller where the card has
    no room for it (at least 18 pt: the stack as laid out where even that does not fit)."""
    row, under = stack
    if not any(re.search(BRACKETS, text) for text, *_r in under):
        return stack
    for less in range(0, max(pt for _t, _b, pt, _h in under) - MIN_SLIDE_PT + 1):
        roomy = [_roomy(line, font, width, less) for line in under]
        if stack_height((row, roomy)) <= room:
            return row, roomy
    return stack


def _roomy(line: tuple[str, bool, int, int], font: str, width: int, less: int
           ) -> tuple[str, bool, int, int]:
    """A line of what a card is for measured with its fields filled in; where that takes
    more lines than it was given, ``less`` points smaller (not under 18 pt)."""
    text, bold, pt, height = line
    if bold:  # a contact ends its card: nothing is printed below it to run into
        return line
    filled = _height(_filled(text), font, pt, width, bold)
    if filled <= height:
        return line
    pt = max(MIN_SLIDE_PT, pt - less)
    return text, bold, pt, _height(_filled(text), font, pt, width, bold)
