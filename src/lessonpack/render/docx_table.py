"""Data tables in a Word document: header row, widths (tick columns as wide as their
heading), rows kept on a page or breaking between rows, Start/End pairs merged.

Functions take the document being written (``render.docx_writer.DocWriter``) and one plan block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from lessonpack.check.measure import text_width
from lessonpack.plan.model import Table
from lessonpack.render.docx_xml import (
    TWIPS_PER_CM,
    W,
    cell_xml,
    distribute,
    embolden,
    hex_colour,
    keep_with_next,
    row_xml,
    shade_cell,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.table import CT_Tc
    from docx.oxml.text.run import CT_R

    from lessonpack.render.docx_writer import DocWriter

# Tables up to this many body rows and characters are kept on one page; longer ones split
# between rows, their header repeated, rather than leave the rest of a page empty (a card
# sort of nine rows may start at the foot of a page). A table of text then keeps its last
# rows together.
# Four, not five: a plan's five-row help table moved whole left 45% of a page empty
#.
KEEP_WHOLE_TABLE_ROWS = 4
KEEP_TABLE_CHARS = 700
TABLE_TAIL_ROWS = 2
# Tick columns (Table.tick_columns): the header cell's side margins (142 twips each, in
# points), a little room so the heading never just fails to fit, the narrowest a column for
# a tick may be (twips), and the least share of the width the text column keeps.
TABLE_CELL_PAD = 7.1
TICK_SLACK = 4.0
TICK_MIN = 1000
TEXT_SHARE_MIN = 0.45
# Below this share of the width for the text columns, tick headings go on two lines.
TEXT_SHARE_WRAP = 0.55


def table(renderer: DocWriter, block: Table) -> None:
    """A data table: a header row in the brand's colour (repeated on each page), body rows
    that never split; short tables kept on one page, long ones breaking between rows."""
    columns = len(block.header)
    if any(len(row) > columns for row in block.rows):
        raise ValueError(f"table row longer than its header {block.header!r}")
    widths = (_tick_widths(renderer, block) if block.tick_columns
              else distribute(renderer.width.twips, block.widths, columns))
    header_fill = shading_xml(renderer.brand.secondary)
    rows = [row_xml([cell_xml(w, [renderer.ids["LP Table Header"]], header_fill)
                     for w in widths], header=True)]
    height = round(block.row_lines * TWIPS_PER_CM)
    body_cell = [cell_xml(w, [renderer.ids["LP Table Text"]]) for w in widths]
    rows += [row_xml(body_cell, min_height=height)] * len(block.rows)
    intro = renderer.previous_paragraph()
    table = renderer.append_table(table_xml(widths, rows, renderer.table_style_id,
                                             cell_margins=(renderer.cell_pad,
                                                           _side_pad(block))))
    renderer.fill_cells(table, [list(block.header), *map(list, block.rows)])
    _read_by_first(renderer, table, block)
    if intro is not None:
        keep_with_next(paragraph_xml(intro), True)  # no heading stranded above a table
    if block.paired_rows:
        _merge_pairs(list(table.iterchildren(qn("w:tr")))[1:])
    trs = list(table.iterchildren(qn("w:tr")))
    if not _kept_whole(block):
        # Long tables break between rows rather than leave half a page empty. A table
        # of text keeps its last rows together (never a row alone under a repeated
        # header); one pupils fill in, with empty cells, may break anywhere.
        filled = all(cell for row in block.rows for cell in row)
        trs = trs[-TABLE_TAIL_ROWS:] if filled else []
    # Short tables stay on one page: every row keeps with the next but the last.
    for tr in trs[:-1]:
        for p in tr.iter(qn("w:p")):
            keep_with_next(p, True)


def _kept_whole(block: Table) -> bool:
    """Whether the table stays on one page: asked to, or short."""
    text = sum(len(cell) for row in block.rows for cell in row)
    short = len(block.rows) <= KEEP_WHOLE_TABLE_ROWS and text <= KEEP_TABLE_CHARS
    return block.keep_whole or (short and not block.may_break)


def _read_by_first(renderer: DocWriter, table: BaseOxmlElement, block: Table) -> None:
    """For a table read down its first column (``block.read_by_first``), the body rows'
    first cells in bold and every second body row tinted (a dense table read by date: the
    eye keeps its row across four columns)."""
    if not block.read_by_first:
        return
    band = band_fill(str(renderer.brand.secondary))
    for n, tr in enumerate(list(table.iterchildren(qn("w:tr")))[1:]):
        cells: list[CT_Tc] = tr.findall(qn("w:tc"))
        for r in cells[0].iter(qn("w:r")):
            embolden(cast("CT_R", r))
        if n % 2:
            for tc in cells:
                shade_cell(tc, band)


# The header's colour at this share over white: a band seen on a printed page (a theme's
# own "light", F1F5F9 on one trainer's template, did not show on paper).
BAND_SHARE = 0.12


def band_fill(colour: str, share: float = BAND_SHARE) -> str:
    """``colour`` (hex) at ``share`` over white, as hex."""
    rgb = hex_colour(colour)
    return "".join(f"{round(int(rgb[k:k + 2], 16) * share + 255 * (1 - share)):02X}"
                   for k in (0, 2, 4))


def _side_pad(block: Table) -> int:
    """The cells' padding left and right, in twips: 2.5 mm, or 1.5 mm where the table asks
    for narrow sides (a dated brief whose job column needs the width)."""
    return 85 if block.narrow_sides else 142


def _tick_widths(renderer: DocWriter, block: Table) -> list[int]:
    """Tick columns as wide as their heading (in the header style's font, on one line
    where the page allows), the text column the rest: a card then prints on one line."""
    style = renderer.styles["LP Table Header"]
    size = style.font.size.pt if style.font.size else 12.0
    font = style.font.name or renderer.brand.heading_font
    pad = 2 * TABLE_CELL_PAD + TICK_SLACK
    heads = block.header[-block.tick_columns:]
    ticks = [max(TICK_MIN, round((text_width(h, font, size, bold=True) + pad) * 20))
             for h in heads]
    text_columns = len(block.header) - block.tick_columns
    rest = renderer.width.twips - sum(ticks)
    if rest < renderer.width.twips * TEXT_SHARE_WRAP:
        # Headings on one line would squeeze the cards to three lines each (KS3's
        # warning-sign sort, five columns): each heading on two lines instead, so the
        # cards print on one or two and the sort's side has room to spare.
        ticks = [max(TICK_MIN, round((_broken(h, font, size, 2) + pad) * 20)) for h in heads]
        rest = renderer.width.twips - sum(ticks)
        if text_columns == 1 and _longest(renderer, block) > rest / 20 - pad:
            # The cards would still wrap: headings on three lines give them the width
            # (KS4's warning-sign sort printed every card on two lines, and its side then
            # had no room left for the story above it).
            three = [max(TICK_MIN, round((_broken(h, font, size, 3) + pad) * 20))
                     for h in heads]
            if sum(three) < sum(ticks):
                ticks, rest = three, renderer.width.twips - sum(three)
    if rest < renderer.width.twips * TEXT_SHARE_MIN:  # long headings: let them wrap instead
        scale = (renderer.width.twips * (1 - TEXT_SHARE_MIN)) / sum(ticks)
        ticks = [int(t * scale) for t in ticks]
        rest = renderer.width.twips - sum(ticks)
    lead = distribute(rest, block.widths[:text_columns], text_columns)
    return [*lead, *ticks]


def _broken(heading: str, font: str, size: float, lines: int) -> float:
    """The width (points) ``heading`` needs broken at its best spaces onto ``lines`` lines
    (fewer when it has fewer words)."""
    words = heading.split()
    if lines <= 1 or len(words) < 2:
        return text_width(heading, font, size, bold=True)
    return min(max(text_width(" ".join(words[:k]), font, size, bold=True),
                   _broken(" ".join(words[k:]), font, size, lines - 1))
               for k in range(1, len(words)))


def _longest(renderer: DocWriter, block: Table) -> float:
    """The widest first-column text of the table's body, in points, in the body's style."""
    style = renderer.styles["LP Table Text"]
    size = style.font.size.pt if style.font.size else 12.0
    font = style.font.name or renderer.brand.body_font
    return max((text_width(row[0], font, size) for row in block.rows if row), default=0.0)


def _merge_pairs(rows: list[BaseOxmlElement]) -> None:
    """The first cell of each pair of rows spans both; the pair keeps together."""
    for first, second in zip(rows[::2], rows[1::2], strict=False):
        for tr, merge in ((first, '<w:vMerge w:val="restart"/>'), (second, "<w:vMerge/>")):
            tc_pr = tr.find(qn("w:tc")).find(qn("w:tcPr"))
            tc_pr.find(qn("w:tcW")).addnext(parse_xml(merge.replace("<w:vMerge", f"<w:vMerge {W}")))
        for p in first.iter(qn("w:p")):
            keep_with_next(p, True)
