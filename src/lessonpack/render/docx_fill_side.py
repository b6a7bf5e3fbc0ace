"""Writing lines that take the room a side leaves, measured once the side is written.

A side of a worksheet that ends at a planned page break (KS4's side three: Part 3's answer,
then How did I do?) was left a quarter blank under its last table: the lines above it could
not know, when written, how tall what follows them would be. Here, after the body is
written, each run of lines marked ``fill_side`` is given as many more lines as the side's
estimated room holds, up to FILL_MOST_MORE more, with the same slack and a line in hand as
lines that end their side (render/docx_text._filled).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from docx.oxml.ns import qn

from lessonpack.render.docx_cards import SLACK_CM, StyleBook, paragraph_cm, text_height_cm
from lessonpack.render.docx_xml import TWIPS_PER_CM

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

    from lessonpack.render.docx_writer import DocWriter

FILL_MOST_MORE = 5  # as render/docx_text: a side's room, not a page of lines
_BREAK = f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}"


def _starts_page(element: BaseOxmlElement) -> bool:
    return element.tag == qn("w:p") and element.find(_BREAK) is not None


def _side(body: BaseOxmlElement, element: BaseOxmlElement) -> list[BaseOxmlElement]:
    """The body's paragraphs and tables on ``element``'s side: from the page break before
    it (or the body's start) to the next (or the body's end)."""
    children = [c for c in body if c.tag in (qn("w:p"), qn("w:tbl"))]
    at = children.index(element)
    start = next((i for i in range(at, -1, -1) if _starts_page(children[i])), 0)
    end = next((i for i in range(at + 1, len(children)) if _starts_page(children[i])),
               len(children))
    return children[start:end]


def _table_cm(book: StyleBook, table: BaseOxmlElement) -> float:
    """A table's height: each row's tallest cell (its paragraphs at the cell's width less
    the table's side margins) with the table's own top and bottom cell margins and a rule.
    (docx_cards' measure allows 0.4 cm a row, made for rows that must fit: on a sheet's
    tighter tables it counted two centimetres too many on side three.)"""
    margins = table.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")

    def side(name: str, default: int) -> int:
        found = margins.find(qn(f"w:{name}")) if margins is not None else None
        return int(found.get(qn("w:w"))) if found is not None else default

    pad = (side("top", 0) + side("bottom", 0)) / TWIPS_PER_CM + RULE_CM
    across = side("left", 108) + side("right", 108)
    rows: list[float] = []
    # A cell merged down over the rows under it (a starter's statement beside its Start and
    # End rows) is shared by them: counted in its first row alone, it made that row as tall
    # as the statement and the side two centimetres fuller than LibreOffice lays it.
    merged: list[tuple[int, int, float]] = []
    for n, tr in enumerate(table.findall(qn("w:tr"))):
        tallest = 0.0
        for column, tc in enumerate(tr.findall(qn("w:tc"))):
            width = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            twips = int(width.get(qn("w:w"))) - across if width is not None else 2000
            text = sum(paragraph_cm(book, p, max(200, twips)) for p in tc.findall(qn("w:p")))
            merge = _merge(tc)
            if merge == "restart":
                merged.append((n, column, text))
            elif merge is None:
                tallest = max(tallest, text)
        height = tr.find(f"{qn('w:trPr')}/{qn('w:trHeight')}")
        least = int(height.get(qn("w:val"))) / TWIPS_PER_CM if height is not None else 0.0
        rows.append(max(least, tallest + pad))
    for first, column, text in merged:  # the last merged row grows if the cell needs it
        last = _merge_end(table, first, column)
        short = text + pad - sum(rows[first:last + 1])
        if short > 0:
            rows[last] += short
    return sum(rows)


def _merge(tc: BaseOxmlElement) -> str | None:
    """"restart" for a cell that starts a vertical merge, "continue" for one merged into the
    cell above, None for a cell of its own."""
    found = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    if found is None:
        return None
    return "restart" if found.get(qn("w:val")) == "restart" else "continue"


def _merge_end(table: BaseOxmlElement, first: int, column: int) -> int:
    """The last row a merge started in row ``first``, cell ``column``, runs down to."""
    rows = table.findall(qn("w:tr"))
    last = first
    for n in range(first + 1, len(rows)):
        cells = rows[n].findall(qn("w:tc"))
        if len(cells) <= column or _merge(cells[column]) != "continue":
            break
        last = n
    return last


RULE_CM = 0.03  # a row's rule


def fill_sides(writer: DocWriter, runs: list[BaseOxmlElement]) -> None:
    """Each run (the last of its ruled lines) given the lines its side has room for."""
    book = StyleBook(writer)
    body = writer.doc.element.body
    height = text_height_cm(writer)
    for last in runs:
        top = last
        while top.getparent() is not body:
            top = top.getparent()
        used = sum(_table_cm(book, e) if e.tag == qn("w:tbl")
                   else paragraph_cm(book, e, writer.width.twips) for e in _side(body, top))
        line_cm = paragraph_cm(book, last, writer.width.twips)
        # The slack room_cm keeps, and a line in hand (the estimate ran a line long under
        # a story box): never a line that pushes the side's last table overleaf.
        spare = height - used - SLACK_CM - line_cm
        more = max(0, min(FILL_MOST_MORE, int(spare // line_cm))) if line_cm > 0 else 0
        for _ in range(more):  # a copy of the last line: its style, in its cell
            last.addnext(copy.deepcopy(last))
