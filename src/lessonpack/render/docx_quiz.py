"""A pupil's exit quiz two questions to a row, read across (borderless one-row tables).

Each question keeps its number and its options a list lettered A, B, C restarted for the
question, as in the one-column quiz, so the answer key's letters still match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.parfmt import ParagraphFormat

from lessonpack.content.parts import option_letter
from lessonpack.plan.model import MultipleChoice, QuizGrid
from lessonpack.render.docx_xml import (
    W,
    add_run,
    cell_xml,
    keep_with_next,
    new_paragraph,
    row_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from lessonpack.render.docx_writer import DocWriter

PER_ROW = 2
# Indents (twips) narrower than the one-column quiz's: in half a page's width the options'
# words need the room. The question's number hangs; each option's letter hangs under it.
QUESTION_INDENT, OPTION_INDENT, HANG = 340, 700, 340
# Twips between the two questions of a row (half each side of the column line).
GUTTER = 360
ROW_GAP_PT = 1  # the paragraph between two rows' tables (exact height)


def quiz_grid(renderer: DocWriter, block: QuizGrid) -> None:
    intro = renderer.previous_paragraph()
    column = renderer.width.twips // PER_ROW
    # Each pair of questions is its own one-row table: a layout box, not a data table (no
    # header row to read out), that never splits. Every pair but the last keeps with the
    # next (its paragraphs and the spacer under it), so the quiz is on one page: a quiz
    # split over a page turn is answered half-way.
    for start in range(0, len(block.questions), PER_ROW):
        questions = block.questions[start:start + PER_ROW]
        row = row_xml([cell_xml(column, []) for _ in range(PER_ROW)])
        # The intro across both columns, above the first pair (kept with it): the grid's
        # header row, which a screen reader announces before the questions under it.
        lead = [row_xml([cell_xml(column * PER_ROW, [renderer.ids["LP Body"]],
                                  f'<w:gridSpan w:val="{PER_ROW}"/>')], header=True)] \
            if block.intro and start == 0 else []
        table = renderer.append_table(table_xml([column] * PER_ROW, [*lead, row],
                                                 cell_margins=(40, GUTTER // 2)))
        if lead:
            said = next(table.iter(qn("w:p")))
            add_run(said, block.intro)
            keep_with_next(said, True)
        # The first column's text lines up with the text above the quiz.
        table.find(qn("w:tblPr")).append(parse_xml(
            f'<w:tblInd {W} w:w="{-GUTTER // 2}" w:type="dxa"/>'))
        cells = list(table.iter(qn("w:tc")))[1 if lead else 0:]
        for tc, question in zip(cells, questions, strict=False):
            _question(renderer, tc, question)
        for tc in cells[len(questions):]:  # an odd last question: the cell needs a paragraph
            new_paragraph(tc, renderer.ids["LP Option"])
        if start + PER_ROW < len(block.questions):
            for p in table.iter(qn("w:p")):
                keep_with_next(p, True)
            spacer = renderer.previous_paragraph()
            if spacer is not None:
                keep_with_next(paragraph_xml(spacer), True)
                # Only there to keep the tables apart (Word merges two that touch): the
                # question's own space above parts the rows, and a row's height of gap
                # pushed a Year 4 sheet's reflection onto a fifth side.
                spacer.paragraph_format.line_spacing = Pt(ROW_GAP_PT)
    if intro is not None:  # "Ring the letter…" goes with the first questions
        keep_with_next(paragraph_xml(intro), True)


def _question(renderer: DocWriter, tc: BaseOxmlElement, question: MultipleChoice) -> None:
    asked = new_paragraph(tc, renderer.ids["LP Question"])
    _indent(asked, QUESTION_INDENT)
    # The style keeps a question with its next paragraph; in a table Word and LibreOffice
    # read that as "keep this row with the next" (the row is kept whole anyway).
    keep_with_next(asked, False)
    add_run(asked, f"{question.number}.\t{question.question}")
    asked_format = DocxParagraph(asked, renderer.doc).paragraph_format
    asked_format.space_after = Pt(OPTION_AFTER_PT)
    num_id = renderer.restart_numbering("LP Option")
    for index, option in enumerate(question.options):
        p = new_paragraph(tc, renderer.ids["LP Option"])
        _indent(p, OPTION_INDENT)
        # Not kept with the next either (the style's keep would tie this row to the next
        # pair of questions, and those to the heading after the quiz, moving the lot).
        keep_with_next(p, False)
        if num_id is None:  # a trainer's style without numbering: typed letters
            add_run(p, f"{option_letter(index)}\t{option}")
            _tight(p)
            continue
        add_run(p, option)
        _tight(p)
        num_pr = p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id


def _indent(p: BaseOxmlElement, left: int) -> None:
    """A hanging indent ``left`` twips in, with a tab stop where the text starts."""
    ppr = p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:tabs {W}><w:tab w:val="left" w:pos="{left}"/></w:tabs>'))
    ppr.append(parse_xml(f'<w:ind {W} w:left="{left}" w:hanging="{HANG}"/>'))


# Points after each option and after the question, single-spaced: in half a page's width
# the options wrap, and at the style's 1.15 lines and 4 pt a Year 4 quiz took half a side
# (its reflection went onto a fifth). Each option still starts on its own lettered line.
OPTION_AFTER_PT = 3


def _tight(p: BaseOxmlElement) -> None:
    fmt = ParagraphFormat(p)
    fmt.space_after = Pt(OPTION_AFTER_PT)
    fmt.line_spacing = 1.0
