"""The page a document's "Print to here" mark lands on, said in the footer as a number.

The footer gives the mark's page as a PAGEREF field to a hidden bookmark round the mark
(Word hides names that begin with "_"): "To teach: 1–5". In the body, Word shows a
field's stored value until someone updates fields (F9, or a prompt on opening), and no
stored value can be right: a page estimate was a page out in eight of fifteen plans and
notes. Word works out the fields in headers and footers each time it lays the pages out,
as it does the footer's PAGE and NUMPAGES, and so does LibreOffice: there the number is
the mark's page in both. Page one's line of what to print names the mark and says the
footer has its number. The build stores the laid-out number as the field's value where
LibreOffice can lay the document out (build/print_pages.py): a viewer that shows stored
values showed "…".
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


def footer_words(p: BaseOxmlElement, label: str) -> None:
    """Append to footer paragraph ``p`` "``label``: 1–N · ", N the mark's page (short: with
    a long organisation's name "pages" wrapped the footer)."""
    words = f"{label}: 1\u2013"
    p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{words}</w:t></w:r>'))
    page_field(p)
    p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> \u00b7 </w:t></w:r>'))


def page_field(p: BaseOxmlElement) -> None:
    """Append to ``p`` a field showing the page of the mark (``mark_here``)."""
    for run in (f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {W}><w:instrText xml:space="preserve"> PAGEREF {BOOKMARK} \\h '
                "</w:instrText></w:r>",
                f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f"<w:r {W}><w:t>{STORED}</w:t></w:r>",
                f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        p.append(parse_xml(run))
