"""What a document-block handler may use: the ``DocWriter`` protocol.

A handler is a function ``(writer: DocWriter, block: TheBlock) -> None`` in the
render/docx_*.py module of its family, listed once in render/docx_blocks.py. It writes at
the end of the document body through the members below and nothing else: the renderer
behind them (render/docx.py's DocxRenderer, checked against this protocol by mypy in
tests/test_types.py) may change its inside freely. docs/contributing.md ("A document block")
walks through adding one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.shared import Twips
    from docx.styles.style import ParagraphStyle
    from docx.text.paragraph import Paragraph as DocxParagraph

    from lessonpack.content.brand import Brand
    from lessonpack.plan.model import DocPlan


class DocWriter(Protocol):
    """The document being written, as a block handler sees it."""

    doc: Document  # the python-docx document (its body, parts and sections)
    plan: DocPlan  # the whole plan: its kind ("worksheet", "letter"…), meta and blocks
    brand: Brand
    # "LP …" style name -> its style id in this template (a trainer's ids differ from ours).
    ids: dict[str, str]
    styles: dict[str, ParagraphStyle]  # "LP …" paragraph style name -> the style
    table_style_id: str  # the template's "LP Table" style id
    width: Twips  # the text width between the margins
    cell_pad: int  # twips above and below the text in a table cell
    box_pad: int  # twips above and below the text in a box
    break_pending: bool  # a page break waits for whatever is written next
    # The first paragraph of what is set at the page's foot (a letter's reply slip), if any.
    foot_from: BaseOxmlElement | None
    # The last line of each run of writing lines that takes its side's room once the side
    # is written (render/docx_fill_side).
    fill_runs: list[BaseOxmlElement]

    @property
    def logo(self) -> Path | None:
        """The logo this document may show (a visiting trainer's never on a school's
        letter or handout)."""
        ...

    def shape_id(self) -> int:
        """A drawing id not used elsewhere in the document."""
        ...

    def para(self, style: str, text: str = "") -> DocxParagraph:
        """A new paragraph at the end of the body, in the "LP …" style named, holding
        ``text``; it starts a new page when a page break is pending."""
        ...

    def append_table(self, xml: str) -> BaseOxmlElement:
        """The table ``xml`` (render/docx_xml.table_xml) added at the end of the body, with
        a spacer paragraph after it (Word would merge two tables that touch)."""
        ...

    def fill_cells(self, table: BaseOxmlElement, rows: list[list[str]]) -> None:
        """Text into the first paragraph of each cell, row by row (short rows: blanks)."""
        ...

    def previous_paragraph(self) -> DocxParagraph | None:
        """The last paragraph written, when the body ends with one (not a table)."""
        ...

    def restart_numbering(self, style: str = "LP Number") -> int | None:
        """A new list instance counting from 1 (or A) on ``style``'s numbering; None when
        the template's style has none (then write the numbers as text)."""
        ...


B = TypeVar("B")
Handler = Callable[[DocWriter, Any], None]


def handles(block: type[B], handler: Callable[[DocWriter, B], None]
            ) -> tuple[type, Handler]:
    """One entry of the handler table. Typed so that mypy refuses a handler that does not
    take a DocWriter and this very block type (a typo in a signature fails tests/test_types.py,
    not a user's build)."""
    return block, handler
