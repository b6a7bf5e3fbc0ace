"""Handlers for the text blocks of a document: headings, paragraphs, lists, checklists,
multiple-choice questions, writing lines, callout boxes and page breaks.

Each is a function ``(writer: DocWriter, block) -> None`` (render/docx_writer.py), listed in
render/docx_blocks.py like every other block's handler.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.content.parts import option_letter
from lessonpack.plan.model import (
    BulletList,
    Callout,
    Checklist,
    Heading,
    MultipleChoice,
    PageBreak,
    Paragraph,
    Questions,
    WritingLines,
)
from lessonpack.render import (
    docx_box,
    docx_box_checks,
    docx_box_columns,
    docx_box_form,
    docx_page_ref,
    docx_panel,
    docx_reference,
)
from lessonpack.render.docx_cards import StyleBook, room_cm
from lessonpack.render.docx_table import band_fill
from lessonpack.render.docx_xml import (
    W,
    add_run,
    border_xml,
    cell_xml,
    hex_colour,
    keep_lines,
    keep_with_next,
    new_paragraph,
    row_xml,
    set_paragraph_borders,
    shading_xml,
    table_xml,
)
from lessonpack.render.ooxml.docx import paragraph_xml

if TYPE_CHECKING:
    from lessonpack.render.docx_writer import DocWriter

CHECKBOX = "\u2610"  # ☐ as text: it prints, copies and is read out by screen readers
# Gap after the last item of a list, so the list reads as one unit.
LIST_END_SPACE = Pt(10)
# A compact list's number column: room for "29." at 12 pt, and no more.
COMPACT_INDENT = Cm(0.7)
# Its lines at this share of single spacing (about 1.15 times the type size in the fonts
# brands use: still clear of the line above).
COMPACT_LINES = 0.94
# Lists (and checklists) up to this many items are kept on one page.
KEEP_TABLE_ROWS = 10
KEEP_LIST_CHARS = 600
# A run of writing lines this short is kept on one page with the prompt above it.
KEEP_LINES_MAX = 10
# A callout box with more text than this may continue on the next page.
CALLOUT_WHOLE_CHARS = 500
FORM_GAP_PT = 2  # between a box's form and the lines under it
# Under a paragraph set close to the next (``Paragraph.close``): a list item's gap.
CLOSE_AFTER_PT = 2
CALLOUT_BAR = 36  # eighths of a point: a 4.5 pt bar down the left of a callout box
_PARAGRAPH_STYLES = {"body": "LP Body", "lead": "LP Lead", "note": "LP Note"}
# Callout accent by tone: left bar and the rule under the title.
_TONE_ROLES = {"info": "primary", "safeguarding": "accent", "help": "secondary"}



def heading(writer: DocWriter, block: Heading) -> None:
    paragraph = writer.para(f"LP Heading {block.level}", block.text)
    if block.size:
        for run in paragraph.runs:
            run.font.size = Pt(block.size)


def paragraph(writer: DocWriter, block: Paragraph) -> None:
    paragraph = writer.para(_PARAGRAPH_STYLES[block.style])
    if block.panel:
        docx_panel.write_lines(paragraph_xml(paragraph), block.label, block.text,
                               names=not block.quiet)
        docx_panel.as_panel(writer, paragraph, quiet=block.quiet)
        return
    if block.label:
        label = add_run(paragraph_xml(paragraph), block.label + (" " if block.text else ""))
        label.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
    if block.text:
        add_run(paragraph_xml(paragraph), block.text)
    if block.mark:
        add_run(paragraph_xml(paragraph), " ")
        mark = add_run(paragraph_xml(paragraph), f"\u00a0{block.mark}\u00a0")
        mark.insert(0, parse_xml(
            f'<w:rPr {W}><w:b/><w:bCs/><w:color w:val="FFFFFF"/><w:shd w:val="clear" '
            f'w:color="auto" w:fill="{hex_colour(writer.brand.primary)}"/></w:rPr>'))
        docx_page_ref.mark_here(paragraph_xml(paragraph), mark)
    if block.keep_next:
        keep_with_next(paragraph_xml(paragraph), True)
    if block.keep_lines:
        keep_lines(paragraph_xml(paragraph))
    _spacing(paragraph, block)
    if block.size:
        for run in paragraph.runs:
            run.font.size = Pt(block.size)


def _spacing(paragraph: DocxParagraph, block: Paragraph) -> None:
    """The points over the style's above ``block`` (``space_before``), and under it where it
    is set close to the next (``close``)."""
    if block.space_before:
        paragraph.paragraph_format.space_before = Pt(block.space_before)
    if block.close:
        paragraph.paragraph_format.space_after = Pt(CLOSE_AFTER_PT)


def _whole_items(made: list[DocxParagraph]) -> None:
    """Each item's lines together, a break allowed between items but not after the first:
    a one-line first item was all a heading at a page's foot took with it ("Resources"
    over "print and cut", the rest overleaf)."""
    for paragraph in made:
        keep_lines(paragraph_xml(paragraph))
    if len(made) > 1:
        keep_with_next(paragraph_xml(made[0]), True)


def bullet_list(writer: DocWriter, block: BulletList) -> None:
    if not block.items:
        return
    num_id = writer.restart_numbering() if block.numbered else None
    made = [_item(writer, block, number, item, num_id)
            for number, item in enumerate(block.items, start=1)]
    if block.compact:
        for paragraph in made:
            _close_set(paragraph)
    if block.reference:
        docx_reference.as_reference(made, block.reference_pt)
    made[-1].paragraph_format.space_after = LIST_END_SPACE
    if block.whole_items:  # may break between any two items (page one's resources)
        _whole_items(made)
    elif len(block.items) <= KEEP_TABLE_ROWS and sum(map(len, block.items)) <= KEEP_LIST_CHARS:
        # A short list reads as one unit: don't strand its last items on the next page.
        # A long one (paragraphs of guidance) may break rather than leave a gap.
        for paragraph in made[:-1]:
            keep_with_next(paragraph_xml(paragraph), True)
    if block.keep_tail:
        for paragraph in made[-block.keep_tail:]:
            paragraph.paragraph_format.keep_together = True
        for paragraph in made[-block.keep_tail:-1]:
            keep_with_next(paragraph_xml(paragraph), True)
    if block.keep_next:
        keep_with_next(paragraph_xml(made[-1]), True)


def _item(writer: DocWriter, block: BulletList, number: int, item: str,
          num_id: int | None) -> DocxParagraph:
    """One item's paragraph: bulleted, in the list instance ``num_id``, or numbered as text
    (a template's style with no numbering); its bold lead-in first when it has one."""
    label = block.labels[number - 1] if block.labels else ""
    text = "" if label else item  # a lead-in's item is written after it
    if not block.numbered:
        made = writer.para("LP Bullet", text)
    elif num_id is not None:
        made = _listed(writer, "LP Number", text, num_id)
    else:
        made = _literal_number(writer, number, text)
    if label:
        bold = add_run(paragraph_xml(made), label + " ")
        bold.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
        add_run(paragraph_xml(made), item)
    return made


def _close_set(paragraph: DocxParagraph) -> None:
    """No gap under the item, lines a little closer than single and its number in a narrow
    hanging column."""
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(0)
    fmt.line_spacing = COMPACT_LINES
    fmt.left_indent, fmt.first_line_indent = COMPACT_INDENT, -COMPACT_INDENT
    fmt.tab_stops.add_tab_stop(COMPACT_INDENT)


def _listed(writer: DocWriter, style: str, text: str, num_id: int) -> DocxParagraph:
    """A paragraph in the list instance ``num_id`` (level 0)."""
    paragraph = writer.para(style, text)
    num_pr = paragraph_xml(paragraph).get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def _literal_number(writer: DocWriter, number: int, item: str) -> DocxParagraph:
    paragraph = writer.para("LP Number", f"{number}.\t{item}")
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = Cm(1), Cm(-1)
    fmt.tab_stops.add_tab_stop(Cm(1))
    return paragraph


def _style_numbering(writer: DocWriter, style: str) -> int | None:
    """The numId a list style is tied to, when the template's numbering has it."""
    ppr = writer.styles[style].element.pPr
    num = ppr.numPr if ppr is not None else None
    if num is None or num.numId is None:
        return None
    try:
        writer.doc.part.numbering_part.element.num_having_numId(num.numId.val)
    except (KeyError, NotImplementedError):
        return None
    return int(num.numId.val)


def checklist(writer: DocWriter, block: Checklist) -> None:
    # A real list whose bullet is a tick box where the style has one (ours does); typed
    # boxes in a trainer's style that has none.
    listed = _style_numbering(writer, "LP Checkbox") is not None
    paragraphs = [writer.para("LP Checkbox", item if listed else f"{CHECKBOX}\t{item}")
                  for item in block.items]
    _space_items(paragraphs, block)
    if block.whole:  # one page for the lot: each item whole and held to the next
        for paragraph in paragraphs:
            keep_lines(paragraph_xml(paragraph))
        for paragraph in paragraphs[:-1]:
            keep_with_next(paragraph_xml(paragraph), True)
    elif block.whole_items:  # may break between any two items (page one's checks)
        for paragraph in paragraphs:
            keep_lines(paragraph_xml(paragraph))
    elif len(paragraphs) <= KEEP_TABLE_ROWS and sum(map(len, block.items)) <= KEEP_LIST_CHARS:
        for paragraph in paragraphs[:-1]:  # a short checklist stays on one page
            keep_with_next(paragraph_xml(paragraph), True)
    elif paragraphs:  # a long one may break, but never leaves its first item behind
        keep_with_next(paragraph_xml(paragraphs[0]), True)
    if block.keep_next and paragraphs:
        keep_with_next(paragraph_xml(paragraphs[-1]), True)


def _space_items(paragraphs: list[DocxParagraph], block: Checklist) -> None:
    """Space after each item where the list asks for it (else the style's), and after the
    last, the list's own end (else ``LIST_END_SPACE``)."""
    if block.item_space:
        for paragraph in paragraphs:
            paragraph.paragraph_format.space_after = Pt(block.item_space)
    if paragraphs:
        paragraphs[-1].paragraph_format.space_after = (Pt(block.end_space) if block.end_space
                                                       else LIST_END_SPACE)


def multiple_choice(writer: DocWriter, block: MultipleChoice) -> None:
    intro = writer.previous_paragraph()
    if intro is not None and paragraph_xml(intro).style != writer.ids["LP Option"]:
        # What introduces the quiz ("Tick one answer…") goes with its first question;
        # one question does not hold on to the one before.
        keep_with_next(paragraph_xml(intro), True)
    writer.para("LP Question", f"{block.number}.\t{block.question}")
    # Options lettered A, B, C as on the slides: a list restarted for each question.
    num_id = writer.restart_numbering("LP Option")
    for index, option in enumerate(block.options):
        if num_id is not None:
            paragraph = _listed(writer, "LP Option", option, num_id)
        else:
            paragraph = writer.para("LP Option", f"{option_letter(index)}\t{option}")
        # Keep a question and its options on one page.
        keep_with_next(paragraph_xml(paragraph), index < len(block.options) - 1)


PROMPT_GAP_PT = 1


def writing_lines(writer: DocWriter, block: WritingLines) -> None:
    if block.count <= 0:
        return
    if block.fill_page:
        block = replace(block, count=_filled(writer, block.count))
    keep = block.count <= KEEP_LINES_MAX
    prompt = writer.previous_paragraph()
    if keep and prompt is not None:
        keep_with_next(paragraph_xml(prompt), True)
        # The first line's own height is the room to start writing under the question: a
        # paragraph's gap as well put a line's worth of white between them (and pushed
        # KS3's Part 1 b) overleaf, away from its story).
        prompt.paragraph_format.space_after = Pt(PROMPT_GAP_PT)
    if keep:
        _kept_lines(writer, block.count)
        if block.fill_side:  # the kept row's last line, given more once the side is written
            writer.fill_runs.append(writer.doc.element.body.findall(qn("w:tbl"))[-1]
                                    .findall(f".//{qn('w:p')}")[-1])
        return
    for _ in range(block.count):
        line = writer.para("LP Writing Line")
        keep_with_next(paragraph_xml(line), False)
    if block.fill_side:
        writer.fill_runs.append(paragraph_xml(line))
    # The gap under the lines: less on a one-sheet handout.
    line.paragraph_format.space_after = Pt(4 if writer.plan.kind == "handout" else 12)


def _filled(writer: DocWriter, count: int) -> int:
    """``count`` lines and as many more as the page's estimated room holds (its slack kept),
    at most ``count`` or ``FILL_MOST_MORE`` more: a blank foot under an answer becomes room
    to write."""
    size, before, after, exact, multiple = StyleBook(writer).measures(
        writer.ids["LP Writing Line"])
    line_cm = ((exact if exact is not None else size * 1.17 * multiple) + before + after) \
        * 2.54 / 72
    # One line kept in hand: under a quiz grid or a story box the estimate ran a line
    # long, and the kept lines (with the sentence they answer) went overleaf to a fifth side.
    spare = room_cm(writer) - LINES_FOOT_CM - line_cm
    most = max(count, FILL_MOST_MORE)
    return count + max(0, min(most, int(spare // line_cm))) if line_cm > 0 else count


FILL_MOST_MORE = 5  # a one-line reflection may take six: room to finish the sentence
# The gap kept under filled lines (the last line's space after, and the footer's air).
LINES_FOOT_CM = 0.5


def _kept_lines(writer: DocWriter, count: int) -> None:
    """A short run of lines in one borderless row that cannot split, kept with the question
    above it: LibreOffice does not honour keep-with-next down a run of paragraphs (it left
    two of a KS4 question's lines at the top of the next page with no question above them)
    but does keep a paragraph with the table after it. No cell
    margins: the lines run from margin to margin as outside a table."""
    width = writer.width.twips
    table = writer.append_table(table_xml([width], [row_xml([cell_xml(width, [])])],
                                          cell_margins=(0, 0)))
    cell = table.find(qn("w:tr")).find(qn("w:tc"))
    for _ in range(count):
        new_paragraph(cell, writer.ids["LP Writing Line"])
    spacer = writer.previous_paragraph()  # the gap under the lines (12 pt)
    if spacer is not None and writer.plan.kind == "handout":  # less on a one-sheet handout
        spacer.paragraph_format.line_spacing = Pt(4)


QUESTION_GAP_PT = 8  # above each question of a group after the first


def questions(writer: DocWriter, block: Questions) -> None:
    """A Part's questions and their lines in one borderless row that cannot split, kept
    with the steps above it (LibreOffice keeps a paragraph with the table after it, but not
    a run of paragraphs and tables with one another)."""
    intro = writer.previous_paragraph()
    if intro is not None:
        keep_with_next(paragraph_xml(intro), True)
    width = writer.width.twips
    table = writer.append_table(table_xml([width], [row_xml([cell_xml(width, [])])],
                                          cell_margins=(0, 0)))
    cell = table.find(qn("w:tr")).find(qn("w:tc"))
    for index, (label, question, count) in enumerate(block.items):
        asked = DocxParagraph(new_paragraph(cell, writer.ids["LP Body"]), writer.doc)
        if label:
            bold = add_run(paragraph_xml(asked), f"{label} ")
            bold.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
        add_run(paragraph_xml(asked), question)
        asked.paragraph_format.space_after = Pt(PROMPT_GAP_PT)
        if index:
            asked.paragraph_format.space_before = Pt(QUESTION_GAP_PT)
        for _ in range(count):
            line = new_paragraph(cell, writer.ids["LP Writing Line"])
    if block.fill_side and block.items:
        writer.fill_runs.append(line)


def _drawn_otherwise(writer: DocWriter, block: Callout, colour: str) -> bool:
    """Whether the box was drawn in columns or in paragraphs (True), not in a table. A box
    with a form or a checklist is always a table: either is nested in its cell, and a box
    of paragraphs or columns has no cell to hold it."""
    if block.form or block.checks:
        return False
    if block.columns == 2 and len(block.lines) > 1 and not any(block.ask):
        docx_box_columns.columns_box(writer, block, colour, CALLOUT_BAR)
        return True
    if block is writer.plan.blocks[-1] or block.keep_next:
        # Nothing may follow the document's last box onto a page of its own; and a box
        # kept with what follows is drawn in paragraphs, as LibreOffice does not move a
        # table-drawn box for keep-with-next (a story stayed on page 1, its sort overleaf).
        docx_box.paragraph_box(writer, block, colour, CALLOUT_BAR)
        return True
    return False


# Twips above and below a box's text when it holds a checklist: the "Fill in first" box ends
# a plan's page one, where a row a file leaves no line to spare.
CHECKS_PAD = 60


def callout(writer: DocWriter, block: Callout) -> None:
    colour = str(getattr(writer.brand, _TONE_ROLES[block.tone]))
    if _drawn_otherwise(writer, block, colour):
        return
    borders = ('<w:tcBorders><w:top w:val="nil"/>' + border_xml("left", CALLOUT_BAR, colour)
               + '<w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>')
    asked = any(block.ask)
    styles = [writer.ids["LP Callout Title"]] + [writer.ids["LP Callout Text"]] * (
        len(block.lines) + asked)
    # Half of the thick bar lies outside the cell; narrow the cell by that much so the
    # box ends at the right margin like every other table.
    width = writer.width.twips - CALLOUT_BAR * 20 // 16
    cell = cell_xml(width, styles, borders + shading_xml(writer.brand.light))
    row = row_xml([cell])
    if sum(map(len, block.lines)) > CALLOUT_WHOLE_CHARS and not block.whole:
        # A long box (a story, the disclosure steps) may continue on the next page
        # rather than leave most of this one empty.
        row = row.replace("<w:cantSplit/>", "")
    table = writer.append_table(table_xml(
        [width], [row], cell_margins=(CHECKS_PAD if block.checks else writer.box_pad,
                                      docx_box_columns.SIDE_PAD),
        caption=block.title,
    ))
    paragraphs = [DocxParagraph(p, writer.doc) for p in table.iter(qn("w:p"))]
    # One row that cannot split keeps the box on one page; keep-with-next on the
    # paragraphs inside would also tie the box to what follows it in LibreOffice.
    for index, (paragraph, text) in enumerate(zip(paragraphs, (block.title, *block.lines),
                                                  strict=False)):
        docx_box.write_entry(paragraph, block, index, text,
                             index > 0 and block.bold_at(index - 1))
    # The title style keeps with the next paragraph; in a table LibreOffice reads that as
    # "keep the table with what follows", and moved a help box whole to the next page
    # with the quiz after it (a fifth side): off here, the row breaks as it may.
    keep_with_next(paragraph_xml(paragraphs[0]), False)
    for paragraph in paragraphs:  # a box that breaks leaves no line of an entry alone
        keep_lines(paragraph_xml(paragraph))
        paragraph.paragraph_format.widow_control = True
    if asked:
        label, text = block.ask
        styled = add_run(paragraph_xml(paragraphs[-1]), f"{label} ")
        styled.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
        add_run(paragraph_xml(paragraphs[-1]), text)
    if block.tone != "info":
        title_ppr = paragraph_xml(paragraphs[0]).get_or_add_pPr()
        set_paragraph_borders(title_ppr, [border_xml("bottom", 12, colour, 4)])
    if block.form:
        _box_form(writer, block, paragraphs, width)
    if block.checks:
        _box_checks(writer, block, paragraphs, width)


def _box_checks(writer: DocWriter, block: Callout, paragraphs: list[DocxParagraph],
                width: int) -> None:
    """The box's checklist right under its title, inside the box's margins, with a little
    air between it and the line under it."""
    inside = width - 2 * docx_box_columns.SIDE_PAD
    docx_box_checks.add_checks(paragraph_xml(paragraphs[0]), block.checks, inside,
                               writer.ids["LP Callout Text"])
    if len(paragraphs) > 1:
        paragraphs[1].paragraph_format.space_before = Pt(FORM_GAP_PT)


# The form's labels: the tables' header colour at this share over white.
FORM_LABEL_SHARE = 0.2


def _box_form(writer: DocWriter, block: Callout, paragraphs: list[DocxParagraph],
              width: int) -> None:
    """The box's form after its first ``form_after`` lines, inside the box's margins, with
    a little air between it and the line under it."""
    inside = width - 2 * docx_box_columns.SIDE_PAD
    # The labels on a tint of the data tables' header colour, a little deeper than their
    # bands: on the box's own light tint, the bands' was too close to tell apart.
    docx_box_form.add_form(paragraph_xml(paragraphs[block.form_after]), block.form,
                           inside, writer.ids["LP Callout Text"], block.form_across,
                           band_fill(str(writer.brand.secondary), FORM_LABEL_SHARE))
    if len(paragraphs) > block.form_after + 1:
        paragraphs[block.form_after + 1].paragraph_format.space_before = Pt(FORM_GAP_PT)


def page_break(writer: DocWriter, _block: PageBreak) -> None:
    # Applied to whatever comes next, so no empty paragraph opens the new page. The
    # spacer after a table that filled its page would spill onto a blank page of its
    # own before the break: it goes, as the new page's first paragraph separates tables.
    writer.break_pending = True
    last = writer.previous_paragraph()
    if last is not None and paragraph_xml(last).style == writer.ids["LP Spacer"] and \
            paragraph_xml(last).getprevious() is not None and \
            paragraph_xml(last).getprevious().tag == qn("w:tbl"):
        paragraph_xml(last).getparent().remove(paragraph_xml(last))
