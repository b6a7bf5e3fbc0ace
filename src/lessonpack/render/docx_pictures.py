"""Word blocks for children who cannot yet read: traffic-light cards, a hand, faces.

Functions take the document renderer (``render.docx._DocxRenderer``) and one plan block;
the shapes themselves are drawn by ``docx_shapes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.plan.model import CircleChoice, HandOutline, SmileyScale
from lessonpack.render.docx_shapes import SMILES, circle_run, hand_run, smiley_run
from lessonpack.render.docx_xml import (
    TWIPS_PER_CM,
    add_run,
    cell_xml,
    distribute,
    keep_with_next,
    row_xml,
    shading_xml,
    table_xml,
)

if TYPE_CHECKING:
    from lessonpack.render.docx import _DocxRenderer

CIRCLE_CM = 0.95
CARD_ROW_CM = 1.2
FACE_CM = 1.8
_MIDDLE = '<w:vAlign w:val="center"/>'


def _centre(renderer: _DocxRenderer, p: object) -> DocxParagraph:
    paragraph = DocxParagraph(p, renderer.doc)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def circle_choice(renderer: _DocxRenderer, block: CircleChoice) -> None:
    """A table of cards, each row with one circle per choice (green, amber, red) to tick."""
    columns = 1 + len(block.choices)
    widths = distribute(renderer.width.twips, (3.4, *(1.1 for _ in block.choices)), columns)
    header_fill = shading_xml(renderer.brand.secondary)
    ids = renderer.ids
    rows = [row_xml([cell_xml(w, [ids["LP Table Header"]], header_fill + _MIDDLE)
                     for w in widths], header=True)]
    body = [cell_xml(w, [ids["LP Table Text"]], _MIDDLE) for w in widths]
    height = round(CARD_ROW_CM * TWIPS_PER_CM)
    rows += [row_xml(body, min_height=height)] * len(block.cards)
    intro = renderer._previous_paragraph()
    table = renderer._append_table(table_xml(widths, rows, renderer.table_style_id))
    if intro is not None:
        keep_with_next(intro._p, True)
    trs = list(table.iterchildren(qn("w:tr")))
    for tc, text in zip(trs[0].iterchildren(qn("w:tc")),
                        ("Card", *(label for label, _ in block.choices)), strict=True):
        add_run(tc.find(qn("w:p")), text)
    for tr, card in zip(trs[1:], block.cards, strict=True):
        cells = list(tr.iterchildren(qn("w:tc")))
        add_run(cells[0].find(qn("w:p")), card)
        for tc, (label, colour) in zip(cells[1:], block.choices, strict=True):
            p = tc.find(qn("w:p"))
            _centre(renderer, p)
            p.append(parse_xml(circle_run(renderer.shape_id(), CIRCLE_CM, colour,
                                          f"{label} circle to tick for: {card}")))
    for tc in trs[0].iterchildren(qn("w:tc")):
        _centre(renderer, tc.find(qn("w:p")))


def hand_outline(renderer: _DocxRenderer, block: HandOutline) -> None:
    """The caption, then a life-size hand centred under it, kept together."""
    caption = renderer._para("LP Lead", block.caption)
    keep_with_next(caption._p, True)
    hand = renderer._para("LP Body")
    hand.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hand._p.append(parse_xml(hand_run(
        renderer.shape_id(), block.lines * 0.72,
        "An outline of a hand with four fingers and a thumb, to draw or write a trusted "
        "grown-up on each finger")))


def smiley_scale(renderer: _DocxRenderer, block: SmileyScale) -> None:
    """The "I can" statement, then three faces in a row with their words under them."""
    statement = renderer._para("LP Body", block.statement)
    keep_with_next(statement._p, True)
    widths = distribute(renderer.width.twips, (), 3)
    ids = renderer.ids
    cells = [cell_xml(w, [ids["LP Table Text"], ids["LP Table Text"]]) for w in widths]
    table = renderer._append_table(table_xml(widths, [row_xml(cells)]))
    for tc, label, smile in zip(table.iter(qn("w:tc")), block.labels, SMILES, strict=True):
        face, words = tc.findall(qn("w:p"))
        _centre(renderer, face)
        face.append(parse_xml(smiley_run(renderer.shape_id(), FACE_CM, smile,
                                         f"A face to colour for: {label}")))
        _centre(renderer, words)
        add_run(words, label)
