"""A trainer's Word template made ready for lessonpack's English text, whatever saved it.

Real templates carry settings meant for their own writing that would spoil ours:

- a page set-up with no size or margins (pandoc reference documents): A4 with 2.5 cm margins;
- right-to-left defaults (ONLYOFFICE's ar-SA and he-IL documents): ``w:bidi`` on the
  paragraph defaults, styles and section, ``w:rtl`` on runs, mirrored tables (``bidiVisual``)
  and gutter; English text would come out mirrored, its full stops at the wrong end;
- a line grid (``docGrid type="lines"``, Chinese official documents): every line snaps to a
  pitch meant for CJK text, spreading a worksheet over twice the pages;
- separate odd/even or first-page headers: the running header lessonpack writes is the
  default (odd-page) one, so even pages and the first page would show the template's own
  (or nothing) instead;
- ``stylesWithEffects.xml`` (Word 2010): a second copy of the styles that Word expects to
  match styles.xml; lessonpack changes styles.xml, so the stale copy is dropped (Word writes
  it again when it needs it);
- an older compatibility mode (a template saved by Word 2010 is mode 14, older ones lower or
  none): there a table's edge sits a cell margin left of the text, so every table hung
  2.5 mm into the margin and every boxed panel 4.5 mm left and short on the right. Our
  tables are measured for Word 2013's layout (mode 15), which the output declares.

The trainer's file is never changed: this works on the copy being rendered.
"""

from __future__ import annotations

import contextlib

from docx.document import Document
from docx.oxml.ns import qn
from docx.section import _Footer, _Header
from docx.shared import Length
from lxml import etree

from lessonpack.errors import InternalError
from lessonpack.render.docx_xml import has_content
from lessonpack.render.ooxml.docx import own_story_xml, section_xml

A4 = (11906, 16838)  # twentieths of a point
MARGIN, FURNITURE = 1418, 709  # 2.5 cm margins, header and footer 1.25 cm from the edge
STYLES_WITH_EFFECTS = ("http://schemas.microsoft.com/office/2007/relationships/"
                       "stylesWithEffects")
_RTL_TAGS = ("w:bidi", "w:rtl", "w:bidiVisual", "w:rtlGutter")


def prepare_page(document: Document, *, keep_furniture: bool) -> None:
    """Everything above, on the document about to be rendered. ``keep_furniture``: the
    template's own headers and footers stay (a letterhead used without a brand file)."""
    body = document.element.body
    if body.find(qn("w:sectPr")) is None:
        body.append(body.makeelement(qn("w:sectPr"), {}))
    for sect in body.iter(qn("w:sectPr")):
        _page_setup(sect)
        _no_line_grid(sect)
    _left_to_right(document)
    _headers(document, keep_furniture)
    _drop_styles_with_effects(document)
    modern_layout(document)


# Word 2013's table layout: the text in a table's first column lines up with the text above.
COMPATIBILITY_MODE = "15"
_WORD_URI = "http://schemas.microsoft.com/office/word"
# The settings elements that come after w:compat in CT_Settings' sequence.
_AFTER_COMPAT = ("w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
                 "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
                 "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
                 "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
                 "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol",
                 "w:listSeparator")


def modern_layout(document: Document) -> None:
    """Declare compatibility mode 15 in the copy's settings (its other settings kept)."""
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = settings.makeelement(qn("w:compat"), {})
        later = next((found for found in (settings.find(qn(tag)) for tag in _AFTER_COMPAT)
                      if found is not None), None)
        if later is not None:
            later.addprevious(compat)
        else:
            settings.append(compat)
    mode = next((c for c in compat.findall(qn("w:compatSetting"))
                 if c.get(qn("w:name")) == "compatibilityMode"), None)
    if mode is None:
        mode = compat.makeelement(qn("w:compatSetting"), {})
        mode.set(qn("w:name"), "compatibilityMode")
        mode.set(qn("w:uri"), _WORD_URI)
        compat.append(mode)
    mode.set(qn("w:val"), COMPATIBILITY_MODE)


def _page_setup(sect: etree._Element) -> None:
    size = sect.find(qn("w:pgSz"))
    if size is None:
        size = _insert(sect, "w:pgSz", before=("w:pgMar", "w:cols", "w:docGrid"))
    if not size.get(qn("w:w")) or not size.get(qn("w:h")):
        size.set(qn("w:w"), str(A4[0]))
        size.set(qn("w:h"), str(A4[1]))
    margins = sect.find(qn("w:pgMar"))
    if margins is None:
        margins = _insert(sect, "w:pgMar", before=("w:cols", "w:docGrid"))
    for side in ("top", "right", "bottom", "left"):
        if margins.get(qn(f"w:{side}")) is None:
            margins.set(qn(f"w:{side}"), str(MARGIN))
    for edge in ("header", "footer"):
        if margins.get(qn(f"w:{edge}")) is None:
            margins.set(qn(f"w:{edge}"), str(FURNITURE))
    if margins.get(qn("w:gutter")) is None:
        margins.set(qn("w:gutter"), "0")


def measured(value: Length | None) -> Length:
    """A section's page size, margin or header/footer distance, which python-docx reads as
    None where the section does not set it: _page_setup sets every one on every section, so
    None after prepare_page is a bug, said here rather than as a TypeError in arithmetic."""
    if value is None:
        raise InternalError("a section lacks a page measure that prepare_page sets")
    return value


def _insert(sect: etree._Element, tag: str, before: tuple[str, ...]) -> etree._Element:
    """A new child of sectPr in schema order (ahead of the first of ``before`` present)."""
    element = sect.makeelement(qn(tag), {})
    for name in before:
        found = sect.find(qn(name))
        if found is not None:
            found.addprevious(element)
            return element
    sect.append(element)
    return element


def _no_line_grid(sect: etree._Element) -> None:
    grid = sect.find(qn("w:docGrid"))
    if grid is not None:
        # "lines" and "linesAndChars" snap every line (and character) to the pitch; the
        # default grid type snaps nothing.
        for attr in ("w:type", "w:charSpace"):
            grid.attrib.pop(qn(attr), None)


def _left_to_right(document: Document) -> None:
    """Right-to-left settings removed from the defaults, every style, the numbering and the
    sections: the lesson text is English. (The body itself is replaced by ours.)"""
    roots: list[etree._Element] = [document.styles.element,
                                   *document.element.body.iter(qn("w:sectPr"))]
    with contextlib.suppress(KeyError, NotImplementedError):
        roots.append(document.part.numbering_part.element)
    for root in roots:
        for tag in _RTL_TAGS:
            for element in list(root.iter(qn(tag))):
                element.getparent().remove(element)


def _shows(story: _Header | _Footer) -> bool:
    """Whether a header or footer of a section has its own definition with text or a picture
    (looked at without python-docx adding an empty one)."""
    own = own_story_xml(story)
    return own is not None and has_content(own)


def _headers(document: Document, keep_furniture: bool) -> None:
    settings = document.settings.element
    even_odd = settings.find(qn("w:evenAndOddHeaders"))
    sections = list(document.sections)
    if even_odd is not None and not (keep_furniture and any(
            _shows(s.even_page_header) or _shows(s.even_page_footer) for s in sections)):
        # The running header and footer lessonpack writes are the default ones: with separate
        # even pages they would be missing from every second page.
        settings.remove(even_odd)
    for section in sections:
        title_pg = section_xml(section).find(qn("w:titlePg"))
        if title_pg is not None and not (keep_furniture and (
                _shows(section.first_page_header) or _shows(section.first_page_footer))):
            section_xml(section).remove(title_pg)


def _drop_styles_with_effects(document: Document) -> None:
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            part.drop_rel(r_id)
