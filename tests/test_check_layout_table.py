"""`lessonpack check`'s header-row rule (LPC105) and layout tables: a table marked as
layout the way Word marks one (Table Normal, header-row look off) needs no header row; a
data table still does, whether it has a table style or was left in Table Normal."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from lessonpack.check import Options, check_file


def _table(document: docx.document.Document, style: str | None, header_look: bool) -> None:
    """A 2 x 2 table of labels and answers, in ``style`` (None: Table Normal), its
    header-row look on or off, no row marked as the header."""
    table = document.add_table(rows=2, cols=2)
    if style:
        table.style = document.styles[style]
    for row, label in zip(table.rows, ("Parking", "Contact"), strict=True):
        row.cells[0].text = label
    look = table._tbl.tblPr.find(qn("w:tblLook"))  # python-docx's template writes one
    look.set(qn("w:val"), "04A0" if header_look else "0480")
    look.set(qn("w:firstRow"), "1" if header_look else "0")
    document.add_paragraph("After the table.")


def _codes(tmp_path: Path, style: str | None, header_look: bool) -> list[str]:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    _table(document, style, header_look)
    path = tmp_path / "table.docx"
    document.save(str(path))
    return [f.code for f in check_file(path, Options()) if f.code == "LPC105"]


def test_a_table_marked_as_layout_needs_no_header_row(tmp_path: Path) -> None:
    assert _codes(tmp_path, None, header_look=False) == []


def test_a_data_table_left_in_table_normal_still_needs_one(tmp_path: Path) -> None:
    assert _codes(tmp_path, None, header_look=True) == ["LPC105"]


def test_a_styled_table_with_its_header_look_off_still_needs_one(tmp_path: Path) -> None:
    # A table style of its own says the table is drawn as data (Word asks it for a header).
    assert _codes(tmp_path, "Table Grid", header_look=False) == ["LPC105"]
