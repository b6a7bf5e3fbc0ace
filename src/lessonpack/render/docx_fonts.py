"""The fonts a Word document's styles resolve to: a style's own, its base styles', the
document defaults', the theme's. Read by docx_styles (the heading sizes) and docx_template (a
trainer's template's fonts for the LP styles it lacks); a module of its own so that neither
imports the other for it.
"""

from __future__ import annotations

from typing import Any, cast

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.styles import BabelFish
from docx.styles.style import CharacterStyle, StyleFactory
from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _theme_fonts(document: Document) -> dict[str, str]:
    """'major'/'minor' -> Latin typeface of the document's theme, when it has one."""
    try:
        part = document.part.part_related_by(RT.THEME)
    except KeyError:
        return {}
    root = etree.fromstring(part.blob)
    fonts = {}
    for key, tag in (("major", "majorFont"), ("minor", "minorFont")):
        latin = root.find(f".//{{{A}}}{tag}/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[key] = latin.get("typeface")
    return fonts


def _rfonts_face(rpr: Any, theme: dict[str, str]) -> str | None:
    rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if rfonts is None:
        return None
    theme_ref = rfonts.get(qn("w:asciiTheme"))
    if theme_ref:
        return theme.get("major" if theme_ref.startswith("major") else "minor")
    return rfonts.get(qn("w:ascii"))


def style_elements(document: Document) -> dict[str, Any]:
    """Each style's element by the style's name as python-docx gives it (the last of a name,
    as ``{s.name: s for s in document.styles}``), from one pass over the styles part: making
    a style object of each of a template's hundred or more styles, twice a document, was
    most of adopting the LP styles."""
    by_name: dict[str, Any] = {}
    for element in document.styles.element.iterchildren(qn("w:style")):
        name = element.name_val
        if name is not None:
            by_name[BabelFish.internal2ui(name)] = element
    return by_name


def style_font(document: Document, name: str) -> str | None:
    """The font a paragraph style resolves to: its own, its base styles', the defaults'."""
    return style_fonts(document, name)[0]


def style_fonts(document: Document, *names: str) -> list[str | None]:
    """``style_font`` of each of ``names``, the theme and the styles read once for all (every
    document asks for two, and reading them was a fiftieth of rendering a pack)."""
    theme = _theme_fonts(document)
    styles = style_elements(document)
    defaults = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    found: list[str | None] = []
    for name in names:
        element = styles.get(name)
        style = cast(CharacterStyle, StyleFactory(element)) if element is not None else None
        seen, face = set(), None
        while style is not None and style.name not in seen and not face:
            seen.add(style.name)
            face = _rfonts_face(style.element.rPr, theme)
            style = style.base_style
        found.append(face or _rfonts_face(defaults, theme) or theme.get("minor"))
    return found
