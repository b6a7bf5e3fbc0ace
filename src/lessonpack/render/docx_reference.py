"""Reference matter (a document's sources) set smaller than its body, and marked so.

A plan's sources are read only to check a fact, never in the lesson: at the body's 12 pt,
fifteen to thirty of them took two thirds of a page and ended four plans and a set of
notes on a last page a quarter full. They are set at ``REFERENCE_PT`` inside a hidden
bookmark (``check.docx_reference.BOOKMARK``: Word hides names that begin with "_"), which
`check` reads as the one place a document's text may sit under its minimum size, by its
margin there and no more.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.check.docx_reference import BOOKMARK
from lessonpack.render.docx_bookmark_ids import REFERENCE_ID as _ID
from lessonpack.render.docx_xml import W
from lessonpack.render.ooxml.docx import paragraph_xml

# 9 pt: at 10, a KS1 plan's nine sources and a KS4 plan's last twenty-two each took a last
# page of their own, a third used.
REFERENCE_PT = 9


def as_reference(paragraphs: list[DocxParagraph], size: float = 0.0) -> None:
    """Set ``paragraphs`` (a list, in order) at ``size`` points (0: REFERENCE_PT; more where
    the document has room), number or bullet too, and bookmark them as one range."""
    if not paragraphs:
        return
    size = size or REFERENCE_PT
    for paragraph in paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
        # The paragraph mark's size sizes the list's number and the empty line's height.
        ppr = paragraph_xml(paragraph).get_or_add_pPr()
        mark = ppr.find(qn("w:rPr"))
        if mark is None:  # the mark's properties come last in w:pPr
            mark = parse_xml(f"<w:rPr {W}/>")
            ppr.append(mark)
        for tag in ("w:sz", "w:szCs"):
            for old in mark.findall(qn(tag)):
                mark.remove(old)
            mark.append(parse_xml(f'<{tag} {W} w:val="{round(size * 2)}"/>'))
    first, last = paragraph_xml(paragraphs[0]), paragraph_xml(paragraphs[-1])
    ppr = first.pPr
    at = list(first).index(ppr) + 1 if ppr is not None else 0
    first.insert(at, parse_xml(f'<w:bookmarkStart {W} w:id="{_ID}" w:name="{BOOKMARK}"/>'))
    last.append(parse_xml(f'<w:bookmarkEnd {W} w:id="{_ID}"/>'))
