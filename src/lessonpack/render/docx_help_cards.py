"""The take-away help card as a Word page: the same card in a grid of dashed frames to cut.

Each card is a table cell of business-card size (about 8.5 x 5.5 cm on A4), so a row never
splits over a page and a guillotine cut along the dashes gives cards the same size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.plan.model import HelpCards
from lessonpack.render.docx_letter import styled_run
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
    from lessonpack.render.docx_writer import DocWriter

CARDS_A_ROW = 2
CARD_CM = 5.5
# Small, as on a printed business card, but never below what a pupil reads without effort.
HEADING_PT = 11
LINE_PT = 9
_GREY = "808080"
# A line's words before its first colon are bold when they name a route, not a sentence.
LEAD_CHARS = 48


def help_cards(renderer: DocWriter, block: HelpCards) -> None:
    """``block.count`` copies of the card, ``CARDS_A_ROW`` to a row, each in a dashed frame."""
    cut = "<w:tcBorders>" + "".join(border_xml(side, 8, _GREY, style="dashed")
                                    for side in ("top", "left", "bottom", "right")) \
        + "</w:tcBorders>"
    body = renderer.ids["LP Body"]
    widths = distribute(renderer.width.twips, (), CARDS_A_ROW)
    styles = [body] * (1 + len(block.lines))
    rows = []
    for start in range(0, block.count, CARDS_A_ROW):
        shown = min(CARDS_A_ROW, block.count - start)
        rows.append(row_xml([cell_xml(w, styles if k < shown else [body],
                                      cut if k < shown else "")
                             for k, w in enumerate(widths)],
                            min_height=round(CARD_CM * TWIPS_PER_CM)))
    intro = renderer.previous_paragraph()
    table = renderer.append_table(table_xml(widths, rows, cell_margins=(113, 170),
                                            caption="Help cards to cut out"))
    if intro is not None:  # the instructions stay with the cards
        keep_with_next(paragraph_xml(intro), True)
    for cell in table.iter(qn("w:tc")):
        paragraphs = list(cell.iter(qn("w:p")))
        if len(paragraphs) < 1 + len(block.lines):
            continue  # the empty cell beside an odd last card
        for k, (p, text) in enumerate(zip(paragraphs, (block.heading, *block.lines),
                                           strict=True)):
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
            para.paragraph_format.space_after = Pt(3 if k == 0 else 1)
