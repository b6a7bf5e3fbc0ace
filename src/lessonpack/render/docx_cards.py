"""Cards to cut out as one grid per page: one dashed line between neighbours, rows that fill it.

Each card used to be (or sit in a row that was) a table of its own with a dashed frame, so two
neighbouring cards printed two dashed lines about 2 mm apart: double cutting and slivers of
paper for a teacher with scissors. Here a page's cards are the cells of
one table with no cell spacing, every cell framed by the same dashed border: where two cells
meet Word and LibreOffice draw their shared edge once, so each cut is one line. A row cannot
split, so a page break never cuts a card in two (the next page's first row draws its own top
edge). Rows of unequal counts (four cards over three) share a grid of their least common
multiple of columns, each card spanning its share, so a set never ends with a card alone.
A sort's cards are the exception: full rows of one size, an odd set's last place a spare card
(render/docx_sort_grid).

The rows are as tall as the page allows (within a card's least and most height): a set of
cards printed a third of a page short wastes a sheet per table.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.shared import Emu

from lessonpack.check.measure import text_width
from lessonpack.render.docx_page import measured
from lessonpack.render.docx_xml import TWIPS_PER_CM, border_xml, distribute, row_xml, table_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.styles.style import ParagraphStyle

    from lessonpack.render.docx_writer import DocWriter

CUT_GREY = "595959"
CUT_EIGHTHS = 8  # a 1 pt dashed line: seen at arm's length over a guillotine
SIDES = ("top", "left", "bottom", "right")
# What the height estimate may be short by (a line's leading, a style's unseen spacing):
# better a few millimetres spare at a page's foot than a row pushed onto a page of its own.
SLACK_CM = 1.2


def cut_borders(open_sides: Sequence[str] = ()) -> str:
    """A cell's tcBorders: dashed on every side but ``open_sides`` (none drawn there)."""
    return "<w:tcBorders>" + "".join(
        f'<w:{side} w:val="nil"/>' if side in open_sides else
        border_xml(side, CUT_EIGHTHS, CUT_GREY, style="dashed") for side in SIDES) \
        + "</w:tcBorders>"


def row_counts(cards: int, per_row: int) -> tuple[int, ...]:
    """Cards in each row, about ``per_row`` to a row, never one left alone: 7 at 2 a row is
    2, 2 and 3; 7 at 3 a row is 3 and 4; 5 at 2 a row is 2 and 3 (the fuller rows last, so
    the row under the heading cards keeps the count chosen not to line up with them)."""
    if cards <= per_row:
        return (cards,) if cards else ()
    rows = cards // per_row if cards % per_row == 1 else math.ceil(cards / per_row)
    base, extra = divmod(cards, rows)
    return tuple(base + (k >= rows - extra) for k in range(rows))


def grid_widths(total: int, counts: Sequence[int]) -> tuple[list[int], int]:
    """The grid's column widths (twips) and how many columns it has: the least common
    multiple of the row counts, so every row's cards are equal and fill the width."""
    columns = math.lcm(*counts) if counts else 1
    return distribute(total, (), columns), columns


def cut_grid(writer: DocWriter, counts: Sequence[int], cell_props: Sequence[str],
             styles: Sequence[str], row_twips: int, caption: str,
             cell_margins: tuple[int, int] = (113, 170)) -> list[BaseOxmlElement]:
    """One table: ``counts[k]`` cards in row k, each a cell framed in dashed lines with
    ``cell_props`` (its alignment, shading) and one paragraph per style id; returns the
    cards' cells in reading order."""
    widths, columns = grid_widths(writer.width.twips, counts)
    rows, cards = [], []
    for count in counts:
        span = columns // count
        cells = [f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[k * span:(k + 1) * span])}" '
                 f'w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                 + cut_borders() + "".join(cell_props) + "</w:tcPr>"
                 + "".join(f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr></w:p>'
                           for sid in styles) + "</w:tc>" for k in range(count)]
        cards.append(count)
        rows.append(row_xml(cells, min_height=row_twips))
    table = writer.append_table(table_xml(widths, rows, cell_margins=cell_margins,
                                          caption=caption))
    return [tc for tr, count in zip(table.iter(qn("w:tr")), cards, strict=True)
            for tc in tr.findall(qn("w:tc"))[:count]]


def text_height_cm(writer: DocWriter) -> float:
    """The page's text height (between the margins) in centimetres."""
    section = writer.doc.sections[-1]
    return Emu(measured(section.page_height) - measured(section.top_margin)
               - measured(section.bottom_margin)).cm


def room_cm(writer: DocWriter) -> float:
    """What is left of the current page's text height below what it already holds (an
    estimate from the paragraphs' styles and the tables' row heights, less a slack)."""
    return text_height_cm(writer) - used_cm(writer) - SLACK_CM


def fill_height(writer: DocWriter, rows: int, least_cm: float, most_cm: float) -> int:
    """A row's height in twips: the page's room shared by ``rows``, within least and most."""
    share = room_cm(writer) / max(1, rows)
    return round(max(least_cm, min(most_cm, share)) * TWIPS_PER_CM)


def page_share_height(writer: DocWriter, rows: int, page_rows: int, least_cm: float,
                      most_cm: float) -> int:
    """A row's height in twips where ``page_rows`` fill a page of their own: the share of
    a whole page's text height (within least and most), and never more than this page's
    room shared by ``rows``. Every page's cards are then one size, the title's page's
    fewer cards too (they were grown into its room and cut out larger than the rest)."""
    whole = (text_height_cm(writer) - SLACK_CM) / max(1, page_rows)
    share = min(whole, room_cm(writer) / max(1, rows))
    return round(max(least_cm, min(most_cm, share)) * TWIPS_PER_CM)


_PT_CM = 2.54 / 72


# A style's size, space before and after (points), exact line height (points, or None) and
# line-spacing multiple.
_StyleMeasures = tuple[float, float, float, float | None, float]
# The names the measures below look for, made once: a plan's measure reads some three hundred
# paragraphs, and making each name for each was a tenth of it.
_W = {name: qn(f"w:{name}") for name in (
    "p", "tbl", "tr", "tc", "r", "t", "val", "w", "before", "after", "line", "lineRule",
    "spacing")}
_PAGE_BREAK = f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}"
_P_STYLE, _P_SPACING = f"{qn('w:pPr')}/{qn('w:pStyle')}", f"{qn('w:pPr')}/{qn('w:spacing')}"
_RUN_SIZE, _RUN_BREAK = f"{qn('w:rPr')}/{qn('w:sz')}", f"{qn('w:r')}/{qn('w:br')}"
# A drawing group's frame (render/docx_drawing): its words are in its shapes, not lines of
# the paragraph.
_GROUP = ".//{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}wgp"
_EXTENT = f"{qn('w:r')}/{qn('w:drawing')}/{qn('wp:inline')}/{qn('wp:extent')}"
_EMU_CM = 360000
_ROW_HEIGHT, _CELL_WIDTH = f"{qn('w:trPr')}/{qn('w:trHeight')}", f"{qn('w:tcPr')}/{qn('w:tcW')}"


class StyleBook:
    """The document's paragraph styles as one measure reads them: each style id's "LP …"
    name, and each style's size and spacing read once (a plan's measure reads some two hundred
    paragraphs in a handful of styles, and python-docx's style properties were most of its
    time). Made for one measure: styles do not change while it reads them."""

    def __init__(self, writer: DocWriter) -> None:
        self.writer = writer
        self.names = {sid: name for name, sid in writer.ids.items()}
        self._measures: dict[str, _StyleMeasures] = {}

    def measures(self, style_id: str | None) -> _StyleMeasures:
        """The measures of the style ``style_id`` ("LP Body" when it is none of ours)."""
        name = self.names.get(style_id or "", "LP Body")
        if name not in self.writer.ids:
            name = "LP Body"
        found = self._measures.get(name)
        if found is None:
            found = self._measures[name] = _read_style(self.writer.styles[name])
        return found


def used_cm(writer: DocWriter) -> float:
    """How far down its page the document has written: its elements since the last page
    break, each paragraph's lines at its style's size and spacing, each table's rows at
    their set heights (or their paragraphs', when taller)."""
    if writer.break_pending:  # what comes next starts a page: nothing is on it yet
        return 0.0
    book = StyleBook(writer)
    body = writer.doc.element.body
    total = 0.0
    for element in reversed([e for e in body if e.tag in (_W["p"], _W["tbl"])]):
        if element.tag == _W["tbl"]:
            total += _table_cm(book, element)
            continue
        total += paragraph_cm(book, element, writer.width.twips)
        if element.find(_PAGE_BREAK) is not None:
            break
    return total


def _read_style(style: ParagraphStyle) -> _StyleMeasures:
    fmt = style.paragraph_format
    size = style.font.size.pt if style.font.size is not None else 12.0
    before = fmt.space_before.pt if fmt.space_before is not None else 0.0
    after = fmt.space_after.pt if fmt.space_after is not None else 0.0
    spacing = style.element.pPr.find(_W["spacing"]) if style.element.pPr is not None \
        else None
    return _spaced((size, before, after, None, 1.15), spacing)


def _spaced(measures: _StyleMeasures, spacing: BaseOxmlElement | None) -> _StyleMeasures:
    """``measures`` with what a w:spacing element sets in place of theirs."""
    if spacing is None:
        return measures
    size, before, after, exact, multiple = measures
    if spacing.get(_W["before"]) is not None:
        before = int(spacing.get(_W["before"])) / 20
    if spacing.get(_W["after"]) is not None:
        after = int(spacing.get(_W["after"])) / 20
    line, rule = spacing.get(_W["line"]), spacing.get(_W["lineRule"], "auto")
    if line is not None:
        exact, multiple = (int(line) / 20, 1.0) if rule in ("exact", "atLeast") \
            else (None, int(line) / 240)
    return size, before, after, exact, multiple


def _style_of(book: StyleBook, p: BaseOxmlElement) -> _StyleMeasures:
    """A paragraph's size, space before and after (points), exact line height (points, or
    None) and line-spacing multiple, from its style (its own spacing where it sets it)."""
    style_el = p.find(_P_STYLE)
    measures = book.measures(style_el.get(_W["val"]) if style_el is not None else None)
    return _spaced(measures, p.find(_P_SPACING))


def paragraph_cm(book: StyleBook, p: BaseOxmlElement, width_twips: int) -> float:
    """A paragraph's height in centimetres at ``width_twips`` (its lines at its style's size
    and spacing)."""
    size, before, after, exact, multiple = _style_of(book, p)
    if p.find(_GROUP) is not None:  # a drawing group: its frame's height
        return (before + after) * _PT_CM + max(
            int(e.get("cy", "0")) for e in p.findall(_EXTENT)) / _EMU_CM
    runs = p.findall(_W["r"])
    sizes = [int(s.get(_W["val"])) / 2 for r in runs for s in r.findall(_RUN_SIZE)]
    size = max([size, *sizes])
    text = "".join(t.text or "" for t in p.iter(_W["t"]))
    breaks = len(p.findall(_RUN_BREAK))
    width_pt = max(1.0, width_twips / 20)
    lines = breaks + max(1, math.ceil(text_width(text, book.writer.brand.body_font, size)
                                      / width_pt)) if text else 1 + breaks
    line_pt = exact if exact is not None else size * 1.17 * multiple
    return (before + after + lines * line_pt) * _PT_CM


def _table_cm(book: StyleBook, table: BaseOxmlElement) -> float:
    total = 0.0
    for tr in table.findall(_W["tr"]):
        height = tr.find(_ROW_HEIGHT)
        set_cm = int(height.get(_W["val"])) / TWIPS_PER_CM if height is not None else 0.0
        tallest = 0.0
        for tc in tr.findall(_W["tc"]):
            width = tc.find(_CELL_WIDTH)
            twips = int(width.get(_W["w"])) - 340 if width is not None else 2000
            tallest = max(tallest, sum(paragraph_cm(book, p, max(200, twips))
                                       for p in tc.findall(_W["p"])) + 0.4)
        total += max(set_cm, tallest)
    return total
