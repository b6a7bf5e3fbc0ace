"""The named styles a Word template must provide, and putting the brand into them.

The brand goes into the styles themselves (not into each paragraph) so a teacher who edits
the document later, or adds a heading, still gets the school's fonts and colours.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, cast

from docx.document import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import BaseStyle, ParagraphStyle, StyleFactory

from lessonpack.check.measure import x_height
from lessonpack.content.brand import Brand
from lessonpack.errors import UserError, problem_at
from lessonpack.render.docx_fonts import style_fonts
from lessonpack.render.docx_page import measured
from lessonpack.render.docx_xml import hex_colour, recolour_borders, set_fonts, set_language

PARAGRAPH_STYLES: tuple[str, ...] = (
    "LP Title", "LP Subtitle", "LP Heading 1", "LP Heading 2", "LP Heading 3",
    "LP Body", "LP Lead", "LP Note", "LP Bullet", "LP Number", "LP Checkbox",
    "LP Question", "LP Option", "LP Callout Title", "LP Callout Text",
    "LP Table Text", "LP Table Header", "LP Header", "LP Footer", "LP Name Line",
    "LP Writing Line", "LP Spacer",
)
TABLE_STYLE = "LP Table"
_STYLE, _NAME, _VAL, _TYPE = qn("w:style"), qn("w:name"), qn("w:val"), qn("w:type")
REQUIRED_STYLES: tuple[str, ...] = (*PARAGRAPH_STYLES, TABLE_STYLE)

HEADING_FONT_STYLES = frozenset({
    "LP Title", "LP Subtitle", "LP Heading 1", "LP Heading 2", "LP Heading 3",
    "LP Callout Title", "LP Table Header",
})
# Text colour per style, by brand role. White header text sits on brand.secondary.
_TEXT_COLOURS = {
    "LP Title": "primary", "LP Heading 1": "primary", "LP Heading 2": "primary",
    "LP Heading 3": "primary", "LP Callout Title": "primary", "LP Subtitle": "secondary",
}
# Word's own heading styles, as a teacher picks them to add a heading (and the navigation
# pane and a table of contents read them): in the brand's heading font and the colour of the
# LP style that matches, so a heading added later looks like the document's own. A trainer's
# template kept its navy and Word's blue in them under the trainer's brand;
# the template's sizes and spacing stay, its layout is the trainer's choice.
BUILTIN_HEADING_COLOURS = {
    "Title": "primary", "Subtitle": "secondary",
    **{f"Heading {n}": "primary" for n in range(1, 10)},
}
# Colour of the rules (paragraph borders) some styles carry.
_RULE_COLOURS = {"LP Subtitle": "secondary", "LP Callout Title": "primary"}

# Worksheets are read by pupils (7-11): body text 13 pt, lead lines and the name line 14 pt,
# headings scaled to match.
PUPIL_SIZES = {
    "LP Body": 13, "LP Lead": 14, "LP Note": 13, "LP Bullet": 13, "LP Number": 13,
    # Cards in a sort table and quiz options are a line or two each, in half the width
    # for the options: 12 pt keeps most on one line.
    "LP Checkbox": 13, "LP Question": 12, "LP Option": 12, "LP Callout Text": 12,
    "LP Callout Title": 14, "LP Table Text": 12, "LP Table Header": 12, "LP Name Line": 14,
    "LP Title": 26, "LP Subtitle": 15, "LP Heading 1": 19, "LP Heading 2": 16,
    "LP Heading 3": 14,
}


class NamedStyles(Mapping[str, ParagraphStyle]):
    """Styles by name (the first of a name, as ``document.styles[name]`` finds it), from one
    pass over the styles part: python-docx searches the whole part for each name. Style
    objects are made only for the names asked for. Every name lessonpack asks for is a
    paragraph style or its table style (python-docx's table style is a ParagraphStyle):
    missing_styles refuses a template whose style of that name has another type."""

    def __init__(self, document: Document) -> None:
        self._elements: dict[str, Any] = {}
        for element in document.styles.element.iterchildren(_STYLE):
            name = element.find(_NAME)
            if name is not None:
                self._elements.setdefault(name.get(_VAL), element)

    def __getitem__(self, name: str) -> ParagraphStyle:
        return cast(ParagraphStyle, StyleFactory(self._elements[name]))

    def __iter__(self) -> Iterator[str]:
        return iter(self._elements)

    def __len__(self) -> int:
        return len(self._elements)


def missing_styles(document: Document) -> list[str]:
    """Names of required styles the template does not define (empty when it is usable).
    Read from the styles part in one pass, as python-docx names and types them (a style
    without a type is a paragraph style): making a style object of each took longer than
    writing a worksheet's paragraphs."""
    present = set()
    for element in document.styles.element.iterchildren(_STYLE):
        name = element.find(_NAME)
        if name is not None and name.get(_VAL) is not None:
            present.add((BabelFish.internal2ui(name.get(_VAL)), element.get(_TYPE, "paragraph")))
    missing = [n for n in PARAGRAPH_STYLES if (n, "paragraph") not in present]
    if (TABLE_STYLE, "table") not in present:
        missing.append(TABLE_STYLE)
    return missing


def check_template(document: Document, source: str) -> None:
    """Raise one error naming every missing style and what the template offers instead."""
    missing = missing_styles(document)
    if missing:
        available = ", ".join(repr(s.name) for s in document.styles if s.name) or "none"
        names = ", ".join(repr(name) for name in missing)
        raise UserError(problem_at(source, "LP130", f"template lacks styles {names} "
                                   f"(available styles: {available})"))


def _role_colour(brand: Brand, role: str) -> str:
    return str(getattr(brand, role))


def apply_brand(document: Document, brand: Brand) -> None:
    """Fonts and colours of the brand into the styles, the table style and the defaults."""
    styles = NamedStyles(document)
    _set_default_font(document, brand.body_font)
    set_fonts(styles["Normal"].element.get_or_add_rPr(), brand.body_font)
    for name in PARAGRAPH_STYLES:
        style = styles[name]
        font = brand.heading_font if name in HEADING_FONT_STYLES else brand.body_font
        set_fonts(style.element.get_or_add_rPr(), font)
        if name in _TEXT_COLOURS:
            colour = hex_colour(_role_colour(brand, _TEXT_COLOURS[name]))
            style.font.color.rgb = RGBColor.from_string(colour)
        if name in _RULE_COLOURS:
            recolour_borders(style.element.pPr, _role_colour(brand, _RULE_COLOURS[name]))
    for name, role in BUILTIN_HEADING_COLOURS.items():
        # Restyled where the template defines it, never added; stored lower-case in the
        # file ("heading 1"), and with the linked character style Word applies to a part of
        # a paragraph ("Heading 1 Char").
        for stored in (BabelFish.ui2internal(name), f"{name} Char"):
            if stored in styles:
                _brand_heading(styles[stored], brand.heading_font, _role_colour(brand, role))
    _brand_table_style(styles[TABLE_STYLE], brand)


def _brand_heading(style: BaseStyle, font: str, colour: str) -> None:
    """A built-in heading in the brand's font and colour, with nothing of the template's
    theme colour left to win over it (Word prefers w:themeColor to w:val)."""
    rpr = style.element.get_or_add_rPr()
    set_fonts(rpr, font)
    cast(ParagraphStyle, style).font.color.rgb = RGBColor.from_string(hex_colour(colour))


def _set_default_font(document: Document, font: str) -> None:
    rpr = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault")
                                       + "/" + qn("w:rPr"))
    if rpr is not None:
        set_fonts(rpr, font)


def _brand_table_style(table_style: ParagraphStyle, brand: Brand) -> None:
    """Header row fill of LP Table in brand.secondary, so tables a teacher adds match."""
    for shd in table_style.element.iter(qn("w:shd")):
        parent = shd.getparent().getparent()
        if parent is not None and parent.get(qn("w:type")) == "firstRow":
            shd.set(qn("w:fill"), hex_colour(brand.secondary))


# Key stage 1 (ages 5-7): early readers need larger print still; tables stay a little
# smaller so four columns fit across the page.
LARGE_PUPIL_SIZES = {
    **{name: 18 for name in PUPIL_SIZES},
    "LP Lead": 20, "LP Table Text": 16, "LP Table Header": 16, "LP Callout Title": 19,
    "LP Title": 32, "LP Subtitle": 20, "LP Heading 1": 24, "LP Heading 2": 21,
    "LP Heading 3": 19, "LP Note": 14, "LP Callout Text": 14,
}
# Secondary pupils read the template's 12 pt text; headings a touch larger than a plan's.
SECONDARY_SIZES = {"LP Title": 26, "LP Heading 2": 15, "LP Question": 12}
_SIZES = {"large": LARGE_PUPIL_SIZES, "pupil": PUPIL_SIZES, "standard": SECONDARY_SIZES}
# Points between writing lines: 15 mm for Year 1-2, 9 mm for Year 3-6 (a Year 4 book is
# ruled 8-9 mm), 8 mm for secondary pupils (their exercise books' feint ruling).
WRITING_PITCH = {"large": 42.5, "pupil": 25.5, "standard": 22.7}


def apply_pupil_sizes(document: Document, print_size: str = "pupil") -> None:
    """Enlarge pupil-facing styles for worksheets (``large`` for key stage 1, ``pupil`` for
    key stage 2), never shrinking a template's choice, and space writing lines for the age."""
    styles = NamedStyles(document)
    for name, size in _SIZES[print_size].items():
        _at_least(styles[name], size)
    if print_size != "large":
        apply_plan_spacing(document)
    _narrow_margins(document)
    _compact_pupil_spacing(styles)
    spacing = styles["LP Writing Line"].element.pPr.find(qn("w:spacing"))
    if spacing is not None and spacing.get(qn("w:lineRule")) == "exact":
        spacing.set(qn("w:line"), str(round(WRITING_PITCH[print_size] * 20)))


# Points above headings and questions, and the spacer under a table, on a pupil's sheet:
# a little less than a plan's, so a lesson's parts fit four sides.
PUPIL_SPACE_BEFORE = {"LP Heading 2": 8, "LP Question": 4}
# Points after the title block's lines: the sheet's first side holds the starter and a part.
PUPIL_SPACE_AFTER = {"LP Subtitle": 8, "LP Name Line": 10, "LP Lead": 6}
PUPIL_SPACER = 6


def _narrow_margins(document: Document) -> None:
    """A sheet's margins: its header and footer are one line each."""
    for section in document.sections:
        section.top_margin = min(measured(section.top_margin), Cm(1.8))
        section.bottom_margin = min(measured(section.bottom_margin), Cm(1.7))
        section.left_margin = min(measured(section.left_margin), Cm(1.7))
        section.right_margin = min(measured(section.right_margin), Cm(1.7))
        # The header and footer sit near the edge (a trainer's 1.25 cm would push a logo
        # header into the text and the text down the page).
        section.header_distance = min(measured(section.header_distance), Cm(0.9))
        # The footer as low as a copier prints (FOOTER_CM): a page filled to its foot
        # ended 2 mm above the footer's rule, read as touching it; the text area stays as
        # it was (a sheet's sides are counted).
        section.footer_distance = min(measured(section.footer_distance), Cm(FOOTER_CM))


# The footer's distance from the page foot: 8 mm, where a school copier prints (at 6 mm a
# footer's ink ended 6.3 mm from the edge, inside many copiers' unprinted margin).
FOOTER_CM = 0.8


def apply_plan_sizes(document: Document, single: bool = False) -> None:
    """A lesson plan or facilitator's notes: a plan's spacing and a sheet's margins (its
    first page, the running sheet, is one page; the whole is shorter to print). ``single``:
    a lesson plan's lines single-spaced (LESSON_PLAN_LINE_SPACING)."""
    apply_plan_spacing(document, LESSON_PLAN_LINE_SPACING if single else PLAN_LINE_SPACING)
    _narrow_margins(document)
    # The lesson's title on one line: at a sheet's size it took two, and page one's lists
    # (resources, safeguarding checks) then moved whole to page two.
    NamedStyles(document)["LP Title"].font.size = Pt(PLAN_TITLE)


def apply_brief_sizes(document: Document) -> None:
    """A visit brief: a single-spaced plan's sizes, its table's rows single-spaced too and
    padded by the cells' margins alone (the brief is one dated table; at the table style's
    spacing a visit day's "On the day" box went to a third page, and a one-class brief's
    to a second, once the classroom screens had a row)."""
    apply_plan_sizes(document, single=True)
    cell = NamedStyles(document)["LP Table Text"].paragraph_format
    cell.line_spacing = 1.0
    cell.space_before = cell.space_after = Pt(0)


# The handover's text: the documents' floor (check's LPC202), as every paper a teacher
# reads. At 11 pt a trainer's pack failed lessonpack's own check in files they never wrote.
HANDOVER_PT = 12
# Points above the sheet's headings, under its title's rule, and after its lines above and
# below the lists ("Lesson:", "Who is coming:", "Sign-off:"): a pupil's sheet's gaps, not a
# plan's. At a plan's, the 12 pt Year 4 sheet ran its sign-off onto a second page.
HANDOVER_SPACE = {"LP Heading 2": 4}
HANDOVER_TITLE_AFTER = 6
HANDOVER_BODY_AFTER = 3


def apply_handover_sizes(document: Document) -> None:
    """A class teacher's handover: a single-spaced plan with its text at HANDOVER_PT, on
    one page. The class teacher works from this one sheet, so it holds every name to check
    and every cutting job: at 12 pt with a plan's margins and gaps the fullest (a Year 4
    visit's) ran its sign-off onto a second page, so the sheet has a leaflet's margins and
    a pupil's sheet's gaps."""
    apply_plan_sizes(document, single=True)
    _leaflet_margins(document)
    styles = NamedStyles(document)
    for name in ("LP Body", "LP Checkbox", "LP Writing Line"):
        styles[name].font.size = Pt(HANDOVER_PT)
    for name, before in HANDOVER_SPACE.items():
        styles[name].paragraph_format.space_before = Pt(before)
    styles["LP Body"].paragraph_format.space_after = Pt(HANDOVER_BODY_AFTER)
    # An untitled sheet's title takes the subtitle's rule and gap (render/docx.py).
    styles["LP Subtitle"].paragraph_format.space_after = Pt(HANDOVER_TITLE_AFTER)


PLAN_TITLE = 20
# A plan's lines: a little apart for reading at a desk. 1.05, not 1.08: keeping every heading
# with three lines of its section (render/docx_keep.py) moves a few headings overleaf, and a
# trainer's KS3 and KS4 plans, full to their twelfth page, then printed thirteen.
PLAN_LINE_SPACING = 1.05
# A lesson plan's lines single-spaced, at 12 pt with its paragraphs' gaps still apart: the
# crib on page one, the "Fill in first" box, the dated age rules and the secondary letters'
# RSE-policy check each fitted alone, and together put the KS3 plans (and a trainer's KS4)
# on a thirteenth page. The facilitator's notes too: at 1.05 their sources ran onto a ninth
# page of their own. Worksheets keep 1.05.
LESSON_PLAN_LINE_SPACING = 1.0
# Points above a plan's headings (a sheet's and a letter's keep the style's 14 and 10).
PLAN_HEADING_BEFORE = {"LP Heading 2": 10, "LP Heading 3": 7}
HANDOUT_TITLE = 22  # one line: the sheet's first side also holds the age rules
ADULT_WRITING_PITCH = 22.7  # points: 8 mm


HANDOUT_SIDE_CM, HANDOUT_TOP_CM, HANDOUT_BOTTOM_CM = 1.4, 1.6, 1.5


def _leaflet_margins(document: Document) -> None:
    """A leaflet's margins, as far in as a school copier prints with the header and footer
    clear of the text: a sheet's, then nearer the edge."""
    _narrow_margins(document)
    for section in document.sections:
        section.left_margin = min(measured(section.left_margin), Cm(HANDOUT_SIDE_CM))
        section.right_margin = min(measured(section.right_margin), Cm(HANDOUT_SIDE_CM))
        section.top_margin = min(measured(section.top_margin), Cm(HANDOUT_TOP_CM))
        section.bottom_margin = min(measured(section.bottom_margin), Cm(HANDOUT_BOTTOM_CM))


def apply_handout_sizes(document: Document) -> None:
    """The parents' handout is one sheet, two sides: a plan's 12 pt text and spacing, a
    worksheet's margins, tables and gaps."""
    apply_plan_spacing(document)
    # The sheet's four action cards took the room a 12 pt side two needed.
    _leaflet_margins(document)
    styles = NamedStyles(document)
    _compact_pupil_spacing(styles)
    for name in ("LP Bullet", "LP Checkbox"):
        styles[name].paragraph_format.space_after = Pt(1)
        styles[name].paragraph_format.line_spacing = 1.0
    styles["LP Title"].font.size = Pt(HANDOUT_TITLE)
    styles["LP Heading 2"].paragraph_format.space_before = Pt(6)
    # An adult's handwriting: 8 mm lines.
    spacing = styles["LP Writing Line"].element.pPr.find(qn("w:spacing"))
    if spacing is not None and spacing.get(qn("w:lineRule")) == "exact":
        spacing.set(qn("w:line"), str(round(ADULT_WRITING_PITCH * 20)))


def _compact_pupil_spacing(styles: NamedStyles) -> None:
    for name, before in PUPIL_SPACE_BEFORE.items():
        styles[name].paragraph_format.space_before = Pt(before)
    for name, after in PUPIL_SPACE_AFTER.items():
        styles[name].paragraph_format.space_after = Pt(after)
    # Single-spaced text in boxes and tables (stories, help): the lines are short.
    for name in ("LP Callout Text", "LP Table Text"):
        styles[name].paragraph_format.line_spacing = 1.0
    spacer = styles["LP Spacer"].paragraph_format
    if spacer.line_spacing_rule == WD_LINE_SPACING.EXACTLY:
        spacer.line_spacing = Pt(PUPIL_SPACER)


def _at_least(style: ParagraphStyle, size: float) -> None:
    if style.font.size is None or style.font.size < Pt(size):
        style.font.size = Pt(size)
        # The complex-script size (w:szCs) follows, for Arabic or Urdu names in text.
        szcs = style.element.get_or_add_rPr().find(qn("w:szCs"))
        if szcs is not None:
            szcs.set(qn("w:val"), str(round(size * 2)))


LETTER_SIDE_MARGIN_CM = 1.6
# 4 pt between a letter's paragraphs: at 3 its page read as one block of text; at 6 the
# longest letters (a secondary letter with a school's local lines) filled the page to the
# reply slip's last line, with no room for one more.
LETTER_PARAGRAPH_GAP_PT = 4
LETTER_TOP_CM = 1.5


def apply_letter_sizes(document: Document) -> None:
    """A letter's subject line is a heading, but a letter-sized one; paragraphs a little
    closer together than a plan's, and no header or footer to leave room for, so a letter
    with its reply slip fits one sheet."""
    styles = NamedStyles(document)
    heading = styles["LP Heading 1"]
    heading.font.size = Pt(14)
    heading.paragraph_format.space_before = Pt(4)
    heading.paragraph_format.space_after = Pt(4)
    # LP Note too: a trainer's template may give it Word's 8 pt after and 1.15 lines.
    for name in ("LP Body", "LP Bullet", "LP Checkbox", "LP Note"):
        fmt = styles[name].paragraph_format
        # A gap between paragraphs a parent can see: without it a letter reads as a wall.
        fmt.space_after = Pt(LETTER_PARAGRAPH_GAP_PT if name == "LP Body"
                             else 2 if name == "LP Note" else 1)
        fmt.line_spacing = 1.0
    for section in document.sections:
        # A trainer's template may set wide margins (3.2 cm sides on US Letter): a letter
        # with its reply slip must still fit one sheet, so no side margin exceeds 2 cm.
        section.left_margin = min(measured(section.left_margin), Cm(LETTER_SIDE_MARGIN_CM))
        section.right_margin = min(measured(section.right_margin), Cm(LETTER_SIDE_MARGIN_CM))
        # 1.5 cm at the head, clear of a school copier's unprintable edge (at 1 cm the
        # letterhead sat against the trim), and 1 cm at the foot: room to sign the letter and
        # to cut the slip clear of the signatory, on one sheet still.
        section.top_margin = min(measured(section.top_margin), Cm(LETTER_TOP_CM))
        section.bottom_margin = min(measured(section.bottom_margin), Cm(1.0))
        section.header_distance = min(measured(section.header_distance), Cm(0.6))
        section.footer_distance = min(measured(section.footer_distance), Cm(FOOTER_CM))


def apply_plan_spacing(document: Document, line_spacing: float = PLAN_LINE_SPACING) -> None:
    """Teachers' documents are read at a desk, not by a class: lines and paragraphs a little
    closer together than a worksheet's (12 pt text throughout)."""
    styles = NamedStyles(document)
    for name, after in (("LP Body", 5), ("LP Bullet", 2), ("LP Number", 2),
                        ("LP Checkbox", 3), ("LP Callout Text", 2)):
        fmt = styles[name].paragraph_format
        fmt.space_after = Pt(after)
        fmt.line_spacing = line_spacing
    for name in ("LP Table Text", "LP Table Header"):
        fmt = styles[name].paragraph_format
        fmt.space_before = fmt.space_after = Pt(1)
    # Notes (the sources at the end) single-spaced: read least, they take the least room.
    styles["LP Note"].paragraph_format.line_spacing = 1.0
    # Headings a little closer to what went before (size, weight and colour set them
    # apart): a plan has some forty, and at 14 and 10 pt they cost a branded KS3 plan its
    # thirteenth page (tests/test_page_layout.py).
    for name, before in PLAN_HEADING_BEFORE.items():
        styles[name].paragraph_format.space_before = Pt(before)


def apply_language(document: Document, language: str) -> None:
    """Proofing language on the defaults and Normal, which every style inherits."""
    defaults = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault")
                                            + "/" + qn("w:rPr"))
    if defaults is not None:
        set_language(defaults, language)
    set_language(document.styles["Normal"].element.get_or_add_rPr(), language)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)


# The headings sized by eye against the body (Brightpath's 13 pt Calibri
# headings read smaller than the 12 pt bold Arial labels under them, for Calibri's small
# x-height). Titles keep their size: it is set to fit one line.
EYE_SIZED = ("LP Heading 1", "LP Heading 2", "LP Heading 3")
EYE_MOST = 1.25  # a heading is never made more than this much larger


def x_height_ratio(body_font: str, heading_font: str) -> float:
    """How much larger the heading font must be set for its lower-case letters to stand as
    tall as the body font's (its x-height, measured in the fonts the check measures with);
    1.0 when the fonts are one, unknown, or the heading's letters are already as tall."""
    if body_font.strip().lower() == heading_font.strip().lower():
        return 1.0
    body, heading = x_height(body_font), x_height(heading_font)
    if not body or not heading:
        return 1.0
    return min(EYE_MOST, max(1.0, body / heading))


def size_headings_by_eye(document: Document) -> None:
    """Headings in a font with smaller letters than the body's enlarged to match (whole
    points, up), so a plan's signposts stay above the text under them. The fonts are the
    document's own (a trainer's template keeps its fonts)."""
    body, heading = style_fonts(document, "LP Body", "LP Heading 3")
    ratio = x_height_ratio(body, heading) if body and heading else 1.0
    if ratio <= 1.02:
        return
    styles = NamedStyles(document)
    for name in (*EYE_SIZED, "Heading 1", "Heading 2", "Heading 3"):
        style = styles.get(name)
        size = style.font.size if style is not None else None
        if style is None or size is None:
            continue
        points = -(-size.pt * ratio // 1)  # up, to a whole point
        _at_least(style, points)
