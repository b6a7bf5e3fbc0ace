"""The take-away help card as a Word page: the same card in a grid of dashed frames to cut.

Each card is a cell of about 8.5 x 10 cm (four to an A4 page, a pocket card), its text at the
documents' least size (12 pt, LPC202): a business card at 9 pt failed the pack's own check and
is hard to read for the pupils who most need it. Each row of cards is a table of its own (one
row is a layout box, not a data table, LPC105) that never splits over a page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.plan.model import HelpCards
from lessonpack.render.docx_letter import styled_run
from lessonpack.render.docx_page import measured
from lessonpack.render.docx_pictures import A4_TEXT_CM
from lessonpack.render.docx_xml import (
    TWIPS_PER_CM,
    border_xml,
    cell_xml,
    distribute,
    keep_with_next,
    row_xml,
    table_xml,
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
_GREY = "808080"
# A line's words before its first colon are bold when they name a route, not a sentence.
LEAD_CHARS = 48


def fit_to_page(renderer: DocWriter) -> float:
    """The share of an A4 page's text height this page has: a trainer's US Letter with wide
    margins gets slightly shorter cards, so two rows still fit a page."""
    section = renderer.doc.sections[-1]
    height = (measured(section.page_height) - measured(section.top_margin)
              - measured(section.bottom_margin))
    return min(1.0, Emu(height).cm / A4_TEXT_CM)


def help_cards(renderer: DocWriter, block: HelpCards) -> None:
    """``block.count`` copies of the card, ``CARDS_A_ROW`` to a row, each in a dashed frame."""
    cut = "<w:tcBorders>" + "".join(border_xml(side, 8, _GREY, style="dashed")
                                    for side in ("top", "left", "bottom", "right")) \
        + "</w:tcBorders>"
    body = renderer.ids["LP Body"]
    widths = distribute(renderer.width.twips, (), CARDS_A_ROW)
    styles = [body] * (1 + len(block.lines))
    height = round(CARD_CM * fit_to_page(renderer) * TWIPS_PER_CM)
    for start in range(0, block.count, CARDS_A_ROW):
        shown = min(CARDS_A_ROW, block.count - start)
        row = row_xml([cell_xml(w, styles if k < shown else [body], cut if k < shown else "")
                       for k, w in enumerate(widths)], min_height=height)
        intro = renderer.previous_paragraph()
        table = renderer.append_table(table_xml(widths, [row], cell_margins=(113, 170),
                                                caption="Help cards to cut out"))
        if intro is not None:  # the instructions stay with the first cards
            keep_with_next(paragraph_xml(intro), True)
        for cell in table.iter(qn("w:tc")):
            paragraphs = list(cell.iter(qn("w:p")))
            if len(paragraphs) == 1 + len(block.lines):  # not the empty cell beside an odd card
                _fill(renderer, paragraphs, (block.heading, *block.lines))


def _fill(renderer: DocWriter, paragraphs: list[CT_P], texts: tuple[str, ...]) -> None:
    for k, (p, text) in enumerate(zip(paragraphs, texts, strict=True)):
        if k == 0:
            styled_run(p, text, bold=True, size=HEADING_PT)
        else:
            # "Childline: 0800 1111…": the route in bold, so a pupil finds it at a glance.
            lead, colon, rest = text.partition(": ")
            if colon and len(lead) <= LEAD_CHARS:
                styled_run(p, lead + ":", bold=True, size=LINE_PT)
                styled_run(p, " " + rest, size=LINE_PT)
            else:
                styled_run(p, text, size=LINE_PT)
        para = DocxParagraph(p, renderer.doc)
        para.paragraph_format.space_before = Pt(0)
        para.paragraph_format.space_after = Pt(6 if k == 0 else 3)
