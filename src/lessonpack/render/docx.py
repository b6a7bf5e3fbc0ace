"""Render a DocPlan into a Word document on a template with named "LP ..." styles.

The template supplies page set-up and styles (see tools/build_docx_template.py); this module
puts the brand into those styles, writes the header and footer, and turns each plan block
into styled paragraphs and tables. Formatting lives in the styles wherever Word allows it, so
a teacher editing the file later keeps the look.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Emu, Length, Pt, RGBColor, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree
from PIL import Image

from lessonpack.check.measure import text_width
from lessonpack.content.brand import Brand
from lessonpack.content.fill_ins import fill_in_pattern
from lessonpack.errors import InternalError
from lessonpack.io.safety import logo_file  # big logos downscaled
from lessonpack.io.templates import builtin, template_bytes
from lessonpack.io.zipnorm import package_bytes, zip_time
from lessonpack.plan.header_fill_ins import LOGO_SLOT, NAME_SLOT, header_fill_ins, paper_logo
from lessonpack.plan.model import (
    OWN_PAPERS,
    Block,
    DocKind,
    DocMeta,
    DocPlan,
    Paragraph,
)
from lessonpack.plan.quotes import typographic_fields
from lessonpack.render import docx_example_mark, docx_letter, docx_page_ref
from lessonpack.render.app_props import set_document_app_properties
from lessonpack.render.docx_blocks import HANDLERS
from lessonpack.render.docx_fill_side import fill_sides
from lessonpack.render.docx_keep import hold_headings
from lessonpack.render.docx_page import measured, prepare_page
from lessonpack.render.docx_styles import (
    PARAGRAPH_STYLES,
    TABLE_STYLE,
    NamedStyles,
    apply_brand,
    apply_brief_sizes,
    apply_handout_sizes,
    apply_handover_sizes,
    apply_language,
    apply_letter_sizes,
    apply_plan_sizes,
    apply_pupil_sizes,
    check_template,
    size_headings_by_eye,
)
from lessonpack.render.docx_template import adopt_lp_styles
from lessonpack.render.docx_xml import (
    W,
    add_run,
    border_xml,
    copy_paragraph_borders,
    field_xml,
    has_content,
    hold_phone_numbers,
    new_paragraph,
    raise_run,
    set_paragraph_borders,
    shading_xml,
)
from lessonpack.render.file_dates import set_file_dates
from lessonpack.render.fill_in_marks import EXAMPLE_RED
from lessonpack.render.ooxml.docx import inline_xml, paragraph_xml, run_xml, story_xml
from lessonpack.render.ooxml.docx_elements import open_document
from lessonpack.render.shape_names import LOGO, TRAINER_LOGO

__all__ = ["render_docx"]

# In the page header (a letter's letterhead has its own): 10 mm tall on what staff and
# families keep (plans, notes, briefs, the handout), where a school's name inside its logo
# must still read when printed (at 6.5 mm Oakfield's "Primary School" printed at about
# 3 pt: designer); 8 mm on a pupil's sheet and cards, which keep the room for writing. The
# header sits 8 mm from the page's top edge, where a school copier prints, and the text
# starts where it does without a logo as far as the margin allows.
HEADER_LOGO_HEIGHT = Cm(1.0)
PUPIL_LOGO_HEIGHT = Cm(0.8)
HEADER_RULE_SPACE_PT = 3
BAND_PAD_PT = 8  # the handout's title band: room either side of the words
# Room under the logo's line for the header's rule, its spacing and a gap above the text;
# and the least distance of the header from the page's top edge (within a printer's reach).
HEADER_LOGO_BELOW = Cm(0.25)
HEADER_EDGE_MIN = Cm(0.7)
# The header line's least type size when a long name must fit beside the label, and the
# room kept between them (the logo's spacing and the tab: 18 pt measured left them touching).
HEADER_MIN_PT = 8.0
HEADER_GAP_PT = 40.0
# The least room between a footer's left text and its page words: a quarter inch reads as
# two things, and covers LibreOffice's wrapping a line these metrics fit by up to 3 pt.
FOOTER_GAP_PT = 18.0
CREDIT_COLOUR = "262626"  # a letter's "delivered by" line: near-black, printed dark on any copier
CONTACT_GAP_PT = 10  # above a credit's contact block, clear of a reply slip's last line


def render_docx(plan: DocPlan, brand: Brand, template: Path, stated: datetime | None, *,
                custom: bool = False, brand_styles: bool = True, hosted: bool = False
                ) -> bytes:
    """Render `plan` on the Word `template` and return the .docx bytes, dated at ``stated``,
    the build's stated time (no dates when None; the zip's members then carry a fixed one).

    ``custom``: a trainer's template; LP styles it lacks are added in its own fonts.
    ``brand_styles``: write the brand's fonts and colours into the styles (not for a trainer's
    template used without a brand file, whose header and footer are then kept too, but
    for ``hosted``, a host school's file applied, on the trainer's own documents only: the
    school's letter signed by its head must not read as the training company's).
    Raises UserError (LP130) naming every style the template lacks.
    """
    # Curly quotes and apostrophes in every string of the plan, here, once for every kind of
    # document and before any text is measured: content is typed straight, and a sheet's
    # story in straight marks beside its chat in curly ones read as two typefaces. [Fields]
    # a school fills in and code-like tokens stay as typed (plan/quotes).
    plan = typographic_fields(plan)
    document = open_document(template_bytes(template))
    own = plan.kind in OWN_PAPERS  # the trainer's working papers, not the school's
    keep = not brand_styles and (own or not hosted)
    if custom:
        adopt_lp_styles(document, builtin().document)
        prepare_page(document, keep_furniture=keep)
    check_template(document, str(template))
    # A brand file replaces the template's letterhead (its organisation is the one the
    # papers name: one provider throughout, for vetting); without one, the trainer's own
    # documents keep it whole.
    DocxRenderer(document, plan, brand, brand_styles=brand_styles,
                  keep_furniture=custom and keep).render()
    _set_core_properties(document, plan.meta, stated)
    set_document_app_properties(document.part.package)
    return package_bytes(document.part.package, zip_time(stated))


def _set_core_properties(document: Document, meta: DocMeta, stated: datetime | None) -> None:
    """Every property set explicitly: templates carry stale authors, dates and comments."""
    if stated is not None and stated.tzinfo is not None:
        stated = stated.astimezone(timezone.utc).replace(tzinfo=None)
    props = document.core_properties
    props.title, props.subject, props.keywords = meta.title, meta.subject, meta.keywords
    props.author = props.last_modified_by = meta.author
    props.language = meta.language
    props.comments = props.category = props.content_status = ""
    props.identifier = props.version = ""
    set_file_dates(props, stated)
    props.revision = 1


def _text_width(document: Document) -> Twips:
    """The width between the last section's margins."""
    section = document.sections[-1]
    usable = (measured(section.page_width) - measured(section.left_margin)
              - measured(section.right_margin))
    return Twips(Emu(usable).twips)


# Printed at the top of every paper built from an example file (brand or school ``example:
# true``): white on dark red, which prints as white on dark grey in black and white.
EXAMPLE_MARK = "EXAMPLE: made-up school and contacts. Not to be sent to families."
# Every paper carries it as a band above its header, where it takes no line
# (render/docx_example_mark.py): the handout's two sides are full. (The sign-in file had it
# as a line under its logos, the one Brightpath paper to differ.)
EXAMPLE_MARK_COLOUR = EXAMPLE_RED


# Twips above and below the text in a visit brief's table cells (a pupil's sheet: 45).
BRIEF_CELL_PAD = 30


def _plan_sizes(document: Document, plan: DocPlan) -> None:
    apply_plan_sizes(document, single=plan.single_spaced)


# Each document kind with sizes and spacing of its own: a pupil's sheet (at its print
# size), a letter, the handout, a visit brief, a class teacher's handover. A new kind of
# document adds a row here, as a block adds its handler (render/docx_blocks.HANDLERS).
SIZERS: dict[DocKind, Callable[[Document, DocPlan], None]] = {
    "worksheet": lambda document, plan: apply_pupil_sizes(document, plan.print_size),
    "letter": lambda document, _plan: apply_letter_sizes(document),
    "handout": lambda document, _plan: apply_handout_sizes(document),
    "visit_brief": lambda document, _plan: apply_brief_sizes(document),
    "handover": lambda document, _plan: apply_handover_sizes(document),
}


class DocxRenderer:
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
        self.width = _text_width(document)
        self.break_pending = False
        self.foot_from: BaseOxmlElement | None = None
        self.fill_runs: list[BaseOxmlElement] = []
        # Padding (twips) above and below the text in a table's cells and in a box: a
        # pupil's sheet is four sides, so its tables and boxes sit a little tighter.
        compact = plan.kind != "letter"
        # A visit brief's dated table, a job a row, sits tighter still: the 0.75 pt a row
        # saves above and below keeps a visit day's two classes and evening on two sides.
        self.cell_pad = BRIEF_CELL_PAD if plan.kind == "visit_brief" else 45 if compact else 85
        self.box_pad = 100 if compact else 142
        self.next_shape_id = 100  # drawings need ids unique in the document

    @property
    def logo(self) -> Path | None:
        """The logo for this document's header or letterhead. A school's letter and handout
        never carry a visiting trainer's logo (a school without a crest: no logo), only
        the trainer's own documents do."""
        return paper_logo(self.plan.kind, self.brand)

    @property
    def trainers_logo(self) -> Path | None:
        """A visiting trainer's logo, for the header of its own papers beside the host
        school's crest: its working documents (plans, facilitator's notes, visit briefs,
        handovers) and the parents' take-home guide from its workshop. The school's letters
        and invitation stay the school's alone; None there."""
        own = self.brand.delivered_by_logo
        if (not self.brand.delivered_by or own is None
                or (self.plan.kind not in OWN_PAPERS and self.plan.kind != "handout")
                or self.logo is None or own == self.logo):
            return None
        return own

    @property
    def header_logo_height(self) -> Length:
        """The page header's logo height for this document (a pupil's sheet smaller)."""
        return PUPIL_LOGO_HEIGHT if self.plan.kind == "worksheet" else HEADER_LOGO_HEIGHT

    def shape_id(self) -> int:
        self.next_shape_id += 1
        return self.next_shape_id

    def _apply_sizes(self) -> None:
        """The document kind's sizes and spacing (``SIZERS``), or a plan's (the rest of a
        teacher's or trainer's papers)."""
        SIZERS.get(self.plan.kind, _plan_sizes)(self.doc, self.plan)

    def render(self) -> None:
        if self.brand_styles:
            apply_brand(self.doc, self.brand)
        apply_language(self.doc, self.plan.meta.language)
        self._apply_sizes()
        if self.plan.kind != "letter":  # a letter's one heading is its subject line
            size_headings_by_eye(self.doc)
        self.width = _text_width(self.doc)  # margins may have changed: measure again
        self._clear_body()
        for section in self.doc.sections:
            # A trainer's letterhead (their logo, address) stays unless a brand replaces it.
            if not (self.keep_furniture and has_content(story_xml(section.header))):
                self._page_header(section)
            self._top_mark(section)
            if not (self.keep_furniture and has_content(story_xml(section.footer))):
                if self.plan.furniture:
                    self._footer(section)
                elif self.plan.footer:  # a letter's credit line, no page numbers
                    self._credit_footer(section)
                else:
                    self._blank(section.footer)
        for block in self._title():
            handler = HANDLERS.get(type(block))
            if handler is None:
                # A bug in lessonpack (a block type planned with no handler), not the user's.
                raise InternalError(f"no docx handler for block {type(block).__name__} "
                                    "(render/docx_blocks.HANDLERS)")
            handler(self, block)
        # Lines with more of their side under them take its room, now it is all written.
        fill_sides(self, self.fill_runs)
        docx_letter.anchor_to_foot(self)
        hold_phone_numbers(self.doc.element.body)
        for section in self.doc.sections:
            for story in (section.header, section.footer):
                if not story.is_linked_to_previous:
                    hold_phone_numbers(story_xml(story))
        # Every heading with at least three lines under it on its page, in every document.
        hold_headings(self.doc.element.body, self.styles, Pt(self.width.pt), self.brand.body_font)
        self._trim_end()
        # What to fill in before it is printed, in yellow: a letter's school details, and the
        # DSL's name in a pupil's help box (the one line a frightened child most needs).
        # An example file's made-up contacts, in every document and its header and footer.
        # The visit brief marks only what its reader must write: its example names, three
        # or four to a cell, were a yellow rash that hid the dates, and the red EXAMPLE band
        # on each of its pages already says they are made up.
        pattern = fill_in_pattern(self.brand,
                                  brackets=self.plan.kind in ("letter", "worksheet", "handout"),
                                  examples=self.plan.kind != "visit_brief")
        if pattern is not None:
            for story in (self.doc.element.body, *self._furniture_stories()):
                docx_letter.highlight_placeholders(story, pattern)

    def _furniture_stories(self) -> list[Any]:
        """Each section's header and footer XML this document wrote (a letter's letterhead
        is in its body)."""
        return [story_xml(part) for section in self.doc.sections
                for part in (section.header, section.footer) if not part.is_linked_to_previous]

    def _trim_end(self) -> None:
        """A document must end with a paragraph; after a final table it is an empty spacer,
        made one point high so it never spills onto a page of its own."""
        last = self.previous_paragraph()
        if last is not None and not paragraph_xml(last).xpath("./w:r") and \
                paragraph_xml(last).style == self.ids["LP Spacer"]:
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
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(self.width, WD_TAB_ALIGNMENT.RIGHT)
        # The style's own stops cleared: a template's right tab for narrower margins came
        # first, so the page number and label ended short of the rule's end.
        for inherited in self.styles[style].paragraph_format.tab_stops:
            if inherited.position != self.width:
                stops.add_tab_stop(inherited.position, WD_TAB_ALIGNMENT.CLEAR)
        return paragraph

    def _blank(self, story: Any) -> None:
        """An empty header or footer (a letter: its letterhead is in the body)."""
        story.is_linked_to_previous = False
        for child in list(story_xml(story)):
            story_xml(story).remove(child)
        # One point high: a template's footer paragraph (Word's 8 pt after, 1.15 lines)
        # would otherwise take room at the page foot that a one-page letter needs.
        fmt = story.add_paragraph().paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(1)

    def _page_header(self, section: Section) -> None:
        """The running header (logo, name, title), or a letter's."""
        if not self.plan.furniture:
            self._letter_header(section)
            return
        self._header(section)

    def _top_mark(self, section: Section) -> None:
        """An example build's paper, a letter or one with a header (a trainer's kept one
        too): the red band above the header, where it takes no line."""
        if self.brand.example:
            docx_example_mark.add_top_mark(section, EXAMPLE_MARK, colour=EXAMPLE_MARK_COLOUR)

    def _letter_header(self, section: Section) -> None:
        """A letter's header: empty (its letterhead is in the body; an example's band is
        placed on the page, ``_top_mark``)."""
        self._blank(section.header)

    def _header(self, section: Section) -> None:
        header = section.header
        header.is_linked_to_previous = False
        paragraph = self._furniture_paragraph(story_xml(header), "LP Header", header.add_paragraph)
        logo = self.logo
        tall = self.header_logo_height
        edge = HEADER_EDGE_MIN
        if self.brand.example:
            # The header starts under the example band; the logo gives up the height the
            # header moved down, so the body starts where it does in a school's own build.
            edge = docx_example_mark.HEADER_FLOOR
            tall = Emu(tall - (edge - HEADER_EDGE_MIN))
            section.header_distance = Emu(max(measured(section.header_distance), edge))
        if logo is not None:
            top = measured(section.top_margin) - tall - HEADER_LOGO_BELOW
            section.header_distance = Emu(min(measured(section.header_distance),
                                              max(top, edge)))
            shape = paragraph.add_run().add_picture(logo_file(logo), height=tall)
            doc_pr = inline_xml(shape).docPr
            doc_pr.set("name", LOGO)
            doc_pr.set("descr", self.brand.logo_alt)
            self._closer_rule(paragraph)
            trainers = self.trainers_logo
            if trainers is not None:
                # The visiting team's own working documents (plan, facilitator's notes)
                # carry its logo beside the host school's crest (no
                # document carried it).
                paragraph.add_run("  ")
                shape = paragraph.add_run().add_picture(logo_file(trainers), height=tall)
                doc_pr = inline_xml(shape).docPr
                doc_pr.set("name", TRAINER_LOGO)
                doc_pr.set("descr", f"{self.brand.delivered_by} logo")
            if not self.brand.logo_shows_name:
                paragraph.add_run("  ")
        runs = []
        # The handout a family takes home says whose it is in every look: a draft's fields
        # (plan/header_fill_ins, which the "Fill in first" list names too).
        slots = header_fill_ins(self.plan.kind, self.brand)
        if LOGO_SLOT in slots:
            # Where the logo goes, as the letters' letterhead shows it: its words in a
            # dashed box, then the school's name; two bare bracketed words looked unset.
            docx_letter.logo_slot_box(paragraph_xml(paragraph), LOGO_SLOT)
            paragraph.add_run("   ")
        # The name beside the logo, unless the logo spells it out already (the brand's
        # logo_shows_name): Oakfield's and Ashgrove's headers named the school twice.
        if logo is None or not self.brand.logo_shows_name:
            runs.append(paragraph.add_run(self.brand.named or (
                NAME_SLOT if NAME_SLOT in slots else "")))
            runs[0].bold = True
        if self.plan.header:
            runs.append(paragraph.add_run("\t" + self.plan.header))
        size = self._fit_header(runs, logo)
        if logo is not None:
            # Centre the text on the logo rather than sitting it on the logo's baseline.
            lift = (tall.pt - 0.72 * size.pt) / 2
            for run in runs:
                raise_run(run_xml(run).get_or_add_rPr(), lift)

    def _closer_rule(self, paragraph: Any, style: str = "LP Header",
                     side: str = "bottom") -> None:
        """The style's rule HEADER_RULE_SPACE_PT from the line rather than the style's gap:
        a logo's header, and a two-line footer, end within their margins at 8 mm from the
        page's edge."""
        ppr = self.styles[style].element.pPr
        rule = ppr.find(qn("w:pBdr")) if ppr is not None else None
        if rule is None or rule.find(qn(f"w:{side}")) is None:
            return
        own = paragraph_xml(paragraph).get_or_add_pPr()
        mine = own.find(qn("w:pBdr"))
        sides = [etree.tostring(each, encoding="unicode")
                 for each in (mine if mine is not None else rule)]
        set_paragraph_borders(own, sides)
        for each in own.find(qn("w:pBdr")).findall(qn(f"w:{side}")):
            each.set(qn("w:space"), str(HEADER_RULE_SPACE_PT))

    def _fit_header(self, runs: list[Any], logo: Path | None) -> Pt:
        """The header's one line at the size it fits in: a long organisation name
        ("Northshire Online Safety Team") beside the logo pushed the document's
        label onto a second line. Smaller type (down to HEADER_MIN_PT), never clipped; a
        line that still does not fit wraps as before."""
        style = self.styles["LP Header"]
        size = style.font.size or Pt(12)
        font = style.font.name or self.brand.body_font
        logo_pt = 0.0
        for each in (logo, self.trainers_logo if logo is not None else None):
            if each is not None:
                with Image.open(logo_file(each)) as image:
                    logo_pt += self.header_logo_height.pt * image.width / max(image.height, 1)

        def needed(pt: float) -> float:
            return logo_pt + sum(text_width(run.text.replace("\t", "  "), font, pt,
                                            bold=bool(run.bold)) for run in runs)

        room = self.width.pt - HEADER_GAP_PT
        if not runs or needed(size.pt) <= room:
            return size
        fitted = size.pt
        while fitted > HEADER_MIN_PT and needed(fitted) > room:
            fitted -= 0.5
        for run in runs:
            run.font.size = Pt(fitted)
        return Pt(fitted)

    def _footer(self, section: Section) -> None:
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = self._furniture_paragraph(story_xml(footer), "LP Footer", footer.add_paragraph)
        # Its rule 3 pt over the line: 8 mm from the edge, the footer still clears a page
        # filled to its foot by 3.5 mm (a two-line footer, the handout's, by a little less).
        self._closer_rule(paragraph, "LP Footer", "top")
        # The pages to print to, where Word works its number out (render/docx_page_ref.py).
        label = next((block.label.removesuffix(", print") for block in self.plan.blocks
                      if isinstance(block, Paragraph) and block.to_mark_page), None)
        left, fits = self._footer_left(label)
        # No-break spaces keep "Page 3 of 10" together when a long footer wraps.
        paragraph.add_run(left)
        if not fits:
            # Even the organisation's name alone leaves no room: the page words go on a
            # line of their own under it, at the right, rather than run into the name.
            paragraph.add_run().add_break()
        paragraph.add_run("\t")
        if label is not None:
            docx_page_ref.footer_words(paragraph_xml(paragraph), label)
        paragraph.add_run("Page\u00a0")
        paragraph_xml(paragraph).append(parse_xml(field_xml("PAGE")))
        paragraph.add_run("\u00a0of\u00a0")
        paragraph_xml(paragraph).append(parse_xml(field_xml("NUMPAGES")))

    def _footer_left(self, label: str | None) -> tuple[str, bool]:
        """The footer's left text, and whether it fits beside the page words on one line:
        the plan's footer, or the first of its shorter forms that leaves FOOTER_GAP_PT
        before the right-hand words, measured in the footer's font at the page's width
        (two-digit page numbers, the widest a document here reaches)."""
        if label is None:
            # No print range: the plan kept its footer to DOC_FOOTER_CHARS beside the page
            # number (a handout's two-line footer is its own).
            return self.plan.footer, True
        style = self.styles["LP Footer"]
        size = (style.font.size or Pt(12)).pt
        font = style.font.name or self.brand.body_font
        right = f"{label}: 1\u201388 \u00b7 Page 88 of 88"
        room = self.width.pt - FOOTER_GAP_PT - text_width(right, font, size)
        forms = (self.plan.footer, *self.plan.footer_shorter)
        left = next((f for f in forms if text_width(f, font, size) <= room), None)
        return (left, True) if left is not None else (forms[-1], False)

    def _credit_footer(self, section: Section) -> None:
        """A letter's one small line at the page foot: who delivers the lesson, when the
        school does not (its letterhead is in the body; a letter has no page numbers)."""
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = self._furniture_paragraph(story_xml(footer), "LP Footer", footer.add_paragraph)
        # Parents are entitled to know who teaches their child: dark and bold, not the
        # footer's small grey, which a reader passes over.
        run = paragraph.add_run(self.plan.footer)
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(CREDIT_COLOUR)
        if "\n" in self.plan.footer:
            # A contact block (the invitation's team phone and email under the credit),
            # under a reply slip whose signature line ends the page: clear space above it
            # and no rule of its own, or the rule and the slip's line read as a double rule
            # with the block jammed under them.
            paragraph.paragraph_format.space_before = Pt(CONTACT_GAP_PT)
            set_paragraph_borders(paragraph_xml(paragraph).get_or_add_pPr(),
                                  [f'<w:top {W} w:val="nil"/>'])

    def _title(self) -> tuple[Block, ...]:
        """Title, subtitle and name line; returns the blocks still to render."""
        if self.plan.title:
            title = self.para("LP Title", self.plan.title)
            if not self.plan.subtitle:
                # The subtitle carries the rule under the title block; without one the
                # title borrows its rule and spacing so the page still has a clear top.
                subtitle = self.styles["LP Subtitle"]
                copy_paragraph_borders(subtitle.element.pPr, paragraph_xml(title).get_or_add_pPr())
                title.paragraph_format.space_after = subtitle.paragraph_format.space_after
            if self.plan.kind == "handout":
                self._band(title)
        if self.plan.subtitle:
            self.para("LP Subtitle", self.plan.subtitle)
        if self.plan.name_line:
            self._name_line()
        return self.plan.blocks

    def _band(self, title: DocxParagraph) -> None:
        """The title white on a band of the brand's colour across the page: a handout a
        family keeps opens like a school's leaflet, not a working document (designer)."""
        colour = str(self.brand.primary)
        ppr = paragraph_xml(title).get_or_add_pPr()
        set_paragraph_borders(ppr, [border_xml(side, 4, colour, pad) for side, pad in
                                    (("top", 5), ("left", BAND_PAD_PT), ("bottom", 7),
                                     ("right", BAND_PAD_PT))])
        ppr.find(qn("w:pBdr")).addnext(parse_xml(shading_xml(colour).replace(
            "<w:shd ", f"<w:shd {W} ")))
        fmt = title.paragraph_format
        # The band's edges (drawn BAND_PAD_PT outside the text) on the margins.
        fmt.left_indent = fmt.right_indent = Pt(BAND_PAD_PT + 0.5)
        fmt.space_before, fmt.space_after = Pt(0), Pt(10)
        for run in title.runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def _name_line(self) -> None:
        paragraph = self.para("LP Name Line")
        stops = paragraph.paragraph_format.tab_stops
        # Underscore leaders make the write-on lines; they stay aligned whatever the font.
        # A printed date starts at the name's rule's end (a right tab would pull it back
        # over the rule); a date to write in has its own rule, up to the margin.
        stops.add_tab_stop(Twips(int(self.width.twips * 0.62)),
                           WD_TAB_ALIGNMENT.LEFT if self.plan.date else WD_TAB_ALIGNMENT.RIGHT,
                           WD_TAB_LEADER.LINES)
        paragraph.add_run("Name:").bold = True
        paragraph.add_run(" \t")
        if self.plan.date_line:
            if not self.plan.date:
                stops.add_tab_stop(self.width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
            paragraph.add_run("    ")
            paragraph.add_run("Date:").bold = True
            paragraph.add_run(f" {self.plan.date}" if self.plan.date else " \t")

    # ------------------------------------------------------------------ building blocks

    def para(self, style: str, text: str = "") -> DocxParagraph:
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

    def append_table(self, xml: str) -> BaseOxmlElement:
        if self.break_pending:
            self.para("LP Spacer")
        table = parse_xml(xml)
        body = self.doc.element.body
        body.sectPr.addprevious(table) if body.sectPr is not None else body.append(table)
        # Space below, and keeps Word from merging this table with a following one.
        self.para("LP Spacer")
        return table

    def fill_cells(self, table: BaseOxmlElement, rows: list[list[str]]) -> None:
        """Write text into the first paragraph of each cell, row by row (short rows: blanks)."""
        for tr, texts in zip(table.iterchildren(qn("w:tr")), rows, strict=True):
            for tc, text in zip(tr.iterchildren(qn("w:tc")), texts, strict=False):
                if text:
                    add_run(tc.find(qn("w:p")), text)

    def previous_paragraph(self) -> DocxParagraph | None:
        sect_pr = self.doc.element.body.sectPr
        previous = sect_pr.getprevious() if sect_pr is not None else None
        if previous is None or previous.tag != qn("w:p"):
            return None
        return DocxParagraph(previous, self.doc)


    def restart_numbering(self, style: str = "LP Number") -> int | None:
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
