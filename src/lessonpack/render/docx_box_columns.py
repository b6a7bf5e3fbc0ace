"""A box whose lines run in two columns under one title: a pupil sheet's "Who can help".

A Year 4 sheet's five short services in two columns take about two thirds of the height
of one, and the box fits the last side under "How did I do?" and the reflection. Drawn as a
title paragraph with the tone's rule under it, kept with a one-row table under it whose two
cells share the services, the left one carrying the box's bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from lessonpack.plan.model import Callout
from lessonpack.render import docx_box
from lessonpack.render.docx_xml import (
    W,
    border_xml,
    cell_xml,
    row_xml,
    set_paragraph_borders,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from lessonpack.render.docx_writer import DocWriter

SIDE_PAD = 255  # twips: a table-drawn box's cell margins at the sides, as in a one-column box
TITLE_RULE_GAP = 4  # points between the title's words and its rule


def split_point(lines: tuple[str, ...]) -> int:
    """Where the second column starts: the split of ``lines``, kept in order, whose two
    halves are nearest in length (the left one the longer when they cannot be equal)."""
    total = sum(map(len, lines))
    best, best_gap = 1, None
    running = 0
    for k in range(1, len(lines)):
        running += len(lines[k - 1])
        gap = abs(total - 2 * running)
        if best_gap is None or gap < best_gap or (gap == best_gap and running >= total / 2):
            best, best_gap = k, gap
    return best


def columns_box(writer: DocWriter, block: Callout, colour: str, bar: int) -> None:
    """``block`` as a shaded box, its title across the top and its lines in two columns."""
    fill = str(writer.brand.light)
    _title(writer, block, colour, bar, fill)
    # Half of the bar lies outside the cell: narrower by that much, the box ends at the
    # right margin like every other table.
    width = writer.width.twips - bar * 20 // 16
    left = width // 2
    widths = [left, width - left]
    nil = '<w:top w:val="nil"/>{}<w:bottom w:val="nil"/><w:right w:val="nil"/>'
    shaded = shading_xml(fill)
    with_bar = f"<w:tcBorders>{nil.format(border_xml('left', bar, colour))}</w:tcBorders>{shaded}"
    no_side = '<w:left w:val="nil"/>'
    without = f"<w:tcBorders>{nil.format(no_side)}</w:tcBorders>{shaded}"
    k = split_point(block.lines)
    halves = (block.lines[:k], block.lines[k:])
    text = writer.ids["LP Callout Text"]
    body = [cell_xml(widths[0], [text] * len(halves[0]), with_bar),
            cell_xml(widths[1], [text] * len(halves[1]), without)]
    # One row that cannot split. Nothing in it keeps with the next paragraph: LibreOffice
    # reads that as "keep the table with what follows", and moved a KS3 box and the quiz
    # after it onto a fifth side.
    table = writer.append_table(table_xml(widths, [row_xml(body)],
                                          cell_margins=(writer.box_pad, SIDE_PAD),
                                          caption=block.title))
    first = 0
    for cell, lines in zip(table.find(qn("w:tr")).findall(qn("w:tc")), halves, strict=True):
        for index, (p, line) in enumerate(zip(cell.findall(qn("w:p")), lines, strict=True),
                                          start=first):
            docx_box.write_line(p, line, block.bold_at(index))
        first += len(lines)


def _title(writer: DocWriter, block: Callout, colour: str, bar: int, fill: str) -> None:
    """The box's title as a shaded paragraph over the table, drawn as a paragraph-drawn
    box's title (render/docx_box) and kept with the table under it (LibreOffice keeps a
    paragraph with the table after it; a row kept with the next row it does not)."""
    title = writer.para("LP Callout Title")
    docx_box.write_line(paragraph_xml(title), block.title, False)
    ppr = paragraph_xml(title).get_or_add_pPr()
    set_paragraph_borders(ppr, [
        border_xml("left", bar, colour, docx_box.SIDE_PAD),
        border_xml("right", 4, fill, docx_box.SIDE_PAD),
        border_xml("top", 4, fill, docx_box.END_PAD),
        border_xml("bottom", 12, colour, TITLE_RULE_GAP)])
    ppr.find(qn("w:pBdr")).addnext(parse_xml(shading_xml(fill).replace("<w:shd ",
                                                                       f"<w:shd {W} ")))
    fmt = title.paragraph_format
    fmt.left_indent = Pt(bar / 8 + docx_box.SIDE_PAD)
    fmt.right_indent = Pt(docx_box.SIDE_PAD)
    fmt.space_after = Pt(0)
    fmt.keep_with_next = True
    fmt.keep_together = True
