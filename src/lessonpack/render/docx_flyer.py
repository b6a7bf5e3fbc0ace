"""An invitation set as a flyer: the when and where large on the brand's tint with a
picture beside them, and the offers a line each behind an icon.

A family decides from across the kitchen whether the evening is for them: in 12 pt prose
with the date in a small box, the one paper meant to fill the hall read as another letter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.check.measure import drawn_width
from lessonpack.plan.model import FlyerFacts, IconLines
from lessonpack.render.docx_letter import styled_run
from lessonpack.render.docx_xml import (
    border_xml,
    cell_xml,
    distribute,
    row_xml,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import inline_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

    from lessonpack.content.picture_library import Picture
    from lessonpack.render.docx_writer import DocWriter

# The facts' words (points): the day largest, time and place under it; their labels small.
FACT_PT = (30, 24, 24)
# The least a fact is set at to keep it on one line: "Wednesday 29 September 2027" wrapped
# at 30 pt beside the picture, and its second line pushed the reply slip overleaf.
FACT_LEAST_PT = 20
FACT_STEP_PT = 2
LABEL_PT = 12  # the least a document's text may be (check LPC202)
PICTURE_CM = 4.2  # the picture beside the facts
PICTURE_SHARE = 0.27  # of the width: the picture's column
OFFER_ICON_CM = 1.1
# From an offer's icon to its words, the text cell's own margin (85 twips, 1.5 mm) on top:
# 4-6 mm, so each icon reads as the mark of its line, not a letter of its first word.
OFFER_GAP_CM = 0.55
OFFER_PT = 15
# Between two offers (points, exact): the icons' own cell margins already part them, and
# a full line's gap each took the room the invitation's line about other languages needs.
OFFER_SPACER_PT = 1
# The facts cell's margin at each side (twips, 4 mm), and the share of the rest a fact may
# take measured: Word's and LibreOffice's bold lines run a little wider than the estimate.
CELL_SIDE_TWIPS = 227
FIT_SHARE = 0.95
BAR = 36  # eighths of a point: the brand's colour down the facts panel's left
_NO_BORDERS = ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
               '<w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>')
_MIDDLE = '<w:vAlign w:val="center"/>'


def _tight(paragraph: DocxParagraph, before: float = 0, after: float = 0) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = 1.0
    fmt.keep_together = True


def _picture(writer: DocWriter, p: BaseOxmlElement, picture: Picture, height_cm: float,
             align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER) -> None:
    paragraph = DocxParagraph(p, writer.doc)
    paragraph.alignment = align
    _tight(paragraph)
    shape = paragraph.add_run().add_picture(picture.path, height=Cm(height_cm))
    inline_xml(shape).docPr.set("descr", picture.alt)


def flyer_facts(writer: DocWriter, block: FlyerFacts) -> None:
    """One row that never splits: the picture at the left, then each fact as a small label
    over its words in large bold type, on the brand's light tint with its colour down the
    left edge."""
    body = writer.ids["LP Body"]
    tint = shading_xml(writer.brand.light)
    bar = ("<w:tcBorders>" + border_xml("left", BAR, str(writer.brand.primary))
           + '<w:top w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
           "</w:tcBorders>")
    pictured = block.picture is not None
    shares = (PICTURE_SHARE, 1 - PICTURE_SHARE) if pictured else (1.0,)
    widths = distribute(writer.width.twips, shares, len(shares))
    cells = ([cell_xml(widths[0], [body], bar + tint + _MIDDLE)] if pictured else []) + [
        cell_xml(widths[-1], [body] * (2 * len(block.lines)),
                 (_NO_BORDERS if pictured else bar) + tint + _MIDDLE)]
    table = writer.append_table(table_xml(widths, [row_xml(cells)],
                                          cell_margins=(113, CELL_SIDE_TWIPS),
                                          caption="When and where"))
    tcs = list(table.iter(qn("w:tc")))
    if block.picture is not None:
        _picture(writer, tcs[0].find(qn("w:p")), block.picture, PICTURE_CM)
    paragraphs = tcs[-1].findall(qn("w:p"))
    font = writer.styles["LP Body"].font.name or writer.brand.body_font
    for n, (label, words) in enumerate(block.lines):
        head, big = paragraphs[2 * n], paragraphs[2 * n + 1]
        _tight(DocxParagraph(head, writer.doc), before=6 if n else 2)
        styled_run(head, label.upper(), bold=True, size=LABEL_PT,
                   colour=str(writer.brand.primary))
        _tight(DocxParagraph(big, writer.doc), after=2)
        largest = FACT_PT[min(n, len(FACT_PT) - 1)]
        room = (widths[-1] - 2 * CELL_SIDE_TWIPS) / 20
        styled_run(big, words, bold=True, size=fact_size(words, font, largest, room))


def fact_size(words: str, font: str, largest: int, room_pt: float) -> int:
    """The largest size from ``largest`` down to FACT_LEAST_PT that sets ``words`` on one
    line ``room_pt`` wide (a long weekday and month, "Wednesday 29 September 2027", steps
    down); ``largest`` where none does, since a fact that wraps anyway costs the same line
    at its own size."""
    for size in range(largest, FACT_LEAST_PT - 1, -FACT_STEP_PT):
        if drawn_width(words, font, size, bold=True) <= room_pt * FIT_SHARE:
            return size
    return largest


def icon_lines(writer: DocWriter, block: IconLines) -> None:
    """Each offer a row: its icon at the left, clear of its words (OFFER_GAP_CM), then the
    words at a size read at arm's length; no lines. The icons are the line icons the
    handout and the parents' slides use (content: plain-*), one family on the page."""
    body = writer.ids["LP Body"]
    icon = round((OFFER_ICON_CM + OFFER_GAP_CM) * 567) + 85  # the icon cell's left margin
    widths = [icon, writer.width.twips - icon]
    for n, (text, picture) in enumerate(block.items):
        spacer = writer.previous_paragraph()
        if n and spacer is not None:  # the spacer after the last offer's table
            spacer.paragraph_format.line_spacing = Pt(OFFER_SPACER_PT)
        # A row a table: a one-row table is a layout box to a screen reader and to `check`
        # (LPC105), where three rows of icon and words read as a data table with no header.
        row = row_xml([cell_xml(widths[0], [body], _NO_BORDERS + _MIDDLE),
                       cell_xml(widths[1], [body], _NO_BORDERS + _MIDDLE)])
        table = writer.append_table(table_xml(widths, [row], cell_margins=(57, 85),
                                              caption="What the evening offers"))
        art, words = (tc.find(qn("w:p")) for tc in table.iter(qn("w:tc")))
        if picture is not None:
            _picture(writer, art, picture, OFFER_ICON_CM, WD_ALIGN_PARAGRAPH.LEFT)
        _tight(DocxParagraph(words, writer.doc))
        lead, colon, rest = text.partition(": ")
        if colon:  # "Children welcome: …", its offer in bold
            styled_run(words, f"{lead}: ", bold=True, size=OFFER_PT)
            styled_run(words, rest, size=OFFER_PT)
        else:
            styled_run(words, text, size=OFFER_PT)

