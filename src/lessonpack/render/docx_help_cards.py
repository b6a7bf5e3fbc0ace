"""The take-away help card as a Word page: the same card in a grid of dashed frames to cut.

Each card is a cell the text's width and half the page's height (two to an A4 page, about
A5), its text never under the documents' least size (12 pt, LPC202): a business card at 9 pt
failed the pack's own check, and four to a page, each with eight or nine services, read as a
form. The cards are one grid of dashed cells (``render.docx_cards``): one cut line between
two cards, and rows that never split.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

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

CARDS_A_ROW = 1
# A card's side and bottom margins (twips, 8 mm): its words' inset from the dashed cut line
# (at 3 mm, and none below, a card's last line butted against the next card's band).
SIDE_TWIPS = 454
FOOT_TWIPS = 454
FOOT_MARGIN = f'<w:tcMar><w:bottom w:w="{FOOT_TWIPS}" w:type="dxa"/></w:tcMar>'
# Two rows under the page's heading and note on A4 (scaled down on a shorter page).
CARD_CM = 10.5
HEADING_PT = 14
LINE_PT = 12
# A line's words before its first colon are bold when they name a route, not a sentence:
# "Report Remove (a private picture of you online, under 18)", Year 7's, is 57.
LEAD_CHARS = 60


def fit_to_page(renderer: DocWriter) -> float:
    """The share of an A4 page's text height this page has: a trainer's US Letter with wide
    margins gets slightly shorter cards, so two rows still fit a page."""
    section = renderer.doc.sections[-1]
    height = (measured(section.page_height) - measured(section.top_margin)
              - measured(section.bottom_margin))
    return min(1.0, Emu(height).cm / A4_TEXT_CM)


def help_cards(renderer: DocWriter, block: HelpCards) -> None:
    """``block.count`` copies of the card, ``CARDS_A_ROW`` to a row, in one grid whose
    neighbours share each dashed cut line; each card's words centred in it, the rows as tall
    as the page allows."""
    body = renderer.ids["LP Body"]
    counts = row_counts(block.count, CARDS_A_ROW)
    least = CARD_CM * fit_to_page(renderer)
    height = fill_height(renderer, len(counts), least, least * CARD_MOST)
    intro = renderer.previous_paragraph()
    # No top margin: the header band runs to the card's top edge (its padding is its own).
    cells = cut_grid(renderer, counts, (FOOT_MARGIN,), [body] * (1 + len(block.lines)), height,
                     "Help cards to cut out", cell_margins=(0, SIDE_TWIPS))
    if intro is not None:  # the instructions stay with the first cards
        keep_with_next(paragraph_xml(intro), True)
    card = Card((block.heading, *block.lines),
                (None, *block.icons) if block.icons else (None,) * (1 + len(block.lines)),
                (False, *block.key) if block.key else (False,) * (1 + len(block.lines)),
                StyleBook(renderer).measures(None)[4])
    size, up = _line_size(renderer, card, height,
                          renderer.width.twips // CARDS_A_ROW - 2 * SIDE_TWIPS)
    spare = _spare(renderer, card, height,
                   renderer.width.twips // CARDS_A_ROW - 2 * SIDE_TWIPS, size, up)
    for cell in cells:
        _fill(renderer, list(cell.iter(qn("w:p"))), card, size, up, spare)


# The routes a pupil most needs (the plan marks them, Samaritans and Shout among them),
# larger than the rest. The other services (KS4's Report Remove, police, ...) follow in the
# body's ink, a point or two smaller, never under 12 pt.
KEY_UP = 1
# The key routes at most this much larger than the rest: with six key routes (KS3's, with
# Samaritans and Shout) at 4 pt larger, a trainer's Calibri at 1.05 lines ran each line with
# an icon taller than the estimate, and the second card went overleaf.
KEY_MOST = 3


@dataclass(frozen=True)
class Card:
    """A card's words a line each (its heading first), with the plan's icon and key mark
    beside each line (none for the heading), and the line-spacing multiple of the
    document's body style they are set in (read once: the fitting tries some twenty sizes)."""

    texts: tuple[str, ...]
    icons: tuple[Picture | None, ...]
    keys: tuple[bool, ...]
    spacing: float = 1.0


# A card's words as large as its frame holds (KS3's seven lines at 12 pt left a third of a
# card blank), never under the documents' least size; most of the frame, not all of it: the
# estimate came within a point of LibreOffice's layout of KS4's card (231 against 230), so
# a twentieth held back covers a wider font (Calibri's taller lines) without a blank foot.
# (A trainer's template's wider line spacing is measured: ``_points``.)
LINE_SIZES = (18, 17, 16, 15, 14, 13, LINE_PT)
FILL_SHARE = 0.95


def _points(renderer: DocWriter, card: Card, width_twips: int, size: float, up: float
            ) -> float:
    """About how tall a card's words are (points) at ``size``, its key routes ``up``, at the
    line spacing of the document's body style (a trainer's letterhead sets 1.05 lines: at
    single spacing KS3's cards grew past half a page and the second went overleaf)."""
    font = renderer.brand.body_font
    heading = size + HEADING_PT - LINE_PT
    total = 2 * BAND_PAD + 6.0
    for k, (text, icon, key) in enumerate(zip(card.texts, card.icons, card.keys, strict=True)):
        pt = heading if k == 0 else size + up if key else size
        # A key route's words wrap beside its icon, not under it.
        room = (width_twips / 20 - (_icon_room(pt, font) if icon is not None else 0)
                - (2 * BAND_PAD if k == 0 else 0))
        lines = math.ceil(_words_width(unbroken(text), font, pt, k) / room)
        total += lines * pt * 1.17 * card.spacing + 3 + (3 if k == 1 else 0)
    return total


def _words_width(text: str, font: str, pt: float, k: int) -> float:
    """Points a card's line ``k`` takes set on one line, as _fill sets it: the question in
    bold, the reassurance plain, a route's name bold and its words plain. (All measured bold,
    a school's own line, "Riverside Student Support: Student Services, room G14 (8.15am to
    4pm)", counted two lines for its one, and KS3's routes fell from 14 pt to 12.)"""
    lead, colon, rest = text.partition(": ")
    if k <= 1 or not colon or len(lead) > LEAD_CHARS:
        return text_width(text, font, pt, bold=k == 0)
    return text_width(lead + ":", font, pt, bold=True) + text_width(" " + rest, font, pt)


def _line_size(renderer: DocWriter, card: Card, height_twips: int, width_twips: int
               ) -> tuple[float, float]:
    """The card's line size and how much larger its key routes are: the largest key routes
    that fit, then the largest other lines beside them (KS4's eleven lines: the routes at
    15 pt over the rest at 12 filled the card that 14 over 12 left a fifth blank). At the
    least size, unraised, as before, when nothing fits."""
    room = FILL_SHARE * (height_twips - 226 - FOOT_TWIPS)
    for size, up in _sizes(not all(card.keys[2:])):
        if _points(renderer, card, width_twips, size, up) * 20 <= room:
            return size, up
    return LINE_PT, 0


def _sizes(rest: bool) -> list[tuple[float, float]]:
    """(size, up) to try, largest key routes first, then the largest other lines: with no
    other lines (KS2's card, every route a key one), one size for all."""
    if not rest:
        return [(size, 0) for size in LINE_SIZES]
    pairs = [(size, up) for size in LINE_SIZES for up in range(KEY_UP, KEY_MOST + 1)
             if size + up <= LINE_SIZES[0] + KEY_UP]
    return sorted(pairs, key=lambda p: (p[0] + p[1], p[0]), reverse=True)


# Of the room the words leave in a card, what goes above its key routes and the other
# services as air (the rest stays under the last line: the estimate may be short).
SPARE_SHARE = 0.6
SPARE_MOST_PT = 16.0


def _spare(renderer: DocWriter, card: Card, height_twips: int, width_twips: int, size: float,
           up: float) -> float:
    """Points of space before each route line, so a card's words spread down it rather than
    leaving its foot blank under a header band at the top."""
    points = _points(renderer, card, width_twips, size, up)
    left = (height_twips - 226 - FOOT_TWIPS) / 20 - points
    routes = max(1, len(card.texts) - 2)
    return max(0.0, min(SPARE_MOST_PT, SPARE_SHARE * left / routes))


# Of a card's least height: the rows fill the page's foot (a blank band there read as waste).
CARD_MOST = 1.2


def _fill(renderer: DocWriter, paragraphs: list[CT_P], card: Card, size: float = LINE_PT,
          up: float = 0, spare: float = 0) -> None:
    """A card: its question white on a band of the brand's colour across the card's top
    (the card reads as an object, not a photocopied list), the reassurance under it in
    italics, then a route a line: the key routes large, their icon before them and their
    name in bold in the brand's colour (only the name: a card of whole lines in bold had
    nothing stand out); the other services a little smaller, in the body's ink. A number is
    never split at a line's end."""
    brand = renderer.brand
    for k, (p, text, icon, key) in enumerate(zip(paragraphs, card.texts, card.icons,
                                                  card.keys, strict=True)):
        para = DocxParagraph(p, renderer.doc)
        fmt = para.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(3)
        if k == 0:
            styled_run(p, text, bold=True, size=size + HEADING_PT - LINE_PT, colour="FFFFFF")
            _band(p, str(brand.primary))
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
            # Into the cell's side margins, so the band runs edge to edge of the card, a
            # hair inside the dashed cut line: at the cell's very edge it printed about 1 mm
            # past the line each side, and every cut left a sliver of band.
            fmt.left_indent = fmt.right_indent = Twips(-(SIDE_TWIPS - BAND_INSIDE_TWIPS))
            fmt.space_after = Pt(BAND_PAD + 6)
            continue
        text = unbroken(text)
        # "Childline: 0800 1111…": the route in bold, so a pupil finds it at a glance.
        lead, colon, rest = text.partition(": ")
        if k == 1:  # the reassurance: "It's never your fault, …"
            styled_run(p, text, size=size)
            for run in para.runs:
                run.italic = True
            fmt.space_after = Pt(3)
        elif key and colon:
            fmt.space_before = Pt(spare)
            pt = size + up
            if icon is not None:
                _icon(renderer, para, icon, pt)
            styled_run(p, lead + ":", bold=True, size=pt, colour=str(brand.primary))
            styled_run(p, " " + rest, size=pt)
        elif colon and len(lead) <= LEAD_CHARS:
            # The other services set apart from the key routes, then close together.
            fmt.space_before = Pt(spare + 4 if card.keys[k - 1] else 0)
            styled_run(p, lead + ":", bold=True, size=size)
            styled_run(p, " " + rest, size=size)
        else:
            styled_run(p, text, size=size)


ICON_SCALE = 1.35  # of the route's type size: the icon a little taller than its capitals
ICON_GAP = "\u2002"  # an en space between the icon and the route's name


def _icon_room(pt: float, font: str = "") -> float:
    """Points a key route's icon and the space after it take from the line."""
    return pt * ICON_SCALE + (text_width(ICON_GAP, font, pt) if font else pt / 2)


def _icon(renderer: DocWriter, para: DocxParagraph, icon: Picture, pt: float) -> None:
    """The route's icon first, its words after a space, on a hanging indent as wide as the
    two, so a second line starts under the first's words, not under the icon. (A tab to
    the hanging indent was set an icon's width or two further on by LibreOffice.)"""
    shape = para.add_run().add_picture(icon.path, height=Pt(pt * ICON_SCALE))
    inline = inline_xml(shape)
    inline.docPr.set("descr", icon.alt)
    # No wrap distance: without one LibreOffice sets about 9 pt either side of the picture,
    # and the words no longer start where the second line does.
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")
    styled_run(paragraph_xml(para), ICON_GAP, size=pt)
    room = Pt(_icon_room(pt, renderer.brand.body_font))
    para.paragraph_format.left_indent = room
    para.paragraph_format.first_line_indent = -room


BAND_PAD = 3  # points of the band's colour round the card's question
BAND_INSIDE_TWIPS = 85  # 1.5 mm: the band's ends inside the card's dashed cut line


def _band(p: CT_P, colour: str) -> None:
    """The paragraph on a band of ``colour`` (its shading, padded above and below by borders
    of the same colour), as a handout's title is."""
    ppr = p.get_or_add_pPr()
    set_paragraph_borders(ppr, [border_xml(side, 4, colour, BAND_PAD)
                                for side in ("top", "bottom")])
    ppr.find(qn("w:pBdr")).addnext(parse_xml(shading_xml(colour).replace("<w:shd ",
                                                                         f"<w:shd {W} ")))
