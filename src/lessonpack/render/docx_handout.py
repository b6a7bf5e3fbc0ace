"""Word blocks of the parents' take-home leaflet: its action cards, the family agreement's
tick-box panel, and its compact (and tinted) tables.

A handout a family keeps on the fridge is read in a glance, not studied: a row of things to
do with the session's own icons first, the agreement as a panel to tick together, the
contacts on a tint at the foot where they are found again. Functions take the document being
written (``render.docx_writer.DocWriter``) and one plan block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from lessonpack.plan.model import ActionCards, Checklist, CompactTable, TickPanel
from lessonpack.render import docx_table, docx_text
from lessonpack.render.docx_xml import (
    W,
    border_xml,
    cell_xml,
    keep_with_next,
    row_xml,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import inline_xml, paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

    from lessonpack.render.docx_writer import DocWriter

# An action card: its icon's height and its heading's size.
ICON_CM = 0.9
CARD_HEADING_PT = 13
CARD_GAP = 113  # twips of white between two cards (2 mm)
CARD_BAR = 24  # eighths of a point: the brand's colour along each card's top
# The agreement panel: its bar down the left (eighths of a point), and its side padding
# (points).
PANEL_BAR = 24
PANEL_PAD = 8


def action_cards(writer: DocWriter, block: ActionCards) -> None:
    """The cards in one row, each on the brand's light tint with its colour along the top:
    icon over heading, centred; a row that never splits."""
    count = len(block.cards)
    card = (writer.width.twips - CARD_GAP * (count - 1)) // count
    widths: list[int] = []
    for index in range(count):
        widths += [card, CARD_GAP] if index < count - 1 else [card]
    top = border_xml("top", CARD_BAR, str(writer.brand.primary))
    tinted = (f'<w:tcBorders>{top}<w:left w:val="nil"/><w:bottom w:val="nil"/>'
              f'<w:right w:val="nil"/></w:tcBorders>{shading_xml(writer.brand.light)}'
              '<w:vAlign w:val="center"/>')
    blank = ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
             '<w:right w:val="nil"/></w:tcBorders>')
    body = writer.ids["LP Body"]
    cells = [cell_xml(w, [body, body], tinted) if i % 2 == 0 else cell_xml(w, [body], blank)
             for i, w in enumerate(widths)]
    table = writer.append_table(table_xml(widths, [row_xml(cells)], cell_margins=(85, 85),
                                          caption="Things to do at home"))
    for tc, (heading, picture) in zip(list(table.iter(qn("w:tc")))[::2], block.cards,
                                      strict=True):
        art, title = (DocxParagraph(p, writer.doc) for p in tc.findall(qn("w:p")))
        for paragraph in (art, title):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt = paragraph.paragraph_format
            fmt.space_before = fmt.space_after = Pt(0)
            fmt.line_spacing = 1.0
            fmt.keep_together = True
        art.paragraph_format.space_before = Pt(1)
        art.paragraph_format.space_after = Pt(2)
        shape = art.add_run().add_picture(picture.path, height=Cm(ICON_CM))
        inline_xml(shape).docPr.set("descr", picture.alt)
        run = title.add_run(heading)
        run.bold = True
        run.font.size = Pt(CARD_HEADING_PT)
        title.paragraph_format.space_after = Pt(1)


def tick_panel(writer: DocWriter, block: TickPanel) -> None:
    """The intro, the tick boxes (the document's own checklist) and the write-in line in
    one tinted box with the brand's bar down its left: a row that never splits, kept with
    the heading above it."""
    heading = writer.previous_paragraph()
    body = writer.doc.element.body
    first = len(body) - 1  # the final sectPr's place: what is written comes before it
    if block.intro:
        writer.para("LP Note", block.intro)
    docx_text.checklist(writer, Checklist(block.items))
    width = writer.width.twips - PANEL_BAR * 20 // 16
    if block.write_in:
        line = writer.para("LP Body")
        line.add_run(block.write_in).bold = True
        line.add_run(" \t")
        line.paragraph_format.tab_stops.add_tab_stop(
            Twips(width - 2 * PANEL_PAD * 20), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
        line.paragraph_format.space_before = Pt(4)
    written = [child for child in list(body)[first:] if child.tag == qn("w:p")]
    borders = ('<w:tcBorders><w:top w:val="nil"/>'
               + border_xml("left", PANEL_BAR, str(writer.brand.primary))
               + '<w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>')
    cell = cell_xml(width, [writer.ids["LP Body"]], borders + shading_xml(writer.brand.light))
    table = writer.append_table(table_xml([width], [row_xml([cell])],
                                          cell_margins=(writer.box_pad, PANEL_PAD * 20),
                                          caption="Our family agreement"))
    tc = next(table.iter(qn("w:tc")))
    tc.remove(tc.find(qn("w:p")))
    for p in written:
        keep_with_next(p, None)  # one row that cannot split keeps the panel whole
        tc.append(p)
    if written:
        DocxParagraph(written[-1], writer.doc).paragraph_format.space_after = Pt(0)
    if heading is not None:
        keep_with_next(paragraph_xml(heading), True)


def compact_table(writer: DocWriter, block: CompactTable) -> None:
    """``block.table`` as every document draws it, then its text at the block's size and,
    when tinted, its body rows on the brand's light tint."""
    docx_table.table(writer, block.table)
    table = _last_table(writer)
    if table is None:
        return
    if block.header_note:  # after the last heading, in the header's colour, not bold
        last = list(next(table.iterchildren(qn("w:tr"))).iterchildren(qn("w:tc")))[-1]
        p = last.find(qn("w:p"))
        note = DocxParagraph(p, writer.doc).add_run(f"  {block.header_note}")
        note.bold = False
    for r in table.iter(qn("w:r")):
        Run(r, writer.doc).font.size = Pt(block.size)  # type: ignore[arg-type]
    for p in table.iter(qn("w:p")):  # single-spaced, the cells' padding the only gap
        fmt = DocxParagraph(p, writer.doc).paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0
    if block.tinted:
        fill = shading_xml(writer.brand.light)
        for tr in list(table.iterchildren(qn("w:tr")))[1:]:
            for tc in tr.iterchildren(qn("w:tc")):
                _shade(tc.find(qn("w:tcPr")), fill)


def _shade(tcpr: BaseOxmlElement, fill: str) -> None:
    """``fill`` as the cell's shading, in its schema place (after the width, spans and
    borders): Word refuses a cell whose properties are out of order."""
    old = tcpr.find(qn("w:shd"))
    if old is not None:
        tcpr.remove(old)
    before = [tcpr.find(qn(f"w:{tag}")) for tag in ("tcW", "gridSpan", "vMerge", "tcBorders")]
    anchor = [each for each in before if each is not None]
    shd = parse_xml(fill.replace("<w:shd ", f"<w:shd {W} "))
    if anchor:
        anchor[-1].addnext(shd)
    else:
        tcpr.insert(0, shd)


def _last_table(writer: DocWriter) -> BaseOxmlElement | None:
    tables = writer.doc.element.body.findall(qn("w:tbl"))
    return tables[-1] if tables else None

