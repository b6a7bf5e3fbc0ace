"""Build the built-in Word template, templates/document.docx, reproducibly.

Usage: python tools/build_docx_template.py [OUTPUT]   (default: templates/document.docx)

The template starts from python-docx's default document and keeps only what the renderer
uses: a handful of "LP ..." styles plus the defaults Word needs (Normal, Default Paragraph
Font, Normal Table, No List). The library's styles part holds ~160 styles and python-docx
scans it linearly for every styled paragraph, so trimming it makes rendering much faster.
Colours and fonts here are the default brand; the renderer re-applies the real brand to
these styles on every build. Sizes are for lesson plans, letters and handouts (12 pt body);
the renderer enlarges pupil text for worksheets. Nothing is smaller than 12 pt.

Running the script twice gives identical bytes: fixed core properties and zip timestamps,
sorted zip members, no rsids.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import quoteattr

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "templates" / "document.docx"

# A committed artefact must not depend on the clock or on SOURCE_DATE_EPOCH, or the drift
# test would fail whenever the build environment changes.
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

FONT = "Arial"
LANGUAGE = "en-GB"
# Default brand colours (lessonpack.content.brand.DEFAULT_BRAND); the renderer replaces them.
PRIMARY = "1B2A4A"
SECONDARY = "2456A6"
LIGHT = "EEF2F9"
TEXT = "1F1F1F"  # near-black body text: softer than pure black, 16:1 on white
MUTED = "4D4D4D"  # notes, header and footer: 8.5:1 on white, still AA for small text
RULE = "A6A6A6"  # header and footer rules: quieter than the text
# Writing lines: 0.75 pt mid-grey, as a school's toner prints it (0.5 pt #A6A6A6 lines
# printed faint and partly dropped out).
WRITING_RULE, WRITING_RULE_SIZE = "808080", 6

# Styles from the library template that Word needs as defaults; everything else goes.
KEEP_STYLE_IDS = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList"}

# Numbering definitions referenced by LP Bullet (numId 1), LP Number (numId 2), the quiz
# options of LP Option (A, B, C: numId 3) and the tick boxes of LP Checkbox (numId 4). Real
# lists, so Word and LibreOffice keep them as lists and screen readers announce them.
BULLET_NUM_ID = 1
NUMBER_NUM_ID = 2
OPTION_NUM_ID = 3
CHECKBOX_NUM_ID = 4
# The tick box: a symbol font every Windows machine has; others fall back to one with it.
CHECKBOX_FONT = "Segoe UI Symbol"
CHECKBOX = "\u2610"

# Word's built-in headings, which the LP headings are based on: the navigation pane, a table
# of contents and screen readers find headings by these.
BUILTIN_HEADINGS = (("Heading1", "heading 1", 0), ("Heading2", "heading 2", 1),
                    ("Heading3", "heading 3", 2))

TEXT_WIDTH_TWIPS = 9638  # A4 (11906) minus 2 cm margins (1134) each side


def pt(points: float) -> int:
    """Points to twentieths of a point (twips), the unit of spacing and indents."""
    return round(points * 20)


@dataclass(frozen=True)
class Border:
    side: str  # top, bottom, left, right, between
    size: int  # eighths of a point
    colour: str
    space: int = 1  # points between text and border


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style, written as XML in schema order."""

    name: str
    size: float
    based_on: str = "Normal"
    next: str = ""
    font: str = FONT
    bold: bool = False
    italic: bool = False
    colour: str = ""
    before: float = 0
    after: float = 8
    line: int = 276  # 240ths of a line (auto) unless exact_line is set
    exact_line: float = 0  # points, for writing lines and spacers
    keep_next: bool = False
    keep_lines: bool = False
    num_id: int = 0
    borders: tuple[Border, ...] = ()
    tabs: tuple[tuple[str, int, str], ...] = ()  # (alignment, position twips, leader)
    indent_left: int = 0
    hanging: int = 0
    outline: int = -1
    ui_priority: int = 1
    extra_rpr: str = field(default="")

    @property
    def style_id(self) -> str:
        return self.name.replace(" ", "")


HEADER_TAB = (("right", TEXT_WIDTH_TWIPS, "none"),)

PARA_STYLES: tuple[ParaStyle, ...] = (
    ParaStyle("LP Body", 12, next="LP Body"),
    ParaStyle("LP Lead", 14, next="LP Body", after=12, line=264),
    ParaStyle("LP Note", 12, next="LP Body", italic=True, colour=MUTED),
    # The document's title is its top heading (Heading 1, outline level 1).
    ParaStyle(
        "LP Title", 26, based_on="Heading1", next="LP Subtitle", bold=True, colour=PRIMARY,
        after=4, line=240, keep_next=True, keep_lines=True, outline=0,
    ),
    ParaStyle(
        "LP Subtitle", 14, next="LP Body", colour=SECONDARY, after=18, line=240,
        borders=(Border("bottom", 18, SECONDARY, 8),), keep_next=True,
    ),
    ParaStyle(
        "LP Heading 1", 18, based_on="Heading1",
        next="LP Body", bold=True, colour=PRIMARY, before=20, after=6,
        line=240, keep_next=True, keep_lines=True, outline=0,
    ),
    ParaStyle(
        "LP Heading 2", 15, based_on="Heading2",
        next="LP Body", bold=True, colour=PRIMARY, before=14, after=4,
        line=240, keep_next=True, keep_lines=True, outline=1,
    ),
    ParaStyle(
        "LP Heading 3", 13, based_on="Heading3",
        next="LP Body", bold=True, colour=PRIMARY, before=10, after=3,
        line=240, keep_next=True, keep_lines=True, outline=2,
    ),
    ParaStyle("LP Bullet", 12, next="LP Bullet", after=4, num_id=BULLET_NUM_ID),
    ParaStyle("LP Number", 12, next="LP Number", after=4, num_id=NUMBER_NUM_ID),
    # Tick boxes: a list whose bullet is ☐, so it prints, and Word and LibreOffice keep it.
    ParaStyle("LP Checkbox", 12, next="LP Checkbox", after=6, indent_left=567, hanging=567,
              num_id=CHECKBOX_NUM_ID),
    ParaStyle("LP Question", 12, next="LP Option", bold=True, before=10, after=6,
              keep_next=True, keep_lines=True, indent_left=567, hanging=567,
              tabs=(("left", 567, "none"),)),
    # Quiz options lettered A, B, C by a list (the renderer restarts it per question).
    ParaStyle("LP Option", 12, next="LP Option", after=4, indent_left=1134, hanging=567,
              num_id=OPTION_NUM_ID),
    ParaStyle(
        "LP Callout Title", 13, next="LP Callout Text", bold=True, colour=PRIMARY, after=6,
        line=240, keep_next=True, keep_lines=True,
        borders=(Border("bottom", 12, PRIMARY, 4),),
    ),
    ParaStyle("LP Callout Text", 12, next="LP Callout Text", after=4, line=264),
    ParaStyle("LP Table Text", 12, next="LP Table Text", before=2, after=2, line=252),
    ParaStyle("LP Table Header", 12, next="LP Table Text", bold=True, colour="FFFFFF",
              before=2, after=2, line=240, keep_next=True),
    ParaStyle("LP Header", 12, colour=MUTED, after=0, line=240, tabs=HEADER_TAB,
              borders=(Border("bottom", 4, RULE, 6),)),
    ParaStyle("LP Footer", 12, colour=MUTED, after=0, line=240, tabs=HEADER_TAB,
              borders=(Border("top", 4, RULE, 6),)),
    ParaStyle("LP Name Line", 14, next="LP Body", after=18, line=240),
    # Empty ruled lines, 1 cm apart. Word draws a border between paragraphs that share the
    # same borders only when "between" is set, so both sides are needed.
    ParaStyle(
        "LP Writing Line", 12, next="LP Writing Line", after=0, exact_line=28.35,
        borders=(Border("bottom", WRITING_RULE_SIZE, WRITING_RULE, 1),
                 Border("between", WRITING_RULE_SIZE, WRITING_RULE, 1)),
    ),
    # After every table: gives breathing room and stops Word merging adjacent tables.
    ParaStyle("LP Spacer", 12, next="LP Body", after=0, exact_line=12),
)

HEADING_STYLES = {"LP Title", "LP Subtitle", "LP Heading 1", "LP Heading 2", "LP Heading 3",
                  "LP Callout Title", "LP Table Header"}


def _rpr_xml(style: ParaStyle) -> str:
    parts = [f'<w:rFonts w:ascii="{style.font}" w:hAnsi="{style.font}" w:cs="{style.font}" '
             f'w:eastAsia="{style.font}"/>']
    if style.bold:
        parts.append("<w:b/><w:bCs/>")
    if style.italic:
        parts.append("<w:i/><w:iCs/>")
    if style.colour:
        parts.append(f'<w:color w:val="{style.colour}"/>')
    half_points = round(style.size * 2)
    parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    parts.append(style.extra_rpr)
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def _ppr_xml(style: ParaStyle) -> str:
    parts = []
    if style.keep_next:
        parts.append("<w:keepNext/>")
    if style.keep_lines:
        parts.append("<w:keepLines/>")
    if style.num_id:
        parts.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{style.num_id}"/></w:numPr>')
    if style.borders:
        order = ["top", "left", "bottom", "right", "between"]
        borders = sorted(style.borders, key=lambda b: order.index(b.side))
        parts.append("<w:pBdr>" + "".join(
            f'<w:{b.side} w:val="single" w:sz="{b.size}" w:space="{b.space}" '
            f'w:color="{b.colour}"/>' for b in borders) + "</w:pBdr>")
    if style.tabs:
        parts.append("<w:tabs>" + "".join(
            f'<w:tab w:val="{a}" w:leader="{leader}" w:pos="{pos}"/>'
            for a, pos, leader in style.tabs) + "</w:tabs>")
    if style.exact_line:
        line = f'w:line="{pt(style.exact_line)}" w:lineRule="exact"'
    else:
        line = f'w:line="{style.line}" w:lineRule="auto"'
    parts.append(f'<w:spacing w:before="{pt(style.before)}" w:after="{pt(style.after)}" '
                 f"{line}/>")
    if style.indent_left or style.hanging:
        parts.append(f'<w:ind w:left="{style.indent_left}" w:hanging="{style.hanging}"/>')
    if style.outline >= 0:
        parts.append(f'<w:outlineLvl w:val="{style.outline}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def paragraph_style_xml(style: ParaStyle) -> str:
    next_xml = f'<w:next w:val="{style.next.replace(" ", "")}"/>' if style.next else ""
    return (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" '
        f'w:styleId="{style.style_id}"><w:name w:val={quoteattr(style.name)}/>'
        f'<w:basedOn w:val="{style.based_on}"/>{next_xml}'
        f'<w:uiPriority w:val="{style.ui_priority}"/><w:qFormat/>'
        f"{_ppr_xml(style)}{_rpr_xml(style)}</w:style>"
    )


def builtin_heading_xml(style_id: str, name: str, level: int) -> str:
    """Word's own Heading N (its lower-case built-in name), plain: the LP headings on it set
    the look; the outline level makes it a heading for navigation and screen readers."""
    return (
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{style_id}">'
        f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        f'<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
        f'<w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
    )


def table_style_xml() -> str:
    """LP Table: thin grey grid, padded cells, branded header row (for tables teachers add)."""
    grid = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="LPTable">'
        '<w:name w:val="LP Table"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr>'
        f'<w:tblPr><w:tblBorders>{grid}</w:tblBorders><w:tblCellMar>'
        '<w:top w:w="85" w:type="dxa"/><w:left w:w="142" w:type="dxa"/>'
        '<w:bottom w:w="85" w:type="dxa"/><w:right w:w="142" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr>"
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/>'
        f'</w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" '
        f'w:color="auto" w:fill="{SECONDARY}"/></w:tcPr></w:tblStylePr></w:style>'
    )


def _fix_doc_defaults(styles_el) -> None:
    """Explicit Arial and en-GB for everything: theme font attributes would override them."""
    defaults = styles_el.find(qn("w:docDefaults"))
    defaults.getparent().replace(defaults, parse_xml(
        f'<w:docDefaults {nsdecls("w")}><w:rPrDefault><w:rPr>'
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        f'<w:color w:val="{TEXT}"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
        f'<w:lang w:val="{LANGUAGE}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="160" w:line="276" '
        'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    ))


def build_styles(document) -> None:
    styles_el = document.styles.element
    _fix_doc_defaults(styles_el)
    for style in styles_el.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in KEEP_STYLE_IDS:
            styles_el.remove(style)
    for style in styles_el.findall(qn("w:style")):
        for rsid in style.findall(qn("w:rsid")):
            style.remove(rsid)
    normal = styles_el.xpath('w:style[@w:styleId="Normal"]')[0]
    normal.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" '
        f'w:eastAsia="{FONT}"/><w:lang w:val="{LANGUAGE}"/></w:rPr>'
    ))
    for style_id, name, level in BUILTIN_HEADINGS:
        styles_el.append(parse_xml(builtin_heading_xml(style_id, name, level)))
    for spec in PARA_STYLES:
        styles_el.append(parse_xml(paragraph_style_xml(spec)))
    styles_el.append(parse_xml(table_style_xml()))


def _level_xml(num_format: str, text: str, left: int, hanging: int, font: str = FONT,
               bold: bool = False) -> str:
    weight = "<w:b/><w:bCs/>" if bold else ""
    fonts = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>{weight}'
             "</w:rPr>")
    return (
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{num_format}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs>'
        f'<w:tab w:val="num" w:pos="{left}"/></w:tabs><w:ind w:left="{left}" '
        f'w:hanging="{hanging}"/></w:pPr>{fonts}</w:lvl>'
    )


def numbering_xml() -> str:
    """One bullet and one decimal list; the renderer restarts numbering per list."""
    return (
        f'<w:numbering {nsdecls("w")}>'
        '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="4C500001"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4C500101"/>'
        f'{_level_xml("bullet", "•", 567, 397)}</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:nsid w:val="4C500002"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4C500102"/>'
        f'{_level_xml("decimal", "%1.", 567, 567)}</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="3"><w:nsid w:val="4C500003"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4C500103"/>'
        f'{_level_xml("upperLetter", "%1", 1134, 567, bold=True)}</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="4"><w:nsid w:val="4C500004"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="4C500104"/>'
        f'{_level_xml("bullet", CHECKBOX, 567, 567, font=CHECKBOX_FONT)}</w:abstractNum>'
        f'<w:num w:numId="{BULLET_NUM_ID}"><w:abstractNumId w:val="1"/></w:num>'
        f'<w:num w:numId="{NUMBER_NUM_ID}"><w:abstractNumId w:val="2"/></w:num>'
        f'<w:num w:numId="{OPTION_NUM_ID}"><w:abstractNumId w:val="3"/></w:num>'
        f'<w:num w:numId="{CHECKBOX_NUM_ID}"><w:abstractNumId w:val="4"/></w:num>'
        "</w:numbering>"
    )


def build_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(numbering_xml()):
        numbering.append(child)


def build_page(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    # Room at the top for a header with a logo; footer holds the page numbers.
    section.top_margin, section.bottom_margin = Cm(2.6), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(0.9), Cm(1)
    sect_pr = section._sectPr
    for attr in list(sect_pr.attrib):
        if attr.startswith(qn("w:rsid")[:-4]):
            del sect_pr.attrib[attr]
    body = document.element.body
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    document.add_paragraph(style=document.styles["LP Body"])


def build_settings(document) -> None:
    settings = document.settings.element
    # proofState "clean" would tell Word the new text was already spell-checked.
    for tag in ("w:rsids", "w:savePreviewPicture", "w:attachedTemplate", "w:proofState"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    # Mode 15 stops Word opening the file in "Compatibility Mode".
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    for lang in settings.findall(qn("w:themeFontLang")):
        lang.set(qn("w:val"), LANGUAGE)


def drop_stale_parts(document) -> None:
    """The library template carries a Mac thumbnail, a stale customXml item and a second,
    untrimmed copy of the styles (stylesWithEffects, Word 2010 only); none are needed."""
    unwanted = {RT.THUMBNAIL, RT.CUSTOM_XML,
                "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"}
    for part in (document.part.package, document.part):
        for r_id, rel in list(part.rels.items()):
            if rel.reltype in unwanted:
                del part.rels[r_id]


def reset_core_properties(document) -> None:
    props = document.core_properties
    props.title = props.subject = props.keywords = props.comments = props.category = ""
    props.author = props.last_modified_by = "lessonpack"
    props.language = LANGUAGE
    props.revision = 1
    props.created = props.modified = FIXED_TIME


APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Template>document.docx</Template>'
    "<Application>lessonpack</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _theme_fonts(xml: bytes) -> bytes:
    """Make the theme's heading and body fonts Arial too, for text a teacher adds later."""
    text = xml.decode("utf-8")
    text = re.sub(r'(<a:(?:major|minor)Font>\s*<a:latin typeface=")[^"]*"', rf'\g<1>{FONT}"',
                  text)
    return text.encode("utf-8")


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with sorted members and fixed timestamps, patching two parts."""
    patches = {"docProps/app.xml": lambda _: APP_XML.encode("utf-8"),
               "word/theme/theme1.xml": _theme_fonts}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            content = src.read(name)
            if name in patches:
                content = patches[name](content)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, content)
    return out.getvalue()


def build_template() -> bytes:
    document = Document()
    build_styles(document)
    build_numbering(document)
    build_page(document)
    build_settings(document)
    drop_stale_parts(document)
    reset_core_properties(document)
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(build_template())
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
