"""Small WordprocessingML helpers that python-docx has no API for.

Elements are inserted in schema order: Word refuses files whose property elements are out of
order, and LibreOffice silently ignores some of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import quoteattr

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tc
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

W = nsdecls("w")

# Successors of w:pBdr inside w:pPr (ECMA-376 CT_PPrBase order).
_PBDR_SUCCESSORS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_POSITION_SUCCESSORS = (
    "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText",
    "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish",
    "w:oMath",
)
_BORDER_ORDER = ("top", "left", "bottom", "right", "between", "bar", "insideH", "insideV")
# Successors of w:shd inside w:tcPr (ECMA-376 CT_TcPr order: cnfStyle, tcW, gridSpan, hMerge,
# vMerge, tcBorders, then shd, then these).
_CELL_SHD_SUCCESSORS = (
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)
_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

TWIPS_PER_CM = 567


def hex_colour(colour: str) -> str:
    """'#1b2a4a' -> '1B2A4A', the form WordprocessingML stores."""
    return colour.lstrip("#").upper()


def set_fonts(rpr: BaseOxmlElement, font: str) -> None:
    """Set one font for every script; theme attributes would otherwise win over it."""
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    for attr in _THEME_FONT_ATTRS:
        rfonts.attrib.pop(qn(attr), None)


def set_language(rpr: BaseOxmlElement, language: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        # w:lang comes late in w:rPr; only a few rarely used elements may follow it.
        successors = [rpr.find(qn(t)) for t in ("w:eastAsianLayout", "w:specVanish", "w:oMath")]
        following = next((el for el in successors if el is not None), None)
        if following is not None:
            following.addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(qn("w:val"), language)


def border_xml(side: str, size: int, colour: str, space: int = 0, style: str = "single") -> str:
    """One border element; size in eighths of a point, space in points."""
    return (f'<w:{side} w:val="{style}" w:sz="{size}" w:space="{space}" '
            f'w:color="{hex_colour(colour)}"/>')


def set_paragraph_borders(ppr: BaseOxmlElement, borders: Sequence[str]) -> None:
    """Replace the paragraph's borders with `borders` (border XML strings, any order)."""
    old = ppr.find(qn("w:pBdr"))
    if old is not None:
        ppr.remove(old)
    pbdr = parse_xml(f"<w:pBdr {W}>{''.join(borders)}</w:pBdr>")
    pbdr[:] = sorted(pbdr, key=lambda b: _BORDER_ORDER.index(etree.QName(b).localname))
    ppr.insert_element_before(pbdr, *_PBDR_SUCCESSORS)


def copy_paragraph_borders(source: BaseOxmlElement | None, target: BaseOxmlElement) -> None:
    """Give the `target` pPr the borders of the `source` pPr (e.g. a style's rule)."""
    pbdr = source.find(qn("w:pBdr")) if source is not None else None
    if pbdr is not None:
        set_paragraph_borders(target, [etree.tostring(b, encoding="unicode") for b in pbdr])


def raise_run(rpr: BaseOxmlElement, points: float) -> None:
    """Lift text above the baseline (w:position), e.g. to centre it beside a logo."""
    position = OxmlElement("w:position")
    position.set(qn("w:val"), str(round(points * 2)))
    rpr.insert_element_before(position, *_POSITION_SUCCESSORS)


def recolour_borders(container: BaseOxmlElement | None, colour: str) -> None:
    """Give every border under a pPr/tcPr/tblPr one colour (brand rules in styles)."""
    if container is None:
        return
    for border in container.iter(*(qn(f"w:{side}") for side in _BORDER_ORDER)):
        if border.get(qn("w:val")) not in (None, "nil", "none"):
            border.set(qn("w:color"), hex_colour(colour))


def field_xml(instruction: str, placeholder: str = "1") -> str:
    """A simple field (PAGE, NUMPAGES); Word and LibreOffice update it when laying out."""
    return (f'<w:fldSimple {W} w:instr=" {instruction} "><w:r><w:t>{placeholder}</w:t></w:r>'
            "</w:fldSimple>")


def cell_xml(width: int, style_ids: Sequence[str], props: str = "") -> str:
    """A table cell with one empty paragraph per style; `props` is extra w:tcPr content."""
    paragraphs = "".join(f'<w:p><w:pPr><w:pStyle w:val="{sid}"/></w:pPr></w:p>'
                         for sid in style_ids)
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{props}</w:tcPr>'
            f"{paragraphs}</w:tc>")


def row_xml(cells: Sequence[str], header: bool = False, min_height: int = 0) -> str:
    """A table row that never splits across pages; a header row repeats on each page."""
    height = f'<w:trHeight w:val="{min_height}" w:hRule="atLeast"/>' if min_height else ""
    repeat = "<w:tblHeader/>" if header else ""
    return f"<w:tr><w:trPr><w:cantSplit/>{height}{repeat}</w:trPr>{''.join(cells)}</w:tr>"


def table_xml(widths: Sequence[int], rows: Sequence[str], style_id: str = "",
              cell_margins: tuple[int, int] = (85, 142), caption: str = "") -> str:
    """A fixed-layout table. Widths are twips; cell margins (vertical, horizontal) twips.

    Cell margins are written on the table itself because LibreOffice does not always take
    them from the table style.
    """
    style = f'<w:tblStyle w:val="{style_id}"/>' if style_id else ""
    vertical, horizontal = cell_margins
    margins = (f'<w:tblCellMar><w:top w:w="{vertical}" w:type="dxa"/>'
               f'<w:left w:w="{horizontal}" w:type="dxa"/>'
               f'<w:bottom w:w="{vertical}" w:type="dxa"/>'
               f'<w:right w:w="{horizontal}" w:type="dxa"/></w:tblCellMar>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    # Word shows tblCaption as the table's alt-text title.
    caption_xml = f"<w:tblCaption w:val={quoteattr(caption)}/>" if caption else ""
    return (
        f"<w:tbl {W}><w:tblPr>{style}<w:tblW w:w=\"{sum(widths)}\" w:type=\"dxa\"/>"
        f'<w:tblLayout w:type="fixed"/>{margins}'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>{caption_xml}</w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def shading_xml(fill: str) -> str:
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_colour(fill)}"/>'


def shade_cell(tc: CT_Tc, fill: str) -> None:
    """The cell on ``fill`` (hex), replacing any shading it had, at the place the schema
    gives w:shd in its properties (before a margin or vertical alignment already set)."""
    tcpr = tc.get_or_add_tcPr()
    old = tcpr.find(qn("w:shd"))
    if old is not None:
        tcpr.remove(old)
    shading = parse_xml(shading_xml(fill).replace("<w:shd ", f"<w:shd {W} "))
    tcpr.insert_element_before(shading, *_CELL_SHD_SUCCESSORS)


def embolden(r: CT_R) -> None:
    """The run in bold (and bold in complex scripts), in the run's own properties when it
    has them (a highlighted field, a coloured word), each in the schema's order."""
    rpr = r.get_or_add_rPr()
    rpr.get_or_add_b().val = True
    rpr.get_or_add_bCs().val = True


def distribute(total: int, weights: Sequence[float], count: int) -> list[int]:
    """Split `total` twips into `count` columns by relative `weights` (equal when empty)."""
    if len(weights) != count or sum(weights) <= 0:
        weights = [1.0] * count
    scale = total / sum(weights)
    widths = [int(w * scale) for w in weights]
    widths[-1] += total - sum(widths)  # rounding remainder, so the table fills the line
    return widths


def has_content(story: BaseOxmlElement) -> bool:
    """Text or a picture in a header or footer part (a trainer's letterhead)."""
    return any(t.text and t.text.strip() for t in story.iter(qn("w:t"))) or \
        next(story.iter(qn("w:drawing")), None) is not None


_P, _PPR, _PSTYLE, _R = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:r")
_T, _TAB, _BR, _KEEP_NEXT = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:keepNext")
_KEEP_LINES = qn("w:keepLines")
_VAL, _SECT_PR, _SPACE = qn("w:val"), qn("w:sectPr"), qn("xml:space")
# A tab, a line break, or a no-break hyphen (U+2011): Word's own w:noBreakHyphen, which it
# draws with the font's hyphen (Calibri has no U+2011 glyph) and python-docx reads as "-".
_BREAKS = re.compile(r"([\t\r\n\u2011])")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")

# python-docx builds each element through its generic child-insertion machinery, a tenth of
# a millisecond per paragraph and most of the time spent writing a document. The helpers
# below build the same XML directly (tests/test_docx_xml.py compares them with python-docx).


def new_paragraph(body: BaseOxmlElement, style_id: str) -> BaseOxmlElement:
    """A ``w:p`` with its style at the end of ``body`` (before its final sectPr), as
    python-docx's add_paragraph and style setter make it."""
    p = body.makeelement(_P, {})
    etree.SubElement(etree.SubElement(p, _PPR), _PSTYLE, {_VAL: style_id})
    end = body[-1] if len(body) else None
    if end is not None and end.tag == _SECT_PR:
        end.addprevious(p)
    else:
        body.append(p)
    return p


# A phone number's digit groups ("0344 381 4772", "0800 1111", "116 123", "01632 960 214"):
# a number starting 0 or 1, then one to three more groups of two to four digits.
_PHONE = re.compile(r"(?<![\d\u00a0])[01]\d{2,4}(?: \d{2,4}){1,3}(?![\d\u00a0])")
# What every such number holds: a digit, a space, a digit.
_DIGIT_SPACE_DIGIT = re.compile(r"\d \d")


def hold_phone_numbers(story: BaseOxmlElement) -> None:
    """Every phone number in ``story``'s texts with its groups joined by no-break spaces, so
    no number splits over two lines or two pages (a plan's first page printed "0344 381"
    at its foot and "4772" overleaf). Done on the finished document, so every way a run is
    written is covered; a number split between runs is left as it is."""
    for t in story.iter(_T):
        if t.text and " " in t.text:
            t.text = held_numbers(t.text)


def held_numbers(text: str, joiner: str = "\u00a0") -> str:
    """``text`` with the spaces inside its phone numbers replaced by ``joiner``."""
    if _DIGIT_SPACE_DIGIT.search(text) is None:
        return text  # no number of two groups in it: most texts, found at a third the cost
    return _PHONE.sub(lambda m: m.group().replace(" ", joiner), text)


def add_run(p: BaseOxmlElement, text: str) -> BaseOxmlElement:
    """A run holding ``text`` appended to paragraph ``p``, as python-docx's add_run makes it:
    a w:t per stretch of text (space-preserving when it starts or ends with a space), w:tab
    per tab, w:br per line break and w:noBreakHyphen per U+2011."""
    r = etree.SubElement(p, _R)
    for piece in _BREAKS.split(text):
        if piece == "\t":
            etree.SubElement(r, _TAB)
        elif piece == "\u2011":
            etree.SubElement(r, _NO_BREAK_HYPHEN)
        elif piece in ("\r", "\n"):
            etree.SubElement(r, _BR)
        elif piece:
            t = etree.SubElement(r, _T)
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(_SPACE, "preserve")
    return r


def keep_with_next(p: BaseOxmlElement, keep: bool | None) -> None:
    """python-docx's ``paragraph_format.keep_with_next = keep``: w:keepNext is the second
    child a w:pPr may have (after w:pStyle); False writes w:val="0", None removes it."""
    ppr = p.find(_PPR)
    if ppr is None:  # made even to remove nothing, as python-docx does
        ppr = p.makeelement(_PPR, {})
        p.insert(0, ppr)
    found = ppr.find(_KEEP_NEXT)
    if keep is None:
        if found is not None:
            ppr.remove(found)
        return
    if found is None:
        found = ppr.makeelement(_KEEP_NEXT, {})
        ppr.insert(1 if len(ppr) and ppr[0].tag == _PSTYLE else 0, found)
    if keep:
        found.attrib.pop(_VAL, None)
    else:
        found.set(_VAL, "0")


def keep_lines(p: BaseOxmlElement) -> None:
    """python-docx's ``paragraph_format.keep_together = True``: w:keepLines comes after
    w:pStyle and w:keepNext in a w:pPr. (A plan sets it on some four hundred paragraphs.)"""
    ppr = p.find(_PPR)
    if ppr is None:
        ppr = p.makeelement(_PPR, {})
        p.insert(0, ppr)
    found = ppr.find(_KEEP_LINES)
    if found is None:
        found = ppr.makeelement(_KEEP_LINES, {})
        at = 0
        while at < len(ppr) and ppr[at].tag in (_PSTYLE, _KEEP_NEXT):
            at += 1
        ppr.insert(at, found)
    found.attrib.pop(_VAL, None)
