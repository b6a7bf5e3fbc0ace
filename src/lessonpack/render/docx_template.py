"""A trainer's own Word template: give it the "LP …" styles it lacks, in its own fonts.

Rather than refuse a letterhead that only has Word's usual styles, each missing LP style is
copied from our template and set in the trainer's fonts (headings in their Heading 1 font,
text in their Normal font) and heading colour, with the bullet and numbering definitions it
needs. The styles stay editable in Word's Styles pane like any other.
"""

from __future__ import annotations

import copy
import io
from typing import Any, cast

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.styles.style import ParagraphStyle, StyleFactory

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.contrast import AA_NORMAL_TEXT, contrast_ratio
from lessonpack.io.templates import template_bytes
from lessonpack.render.docx_fonts import style_elements, style_fonts
from lessonpack.render.docx_styles import HEADING_FONT_STYLES, NamedStyles, missing_styles
from lessonpack.render.docx_xml import set_fonts

# Each LP heading style and the template's own heading whose colour it takes (used without a
# brand file, the template's colours are the trainer's brand): a heading a trainer adds with
# Word's Heading 2 then matches our Heading 2. Heading 1's when the matching one has none.
_HEADING_COLOUR_STYLES = {"LP Title": "Title", "LP Heading 1": "Heading 1",
                          "LP Heading 2": "Heading 2", "LP Heading 3": "Heading 3",
                          "LP Callout Title": "Heading 1"}


def _heading_colours(document: Document) -> dict[str, str | None]:
    """Each LP heading style's colour (``_HEADING_COLOUR_STYLES``): its template heading's,
    else Heading 1's, else None (ours stays). The styles and the page are read once for all
    six (reading them for each was half of adopting the styles)."""
    styles = style_elements(document)
    page = document.element.find(qn("w:background"))
    grounds = ["FFFFFF", DEFAULT_BRAND.light]
    if page is not None and len(page.get(qn("w:color"), "")) == 6:
        grounds.append(page.get(qn("w:color")))
    first = _heading_colour(styles.get("Heading 1"), grounds)
    return {lp: _heading_colour(styles.get(own), grounds) or first
            for lp, own in _HEADING_COLOUR_STYLES.items()}


def _heading_colour(heading: Any, grounds: list[str]) -> str | None:
    """The colour of the template's heading style (``heading``, its element), when it is
    readable (4.5:1) on each of ``grounds``: white paper, the document's page colour if it
    has one, and the pale fill of our call-out boxes; a light brand blue (#0090BE) on a
    cream page (#FFFFCC) is not, and our colour stays."""
    colour = heading.rPr.find(qn("w:color")) if heading is not None and \
        heading.rPr is not None else None
    value = colour.get(qn("w:val")) if colour is not None else None
    if not value or value == "auto" or len(value) != 6:
        return None
    try:
        readable = all(contrast_ratio(value, g) >= AA_NORMAL_TEXT for g in grounds)
    except ValueError:  # not a hex colour
        return None
    return value if readable else None


def _ids(elements: list[Any], attribute: str) -> list[int]:
    """The whole-number ids the elements carry; a template's numbering with an id missing or
    not a number (a damaged file Word would repair) is passed over, never a crash (found by
    tests/test_properties.py's damaged templates)."""
    found = (element.get(qn(attribute)) for element in elements)
    return [int(value) for value in found if value is not None and value.strip().isdigit()]


def _copy_numbering(target: Document, ours: Document, num_id: str) -> str:
    """Copy one numbering definition (num + abstractNum) from ours; returns its new numId."""
    src = ours.part.numbering_part.element
    dst = target.part.numbering_part.element
    num = next(n for n in src.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in src.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    used_abs = _ids(dst.findall(qn("w:abstractNum")), "w:abstractNumId")
    used_num = _ids(dst.findall(qn("w:num")), "w:numId")
    new_abs, new_num = str(max([0, *used_abs]) + 1), str(max([0, *used_num]) + 1)
    abstract = copy.deepcopy(abstract)
    abstract.set(qn("w:abstractNumId"), new_abs)
    nsid = abstract.find(qn("w:nsid"))
    if nsid is not None:  # Word merges lists that share an nsid; keep ours distinct
        nsid.set(qn("w:val"), f"4C50{int(new_abs):04X}")
    first_num = dst.find(qn("w:num"))
    # Schema order: every abstractNum comes before the first num.
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        dst.append(abstract)
    num = copy.deepcopy(num)
    num.set(qn("w:numId"), new_num)
    num.find(qn("w:abstractNumId")).set(qn("w:val"), new_abs)
    dst.append(num)
    return new_num


def _ensure_numbering(document: Document) -> None:
    """Give a document without a numbering part an empty one. Many Word files have none
    (no list was ever used), and python-docx cannot create it (NotImplementedError)."""
    try:
        document.part.part_related_by(RT.NUMBERING)
        return
    except KeyError:
        pass

    package = document.part.package
    name = package.next_partname("/word/numbering%d.xml") if any(
        p.partname == "/word/numbering.xml" for p in package.iter_parts()) else \
        PackURI("/word/numbering.xml")
    element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
    document.part.relate_to(NumberingPart(name, CT.WML_NUMBERING, element, package),
                            RT.NUMBERING)


def adopt_lp_styles(document: Document, ours_path: Any) -> list[str]:
    """Add every missing LP style to ``document``, in its fonts; returns the names added."""
    _ensure_numbering(document)
    missing = missing_styles(document)
    if not missing:
        return []

    ours = docx.Document(io.BytesIO(template_bytes(ours_path)))
    theirs = NamedStyles(ours)  # python-docx searches the whole part for each name
    heading_font, body_font = style_fonts(document, "Heading 1", "Normal")
    heading_font = heading_font or body_font
    colours = _heading_colours(document)
    root = document.styles.element
    ids = {element.get(qn("w:styleId")) for element in root.iterchildren(qn("w:style"))}
    numbering: dict[str, str] = {}
    for name in missing:
        element = copy.deepcopy(theirs[name].element)
        if element.get(qn("w:styleId")) in ids:  # the trainer uses our id for another style
            element.set(qn("w:styleId"), element.get(qn("w:styleId")) + "LP")
        based = element.find(qn("w:basedOn"))
        if based is not None and based.get(qn("w:val")) not in ids:
            element.remove(based)
        for num_id in element.iter(qn("w:numId")):
            old = num_id.get(qn("w:val"))
            if old not in numbering:
                numbering[old] = _copy_numbering(document, ours, old)
            num_id.set(qn("w:val"), numbering[old])
        root.append(element)
        # The style just added: the first of its name, since the template had none.
        style = cast(ParagraphStyle, StyleFactory(element))
        font = heading_font if name in HEADING_FONT_STYLES else body_font
        if font:
            set_fonts(style.element.get_or_add_rPr(), font)
        if colours.get(name):
            style.font.color.rgb = docx.shared.RGBColor.from_string(colours[name] or "")
    return missing
