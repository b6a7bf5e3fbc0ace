"""A box's lines as numbered steps: "1." hanging in the margin, the lead words in bold, and
a little space between steps, so each action is found at a glance (the disclosure steps
are read with a child waiting)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.plan.step_leads import step_lead
from lessonpack.render.docx_xml import W, add_run
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

HANG = 16  # points: room for "10." at 12 pt, the step's lines aligned after it
STEP_GAP = 4  # points above each step after the first


def write_step(paragraph: DocxParagraph, number: int, text: str, indent: float = 0) -> None:
    """``text`` as step ``number`` in ``paragraph``, whose text starts ``indent`` points
    in: the number and lead words bold, the lines after the first under the text."""
    p = paragraph_xml(paragraph)
    lead = step_lead(text)
    _bold(p, f"{number}.\t{lead}")
    if rest := text[len(lead):]:
        add_run(p, rest)
    fmt = paragraph.paragraph_format
    fmt.left_indent = Pt(indent + HANG)
    fmt.first_line_indent = Pt(-HANG)
    fmt.tab_stops.add_tab_stop(Pt(indent + HANG))
    if number > 1:
        fmt.space_before = Pt(STEP_GAP)


def _bold(p: BaseOxmlElement, text: str) -> None:
    run = add_run(p, text)
    run.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
