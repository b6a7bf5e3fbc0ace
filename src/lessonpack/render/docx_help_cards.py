"""The take-away help card as a Word page: the same card in a grid of dashed frames to cut.

Four cards to an A4 page, two by two (each about A6, a pocket card): half a page each was a
sheet nobody keeps, and a class of 30 took 17 sheets. The words keep the documents' least
size: a card with more routes than a side holds is planned front and back
(plan/help_cards.two_sided; at 10 pt on one side, KS4's was "a card nobody keeps"). Each
number is bold so a pupil finds it at a glance. The cards are one grid of dashed cells
(``render.docx_cards``): one cut line between two cards, and rows that never split.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.check.measure import text_width
from lessonpack.content.picture_library import Picture
from lessonpack.plan.contact_text import unbroken
from lessonpack.plan.model import HelpCards
from lessonpack.render.docx_cards import StyleBook, cut_grid, fill_height, row_counts
from lessonpack.render.docx_letter import styled_run
from lessonpack.render.docx_page import measured
from lessonpack.render.docx_pictures import A4_TEXT_CM
from lessonpack.render.docx_xml import (
    W,
    border_xml,
    keep_with_next,
    set_paragraph_borders,
    shading_xml,
)
from lessonpack.render.ooxml.docx import inline_xml, paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.text.paragraph import CT_P

    from lessonpack.render.docx_writer import DocWriter

CARDS_A_ROW = 2
# A card's side and bottom margins (twips, 5 mm): its words' inset from the dashed cut line
# (at 3 mm, and none below, a card's last line butted against the next card's band; at
# 8 mm a pocket card's column lost a fifth of its width).
SIDE_TWIPS = 284
FOOT_TWIPS = 284
FOOT_MARGIN = f'<w:tcMar><w:bottom w:w="{FOOT_TWIPS}" w:type="dxa"/></w:tcMar>'
# Two rows under the page's heading and note on A4 (scaled down on a shorter page).
CARD_CM = 10.5
HEADING_PT = 14
LINE_PT = 12
# The least a card's words are set: the documents' least size.
CARD_LEAST_PT = LINE_PT
# A line's words before its first colon are bold when they name a route, not a sentence:
# "Report Remove (a private picture of you online, under 18)", Year 7's, is 57.
LEAD_CHARS = 60
BAND_PAD = 3  # points of the band's colour round the card's question
# The cell's own side margin: 1.5 mm, the band's ends inside the card's dashed cut line (at
# the cell's very edge it printed about 1 mm past the line each side, and every cut left a
# sliver of band). The words are indented the rest of the way to SIDE_TWIPS. The band sits
# inside the cell's margins, not pulled out past them by negative indents: LibreOffice clips
# a paragraph's borders to the cell's margins but not its shading, so a band wider than them
# drew its padding borders shorter than its colour, a thin line across the band's foot.
BAND_INSIDE_TWIPS = 85
WORDS_INSET_TWIPS = SIDE_TWIPS - BAND_INSIDE_TWIPS


def fit_to_page(renderer: DocWriter) -> float:
    """The share of an A4 page's text height this page has: a trainer's US Letter with wide
    margins gets slightly shorter cards, so two rows still fit a page."""
    section = renderer.doc.sections[-1]
    height = (measured(section.page_height) - measured(section.top_margin)
              - measured(section.bottom_margin))
    return min(1.0, Emu(height).cm / A4_TEXT_CM)


# What each paragraph of a card is: its question on the band, the reassurance, a key route
# (an icon before it), the small heading over the other services, another service.
Role = Literal["band", "reassurance", "key", "also", "other"]


@dataclass(frozen=True)
class Card:
    """A card's paragraphs in order (its question first), each with its role and the plan's
    icon (none but a key route's), and the line-spacing multiple of the document's body
    style they are set in (read once: the fitting tries several sizes)."""

    texts: tuple[str, ...]
    roles: tuple[Role, ...]
    icons: tuple[Picture | None, ...]
    spacing: float = 1.0


def card_of(block: HelpCards, spacing: float = 1.0) -> Card:
    """The card's paragraphs from the plan: the question, the reassurance, the key routes,
    then the plan's "Also" heading over the other services (the plan puts the key routes
    first)."""
    n = len(block.lines)
    keys = block.key or (False,) * n
    icons = block.icons or (None,) * n
    texts: list[str] = [block.heading]
    roles: list[Role] = ["band"]
    pictures: list[Picture | None] = [None]
    for k, (text, key, icon) in enumerate(zip(block.lines, keys, icons, strict=True)):
        role: Role = "reassurance" if k == 0 else "key" if key else "other"
        if role == "other" and block.also and "also" not in roles:
            texts.append(block.also)
            roles.append("also")
            pictures.append(None)
        texts.append(text)
        roles.append(role)
        pictures.append(icon if role == "key" else None)
    return Card(tuple(texts), tuple(roles), tuple(pictures), spacing)


def help_cards(renderer: DocWriter, block: HelpCards) -> None:
    """``block.count`` copies of the card, ``CARDS_A_ROW`` to a row, in one grid whose
    neighbours share each dashed cut line; each card's words centred in it, the rows as tall
    as the page allows."""
    body = renderer.ids["LP Body"]
    counts = row_counts(block.count, CARDS_A_ROW)
    least = CARD_CM * fit_to_page(renderer)
    height = fill_height(renderer, len(counts), least, least * CARD_MOST)
    intro = renderer.previous_paragraph()
    card = card_of(block, StyleBook(renderer).measures(None)[4])
    # No top margin: the header band runs to the card's top edge (its padding is its own).
    cells = cut_grid(renderer, counts, (FOOT_MARGIN,), [body] * len(card.texts), height,
                     "Help cards to cut out", cell_margins=(0, BAND_INSIDE_TWIPS))
    if intro is not None:  # the instructions stay with the first cards
        keep_with_next(paragraph_xml(intro), True)
    width = renderer.width.twips // CARDS_A_ROW - 2 * SIDE_TWIPS
    size = _line_size(renderer, card, height, width)
    spare = _spare(renderer, card, height, width, size)
    for cell in cells:
        _fill(renderer, list(cell.iter(qn("w:p"))), card, size, spare)


# A card's words as large as its frame holds (KS3's seven lines at 12 pt left a third of a
# card blank), never under the documents' least size, every route the same size (a card of
# two sizes, its last lines smaller, read as small print). All the frame: the estimate
# (its icons' lines counted as tall as LibreOffice sets them) came to 3% over LibreOffice's
# layout of KS3's card in Arial, which covers a font with taller lines (Calibri's). (A
# trainer's template's wider line spacing is measured: ``_points``.)
LINE_SIZES = (14, 13, CARD_LEAST_PT)
FILL_SHARE = 1.0


def _pt(role: Role, size: float) -> float:
    """A paragraph's type size on a card whose routes are ``size``: the question larger (at
    most ``BAND_MOST_PT``), the small "Also" heading the routes' size."""
    return min(size + HEADING_PT - LINE_PT, BAND_MOST_PT) if role == "band" else size


# The question's largest size: at 15 pt bold, KS2's "Worried about something online?" ran
# to the band's ends on a card half the page wide.
BAND_MOST_PT = 13


def _points(renderer: DocWriter, card: Card, width_twips: int, size: float) -> float:
    """About how tall a card's words are (points) at ``size``, at the line spacing of the
    document's body style (a trainer's letterhead sets 1.05 lines: at single spacing KS3's
    cards grew past half a page and the second went overleaf)."""
    font = renderer.brand.body_font
    # The band's padding above and below its words; the "Also" heading's extra air.
    total = 2 * BAND_PAD + ALSO_ABOVE_PT * ("also" in card.roles)
    for text, role in zip(card.texts, card.roles, strict=True):
        pt = _pt(role, size)
        # A route's words wrap in their own column, after its icon's room (the other
        # services' words in the same column, under the key routes' words).
        room = (width_twips / 20 - (_icon_room(pt, font) if role in ("key", "other") else 0)
                - (2 * BAND_PAD if role == "band" else 0))
        lines = math.ceil(_words_width(unbroken(text), font, pt, role) / room)
        line = pt * 1.17 * card.spacing
        # An icon's line is as tall as the icon over the words' descent: counted as a line
        # of words, KS3's six key routes came to some 30 points more than estimated.
        first = max(line, pt * ICON_LINE) if role == "key" else line
        total += first + (lines - 1) * line + _after(role) \
            + (3 if role == "reassurance" else 0)
    return total


# Points under the band beyond its padding (6 pt more read as a gap under the question the
# card's words answer), and above the "Also" heading beyond a route's air (it reads as the
# heading of what follows, not as the foot of the line above it).
BAND_AFTER_PT = 3.0
ALSO_ABOVE_PT = 3.0
# Points after a route's line (the air between routes is mostly ``_spare``'s, before each):
# with KS4's eleven lines at one size, 3 pt after each left the routes a point too small.
ROUTE_AFTER_PT = 0.5


def _after(role: Role) -> float:
    """Points of space after a card's paragraph, as _fill sets it."""
    if role == "band":
        return BAND_PAD + BAND_AFTER_PT
    return 3.0 if role == "reassurance" else ROUTE_AFTER_PT


def _words_width(text: str, font: str, pt: float, role: Role) -> float:
    """Points a card's line takes set on one line, as _fill sets it: the question and the
    "Also" heading in bold, the reassurance plain, a route's name bold and its words plain.
    (All measured bold, a school's own line, "Riverside Student Support: Student Services,
    room G14 (8.15am to 4pm)", counted two lines for its one.)"""
    lead, colon, rest = text.partition(": ")
    if role in ("band", "also", "reassurance") or not colon or len(lead) > LEAD_CHARS:
        return text_width(text, font, pt, bold=role in ("band", "also"))
    return text_width(lead + ":", font, pt, bold=True) + text_width(" " + rest, font, pt)


def _line_size(renderer: DocWriter, card: Card, height_twips: int, width_twips: int
               ) -> float:
    """The card's route size: the largest that fits (KS4's eleven lines filled the card at
    14 pt that 12 pt left a fifth blank); the least size when nothing fits."""
    room = FILL_SHARE * (height_twips - 226 - FOOT_TWIPS)
    for size in LINE_SIZES:
        if _points(renderer, card, width_twips, size) * 20 <= room:
            return size
    return CARD_LEAST_PT


# Of the room the words leave in a card, what goes above its routes and the "Also" heading
# as air (the rest stays under the last line; the estimate errs a little tall, not short).
SPARE_SHARE = 0.9
# At most a line's air before each route: at 16 pt, a trainer's template in Calibri (its
# lines taller than the estimate) grew a card past its row and the last row went overleaf.
SPARE_MOST_PT = 8.0


def _spare(renderer: DocWriter, card: Card, height_twips: int, width_twips: int, size: float
           ) -> float:
    """Points of space before each route line, so a card's words spread down it rather than
    leaving its foot blank under a header band at the top."""
    points = _points(renderer, card, width_twips, size)
    left = (height_twips - 226 - FOOT_TWIPS) / 20 - points
    routes = max(1, sum(role in ("key", "also", "other") for role in card.roles))
    return max(0.0, min(SPARE_MOST_PT, SPARE_SHARE * left / routes))


# Of a card's least height: the rows fill the page's foot (a blank band there read as waste).
CARD_MOST = 1.1


def _fill(renderer: DocWriter, paragraphs: list[CT_P], card: Card, size: float = LINE_PT,
          spare: float = 0) -> None:
    """A card: its question white on a band of the brand's colour across the card's top
    (the card reads as an object, not a photocopied list), the reassurance under it in
    italics, then a route a line, all one size: a key route's icon before it and its name in
    bold in the brand's colour (only the name: a card of whole lines in bold had nothing
    stand out); then the other services under a small "Also" heading, their names bold in
    the body's ink, their words in the key routes' column. A number is never split at a
    line's end."""
    brand = renderer.brand
    before: Role = "band"
    for p, text, role, icon in zip(paragraphs, card.texts, card.roles, card.icons,
                                   strict=True):
        previous, before = before, role
        para = DocxParagraph(p, renderer.doc)
        fmt = para.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(_after(role))
        pt = _pt(role, size)
        if role == "band":
            styled_run(p, text, bold=True, size=pt, colour="FFFFFF")
            _band(p, str(brand.primary))
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        fmt.left_indent = fmt.right_indent = Twips(WORDS_INSET_TWIPS)
        text = unbroken(text)
        # "Childline: 0800 1111…": the route in bold, so a pupil finds it at a glance.
        lead, colon, rest = text.partition(": ")
        if role == "reassurance":  # "It's never your fault, …"
            styled_run(p, text, size=pt)
            for run in para.runs:
                run.italic = True
            continue
        # The air above each route and above the "Also" heading; none between that heading
        # and its first line.
        fmt.space_before = Pt(0 if previous == "also" else spare)
        if role == "also":
            fmt.space_before = Pt(spare + ALSO_ABOVE_PT)
            styled_run(p, text, bold=True, size=pt, colour=str(brand.primary))
            keep_with_next(p, True)
            continue
        room = Pt(_icon_room(pt, brand.body_font))
        if icon is not None:
            _icon(renderer, para, icon, pt)
            fmt.first_line_indent = -room
        fmt.left_indent = Twips(WORDS_INSET_TWIPS) + room
        if colon and len(lead) <= LEAD_CHARS:
            styled_run(p, lead + ":", bold=True, size=pt,
                       colour=str(brand.primary) if role == "key" else "")
            _numbers_bold(p, " " + rest, pt)
        else:
            _numbers_bold(p, text, pt)


# A number a pupil rings or texts: three digits or more, its groups joined by the no-break
# spaces ``unbroken`` sets ("0800 1111", "116 123", "85258", "999"); an age ("under 18")
# or a room ("G14") stays plain.
_NUMBER = re.compile(r"(?<![\w])\d(?:\d|\u00a0(?=\d))+(?![\w])")


def _numbers_bold(p: CT_P, text: str, pt: float) -> None:
    """``text`` as runs at ``pt``, each phone number or text code in bold."""
    at = 0
    for match in _NUMBER.finditer(text):
        if sum(c.isdigit() for c in match.group()) < 3:
            continue
        if match.start() > at:
            styled_run(p, text[at:match.start()], size=pt)
        styled_run(p, match.group(), bold=True, size=pt)
        at = match.end()
    if at < len(text):
        styled_run(p, text[at:], size=pt)


ICON_SCALE = 1.15  # of the route's type size: the icon a little taller than its capitals
# The height of a line led by an icon, of the type size (LibreOffice, Arial: 22.1 pt at 14).
ICON_LINE = ICON_SCALE + 0.23
ICON_GAP = "\u2002"  # an en space between the icon and the route's name


def _icon_room(pt: float, font: str = "") -> float:
    """Points a key route's icon and the space after it take from the line."""
    return pt * ICON_SCALE + (text_width(ICON_GAP, font, pt) if font else pt / 2)


def _icon(renderer: DocWriter, para: DocxParagraph, icon: Picture, pt: float) -> None:
    """The route's icon first, its words after a space, on a hanging indent as wide as the
    two (set by _fill), so a second line starts under the first's words, not under the
    icon. (A tab to the hanging indent was set an icon's width or two further on by
    LibreOffice.)"""
    shape = para.add_run().add_picture(icon.path, height=Pt(pt * ICON_SCALE))
    inline = inline_xml(shape)
    inline.docPr.set("descr", icon.alt)
    # No wrap distance: without one LibreOffice sets about 9 pt either side of the picture,
    # and the words no longer start where the second line does.
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    styled_run(paragraph_xml(para), ICON_GAP, size=pt)


def _band(p: CT_P, colour: str) -> None:
    """The paragraph on a band of ``colour`` (its shading, padded above and below by borders
    of the same colour), as a handout's title is."""
    ppr = p.get_or_add_pPr()
    set_paragraph_borders(ppr, [border_xml(side, 4, colour, BAND_PAD)
                                for side in ("top", "bottom")])
    ppr.find(qn("w:pBdr")).addnext(parse_xml(shading_xml(colour).replace("<w:shd ",
                                                                         f"<w:shd {W} ")))
