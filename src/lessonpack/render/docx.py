"""Render a DocPlan into a Word document on a template with named "LP ..." styles.

The template supplies page set-up and styles (see tools/build_docx_template.py); this module
puts the brand into those styles, writes the header and footer, and turns each plan block
into styled paragraphs and tables. Formatting lives in the styles wherever Word allows it, so
a teacher editing the file later keeps the look.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Emu, Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph

from lessonpack.content.brand import Brand
from lessonpack.io.safety import logo_file  # big logos downscaled
from lessonpack.io.templates import builtin, template_bytes
from lessonpack.io.zipnorm import package_bytes
from lessonpack.plan.model import (
    Block,
    BulletList,
    Callout,
    Checklist,
    CircleChoice,
    CutLine,
    DocMeta,
    DocPlan,
    HandOutline,
    Heading,
    Letterhead,
    MultipleChoice,
    PageBreak,
    Paragraph,
    PictureCards,
    QuizGrid,
    SideBySide,
    SmileyScale,
    SortCards,
    Table,
    WriteOnLine,
    WritingLines,
)
from lessonpack.render import docx_box, docx_letter, docx_pictures, docx_quiz, docx_table
from lessonpack.render.docx_page import prepare_page
from lessonpack.render.docx_styles import (
    PARAGRAPH_STYLES,
    TABLE_STYLE,
    NamedStyles,
    apply_brand,
    apply_handout_sizes,
    apply_language,
    apply_letter_sizes,
    apply_plan_sizes,
    apply_pupil_sizes,
    check_template,
)
from lessonpack.render.docx_template import adopt_lp_styles
from lessonpack.render.docx_xml import (
    W,
    add_run,
    border_xml,
    cell_xml,
    copy_paragraph_borders,
    field_xml,
    has_content,
    keep_with_next,
    new_paragraph,
    raise_run,
    row_xml,
    set_paragraph_borders,
    shading_xml,
    table_xml,
)

__all__ = ["render_docx"]

CHECKBOX = "\u2610"  # ☐ as text: it prints, copies and is read out by screen readers
HEADER_LOGO_HEIGHT = Cm(1.0)  # in the page header (a letter's letterhead has its own)
# Gap after the last item of a list, so the list reads as one unit.
LIST_END_SPACE = Pt(10)
# Lists (and checklists) up to this many items are kept on one page.
KEEP_TABLE_ROWS = 10
# A run of writing lines this short is kept on one page with the prompt above it.
CALLOUT_WHOLE_CHARS = 500
KEEP_LIST_CHARS = 600
KEEP_LINES_MAX = 10
CALLOUT_BAR = 36  # eighths of a point: a 4.5 pt bar down the left of a callout box
_PARAGRAPH_STYLES = {"body": "LP Body", "lead": "LP Lead", "note": "LP Note"}
# Callout accent by tone: left bar and the rule under the title.
_TONE_ROLES = {"info": "primary", "safeguarding": "accent", "help": "secondary"}


def render_docx(plan: DocPlan, brand: Brand, template: Path, timestamp: datetime, *,
                custom: bool = False, brand_styles: bool = True) -> bytes:
    """Render `plan` on the Word `template` and return the .docx bytes.

    ``custom``: a trainer's template; LP styles it lacks are added in its own fonts.
    ``brand_styles``: write the brand's fonts and colours into the styles (not for a trainer's
    template used without a brand file, whose header and footer are then kept too).
    Raises UserError (LP130) naming every style the template lacks.
    """
    document = docx.Document(io.BytesIO(template_bytes(template)))
    if custom:
        adopt_lp_styles(document, builtin().document)
        prepare_page(document, keep_furniture=not brand_styles)
    check_template(document, str(template))
    _DocxRenderer(document, plan, brand, brand_styles=brand_styles,
                  keep_furniture=custom and not brand_styles).render()
    _set_core_properties(document, plan.meta, timestamp)
    return package_bytes(document.part.package, timestamp)


def _set_core_properties(document: Document, meta: DocMeta, timestamp: datetime) -> None:
    """Every property set explicitly: templates carry stale authors, dates and comments."""
    if timestamp.tzinfo is not None:
        timestamp = timestamp.astimezone(timezone.utc).replace(tzinfo=None)
    props = document.core_properties
    props.title, props.subject, props.keywords = meta.title, meta.subject, meta.keywords
    props.author = props.last_modified_by = meta.author
    props.language = meta.language
    props.comments = props.category = props.content_status = ""
    props.identifier = props.version = ""
    props.created = props.modified = props.last_printed = timestamp
    props.revision = 1


class _DocxRenderer:
    def __init__(self, document: Document, plan: DocPlan, brand: Brand, *,
                 brand_styles: bool = True, keep_furniture: bool = False) -> None:
        self.doc = document
        self.plan = plan
        self.brand = brand
        self.brand_styles = brand_styles
        self.keep_furniture = keep_furniture
        named = NamedStyles(document)
        self.styles = {name: named[name] for name in PARAGRAPH_STYLES}
        self.ids = {name: style.style_id for name, style in self.styles.items()}
        self.table_style_id = named[TABLE_STYLE].style_id
        section = document.sections[-1]
        usable = section.page_width - section.left_margin - section.right_margin
        self.width = Twips(Emu(usable).twips)
        self.break_pending = False
        # Padding (twips) above and below the text in a table's cells and in a box: a
        # pupil's sheet is four sides, so its tables and boxes sit a little tighter.
        compact = plan.kind != "letter"
        self.cell_pad = 45 if compact else 85
        self.box_pad = 100 if compact else 142
        self.next_shape_id = 100  # drawings need ids unique in the document

    @property
    def logo(self) -> Path | None:
        """The logo for this document's header or letterhead. A school's letter and handout
        never carry a visiting trainer's logo (a school without a crest: no logo), only
        the trainer's own documents do."""
        trainers = bool(self.brand.logo_of and self.brand.delivered_by)
        if trainers and self.plan.kind in ("letter", "handout"):
            return None
        return self.brand.logo

    def shape_id(self) -> int:
        self.next_shape_id += 1
        return self.next_shape_id

    def render(self) -> None:
        if self.brand_styles:
            apply_brand(self.doc, self.brand)
        apply_language(self.doc, self.plan.meta.language)
        if self.plan.kind == "worksheet":
            apply_pupil_sizes(self.doc, self.plan.print_size)
        elif self.plan.kind == "letter":
            apply_letter_sizes(self.doc)
        elif self.plan.kind == "handout":
            apply_handout_sizes(self.doc)
        else:
            apply_plan_sizes(self.doc)
        section = self.doc.sections[-1]  # margins may have changed: measure the text again
        usable = section.page_width - section.left_margin - section.right_margin
        self.width = Twips(Emu(usable).twips)
        self._clear_body()
        for section in self.doc.sections:
            # A trainer's letterhead (their logo, address) stays unless a brand replaces it.
            if not (self.keep_furniture and has_content(section.header._element)):
                if self.plan.furniture:
                    self._header(section)
                else:
                    self._blank(section.header)
            if not (self.keep_furniture and has_content(section.footer._element)):
                if self.plan.furniture:
                    self._footer(section)
                elif self.plan.footer:  # a letter's credit line, no page numbers
                    self._credit_footer(section)
                else:
                    self._blank(section.footer)
        for block in self._title():
            handler = _HANDLERS.get(type(block))
            if handler is None:
                raise TypeError(f"no docx renderer for block {type(block).__name__}")
            handler(self, block)
        self._trim_end()
        if self.plan.kind == "letter":  # what to fill in before it goes home, in yellow
            docx_letter.highlight_placeholders(self.doc.element.body)

    def _trim_end(self) -> None:
        """A document must end with a paragraph; after a final table it is an empty spacer,
        made one point high so it never spills onto a page of its own."""
        last = self._previous_paragraph()
        if last is not None and not last._p.xpath("./w:r") and \
                last._p.style == self.ids["LP Spacer"]:
            fmt = last.paragraph_format
            fmt.line_spacing = Pt(1)
            fmt.space_before = fmt.space_after = Pt(0)

    # ------------------------------------------------------------------ page furniture

    def _clear_body(self) -> None:
        """Drop the template's sample content but keep its final section (page set-up)."""
        body = self.doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def _furniture_paragraph(self, story: BaseOxmlElement, style: str,
                             add: Callable[..., DocxParagraph]) -> DocxParagraph:
        for child in list(story):
            story.remove(child)
        paragraph = add(style=self.styles[style])
        # A right tab at the text edge, set here because a teacher's margins may differ.
        paragraph.paragraph_format.tab_stops.add_tab_stop(self.width, WD_TAB_ALIGNMENT.RIGHT)
        return paragraph

    def _blank(self, story: Any) -> None:
        """An empty header or footer (a letter: its letterhead is in the body)."""
        story.is_linked_to_previous = False
        for child in list(story._element):
            story._element.remove(child)
        # One point high: a template's footer paragraph (Word's 8 pt after, 1.15 lines)
        # would otherwise take room at the page foot that a one-page letter needs.
        fmt = story.add_paragraph().paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(1)

    def _header(self, section: Section) -> None:
        header = section.header
        header.is_linked_to_previous = False
        paragraph = self._furniture_paragraph(header._element, "LP Header", header.add_paragraph)
        logo = self.logo
        if logo is not None:
            shape = paragraph.add_run().add_picture(logo_file(logo),
                                                    height=HEADER_LOGO_HEIGHT)
            doc_pr = shape._inline.docPr
            doc_pr.set("name", "Logo")
            doc_pr.set("descr", self.brand.logo_alt)
            paragraph.add_run("  ")
        runs = [paragraph.add_run(self.brand.named)]
        runs[0].bold = True
        if self.plan.header:
            runs.append(paragraph.add_run("\t" + self.plan.header))
        if logo is not None:
            # Centre the text on the logo rather than sitting it on the logo's baseline.
            size = self.styles["LP Header"].font.size or Pt(12)
            lift = (HEADER_LOGO_HEIGHT.pt - 0.72 * size.pt) / 2
            for run in runs:
                raise_run(run._r.get_or_add_rPr(), lift)

    def _footer(self, section: Section) -> None:
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = self._furniture_paragraph(footer._element, "LP Footer", footer.add_paragraph)
        # No-break spaces keep "Page 3 of 10" together when a long footer wraps.
        paragraph.add_run(f"{self.plan.footer}\tPage\u00a0")
        paragraph._p.append(parse_xml(field_xml("PAGE")))
        paragraph.add_run("\u00a0of\u00a0")
        paragraph._p.append(parse_xml(field_xml("NUMPAGES")))

    def _credit_footer(self, section: Section) -> None:
        """A letter's one small line at the page foot: who delivers the lesson, when the
        school does not (its letterhead is in the body; a letter has no page numbers)."""
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = self._furniture_paragraph(footer._element, "LP Footer", footer.add_paragraph)
        paragraph.add_run(self.plan.footer)

    def _title(self) -> tuple[Block, ...]:
        """Title, subtitle and name line; returns the blocks still to render."""
        if self.plan.title:
            title = self._para("LP Title", self.plan.title)
            if not self.plan.subtitle:
                # The subtitle carries the rule under the title block; without one the
                # title borrows its rule and spacing so the page still has a clear top.
                subtitle = self.styles["LP Subtitle"]
                copy_paragraph_borders(subtitle.element.pPr, title._p.get_or_add_pPr())
                title.paragraph_format.space_after = subtitle.paragraph_format.space_after
        if self.plan.subtitle:
            self._para("LP Subtitle", self.plan.subtitle)
        if self.plan.name_line:
            self._name_line()
        return self.plan.blocks

    def _name_line(self) -> None:
        paragraph = self._para("LP Name Line")
        stops = paragraph.paragraph_format.tab_stops
        # Underscore leaders make the write-on lines; they stay aligned whatever the font.
        stops.add_tab_stop(Twips(int(self.width.twips * 0.62)), WD_TAB_ALIGNMENT.RIGHT,
                           WD_TAB_LEADER.LINES)
        paragraph.add_run("Name:").bold = True
        paragraph.add_run(" \t")
        if self.plan.date_line:
            stops.add_tab_stop(self.width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
            paragraph.add_run("    ")
            paragraph.add_run("Date:").bold = True
            paragraph.add_run(" \t")

    # ------------------------------------------------------------------ building blocks

    def _para(self, style: str, text: str = "") -> DocxParagraph:
        # Set the style id directly: python-docx's lookup by style object walks the whole
        # styles part for every paragraph.
        p = new_paragraph(self.doc.element.body, self.ids[style])
        if text:
            add_run(p, text)
        paragraph = DocxParagraph(p, self.doc)
        if self.break_pending:
            paragraph.paragraph_format.page_break_before = True
            self.break_pending = False
        return paragraph

    def _append_table(self, xml: str) -> BaseOxmlElement:
        if self.break_pending:
            self._para("LP Spacer")
        table = parse_xml(xml)
        body = self.doc.element.body
        body.sectPr.addprevious(table) if body.sectPr is not None else body.append(table)
        # Space below, and keeps Word from merging this table with a following one.
        self._para("LP Spacer")
        return table

    def _fill_cells(self, table: BaseOxmlElement, rows: list[list[str]]) -> None:
        """Write text into the first paragraph of each cell, row by row (short rows: blanks)."""
        for tr, texts in zip(table.iterchildren(qn("w:tr")), rows, strict=True):
            for tc, text in zip(tr.iterchildren(qn("w:tc")), texts, strict=False):
                if text:
                    add_run(tc.find(qn("w:p")), text)

    def _previous_paragraph(self) -> DocxParagraph | None:
        sect_pr = self.doc.element.body.sectPr
        previous = sect_pr.getprevious() if sect_pr is not None else None
        if previous is None or previous.tag != qn("w:p"):
            return None
        return DocxParagraph(previous, self.doc)

    # ------------------------------------------------------------------ block renderers

    def heading(self, block: Heading) -> None:
        self._para(f"LP Heading {block.level}", block.text)

    def paragraph(self, block: Paragraph) -> None:
        paragraph = self._para(_PARAGRAPH_STYLES[block.style])
        if block.label:
            label = add_run(paragraph._p, block.label + (" " if block.text else ""))
            label.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
        if block.text:
            add_run(paragraph._p, block.text)
        if block.keep_next:
            keep_with_next(paragraph._p, True)
        if block.keep_lines:
            paragraph.paragraph_format.keep_together = True

    def bullet_list(self, block: BulletList) -> None:
        if not block.items:
            return
        num_id = self._restart_numbering() if block.numbered else None
        made = []
        for number, item in enumerate(block.items, start=1):
            if not block.numbered:
                last = self._para("LP Bullet", item)
            elif num_id is not None:
                last = self._listed("LP Number", item, num_id)
            else:
                last = self._literal_number(number, item)
            made.append(last)
        made[-1].paragraph_format.space_after = LIST_END_SPACE
        if len(block.items) <= KEEP_TABLE_ROWS and sum(map(len, block.items)) <= KEEP_LIST_CHARS:
            # A short list reads as one unit: don't strand its last items on the next page.
            # A long one (paragraphs of guidance) may break rather than leave a gap.
            for paragraph in made[:-1]:
                keep_with_next(paragraph._p, True)

    def _listed(self, style: str, text: str, num_id: int) -> DocxParagraph:
        """A paragraph in the list instance ``num_id`` (level 0)."""
        paragraph = self._para(style, text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
        return paragraph

    def _restart_numbering(self, style: str = "LP Number") -> int | None:
        """A new list instance starting at 1 (or A) on ``style``'s numbering definition.

        None when the template's style is not tied to numbering: the caller then writes the
        numbers or letters as text.
        """
        ppr = self.styles[style].element.pPr
        style_num = ppr.numPr if ppr is not None else None
        if style_num is None or style_num.numId is None:
            return None
        numbering = self.doc.part.numbering_part.element
        try:
            existing = numbering.num_having_numId(style_num.numId.val)
        except KeyError:
            return None
        num = numbering.add_num(existing.abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)

    def _literal_number(self, number: int, item: str) -> DocxParagraph:
        paragraph = self._para("LP Number", f"{number}.\t{item}")
        fmt = paragraph.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(1), Cm(-1)
        fmt.tab_stops.add_tab_stop(Cm(1))
        return paragraph

    def _style_numbering(self, style: str) -> int | None:
        """The numId a list style is tied to, when the template's numbering has it."""
        ppr = self.styles[style].element.pPr
        num = ppr.numPr if ppr is not None else None
        if num is None or num.numId is None:
            return None
        try:
            self.doc.part.numbering_part.element.num_having_numId(num.numId.val)
        except (KeyError, NotImplementedError):
            return None
        return int(num.numId.val)

    def checklist(self, block: Checklist) -> None:
        # A real list whose bullet is a tick box where the style has one (ours does); typed
        # boxes in a trainer's style that has none.
        listed = self._style_numbering("LP Checkbox") is not None
        paragraphs = [self._para("LP Checkbox", item if listed else f"{CHECKBOX}\t{item}")
                      for item in block.items]
        if paragraphs:
            paragraphs[-1].paragraph_format.space_after = LIST_END_SPACE
        if len(paragraphs) <= KEEP_TABLE_ROWS and sum(map(len, block.items)) <= KEEP_LIST_CHARS:
            for paragraph in paragraphs[:-1]:  # a short checklist stays on one page
                keep_with_next(paragraph._p, True)
        elif paragraphs:  # a long one may break, but never leaves its first item behind
            keep_with_next(paragraphs[0]._p, True)
        if block.keep_next and paragraphs:
            keep_with_next(paragraphs[-1]._p, True)

    def multiple_choice(self, block: MultipleChoice) -> None:
        intro = self._previous_paragraph()
        if intro is not None and intro._p.style != self.ids["LP Option"]:
            # What introduces the quiz ("Tick one answer…") goes with its first question;
            # one question does not hold on to the one before.
            keep_with_next(intro._p, True)
        self._para("LP Question", f"{block.number}.\t{block.question}")
        # Options lettered A, B, C as on the slides: a list restarted for each question.
        num_id = self._restart_numbering("LP Option")
        for index, option in enumerate(block.options):
            if num_id is not None:
                paragraph = self._listed("LP Option", option, num_id)
            else:
                paragraph = self._para("LP Option", f"{chr(65 + index)}\t{option}")
            # Keep a question and its options on one page.
            keep_with_next(paragraph._p, index < len(block.options) - 1)

    def writing_lines(self, block: WritingLines) -> None:
        if block.count <= 0:
            return
        keep = block.count <= KEEP_LINES_MAX
        prompt = self._previous_paragraph()
        if keep and prompt is not None:
            keep_with_next(prompt._p, True)
        for index in range(block.count):
            line = self._para("LP Writing Line")
            keep_with_next(line._p, keep and index < block.count - 1)
        # The gap under the lines: less on a one-sheet handout.
        line.paragraph_format.space_after = Pt(4 if self.plan.kind == "handout" else 12)

    def callout(self, block: Callout) -> None:
        colour = str(getattr(self.brand, _TONE_ROLES[block.tone]))
        if block is self.plan.blocks[-1]:
            # Nothing may follow the document's last box onto a page of its own.
            docx_box.paragraph_box(self, block, colour, CALLOUT_BAR)
            return
        borders = ('<w:tcBorders><w:top w:val="nil"/>' + border_xml("left", CALLOUT_BAR, colour)
                   + '<w:bottom w:val="nil"/><w:right w:val="nil"/></w:tcBorders>')
        asked = any(block.ask)
        styles = [self.ids["LP Callout Title"]] + [self.ids["LP Callout Text"]] * (
            len(block.lines) + asked)
        # Half of the thick bar lies outside the cell; narrow the cell by that much so the
        # box ends at the right margin like every other table.
        width = self.width.twips - CALLOUT_BAR * 20 // 16
        cell = cell_xml(width, styles, borders + shading_xml(self.brand.light))
        row = row_xml([cell])
        if sum(map(len, block.lines)) > CALLOUT_WHOLE_CHARS and not block.whole:
            # A long box (a story, the disclosure steps) may continue on the next page
            # rather than leave most of this one empty.
            row = row.replace("<w:cantSplit/>", "")
        table = self._append_table(table_xml(
            [width], [row], cell_margins=(self.box_pad, 255), caption=block.title,
        ))
        paragraphs = [DocxParagraph(p, self.doc) for p in table.iter(qn("w:p"))]
        # One row that cannot split keeps the box on one page; keep-with-next on the
        # paragraphs inside would also tie the box to what follows it in LibreOffice.
        for index, (paragraph, text) in enumerate(zip(paragraphs, (block.title, *block.lines),
                                                      strict=False)):
            docx_box.write_line(paragraph._p, text, index > 0 and block.bold_at(index - 1))
        if asked:
            label, text = block.ask
            styled = add_run(paragraphs[-1]._p, f"{label} ")
            styled.insert(0, parse_xml(f"<w:rPr {W}><w:b/><w:bCs/></w:rPr>"))
            add_run(paragraphs[-1]._p, text)
        if block.tone != "info":
            title_ppr = paragraphs[0]._p.get_or_add_pPr()
            set_paragraph_borders(title_ppr, [border_xml("bottom", 12, colour, 4)])

    def page_break(self, _block: PageBreak) -> None:
        # Applied to whatever comes next, so no empty paragraph opens the new page. The
        # spacer after a table that filled its page would spill onto a blank page of its
        # own before the break: it goes, as the new page's first paragraph separates tables.
        self.break_pending = True
        last = self._previous_paragraph()
        if last is not None and last._p.style == self.ids["LP Spacer"] and \
                last._p.getprevious() is not None and \
                last._p.getprevious().tag == qn("w:tbl"):
            last._p.getparent().remove(last._p)


_HANDLERS: dict[type, Callable[..., None]] = {
    CircleChoice: docx_pictures.circle_choice,
    HandOutline: docx_pictures.hand_outline,
    PictureCards: docx_pictures.picture_cards,
    SmileyScale: docx_pictures.smiley_scale,
    SortCards: docx_pictures.sort_cards,
    Letterhead: docx_letter.letterhead,
    WriteOnLine: docx_letter.write_on_line,
    CutLine: docx_letter.cut_line,
    SideBySide: docx_letter.side_by_side,
    Heading: _DocxRenderer.heading,
    Paragraph: _DocxRenderer.paragraph,
    BulletList: _DocxRenderer.bullet_list,
    Checklist: _DocxRenderer.checklist,
    Table: docx_table.table,
    WritingLines: _DocxRenderer.writing_lines,
    MultipleChoice: _DocxRenderer.multiple_choice,
    QuizGrid: docx_quiz.quiz_grid,
    Callout: _DocxRenderer.callout,
    PageBreak: _DocxRenderer.page_break,
}
