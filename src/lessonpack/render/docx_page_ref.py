"""The page a document's "Last page" mark lands on, said on page one as a number.

Page one's line of what to print gives the mark's page as a PAGEREF field to a hidden
bookmark round the mark (Word hides names that begin with "_"). LibreOffice works the field
out as it lays the pages, and does not read the stored value; Word shows the stored value
until it updates fields, and that is "…", with the words after the field naming the mark:
so the line never names a wrong page. (A page estimate stored as the value was a page out
in eight of fifteen plans and notes as LibreOffice laid them.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from lessonpack.render.docx_bookmark_ids import LAST_PAGE_ID as _ID
from lessonpack.render.docx_xml import W

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

BOOKMARK = "_LpLastPage"
STORED = "\u2026"  # what Word shows until it updates the field


def mark_here(p: BaseOxmlElement, run: BaseOxmlElement | None = None) -> None:
    """Bookmark ``run`` (the mark's words) in paragraph ``p``, or the whole paragraph."""
    start = parse_xml(f'<w:bookmarkStart {W} w:id="{_ID}" w:name="{BOOKMARK}"/>')
    if run is not None:
        run.addprevious(start)
    else:
        ppr = p.find(qn("w:pPr"))
        p.insert(list(p).index(ppr) + 1 if ppr is not None else 0, start)
    p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="{_ID}"/>'))


def page_field(p: BaseOxmlElement) -> None:
    """Append to ``p`` a field showing the page of the mark (``mark_here``)."""
    for run in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> PAGEREF {BOOKMARK} \\h '
                "</w:instrText></w:r>",
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f"<w:r {W}><w:t>{STORED}</w:t></w:r>",
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        p.append(parse_xml(run))
