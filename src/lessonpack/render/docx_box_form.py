"""A box's form (``Callout.form``): a table under the box's title, a label and its answer
cell a pair, one pair or more to a row.

Drawn as the pack's data tables are: every cell ruled, the labels on a tinted column (the
tables' banding tint), the answer cells white and tall enough for a hand, each pair the
same widths. Labels bare on the box's tint beside ruled answer cells, and pairs of unequal
widths, read as a form half made beside the finished table under it. The table is nested
in the box's one cell, so the box stays one piece that cannot split.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from lessonpack.plan.model import FormRow
from lessonpack.render.docx_xml import (
    W,
    add_run,
    border_xml,
    cell_xml,
    row_xml,
    shading_xml,
    table_xml,
)

# The label column's share of a pair's width: "Meets Year 4 teacher" on one line, the
# answer cell wide enough for a time and another written beside it.
LABEL_SHARE = 0.5
# A row to write in: 6.3 mm, room for a hand between the cell's rules.
WRITE_ROW = 360  # twips
# Cell margins (twips): a little air above and below (a label's two lines kept off the
# rules), and at the sides.
CELL_MARGINS = (20, 70)
# The form's alt-text title: a label beside each answer, read left to right, no column
# heads.
CAPTION = "Form: label, then answer"
RULE = 4  # eighths of a point: every cell's thin rule
RULE_COLOUR = "8C8C8C"  # mid grey: seen on the tint and in greyscale, lighter than text


def form_table(rows: Sequence[FormRow], width: int, style_id: str,
               across: int = 1, tint: str = "FFFFFF") -> BaseOxmlElement:
    """The form's table, ``width`` twips wide, its paragraphs in style ``style_id``,
    ``across`` pairs of label | answer to a row (the rows in order, left to right), each
    label on ``tint`` (hex)."""
    pair = width // across
    label = int(pair * LABEL_SHARE)
    widths = [label, pair - label] * across
    lines = [tuple(rows[i:i + across]) for i in range(0, len(rows), across)]
    made = [_row_xml(line, across, label, pair - label, style_id, tint) for line in lines]
    table = parse_xml(table_xml(widths, made, cell_margins=CELL_MARGINS, caption=CAPTION))
    # A layout table as Word marks one: Table Normal (no table style) and no header row in
    # its look. Its first row is a label and an answer like the rest, and column heads
    # ("Label | Answer") would only be read out before every row.
    look = table.find(qn("w:tblPr")).find(qn("w:tblLook"))
    look.set(qn("w:firstRow"), "0")
    look.set(qn("w:val"), "0480")  # the older bit mask, its header-row bit (0x20) off too
    for line, tr in zip(lines, table.iter(qn("w:tr")), strict=True):
        paragraphs = list(tr.iter(qn("w:p")))
        for p in paragraphs:
            _tight(p)
        # Each pair's label and answer, two cells a pair.
        for index, row in enumerate(line):
            at = index * 2
            add_run(paragraphs[at], row.label)
            if row.given:
                add_run(paragraphs[at + 1], row.given)
    return table


def _row_xml(line: Sequence[FormRow], across: int, label: int, answer: int,
             style_id: str, tint: str) -> str:
    """One row of the table: ``across`` pairs of a label cell ``label`` twips wide on
    ``tint`` and its answer cell, white where it is written in; a pair with no row left is
    two ruled cells on the tint, the grid kept whole."""
    rules = "<w:tcBorders>" + "".join(border_xml(side, RULE, RULE_COLOUR)
                                      for side in ("top", "left", "bottom", "right")) + \
        "</w:tcBorders>"
    centred = '<w:vAlign w:val="center"/>'
    cells = []
    for index in range(across):
        row = line[index] if index < len(line) else None
        fill = "FFFFFF" if row is not None and row.write else tint
        cells += [cell_xml(label, [style_id], rules + shading_xml(tint) + centred),
                  cell_xml(answer, [style_id], rules + shading_xml(fill) + centred)]
    return row_xml(cells, min_height=WRITE_ROW if any(r.write for r in line) else 0)


def _tight(p: BaseOxmlElement) -> None:
    """No space after the cell's paragraph: the row's height is the cell's, not the style's
    gap under a line of the box."""
    p.find(qn("w:pPr")).append(parse_xml(f'<w:spacing {W} w:before="0" w:after="0"/>'))


def add_form(title: BaseOxmlElement, rows: Sequence[FormRow], width: int,
             style_id: str, across: int = 1, tint: str = "FFFFFF") -> None:
    """The form, ``width`` twips wide, after the box's ``title`` paragraph, its labels on
    ``tint``."""
    if rows:
        title.addnext(form_table(rows, width, style_id, across, tint))
