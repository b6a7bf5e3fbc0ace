"""The named styles a Word template must provide, and putting the brand into them.

The brand goes into the styles themselves (not into each paragraph) so a teacher who edits
the document later, or adds a heading, still gets the school's fonts and colours.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle, StyleFactory

from lessonpack.brand import Brand
from lessonpack.errors import UserError, problem_at
from lessonpack.render.docx_xml import hex_colour, recolour_borders, set_fonts, set_language

PARAGRAPH_STYLES: tuple[str, ...] = (
    "LP Title", "LP Subtitle", "LP Heading 1", "LP Heading 2", "LP Heading 3",
    "LP Body", "LP Lead", "LP Note", "LP Bullet", "LP Number", "LP Checkbox",
    "LP Question", "LP Option", "LP Callout Title", "LP Callout Text",
    "LP Table Text", "LP Table Header", "LP Header", "LP Footer", "LP Name Line",
    "LP Writing Line", "LP Spacer",
)
TABLE_STYLE = "LP Table"
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
# Colour of the rules (paragraph borders) some styles carry.
_RULE_COLOURS = {"LP Subtitle": "secondary", "LP Callout Title": "primary"}

# Worksheets are read by pupils: body text at least 14 pt, headings scaled to match.
PUPIL_SIZES = {
    "LP Body": 14, "LP Lead": 16, "LP Note": 14, "LP Bullet": 14, "LP Number": 14,
    "LP Checkbox": 14, "LP Question": 14, "LP Option": 14, "LP Callout Text": 14,
    "LP Callout Title": 15, "LP Table Text": 14, "LP Table Header": 14, "LP Name Line": 14,
    "LP Title": 28, "LP Subtitle": 16, "LP Heading 1": 20, "LP Heading 2": 17,
    "LP Heading 3": 15,
}


class NamedStyles(Mapping[str, BaseStyle]):
    """Styles by name (the first of a name, as ``document.styles[name]`` finds it), from one
    pass over the styles part: python-docx searches the whole part for each name. Style
    objects are made only for the names asked for."""

    def __init__(self, document: Document) -> None:
        self._elements: dict[str, Any] = {}
        for element in document.styles.element.iterchildren(qn("w:style")):
            name = element.find(qn("w:name"))
            if name is not None:
                self._elements.setdefault(name.get(qn("w:val")), element)

    def __getitem__(self, name: str) -> BaseStyle:
        return StyleFactory(self._elements[name])

    def __iter__(self) -> Iterator[str]:
        return iter(self._elements)

    def __len__(self) -> int:
        return len(self._elements)


def missing_styles(document: Document) -> list[str]:
    """Names of required styles the template does not define (empty when it is usable)."""
    present = {(s.name, s.type) for s in document.styles}
    missing = [n for n in PARAGRAPH_STYLES if (n, WD_STYLE_TYPE.PARAGRAPH) not in present]
    if (TABLE_STYLE, WD_STYLE_TYPE.TABLE) not in present:
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
    _brand_table_style(styles[TABLE_STYLE], brand)


def _set_default_font(document: Document, font: str) -> None:
    rpr = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault")
                                       + "/" + qn("w:rPr"))
    if rpr is not None:
        set_fonts(rpr, font)


def _brand_table_style(table_style: BaseStyle, brand: Brand) -> None:
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
    "LP Heading 3": 19,
}


def apply_pupil_sizes(document: Document, *, large: bool = False) -> None:
    """Enlarge pupil-facing styles for worksheets (``large``: for key stage 1), never
    shrinking a template's choice."""
    styles = NamedStyles(document)
    for name, size in (LARGE_PUPIL_SIZES if large else PUPIL_SIZES).items():
        style = styles[name]
        if style.font.size is None or style.font.size < Pt(size):
            style.font.size = Pt(size)
            # The complex-script size (w:szCs) follows, for Arabic or Urdu names in text.
            szcs = style.element.get_or_add_rPr().find(qn("w:szCs"))
            if szcs is not None:
                szcs.set(qn("w:val"), str(round(size * 2)))


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
