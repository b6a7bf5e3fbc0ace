"""The take-away help card as a Word page: the same card in a grid of dashed frames to cut.

Each card is a cell of about 8.5 x 10 cm (four to an A4 page, a pocket card), its text at the
documents' least size (12 pt, LPC202): a business card at 9 pt failed the pack's own check and
is hard to read for the pupils who most need it. The cards are one grid of dashed cells
(``render.docx_cards``): one cut line between two cards, and rows that never split.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.check.measure import text_width
from lessonpack.plan.common import unbroken
from lessonpack.plan.model import HelpCards
from lessonpack.render.docx_cards import cut_grid, fill_height, row_counts
from lessonpack.render.docx_letter import MUTED, styled_run
from lessonpack.render.docx_page import measured
from lessonpack.render.docx_pictures import A4_TEXT_CM
from lessonpack.render.docx_xml import (
    W,
    border_xml,
    keep_with_next,
    set_paragraph_borders,
    shading_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.text.paragraph import CT_P

    from lessonpack.render.docx_writer import DocWriter

CARDS_A_ROW = 2
# Two rows under the page's heading and note on A4 (scaled down on a shorter page): KS4's
# eight routes at 12 pt need about 9 cm, so three rows of smaller cards did not fit a page.
CARD_CM = 10.0
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
    cells = cut_grid(renderer, counts, ('<w:vAlign w:val="center"/>',),
                     [body] * (1 + len(block.lines)), height, "Help cards to cut out")
    if intro is not None:  # the instructions stay with the first cards
        keep_with_next(paragraph_xml(intro), True)
    texts = (block.heading, *block.lines)
    size, up = _line_size(renderer, texts, height, renderer.width.twips // CARDS_A_ROW - 340)
    for cell in cells:
        _fill(renderer, list(cell.iter(qn("w:p"))), texts, size, up)


# The routes a pupil most needs, larger than the rest: school, home, Childline and CEOP.
# The other services (KS4's Samaritans, Shout, police, ...) follow in grey, a size smaller
# where the card has the room.
KEY_ROUTES = ("In school", "At home", "Childline", "CEOP")
KEY_UP = 2


def _key(k: int, text: str) -> bool:
    return k >= 2 and text.startswith(KEY_ROUTES)


# A card's words as large as its frame holds (KS3's seven lines at 12 pt left a third of a
# card blank), never under the documents' least size; most of the frame, not all of it.
LINE_SIZES = (15, 14, 13, LINE_PT)
FILL_SHARE = 0.85


def _line_size(renderer: DocWriter, texts: tuple[str, ...], height_twips: int,
               width_twips: int) -> tuple[float, float]:
    """The card's line size and how much larger its key routes are: the largest that fits,
    the key routes raised first (at the least size, unraised, as before)."""
    font, room = renderer.brand.body_font, width_twips / 20
    # Every route a key one (KS2's card): one size for all, as large as fits.
    rest = any(not _key(k, t) for k, t in enumerate(texts) if k >= 2)
    for size in LINE_SIZES:
        for up in ((KEY_UP, 0) if size == LINE_PT else (KEY_UP,)) if rest else (0,):
            heading = size + HEADING_PT - LINE_PT
            sizes = [heading if k == 0 else size + up if _key(k, t) else size
                     for k, t in enumerate(texts)]
            lines = [math.ceil(text_width(t, font, pt, bold=k == 0) / room)
                     for k, (t, pt) in enumerate(zip(texts, sizes, strict=True))]
            points = sum(n * pt * 1.17 for n, pt in zip(lines, sizes, strict=True)) \
                + 6 + 3 * (len(texts) - 1) + 6
            if points * 20 <= FILL_SHARE * (height_twips - 226):
                return size, up
    return LINE_PT, 0


# Of a card's least height: the rows fill the page's foot (a blank band there read as waste).
CARD_MOST = 1.25


def _fill(renderer: DocWriter, paragraphs: list[CT_P], texts: tuple[str, ...],
          size: float = LINE_PT, up: float = 0) -> None:
    """A card: its question white on a band of the brand's colour (the card reads as an
    object, not a photocopied list), the reassurance under it in italics, then a route a
    line, its name in bold in the brand's colour and its number never split at a line's
    end."""
    brand = renderer.brand
    for k, (p, text) in enumerate(zip(paragraphs, texts, strict=True)):
        para = DocxParagraph(p, renderer.doc)
        fmt = para.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(3)
        if k == 0:
            styled_run(p, text, bold=True, size=size + HEADING_PT - LINE_PT, colour="FFFFFF")
            _band(p, str(brand.primary))
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER  # a header band across the card
            # The band inside the card's frame: its padding is drawn outside the text.
            fmt.left_indent = fmt.right_indent = Pt(BAND_PAD + 1)
            fmt.space_after = Pt(BAND_PAD + 6)
            continue
        text = unbroken(text)
        # "Childline: 0800 1111…": the route in bold, so a pupil finds it at a glance.
        lead, colon, rest = text.partition(": ")
        if k == 1:  # the reassurance: "It's never your fault, …"
            styled_run(p, text, size=size)
            for run in para.runs:
                run.italic = True
            fmt.space_after = Pt(6)
        elif _key(k, text) and colon:
            styled_run(p, lead + ":", bold=True, size=size + up, colour=str(brand.primary))
            styled_run(p, " " + rest, bold=True, size=size + up)
        elif colon and len(lead) <= LEAD_CHARS:
            if _key(k - 1, texts[k - 1]):
                fmt.space_before = Pt(4)  # the other services set apart from the key three
            styled_run(p, lead + ":", bold=True, size=size, colour=MUTED)
            styled_run(p, " " + rest, size=size, colour=MUTED)
        else:
            styled_run(p, text, size=size)


BAND_PAD = 3  # points of the band's colour round the card's question


def _band(p: CT_P, colour: str) -> None:
    """The paragraph on a band of ``colour`` (its shading, padded by borders of the same
    colour), as a handout's title is."""
    ppr = p.get_or_add_pPr()
    set_paragraph_borders(ppr, [border_xml(side, 4, colour, BAND_PAD)
                                for side in ("top", "left", "bottom", "right")])
    ppr.find(qn("w:pBdr")).addnext(parse_xml(shading_xml(colour).replace("<w:shd ",
                                                                         f"<w:shd {W} ")))
