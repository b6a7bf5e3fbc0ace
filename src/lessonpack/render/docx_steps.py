"""The lesson plan's step table.

The table: a header row repeated on each page (Time | What you say and do), a band across it
for each stage in the brand's dark colour, then a row per step: its time with the step's name
in bold under it, and what the teacher says and does (a third column for the name took the
width the words needed, and a KS4 plan two pages more).
Words said or read aloud are a tinted panel with the brand's bar down its left (as a letter's
help contacts), so a teacher finds them at a glance; instructions are plain text.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.check.measure import text_width
from lessonpack.plan.model import StepLine, StepRow, StepStage, StepTable
from lessonpack.render import docx_page_ref, docx_panel
from lessonpack.render.docx_cards import StyleBook, paragraph_cm
from lessonpack.render.docx_xml import (
    TWIPS_PER_CM,
    W,
    add_run,
    cell_xml,
    hex_colour,
    keep_lines,
    keep_with_next,
    row_xml,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement

    from lessonpack.render.docx_writer import DocWriter

# The time ("40–48") and the step's name ("Feedback") each on one line at 12 pt: the rest of
# the width is what the teacher says and does.
TIME_CM = 2.45
# Points between a spoken line's bar and its words, and above and below it.
SAY_GAP = 5
SAY_SPACE = 2
STEP_GAP = 3  # points above each of a step's plain paragraphs after its first
_BOLD = f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"
_WHITE_BOLD = f'<w:rPr {W}><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>'
_WHITE = f'<w:rPr {W}><w:color w:val="FFFFFF"/></w:rPr>'
STEP_SIDE_MARGIN = 113  # twips: the cells' side padding
MARK_GAP = 4  # points between the last step's name and the print-to mark under it
# A row set as pieces (the page may turn between them) has pieces of at least this many
# lines, so a page turn leaves no fewer than three lines of a step on either page.
STEP_PIECE_LINES = 3
# Every step row up to this height (in lines of its column, as measured at the cell's width
# and its paragraphs' sizes) is kept whole on one page: split, the page turned
# mid-step and the next page opened on words with no time or name beside them, and a
# teacher turning mid-lesson had to turn back to find the step. The white space this
# leaves at a page's foot is the trade. Only a row near half a page is set as pieces,
# where keeping it whole would leave as much of a page empty.
STEP_BREAK_LINES = 25
LEAD_IN_LINES = 2.5  # a paragraph this short before a spoken line leads into it


def _runs(p: BaseOxmlElement, label: str, text: str, bold: str = _BOLD, plain: str = "") -> None:
    if label:
        add_run(p, f"{label} " if text else label).insert(0, parse_xml(bold))
    if text:
        run = add_run(p, text)
        if plain:
            run.insert(0, parse_xml(plain))


def _widths(writer: DocWriter, block: StepTable) -> list[int]:
    """The time column TIME_CM wide, or as wide as the longest word of a step's name needs
    in the document's own table font: "Questions" in a brand's bold Arial was cut after
    its eighth letter at the column's edge."""
    time = round(TIME_CM * TWIPS_PER_CM)
    widest = _widest_name(writer, block)
    if widest * 20 > time - 2 * STEP_SIDE_MARGIN:
        time = round((widest + NAME_SLACK) * 20) + 2 * STEP_SIDE_MARGIN
    return [time, writer.width.twips - time]


NAME_SLACK = 1.0  # points over a word's measured width, so it never just fails to fit


def _widest_name(writer: DocWriter, block: StepTable) -> float:
    """The widest word of any step's name, in points, in bold at the table text's size."""
    style = writer.styles["LP Table Text"]
    size = style.font.size.pt if style.font.size else 12.0
    font = style.font.name or writer.brand.body_font
    # A hyphenated name ("Ice-breaker") may break after its hyphen.
    words = {word for stage in block.stages for row in stage.rows
             for word in re.findall(r"[^\s-]+-?", row.step)}
    return max((text_width(word, font, size, bold=True) for word in words), default=0.0)


def _stage_row(writer: DocWriter, stage: StepStage, total: int) -> str:
    """The stage's band: its title bold, its outcome under it, white on the dark colour."""
    styles = [writer.ids["LP Table Text"]] * (2 if stage.note else 1)
    cell = cell_xml(total, styles, f'<w:gridSpan w:val="2"/>{shading_xml(writer.brand.primary)}')
    return row_xml([cell])


def _fill_stage(row: BaseOxmlElement, stage: StepStage) -> None:
    title, *rest = row.iter(qn("w:p"))
    _runs(title, "", stage.title, plain=_WHITE_BOLD)
    for p in rest:
        _runs(p, "Outcome:", stage.note, bold=_WHITE_BOLD, plain=_WHITE)
    for p in row.iter(qn("w:p")):  # a band never ends a page: it keeps with its first step
        keep_with_next(p, True)


def _step_row(writer: DocWriter, step: StepRow, widths: list[int]) -> str:
    """A step's row, kept whole until it is measured (``_free_long_rows``)."""
    text = writer.ids["LP Table Text"]
    return row_xml([cell_xml(widths[0], [text]),
                    cell_xml(widths[1], [text] * max(1, len(step.lines)))])


def step_lines(book: StyleBook, tr: BaseOxmlElement, width_twips: int) -> float:
    """How tall a filled step row's words are, in lines of the table's text: its paragraphs
    measured at the column's width (less the cell's side margins) and their own sizes and
    spacing (a template's font and widths give other line counts than a character count)."""
    what = tr.findall(qn("w:tc"))[-1]
    room = width_twips - 2 * STEP_SIDE_MARGIN
    height = sum(paragraph_cm(book, p, room) for p in what.findall(qn("w:p")))
    return height / _line_cm(book)


def _free_long_rows(writer: DocWriter, rows: list[BaseOxmlElement], width_twips: int) -> None:
    """Every step row stays whole on a page (a page turning inside one left the next page's
    top with no time or name beside its words) unless it is near half a page: that one is
    set as pieces that a page may turn between (``_into_pieces``). The table's first step is
    no different: kept whole, it keeps the heading, header row and first band with it; where
    page two has no room for that, the table starts page three."""
    book = StyleBook(writer)
    for tr in rows:
        if step_lines(book, tr, width_twips) > STEP_BREAK_LINES:
            _into_pieces(book, tr, width_twips)


def label_lines(book: StyleBook, tr: BaseOxmlElement) -> float:
    """How tall a step's time cell is (its time, then its name, wrapped in the narrow
    column), in lines of the table's text: a step's first piece is at least this tall, or
    the merged cell's label ran on into the next piece and a page turn cut it."""
    when = tr.findall(qn("w:tc"))[0]
    width = when.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    column = int(width.get(qn("w:w"))) if width is not None else round(TIME_CM * TWIPS_PER_CM)
    room = column - 2 * STEP_SIDE_MARGIN
    height = sum(paragraph_cm(book, p, room) for p in when.findall(qn("w:p")))
    return height / _line_cm(book)


def _line_cm(book: StyleBook) -> float:
    size, _, _, exact, multiple = book.measures(book.writer.ids["LP Table Text"])
    return (exact if exact is not None else size * 1.17 * multiple) * 2.54 / 72


def _pieces(book: StyleBook, paragraphs: list[BaseOxmlElement], width_twips: int,
            first: float = 0.0) -> list[list[BaseOxmlElement]]:
    """The paragraphs of a step's words in runs of at least STEP_PIECE_LINES lines (the
    first at least ``first``: the time label beside it), a spoken line in the run of the
    line that leads into it."""
    room = width_twips - 2 * STEP_SIDE_MARGIN
    line_cm = _line_cm(book)
    runs: list[list[BaseOxmlElement]] = []
    run: list[BaseOxmlElement] = []
    held = before = 0.0
    for p in paragraphs:
        spoken = p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None
        # A spoken line stays with a short line that leads into it ("Stop at the message;
        # then say:"); after a longer paragraph the page may turn before it.
        least = STEP_PIECE_LINES if runs else max(STEP_PIECE_LINES, first)
        if run and held >= least and not (spoken and before < LEAD_IN_LINES):
            runs.append(run)
            run, held = [], 0.0
        before = paragraph_cm(book, p, room) / line_cm
        run.append(p)
        held += before
    if runs and held < STEP_PIECE_LINES:
        runs[-1] += run  # too short to stand alone at the top of a page
    else:
        runs.append(run)
    return runs


def _into_pieces(book: StyleBook, tr: BaseOxmlElement, width_twips: int) -> None:
    """A long step row as rows that each stay whole, one after another: the time cell merged
    down them and no rule between them, so they read as the one step. Left to break
    anywhere, a row left one line at a page's foot or top ("Telling is always OK." alone,
    the step's name cut after its first word), or a spoken line parted from its lead-in."""
    when, what = tr.findall(qn("w:tc"))
    runs = _pieces(book, what.findall(qn("w:p")), width_twips, label_lines(book, tr))
    if len(runs) == 1:  # one long paragraph, or lines kept together: it may break
        for keep in tr.iter(qn("w:cantSplit")):
            keep.getparent().remove(keep)
        return
    # Each piece is copied from the row as it was, before any rule was taken off it: a copy
    # of the row above, once that had lost its bottom rule, left a three-piece step's last
    # piece with no rule under it.
    pristine = copy.deepcopy(tr)
    _merge_down(when, "restart")
    last = tr
    for run in runs[1:]:
        piece = copy.deepcopy(pristine)
        more_when, more_what = piece.findall(qn("w:tc"))
        for p in more_when.findall(qn("w:p"))[1:]:
            more_when.remove(p)
        for r in list(more_when.find(qn("w:p"))):
            if r.tag != qn("w:pPr"):
                r.getparent().remove(r)
        _merge_down(more_when, "continue")
        for p in more_what.findall(qn("w:p")):
            more_what.remove(p)
        for p in run:
            more_what.append(p)  # moved out of the row above
        _no_rule(last.findall(qn("w:tc"))[-1], "bottom")
        _no_rule(more_what, "top")
        last.addnext(piece)
        last = piece


def _merge_down(tc: BaseOxmlElement, how: str) -> None:
    tc_pr = tc.get_or_add_tcPr()
    for was in tc_pr.findall(qn("w:vMerge")):  # a copy of the row above carries its own
        tc_pr.remove(was)
    merge = parse_xml(f'<w:vMerge {W} w:val="{how}"/>' if how == "restart"
                      else f"<w:vMerge {W}/>")
    width = tc_pr.find(qn("w:tcW"))  # after the width: the schema's order
    width.addnext(merge) if width is not None else tc_pr.insert(0, merge)


def _no_rule(tc: BaseOxmlElement, side: str) -> None:
    """No rule and no padding on the cell's ``side``: the pieces of a step sit as close as
    the lines of one cell (each piece's own padding cost a KS4 plan half a page)."""
    tc_pr = tc.get_or_add_tcPr()
    for tag, child in (("tcBorders", f'<w:{side} {W} w:val="nil"/>'),
                       ("tcMar", f'<w:{side} {W} w:w="0" w:type="dxa"/>')):
        group = tc_pr.find(qn(f"w:{tag}"))
        if group is None:
            group = parse_xml(f"<w:{tag} {W}/>")
            _in_order(tc_pr, group, _TC_PR_ORDER)
        for was in group.findall(qn(f"w:{side}")):  # one of each side, the new one
            group.remove(was)
        _in_order(group, parse_xml(child), _SIDE_ORDER[tag])


# A cell's properties in the order the schema sets them (CT_TcPr), and the sides of its
# borders (CT_TcBorders) and margins (CT_TcMar): Word refuses a file with them out of order.
_TC_PR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd",
                "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark")
_SIDE_ORDER = {
    "tcBorders": ("top", "start", "left", "bottom", "end", "right", "insideH", "insideV",
                  "tl2br", "tr2bl"),
    "tcMar": ("top", "start", "left", "bottom", "end", "right"),
}


def _in_order(parent: BaseOxmlElement, child: BaseOxmlElement, order: tuple[str, ...]) -> None:
    rank = order.index(_local_name(child))
    later = [c for c in parent if _local_name(c) in order
             and order.index(_local_name(c)) > rank]
    later[0].addprevious(child) if later else parent.append(child)


def _local_name(element: BaseOxmlElement) -> str:
    return str(element.tag).rsplit("}", 1)[-1]


def _fill_step(writer: DocWriter, row: BaseOxmlElement, step: StepRow) -> None:
    when, what = row.findall(qn("w:tc"))
    # The time, and the step's name in bold under it, one paragraph: its lines kept
    # together (keep-with-next inside a table, LibreOffice reads as the table's own, and
    # then would not break a row).
    p = when.find(qn("w:p"))
    # "After" over "After the lesson" said it twice, on a line the last step's mark needs.
    time = "" if step.step.startswith(step.time) else step.time
    _runs(p, "", time)
    _runs(p, f"\n{step.step}" if time else step.step, "")
    keep_lines(p)
    for n, (p, line) in enumerate(zip(what.findall(qn("w:p")), step.lines, strict=False)):
        _line(writer, p, line, first=n == 0)


def _line(writer: DocWriter, p: BaseOxmlElement, line: StepLine, *, first: bool) -> None:
    _runs(p, line.label, line.text)
    keep_lines(p)
    if line.kind != "say":
        if not first:  # a step's jobs apart, so each starts where the eye finds it
            DocxParagraph(p, writer.doc).paragraph_format.space_before = Pt(STEP_GAP)
        return
    # The letter's panel (tint, the brand's bar down the left), tighter in a cell: its
    # padding above and below each of a plan's thirty-odd spoken lines cost half a page.
    docx_panel.as_panel(writer, DocxParagraph(p, writer.doc), pad=(SAY_GAP, 0),
                        space=(SAY_SPACE, SAY_SPACE), tinted_edges=False)


def step_table(writer: DocWriter, block: StepTable) -> None:
    widths = _widths(writer, block)
    header_fill = shading_xml(writer.brand.secondary)
    rows = [row_xml([cell_xml(w, [writer.ids["LP Table Header"]], header_fill)
                     for w in widths], header=True)]
    for stage in block.stages:
        rows.append(_stage_row(writer, stage, sum(widths)))
        rows += [_step_row(writer, step, widths) for step in stage.rows]
    intro = writer.previous_paragraph()
    table = writer.append_table(table_xml(widths, rows, writer.table_style_id,
                                          cell_margins=(writer.cell_pad, STEP_SIDE_MARGIN),
                                          caption=block.caption))
    if intro is not None:  # the section's heading stays with the table's first rows
        keep_with_next(paragraph_xml(intro), True)
        _no_spacer_before(writer, paragraph_xml(intro))
    trs = list(table.iterchildren(qn("w:tr")))
    for p, text in zip(trs[0].iter(qn("w:p")), block.header, strict=True):
        add_run(p, text)
    at = 1
    filled: list[BaseOxmlElement] = []
    for stage in block.stages:
        _fill_stage(trs[at], stage)
        for step, tr in zip(stage.rows, trs[at + 1:], strict=False):
            _fill_step(writer, tr, step)
            filled.append(tr)
        at += 1 + len(stage.rows)
    _free_long_rows(writer, filled, widths[1])
    if block.end_line:
        _mark_last_page(writer, table, block.end_line)


def _no_spacer_before(writer: DocWriter, heading: BaseOxmlElement) -> None:
    """No empty spacer between a table above (the disclosure box) and the steps' heading:
    the heading's own space above parts them, and the spacer's line was what the heading,
    header row, first band and first step lacked to start on the page the box ends
    (a plan's page two ended a fifth empty)."""
    spacer = heading.getprevious()
    if spacer is None or spacer.tag != qn("w:p") or spacer.find(qn("w:r")) is not None:
        return
    style = spacer.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    above = spacer.getprevious()
    if style is not None and style.get(qn("w:val")) == writer.ids["LP Spacer"] and \
            above is not None and above.tag == qn("w:tbl"):
        spacer.getparent().remove(spacer)


def _mark_last_page(writer: DocWriter, table: BaseOxmlElement, text: str) -> None:
    """``text`` in bold in the stage bands' colour under the last step's time and name, over
    a heavy dashed rule across the row's foot: the line page one says to print to (a small
    white label alone was missed). In the time cell, which is shorter than the step's
    words, it costs no line (a band across the table's foot, kept with the last
    step, moved that step overleaf and added a page to three plans). The last row stays
    whole, so the mark is on the page the steps end on; a long step's last piece gets a time
    cell of its own (a merged cell's words stay on its first piece's page)."""
    last = list(table.iterchildren(qn("w:tr")))[-1]
    tr_pr = last.find(qn("w:trPr"))
    if tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, parse_xml(f"<w:cantSplit {W}/>"))
    when = last.findall(qn("w:tc"))[0]
    merged = when.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    if merged is not None:  # a piece's cell continuing the merge: made its own, unruled above
        merged.getparent().remove(merged)
        _no_rule(when, "top")
        for p in when.findall(qn("w:p")):
            when.remove(p)
    colour = hex_colour(writer.brand.primary)
    mark = parse_xml(
        f'<w:p {W}><w:pPr><w:pStyle/><w:keepLines/>'
        f'<w:spacing w:before="{MARK_GAP * 20}"/></w:pPr><w:r>'
        f'<w:rPr><w:b/><w:bCs/><w:color w:val="{colour}"/></w:rPr><w:t/></w:r></w:p>')
    # The words and the style id set as values, not written into the XML: lxml escapes them.
    mark.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").set(qn("w:val"), writer.ids["LP Table Text"])
    docx_page_ref.mark_here(mark)  # the page page one's line of what to print names
    mark.find(f"{qn('w:r')}/{qn('w:t')}").text = text
    when.append(mark)
    for tc in last.findall(qn("w:tc")):
        _rule_under(tc, colour)


MARK_RULE = 18  # eighths of a point: the rule under the last row, heavier than any other


def _rule_under(tc: BaseOxmlElement, colour: str) -> None:
    """A heavy dashed rule in ``colour`` under the cell: across the row, the line a teacher
    prints to, seen at a glance on the page (the mark's words say what it is)."""
    tc_pr = tc.get_or_add_tcPr()
    group = tc_pr.find(qn("w:tcBorders"))
    if group is None:
        group = parse_xml(f"<w:tcBorders {W}/>")
        _in_order(tc_pr, group, _TC_PR_ORDER)
    for was in group.findall(qn("w:bottom")):
        group.remove(was)
    _in_order(group, parse_xml(f'<w:bottom {W} w:val="dashed" w:sz="{MARK_RULE}" '
                               f'w:space="0" w:color="{colour}"/>'), _SIDE_ORDER["tcBorders"])
