"""A box's checklist (``Callout.checks``): a table under the box's title, a row a file: its
plain title in bold, what to change in it, and a box to tick.

Nested in the box's one cell, as a form is (docx_box_form), so the box stays one piece. The
rows are ruled apart in a light line, not boxed: the box's tint round them already shows
the list, and full borders doubled the weight of a page-one box.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from lessonpack.plan.model import CheckRow
from lessonpack.render.docx_box_form import RULE, RULE_COLOUR
from lessonpack.render.docx_xml import W, add_run, border_xml, cell_xml, row_xml, table_xml

CHECKBOX = "\u2610"  # ☐ as text: it prints, copies and is read out by screen readers
# The title column's share: "Letter home (before)" on one line at the box's size.
TITLE_SHARE = 0.27
TICK = 420  # twips: the ☐ column, a box and its margins
# Cell margins (twips): a line's own leading is the air above and below (page one has no
# line to spare), and a little at the sides.
CELL_MARGINS = (0, 70)
CAPTION = "Checklist: file, what to change, tick box"


def checks_table(rows: Sequence[CheckRow], width: int, style_id: str) -> BaseOxmlElement:
    """The checklist's table, ``width`` twips wide, its paragraphs in style ``style_id``."""
    title = int(width * TITLE_SHARE)
    widths = [title, width - title - TICK, TICK]
    rule = "<w:tcBorders>" + border_xml("bottom", RULE, RULE_COLOUR) + "</w:tcBorders>"
    made = [row_xml([cell_xml(w, [style_id], rule) for w in widths]) for _row in rows]
    table = parse_xml(table_xml(widths, made, cell_margins=CELL_MARGINS, caption=CAPTION))
    # A layout table: no header row (each row is a file, read left to right).
    look = table.find(qn("w:tblPr")).find(qn("w:tblLook"))
    look.set(qn("w:firstRow"), "0")
    look.set(qn("w:val"), "0480")
    for row, tr in zip(rows, table.iter(qn("w:tr")), strict=True):
        name, what, tick = list(tr.iter(qn("w:p")))
        for p in (name, what, tick):
            # Single-spaced, no gap: each row is a line or two, ruled apart.
            p.find(qn("w:pPr")).append(parse_xml(
                f'<w:spacing {W} w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'))
        bold = add_run(name, row.title)
        bold.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
        add_run(what, row.what)
        tick.find(qn("w:pPr")).append(parse_xml(f'<w:jc {W} w:val="center"/>'))
        add_run(tick, CHECKBOX)
    return table


def add_checks(title: BaseOxmlElement, rows: Sequence[CheckRow], width: int,
               style_id: str) -> None:
    """The checklist, ``width`` twips wide, right after the box's ``title`` paragraph."""
    if not rows:
        return
    table = checks_table(rows, width, style_id)
    title.addnext(table)
    if table.getnext() is None:
        # A cell ends with a paragraph (Word will not open one ending with a table, and
        # LibreOffice drops the box's shading): one with no height, where no line follows.
        end = parse_xml(f'<w:p {W}><w:pPr><w:pStyle w:val="{style_id}"/><w:spacing '
                        'w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr></w:p>')
        table.addnext(end)
