"""Writes a brand into a deck's theme: the colour scheme and the font scheme.

Layouts and slides refer only to theme colours (tx2, accent1, …) and theme fonts (+mj-lt,
+mn-lt), so changing the theme re-brands everything and stays editable in PowerPoint's
Design tab.
"""

from __future__ import annotations

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation

from lessonpack.brand import DEFAULT_BRAND, Brand

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
TEXT_DARK = "1A1A1A"


def scheme_colours(brand: Brand) -> dict[str, str]:
    return {
        "dk1": TEXT_DARK,
        "lt1": "FFFFFF",
        "dk2": brand.primary.lstrip("#").upper(),
        "lt2": brand.light.lstrip("#").upper(),
        "accent1": brand.secondary.lstrip("#").upper(),
        "accent2": brand.accent.lstrip("#").upper(),
        "accent3": "2E7D4F",
        "accent4": "B25E00",
        "accent5": "5B3FA0",
        "accent6": "0E6E78",
        "hlink": brand.secondary.lstrip("#").upper(),
        "folHlink": brand.primary.lstrip("#").upper(),
    }


def _set_colours(clr_scheme: etree._Element, colours: dict[str, str]) -> None:
    for name, value in colours.items():
        slot = clr_scheme.find(f"{{{A}}}{name}")
        if slot is None:
            continue
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{{{A}}}srgbClr", val=value)


def _set_fonts(font_scheme: etree._Element, heading: str, body: str) -> None:
    for tag, face in (("majorFont", heading), ("minorFont", body)):
        group = font_scheme.find(f"{{{A}}}{tag}")
        latin = group.find(f"{{{A}}}latin")
        latin.set("typeface", face)
        for attr in ("panose", "pitchFamily", "charset"):
            latin.attrib.pop(attr, None)


def apply_theme(prs: Presentation, brand: Brand = DEFAULT_BRAND, name: str | None = None) -> None:
    """Rewrite every theme used by the deck's masters with the brand's colours and fonts."""
    for master in prs.slide_masters:
        part = master.part.part_related_by(RT.THEME)
        root = etree.fromstring(part.blob)
        elements = root.find(f"{{{A}}}themeElements")
        clr = elements.find(f"{{{A}}}clrScheme")
        clr.set("name", name or brand.org_name)
        _set_colours(clr, scheme_colours(brand))
        fonts = elements.find(f"{{{A}}}fontScheme")
        fonts.set("name", name or brand.org_name)
        _set_fonts(fonts, brand.heading_font, brand.body_font)
        if name:
            root.set("name", name)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                    standalone=True)
