"""The box that ends a document, drawn with paragraph borders and shading, not a table.

Word and LibreOffice both need a paragraph after a table at the end of a document. After a
box that ends a page exactly, that paragraph (however small) spills onto a page of its own:
a blank last sheet. Drawn as shaded paragraphs with a bar down the left, the final box *is*
the document's last paragraph, so nothing can follow it onto a new page. It looks like the
table-drawn boxes: the same styles, bar, tint and padding, and stays on one page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from lessonpack.plan.model import Callout
from lessonpack.render import docx_box_steps
from lessonpack.render.docx_xml import (
    W,
    add_run,
    border_xml,
    keep_lines,
    keep_with_next,
    set_paragraph_borders,
    shading_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.paragraph import Paragraph as DocxParagraph

    from lessonpack.render.docx_writer import DocWriter

# Padding inside the box, in points: the same as the table-drawn boxes' cell margins
# (255 twips at the sides, 142 above and below).
SIDE_PAD = 12
END_PAD = 7
BOX_SPACE_AFTER = 240  # twips: the 12 pt spacer paragraph after a table
TITLE_GAP = 4  # points between the title's rule and the first line


def write_line(p: BaseOxmlElement, text: str, bold_lead: bool) -> None:
    """A box's line; with ``bold_lead``, its words up to the first ": " in bold."""
    lead, sep, rest = text.partition(": ") if bold_lead else ("", "", text)
    if sep:
        styled = add_run(p, f"{lead}:")
        styled.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
        add_run(p, f" {rest}")
    else:
        add_run(p, text)


def write_entry(paragraph: DocxParagraph, block: Callout, index: int, text: str,
                bold_lead: bool, indent: float = 0) -> None:
    """Line ``index`` of ``block`` (0: its title) into ``paragraph``: a numbered step when
    the box's lines are steps (``indent``: points from the margin its text starts at)."""
    if block.numbered and 0 < index <= len(block.lines):
        docx_box_steps.write_step(paragraph, index, text, indent)
    else:
        write_line(paragraph_xml(paragraph), text, bold_lead)


def paragraph_box(renderer: DocWriter, block: Callout, colour: str, bar: int) -> None:
    """``block`` as a shaded group of paragraphs: a ``bar`` (eighths of a point) in
    ``colour`` down the left, a rule under the title; the box stays on one page."""
    fill = str(renderer.brand.light)
    # A border in the tint's own colour is padding that the shading fills.
    pad = [border_xml("left", bar, colour, SIDE_PAD),
           border_xml("right", 4, fill, SIDE_PAD)]
    label, ask = block.ask
    # A story's "Talk with a partner:" question is its last line, its label in bold.
    texts = (block.title, *block.lines, *((f"{label.rstrip(':')}: {ask}",) if ask else ()))
    made = []
    for index, text in enumerate(texts):
        style = "LP Callout Title" if index == 0 else "LP Callout Text"
        paragraph = renderer.para(style)
        ppr = paragraph_xml(paragraph).get_or_add_pPr()
        # The lines share one set of borders, so Word and LibreOffice draw them as one box
        # (top and bottom padding round the group, the bar unbroken); the title is a box
        # of its own above, with the rule under it, and the lines' box starts right under
        # that rule (no paragraph spacing between: a white strip there split the box in two).
        # The rule under the title: the tone's colour, or (info) the title style's own.
        rule = border_xml("bottom", 12, colour if block.tone != "info"
                          else str(renderer.brand.primary), 4)
        # The text's top padding under the title's rule is its gap from the rule: as
        # paragraph spacing it printed as a white strip between title and text.
        ends = [border_xml("top", 4, fill, END_PAD if index == 0 else TITLE_GAP),
                rule if index == 0 else border_xml("bottom", 4, fill, END_PAD)]
        set_paragraph_borders(ppr, pad + ends)
        ppr.find(qn("w:pBdr")).addnext(
            parse_xml(shading_xml(fill).replace("<w:shd ", f"<w:shd {W} ")))
        fmt = paragraph.paragraph_format
        # Text sits inside the bar and padding, the box's right edge at the margin.
        fmt.left_indent = Pt(bar / 8 + SIDE_PAD)
        fmt.right_indent = Pt(SIDE_PAD)
        # Written after the indents: a numbered step hangs from the text's own indent.
        write_entry(paragraph, block, index, text, index > 0 and (
            index > len(block.lines) or block.bold_at(index - 1)), bar / 8 + SIDE_PAD)
        if index == 0:
            fmt.space_after = Pt(0)  # the box runs on under the title's rule, no gap
        elif index == 1:
            fmt.space_before = Pt(0)
        made.append(paragraph)
    for paragraph in made:  # the box stays on one page (with what follows: keep_next)
        keep_with_next(paragraph_xml(paragraph), paragraph is not made[-1] or block.keep_next)
        keep_lines(paragraph_xml(paragraph))
    # The space under the box, as under a table-drawn one (its spacer paragraph).
    made[-1].paragraph_format.space_after = Twips(0 if block is renderer.plan.blocks[-1]
                                                  else BOX_SPACE_AFTER)

