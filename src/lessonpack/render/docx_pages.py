"""How many pages a document's body fills so far: an estimate from its paragraphs' styles
and its tables' rows (render/docx_cards measures each), laid out as Word does in outline:
a page break starts a page, a paragraph runs on over a page's foot unless its lines are kept
together, a table row that cannot split moves whole to the next page under its repeated
header row, and one that can runs on under it.

Used where a document names one of its own pages before it is laid out (the lesson plan's
"To teach, print pages 1–N"): the number is a field Word and LibreOffice update, and this
estimate is what it shows until they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml.ns import qn

from lessonpack.render.docx_cards import StyleBook, paragraph_cm, text_height_cm

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

    from lessonpack.render.docx_writer import DocWriter

CELL_PAD_CM = 0.4  # a row's top and bottom cell margins and borders, as docx_cards counts
# docx_cards' measure is made for rows that must fit (it errs long), and is used whole: the
# stored number is what Word shows until it updates the field, and one page too many costs
# a sheet where one too few leaves the lesson's last steps unprinted
# (tests/test_page_layout.py: never under the page LibreOffice ends the steps on).
FIT = 1.0


class _Pages:
    def __init__(self, height: float) -> None:
        self.height, self.page, self.used = height, 1, 0.0

    def new_page(self) -> None:
        if self.used > 0:
            self.page, self.used = self.page + 1, 0.0

    def flow(self, cm: float, repeat: float = 0.0) -> None:
        """Text that may run on over the page's foot (under a repeated header row
        ``repeat`` high)."""
        self.used += cm
        while self.used > self.height:
            self.page, self.used = self.page + 1, self.used - self.height + repeat

    def whole(self, cm: float, repeat: float = 0.0) -> None:
        """A block that moves whole to the next page when it does not fit (under a
        repeated header row ``repeat`` high)."""
        if self.used + cm > self.height and self.used > 0:
            self.page, self.used = self.page + 1, repeat
        self.used += cm


# Names looked for in every paragraph of every row, made once (qn is no dictionary look-up).
_IND, _SIDES = f"{qn('w:pPr')}/{qn('w:ind')}", (qn("w:left"), qn("w:right"))
_TC, _TC_W, _W, _P = qn("w:tc"), f"{qn('w:tcPr')}/{qn('w:tcW')}", qn("w:w"), qn("w:p")


def _indent(p: BaseOxmlElement) -> int:
    """The paragraph's own left and right indents, in twips (a spoken panel's)."""
    ind = p.find(_IND)
    if ind is None:
        return 0
    return sum(int(ind.get(side, "0")) for side in _SIDES)


def _row_cm(book: StyleBook, tr: BaseOxmlElement) -> float:
    tallest = 0.0
    for tc in tr.findall(_TC):
        width = tc.find(_TC_W)
        twips = int(width.get(_W)) - 340 if width is not None else 2000
        tallest = max(tallest, sum(paragraph_cm(book, p, max(200, twips - _indent(p)))
                                   for p in tc.findall(_P)))
    return tallest * FIT + CELL_PAD_CM


def pages_so_far(writer: DocWriter) -> int:
    """The page the document's body ends on, as estimated."""
    book = StyleBook(writer)
    pages = _Pages(text_height_cm(writer))
    for element in writer.doc.element.body:
        if element.tag == qn("w:tbl"):
            rows = [(tr, _row_cm(book, tr)) for tr in element.findall(qn("w:tr"))]
            header = sum(cm for tr, cm in rows
                         if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None)
            for tr, cm in rows:
                if tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None:
                    pages.whole(cm, header)
                else:  # a row that may break runs on under the header repeated overleaf
                    pages.flow(cm, header)
        elif element.tag == qn("w:p"):
            ppr = element.find(qn("w:pPr"))
            if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
                pages.new_page()
            cm = paragraph_cm(book, element, writer.width.twips) * FIT
            kept = ppr is not None and ppr.find(qn("w:keepLines")) is not None
            if kept:
                pages.whole(cm)
            else:
                pages.flow(cm)
    return pages.page
