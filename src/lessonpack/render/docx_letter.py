"""Word blocks a school letter needs: letterhead, write-on lines, tear-off slip, columns.

Functions take the document being written (``render.docx_writer.DocWriter``) and one plan block.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from PIL import Image

from lessonpack.content.fill_ins import FIELD
from lessonpack.io.safety import logo_file
from lessonpack.plan.model import CutLine, Letterhead, SideBySide, WriteOnLine
from lessonpack.render.docx_xml import (
    TWIPS_PER_CM,
    W,
    add_run,
    border_xml,
    cell_xml,
    distribute,
    hex_colour,
    keep_with_next,
    row_xml,
    set_paragraph_borders,
    table_xml,
)
from lessonpack.render.fill_in_marks import INK, TINT
from lessonpack.render.ooxml.docx import inline_xml, paragraph_xml
from lessonpack.render.shape_names import LOGO

if TYPE_CHECKING:
    from lessonpack.render.docx_writer import DocWriter

LOGO_HEIGHT = Cm(1.5)
MUTED = "4D4D4D"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Twips between a lead field's ruled line and the field after it on the same line.
LEAD_GAP = 280


def styled_run(p: BaseOxmlElement, text: str, *, bold: bool = False, size: float = 0,
               colour: str = "") -> None:
    """A run with its own bold, colour and size (schema order: b, color, sz)."""
    props = "<w:b/><w:bCs/>" if bold else ""
    props += f'<w:color w:val="{hex_colour(colour)}"/>' if colour else ""
    props += f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>' \
        if size else ""
    run = add_run(p, text)
    if props:
        run.insert(0, parse_xml(f"<w:rPr {W}>{props}</w:rPr>"))


def letterhead(renderer: DocWriter, block: Letterhead) -> None:
    """Logo on the left (a [School logo] placeholder without one), the school's name and
    contacts on the right, a rule in the brand colour beneath."""
    brand = renderer.brand
    ids = renderer.ids
    # The logo's column is as wide as the logo (a wide one is never cut off), at least a
    # quarter of the line, at most half.
    logo_twips = renderer.width.twips // 4
    logo = renderer.logo if block.logo else None
    if logo is not None:
        with Image.open(logo_file(logo)) as image:
            aspect = image.width / max(image.height, 1)
        logo_twips = max(logo_twips, round(LOGO_HEIGHT.cm * aspect * TWIPS_PER_CM) + 160)
    logo_twips = min(logo_twips, renderer.width.twips // 2)
    widths = [logo_twips, renderer.width.twips - logo_twips]
    rule = (f"<w:tcBorders>{border_xml('bottom', 12, brand.primary)}</w:tcBorders>"
            '<w:vAlign w:val="center"/>')
    # The name once: not beside a logo that spells it out (the brand's logo_shows_name).
    named = logo is None or not brand.logo_shows_name
    dated = block.date is not None
    lines = [ids["LP Body"]] * (named + len(block.lines) + dated)
    cells = [cell_xml(widths[0], [ids["LP Body"]], rule), cell_xml(widths[1], lines, rule)]
    table = renderer.append_table(table_xml(widths, [row_xml(cells)], cell_margins=(40, 60),
                                             caption=f"Letterhead: {block.name}"))
    logo_cell, text_cell = table.iter(qn("w:tc"))
    logo_p = logo_cell.find(qn("w:p"))
    if logo is not None:
        shape = DocxParagraph(logo_p, renderer.doc).add_run().add_picture(
            logo_file(logo), height=LOGO_HEIGHT)
        inline_xml(shape).docPr.set("name", LOGO)
        inline_xml(shape).docPr.set("descr", f"{block.name} logo")
    elif not brand.delivered_by:  # a school's own brand without a logo: one to add
        logo_space(DocxParagraph(logo_p, renderer.doc), widths[0])
    paragraphs = text_cell.findall(qn("w:p"))
    if named:
        styled_run(paragraphs[0], block.name, bold=True, size=16, colour=brand.primary)
    for p, line in zip(paragraphs[named:named + len(block.lines)], block.lines, strict=True):
        styled_run(p, line, colour=MUTED)
    if dated:
        letter_date(DocxParagraph(paragraphs[-1], renderer.doc), block.date or "")
    for p in paragraphs:
        fmt = DocxParagraph(p, renderer.doc)
        fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        # Lines close together: with the letter's date among them, the fullest letters
        # (a secondary school's, on a trainer's template) had no point to spare.
        fmt.paragraph_format.space_after = Pt(0)


# The space a missing logo leaves: as high as a logo prints, twice as wide (most school
# logos are a crest beside the school's name), its words small enough that the letterhead
# keeps its shape and reads as "a logo goes here", not as a line of the letter (at the
# smallest size `check` allows in a document, LPC202).
LOGO_SPACE_WIDTH = Cm(LOGO_HEIGHT.cm * 2)
LOGO_SPACE_WORDS_PT = 12
# The dashed line's padding above and below the words: with their 10 pt line, the box is
# about LOGO_HEIGHT high (each w:space is in points, at most 31).
LOGO_SPACE_PAD_PT = 15
# Between the words and a run's dashed box, on a line of running text (points): with the
# header's 12 pt line, a box about as high as the header's logo prints (1 cm), not a box
# smaller than the school's name beside it that read as a typo.
LOGO_SLOT_PAD_PT = 8
# No-break spaces either side of the words inside the box: about as wide as a logo with
# the school's name beside its crest prints in the header.
LOGO_SLOT_SIDE = "\u00a0" * 3


# Underscores to write the date on, when the letter goes out undated.
DATE_BLANK = "_" * 18


def letter_date(paragraph: DocxParagraph, date: str) -> None:
    """"Date: 14 December 2026" (or a line to write it on) last in the letterhead's text,
    in the letter's own ink and its label bold, set apart from the grey contacts above it
    by these alone: a gap above it took the fullest letters past one page."""
    styled_run(paragraph_xml(paragraph), "Date:", bold=True)
    add_run(paragraph_xml(paragraph), f" {date or DATE_BLANK}")


def logo_space(paragraph: DocxParagraph, cell_twips: int) -> None:
    """"[School logo]" in a dashed box the size of a logo, at the left of the logo's cell
    ``cell_twips`` wide: the fill-in shows where the logo goes and how much room it has."""
    box = min(round(LOGO_SPACE_WIDTH.cm * TWIPS_PER_CM), cell_twips - 240)
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(LOGO_SPACE_WORDS_PT + 2)
    # The paragraph's borders draw the box, so its right indent sets the box's width (the
    # side borders sit 4 pt outside the text, inside the cell's margins).
    fmt.left_indent = Pt(4)
    fmt.right_indent = Twips(max(cell_twips - box, 0))
    ppr = paragraph_xml(paragraph).get_or_add_pPr()
    set_paragraph_borders(ppr, [
        border_xml(side, 6, MUTED, LOGO_SPACE_PAD_PT if side in ("top", "bottom") else 4,
                   style="dashed")
        for side in ("top", "left", "bottom", "right")])
    styled_run(paragraph_xml(paragraph), "[School logo]", size=LOGO_SPACE_WORDS_PT,
               colour=MUTED)


def logo_slot_box(p: BaseOxmlElement, text: str) -> None:
    """``text`` ("[School logo]") in a run boxed by a dashed line in the letterhead's grey,
    on a line of running text (the handout's header), where a paragraph's box cannot go."""
    add_run(p, f"{LOGO_SLOT_SIDE}{text}{LOGO_SLOT_SIDE}").insert(0, parse_xml(
        f'<w:rPr {W}><w:bdr w:val="dashed" w:sz="6" w:space="{LOGO_SLOT_PAD_PT}" '
        f'w:color="{MUTED}"/></w:rPr>'))


def write_on_line(renderer: DocWriter, block: WriteOnLine) -> None:
    """"Label ________" to the right margin; right-aligned ones start at the page's middle.
    A signature line (no label) leaves room above it to sign."""
    paragraph = renderer.para("LP Body")
    stops = paragraph.paragraph_format.tab_stops
    label, text = block.lead
    if label or text:  # "The lesson: Wednesday 9 December 2026        Date: ________"
        # A lead without text is a field to fill in too: ruled up to the middle.
        stops.add_tab_stop(Twips(renderer.width.twips // 2 - LEAD_GAP), WD_TAB_ALIGNMENT.RIGHT,
                           WD_TAB_LEADER.LINES if not text else WD_TAB_LEADER.SPACES)
        stops.add_tab_stop(Twips(renderer.width.twips // 2), WD_TAB_ALIGNMENT.LEFT)
        styled_run(paragraph_xml(paragraph), label, bold=True)
        add_run(paragraph_xml(paragraph), f" {text}\t\t")
    elif block.align == "right":
        paragraph.paragraph_format.left_indent = Twips(renderer.width.twips // 2)
    # A line with a lead field ("Lesson date: … Class: ___") follows text closely: it is
    # one of a pair of facts, and a plan's page one and a letter have no room to spare.
    paragraph.paragraph_format.space_before = Pt(
        block.space_before if block.space_before is not None else
        0 if label else 6 if block.label else 12)
    if block.filled:  # "Date: Monday 30 November 2026": nothing to write in
        if block.align == "right":
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        styled_run(paragraph_xml(paragraph), block.label, bold=True)
        add_run(paragraph_xml(paragraph), f" {block.filled}")
        return
    stops.add_tab_stop(
        Twips(round(renderer.width.twips * block.reach)), WD_TAB_ALIGNMENT.RIGHT,
        WD_TAB_LEADER.LINES)
    styled_run(paragraph_xml(paragraph), block.label, bold=True)
    if block.said or block.keep_next:  # a sentence to finish keeps its next ruled line
        paragraph.paragraph_format.keep_with_next = True
    add_run(paragraph_xml(paragraph), f" {block.said} \t" if block.said else " \t")


# Points above a reply slip's cut line, over the scissors' line's own height above its dashed
# underline (some 12 pt) and the signatory line's 3 pt: about 8 mm clear.
CUT_CLEAR = 6


def cut_line(renderer: DocWriter, block: CutLine) -> None:
    """Scissors on a dashed line across the page, and what to do with the slip below it.
    The line is a tab's dashed underline, so the scissors sit on the line they cut (a
    paragraph border runs under or over its text, never through it) and it prints in Word
    and LibreOffice alike, in the text's grey rather than a rule's pale one."""
    paragraph = renderer.para("LP Note")
    # About 8 mm clear above the cut line: it sat right under the signatory's role, cutting
    # through the letter's end.
    paragraph.paragraph_format.space_before = Pt(CUT_CLEAR)
    # The line ends 2 mm inside the right margin: drawn to the margin, it printed to or just
    # past it, where the letter's text stops.
    paragraph.paragraph_format.tab_stops.add_tab_stop(
        Twips(renderer.width.twips - CUT_SHORT_TWIPS), WD_TAB_ALIGNMENT.RIGHT)
    scissors = add_run(paragraph_xml(paragraph), "\u2702")
    scissors.insert(0, parse_xml(
        f'<w:rPr {W}><w:color w:val="{MUTED}"/><w:position w:val="{-2 * SCISSORS_DROP_PT}"/>'
        f'<w:sz w:val="{2 * SCISSORS_PT}"/><w:szCs w:val="{2 * SCISSORS_PT}"/></w:rPr>'))
    # A heavy dashed underline: the thin "dash" one printed as a row of dots, a text run
    # rather than a rule to cut along (the cards' cut lines are 1 pt dashes).
    line = add_run(paragraph_xml(paragraph), "\t")
    line.insert(0, parse_xml(f'<w:rPr {W}><w:u w:val="{CUT_UNDERLINE}" w:color="{MUTED}"/>'
                             "</w:rPr>"))
    add_run(paragraph_xml(paragraph), f"\n{block.label}")
    keep_with_next(paragraph_xml(paragraph), True)
    if block.foot:
        renderer.foot_from = paragraph_xml(paragraph)


# What follows w:framePr in a paragraph's properties (the schema's order).
_AFTER_FRAME = ("w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
                "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


SLIP_LINE_GAP = 3  # points between a foot-set slip's lines


def anchor_to_foot(renderer: DocWriter) -> None:
    """The paragraph a foot-set cut line began (``renderer.foot_from``) and each one after
    it, in one frame the text's width at the page's foot (w:framePr on each: paragraphs
    with the same frame are one frame, in Word and LibreOffice alike). A reply slip then
    sits at the foot whatever the letter above it holds, as a school's printed slip does,
    and the letter's text stops above it: text that reached the frame would go round it,
    onto a second page, which the letters' one-page tests catch.

    Where frames are ignored (Google Docs drops them; Word on the web may show them in
    the text), the slip flows on under the letter, the cut line its own space below the
    signature: each of its paragraphs is kept whole and with the next, so the slip prints
    as one piece, never its name and signature lines cut off onto a second page."""
    frame = (f'<w:framePr {W} w:w="{renderer.width.twips}" w:wrap="around" '
             'w:vAnchor="margin" w:hAnchor="margin" w:xAlign="left" w:yAlign="bottom"/>')
    slip = [p for p in _from(renderer.foot_from) if p.tag == qn("w:p")]
    for n, at in enumerate(slip):
        at.get_or_add_pPr().insert_element_before(parse_xml(frame), *_AFTER_FRAME)
        fmt = DocxParagraph(at, renderer.doc).paragraph_format
        # The slip's few lines close together, as a printed form's: what they save is
        # air above the cut line.
        if fmt.space_after is None or fmt.space_after > Pt(SLIP_LINE_GAP):
            fmt.space_after = Pt(SLIP_LINE_GAP)
        fmt.keep_together = True
        if n < len(slip) - 1:
            fmt.keep_with_next = True


def _from(first: BaseOxmlElement | None) -> list[BaseOxmlElement]:
    """``first`` and every sibling after it (none when ``first`` is None)."""
    found = []
    while first is not None:
        found.append(first)
        first = first.getnext()
    return found


CUT_SHORT_TWIPS = 113  # 2 mm
CUT_UNDERLINE = "dashedHeavy"
SCISSORS_PT = 12
# The scissors lowered onto the dashed underline (it runs just under the baseline).
SCISSORS_DROP_PT = 4


PARENT_COLUMN_LEAST = 0.4  # of the width: a letter's or handout's narrower column
# A plan's page one: resources beside the checklist about 45/55 at the most uneven (at a
# third, the resources wrapped at four or five words a line into a tall ragged column).
PLAN_COLUMN_LEAST = 0.42


# Rough measures for balancing two lists: a 12 pt character's mean width and a list item's
# indent (bullet or tick box), in twips.
MEAN_CHAR_TWIPS = 140
ITEM_INDENT_TWIPS = 567
TIGHT_INDENT_TWIPS = 340  # a tight list's bullet or tick box and its gap (6 mm)


def _lines(items: tuple[str, ...], width: int) -> int:
    """Lines a list takes in a column ``width`` twips wide (whole words wrap, so a little
    more than its characters over the line's)."""
    per_line = max(8, (width - ITEM_INDENT_TWIPS) // MEAN_CHAR_TWIPS - 2)
    return sum(-(-len(item) // per_line) for item in items)


def _level_share(text_width: int, block: SideBySide, least: float) -> float:
    """The left column's share of the width, from ``least`` to ``1 - least``, that makes the
    taller of the two lists the shortest it can be: many short items need less width than a
    few long ones. Of equally short shares, the most even."""
    shares = sorted((n / 100 for n in range(round(least * 100),
                                            round((1 - least) * 100) + 1, 2)),
                    key=lambda share: abs(share - 0.5))
    return min(shares, key=lambda share: max(
        _lines(block.left[1], round(text_width * share)),
        _lines(block.right[1], round(text_width * (1 - share)))))


def _side_margins(left: int, right: int) -> str:
    """A cell's own left and right margins (twips), over the table's."""
    return (f'<w:tcMar><w:left w:w="{left}" w:type="dxa"/>'
            f'<w:right w:w="{right}" w:type="dxa"/></w:tcMar>')


def side_by_side(renderer: DocWriter, block: SideBySide) -> None:
    """Two bulleted lists in borderless columns, each under a bold title.

    One row, which may split over a page turn (long lists). Each item keeps its lines
    together, which Word honours in a splitting row; LibreOffice splits between any two
    lines. (A box per few items, each whole, kept items whole in both, but cost a handout a
    page: its boxes moved whole to the next page.)
    """
    ids = renderer.ids
    gap = 284  # half a centimetre between the columns
    # The share whose taller column is shortest; for parents never under two fifths of the
    # width (a column given its share by characters left
    # "tummy?" alone on a line, and conversation starters squeezed into a third).
    least = PLAN_COLUMN_LEAST if block.tight else PARENT_COLUMN_LEAST
    share = _level_share(renderer.width.twips - 2 * gap, block, least)
    widths = distribute(renderer.width.twips, (share, 1 - share), 2)
    cells = []
    styles = (ids["LP Bullet"], ids["LP Checkbox"] if block.right_ticks else ids["LP Bullet"])
    for width, (_title, items), style in zip(widths, (block.left, block.right), styles,
                                             strict=True):
        cells.append(cell_xml(width, [ids["LP Body"]] + [style] * len(items)))
    # The columns' outer edges on the text's edges (the table's margins set a gap at both
    # sides of each cell, which inset the first column's words from the letter's left edge
    # and ended the second short of its right): the gap only between them.
    cells = [cells[0].replace("</w:tcPr>", _side_margins(0, gap) + "</w:tcPr>", 1),
             cells[1].replace("</w:tcPr>", _side_margins(gap, 0) + "</w:tcPr>", 1)]
    row = row_xml(cells) if block.whole else row_xml(cells).replace("<w:cantSplit/>", "")
    table = renderer.append_table(table_xml(widths, [row], cell_margins=(0, gap)))
    for tc, (title, items) in zip(table.iter(qn("w:tc")), (block.left, block.right),
                                  strict=True):
        first, *bullets = tc.findall(qn("w:p"))
        styled_run(first, title, bold=True, colour=renderer.brand.primary)
        heading = DocxParagraph(first, renderer.doc).paragraph_format
        heading.space_after = Pt(2)
        # A column's title goes over the page with its first item, never alone at a foot.
        heading.keep_with_next = True
        for p, item in zip(bullets, items, strict=True):
            add_run(p, item)
            fmt = DocxParagraph(p, renderer.doc).paragraph_format
            fmt.keep_together = True
            if block.tight:  # single-spaced at the style's size (12 pt: never less)
                fmt.line_spacing = 1.0
                fmt.space_after = Pt(0)
                # Half the style's indent: the narrower column gains a word a line, so
                # page one holds both lists at 12 pt in a school's longer contacts.
                fmt.left_indent = Twips(TIGHT_INDENT_TWIPS)
                fmt.first_line_indent = Twips(-TIGHT_INDENT_TWIPS)


def _runs_with_placeholders(body: BaseOxmlElement,
                            pattern: re.Pattern[str] = FIELD) -> list[BaseOxmlElement]:
    """The runs holding a [placeholder] in a w:t of theirs, in document order (each text's
    runs outermost first): found from the texts in one pass, not by walking every run's."""
    runs: list[BaseOxmlElement] = []
    for t in body.iter(qn("w:t")):
        if not pattern.search(t.text or ""):
            continue
        for run in reversed(list(t.iterancestors(qn("w:r")))):
            if not any(run is seen for seen in runs):
                runs.append(run)
    return runs


# Where w:color goes among a run's properties (CT_RPr): before all of these.
_AFTER_COLOUR = frozenset(qn(t) for t in (
    "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
    "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em",
    "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath"))


def _ink(style: BaseOxmlElement) -> None:
    """Give a fill-in run's properties the dark ink, in w:color's place in the schema."""
    for old in style.findall(qn("w:color")):
        style.remove(old)
    colour = style.makeelement(qn("w:color"), {qn("w:val"): INK})
    follower = next((c for c in style if c.tag in _AFTER_COLOUR), None)
    if follower is not None:
        follower.addprevious(colour)
    else:
        style.append(colour)


# Where w:shd goes among a run's properties (CT_RPr): before all of these.
_AFTER_SHADING = frozenset(qn(t) for t in (
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath"))


def _tint(style: BaseOxmlElement) -> None:
    """Put a fill-in run on the pale tint the slides use (render/fill_in_marks.TINT): a run
    shading, since Word's w:highlight has fixed colours only and its yellow is a marker band
    that spoils a printed page. Any other shading or highlight on the run gives way."""
    for old in [*style.findall(qn("w:shd")), *style.findall(qn("w:highlight"))]:
        style.remove(old)
    shading = style.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto",
                                               qn("w:fill"): TINT})
    follower = next((c for c in style if c.tag in _AFTER_SHADING), None)
    if follower is not None:
        follower.addprevious(shading)
    else:
        style.append(shading)


def highlight_placeholders(body: BaseOxmlElement,
                           pattern: re.Pattern[str] = FIELD) -> None:
    """Every [placeholder] in a run on the fill-in tint, in a run of its own, so none is
    missed when the letter is filled in (Word's Find for "[" steps through them too);
    ``pattern`` (content/fill_ins, one capturing group) may add an example's contacts."""
    for run in _runs_with_placeholders(body, pattern):
        rpr = run.find(qn("w:rPr"))
        pieces: list[tuple[BaseOxmlElement, bool]] = []  # (content element, highlighted)
        for child in run:
            if child is rpr:
                continue
            if child.tag != qn("w:t"):
                pieces.append((copy.deepcopy(child), False))
                continue
            for text in filter(None, pattern.split(child.text or "")):
                t = child.makeelement(qn("w:t"), {XML_SPACE: "preserve"})
                t.text = text
                pieces.append((t, bool(pattern.fullmatch(text))))
        for content, marked in pieces:
            new = run.makeelement(qn("w:r"), {})
            style = copy.deepcopy(rpr) if rpr is not None else new.makeelement(qn("w:rPr"), {})
            if marked:
                _tint(style)
                # Its own dark ink: in a table header's white-on-colour text the field
                # would be white on the tint, the one thing the office must read gone.
                _ink(style)
            if len(style):
                new.append(style)
            new.append(content)
            run.addprevious(new)
        run.getparent().remove(run)
