"""Text of a built document as a reader sees it printed: one reader for every test.

The documents hold a phone number's digit groups with no-break spaces ("0800 1111" never
splits over two lines or pages: render/docx_xml.hold_phone_numbers), and names and list dots
on slides the same way. A reader sees a space; so does every test that looks for a number
or a phrase, through ``printed``.
"""

from __future__ import annotations

from typing import Any

NBSP = "\u00a0"


def printed(text: str) -> str:
    """``text`` with its no-break spaces read as spaces."""
    return text.replace(NBSP, " ")


def document_text(document: Any) -> str:
    """A python-docx document's paragraphs, then its tables' cells, one a line, printed."""
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows
              for cell in row.cells]
    return printed("\n".join(parts))
