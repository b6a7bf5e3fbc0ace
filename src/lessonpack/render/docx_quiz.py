"""A pupil's exit quiz two questions to a row (a borderless table read across).

Each question keeps its number and its options a list lettered A, B, C restarted for the
question, as in the one-column quiz, so the answer key's letters still match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from lessonpack.plan.model import QuizGrid
from lessonpack.render.docx_xml import (
    W,
    add_run,
    cell_xml,
    keep_with_next,
    new_paragraph,
    row_xml,
    table_xml,
)

if TYPE_CHECKING:
    from lessonpack.render.docx import _DocxRenderer

PER_ROW = 2
# Indents (twips) narrower than the one-column quiz's: in half a page's width the options'
# words need the room. The question's number hangs; each option's letter hangs under it.
QUESTION_INDENT, OPTION_INDENT, HANG = 340, 700, 340
# Twips between the two questions of a row (half each side of the column line).
GUTTER = 360


def quiz_grid(renderer: _DocxRenderer, block: QuizGrid) -> None:
    intro = renderer._previous_paragraph()
    column = renderer.width.twips // PER_ROW
    rows = [block.questions[i:i + PER_ROW] for i in range(0, len(block.questions), PER_ROW)]
    # A row never splits: a question stays with its options, and its neighbour with it.
    xml = [row_xml([cell_xml(column, []) for _ in range(PER_ROW)]) for _ in rows]
    table = renderer._append_table(table_xml([column] * PER_ROW, xml,
                                             cell_margins=(40, GUTTER // 2)))
    # The first column's text lines up with the text above the quiz.
    table.find(qn("w:tblPr")).append(parse_xml(
        f'<w:tblInd {W} w:w="{-GUTTER // 2}" w:type="dxa"/>'))
    for tr, questions in zip(table.iterchildren(qn("w:tr")), rows, strict=True):
        cells = list(tr.iterchildren(qn("w:tc")))
        for tc, question in zip(cells, questions, strict=False):
            asked = new_paragraph(tc, renderer.ids["LP Question"])
            _indent(asked, QUESTION_INDENT)
            # The style keeps a question with its next paragraph; in a table Word and
            # LibreOffice read that as "keep this row with the next", which would hold the
            # whole quiz together. A row never splits anyway; rows may go to the next page.
            keep_with_next(asked, False)
            add_run(asked, f"{question.number}.\t{question.question}")
            num_id = renderer._restart_numbering("LP Option")
            for index, option in enumerate(question.options):
                p = new_paragraph(tc, renderer.ids["LP Option"])
                _indent(p, OPTION_INDENT)
                if num_id is None:  # a trainer's style without numbering: typed letters
                    add_run(p, f"{chr(65 + index)}\t{option}")
                    continue
                add_run(p, option)
                num_pr = p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
        for tc in cells[len(questions):]:  # an odd last question: the cell needs a paragraph
            new_paragraph(tc, renderer.ids["LP Option"])
    if intro is not None:
        keep_with_next(intro._p, True)  # "Ring the letter…" goes with the first questions


def _indent(p: BaseOxmlElement, left: int) -> None:
    """A hanging indent ``left`` twips in, with a tab stop where the text starts."""
    ppr = p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:tabs {W}><w:tab w:val="left" w:pos="{left}"/></w:tabs>'))
    ppr.append(parse_xml(f'<w:ind {W} w:left="{left}" w:hanging="{HANG}"/>'))
