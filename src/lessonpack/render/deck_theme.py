"""Writes a brand into a deck's theme: the colour scheme and the font scheme.

Layouts and slides refer only to theme colours (tx2, accent1, …) and theme fonts (+mj-lt,
+mn-lt), so changing the theme re-brands everything and stays editable in PowerPoint's
Design tab. Roles: dk2 = primary, accent1 = secondary, accent2 = accent, lt2 = light.

LibreOffice writes the colours and fonts it resolved as fixed values when it saves a .pptx,
which would cut a template off from its theme; ``relink_to_theme`` turns them back into theme
references before a brand is applied.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation
from pptx.slide import SlideMaster

from lessonpack.content.brand import DEFAULT_BRAND, Brand, contrast_failures
from lessonpack.render.deck_callout import callout_role
from lessonpack.render.ooxml import A, P, set_part_bytes

TEXT_DARK = "1A1A1A"
# Brand role -> theme slot, and the slot names shapes use for the four base colours.
ROLE_SLOTS = {"primary": "dk2", "secondary": "accent1", "accent": "accent2", "light": "lt2"}
SLOT_REFS = {"dk1": "tx1", "lt1": "bg1", "dk2": "tx2", "lt2": "bg2"}
SLOTS = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
         "accent6", "hlink", "folHlink")


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
        # The call-out bars' colour (render/deck_accent.py): the accent a brand file chose,
        # else the secondary (lessonpack's own accent is the red kept for danger).
        "accent6": getattr(brand, callout_role(brand)).lstrip("#").upper(),
        "hlink": brand.secondary.lstrip("#").upper(),
        "folHlink": brand.primary.lstrip("#").upper(),
    }


def _theme_part(master: SlideMaster) -> Any:  # python-pptx XmlPart
    return master.part.part_related_by(RT.THEME)


def _theme_root(master: SlideMaster) -> etree._Element:
    return etree.fromstring(_theme_part(master).blob)


def _slot_value(slot: etree._Element) -> str | None:
    for child in slot:
        if child.tag == f"{{{A}}}srgbClr":
            return child.get("val", "").upper()
        if child.tag == f"{{{A}}}sysClr":
            return child.get("lastClr", "").upper() or None
    return None


def read_theme(master: SlideMaster) -> tuple[dict[str, str], str, str]:
    """(slot -> RRGGBB, heading font, body font) of a master's theme."""
    elements = _theme_root(master).find(f"{{{A}}}themeElements")
    colours: dict[str, str] = {}
    if elements is None:  # a damaged theme: our own colours and fonts stand
        return colours, "Arial", "Arial"
    clr = elements.find(f"{{{A}}}clrScheme")
    for name in SLOTS:
        slot = clr.find(f"{{{A}}}{name}") if clr is not None else None
        value = _slot_value(slot) if slot is not None else None
        if value:
            colours[name] = value
    fonts = elements.find(f"{{{A}}}fontScheme")
    faces = []
    for tag in ("majorFont", "minorFont"):
        latin = fonts.find(f"{{{A}}}{tag}/{{{A}}}latin") if fonts is not None else None
        faces.append(latin.get("typeface", "") if latin is not None else "")
    return colours, faces[0] or "Arial", faces[1] or "Arial"


def brand_from_theme(master: SlideMaster, base: Brand = DEFAULT_BRAND) -> Brand:
    """The template's own colours and fonts in brand roles: used for the documents' colours
    when a trainer's template is used without a brand file. A role whose theme colour would
    make text hard to read where the documents use it (a dark template's light dk2 as
    heading text on white paper) keeps lessonpack's colour for that role."""
    colours, heading, body = read_theme(master)
    update: dict[str, str] = {"heading_font": heading, "body_font": body}
    for role, slot in ROLE_SLOTS.items():
        if slot in colours:
            update[role] = f"#{colours[slot]}"
    brand = base.model_copy(update=update)
    for _ in range(2 * len(ROLE_SLOTS)):
        # Each failing pair gives back lessonpack's colour for one of its roles that still
        # has the theme's (the pair's first such role); lessonpack's own colours all pass.
        theirs = [role for failure in contrast_failures(brand) for role in failure.fields
                  if getattr(brand, role) != getattr(base, role)]
        if not theirs:
            break
        brand = brand.model_copy(update={theirs[0]: getattr(base, theirs[0])})
    return brand


# Faces a theme gets by default, not by anyone's choice: Office's (2007-2013 Calibri and
# Cambria, 2023 on Aptos), Google Slides' (Arial), LibreOffice's and python-pptx's. A
# template naming one of these for a role has not chosen its type for that role.
DEFAULT_THEME_FONTS = frozenset({
    "calibri", "calibri light", "cambria", "aptos", "aptos display", "aptos narrow", "arial",
    "times new roman", "liberation sans", "liberation serif", "dejavu sans", "dejavu serif",
    "",
})


def with_template_fonts(prs: Presentation, brand: Brand) -> Brand:
    """``brand`` with the fonts its deck on the trainer's template uses, per role (heading,
    body): a font the template chose (Lato, Georgia) stays, since the template was designed
    round it; where the theme names only a default (Office's Calibri, Google's Arial), the
    brand's own font for that role wins, as the brand file asks (Northshire's Arial text on
    Brightpath, whose theme is Office's Calibri). A brand file that names no font keeps the
    template's. Drawn labels and measured text then use the same faces as the placeholders."""
    _colours, heading, body = read_theme(prs.slide_masters[0])
    named = brand.model_fields_set
    chosen = {}
    for role, theirs in (("heading_font", heading), ("body_font", body)):
        default = theirs.strip().lower() in DEFAULT_THEME_FONTS
        chosen[role] = getattr(brand, role) if default and role in named else theirs
    return brand.model_copy(update=chosen)


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


def apply_theme(prs: Presentation, brand: Brand = DEFAULT_BRAND, name: str | None = None, *,
                roles_only: bool = False) -> None:
    """Rewrite every theme used by the deck's masters with the brand's colours and fonts.

    ``roles_only`` (a trainer's template) changes only the slots the brand fills, keeping
    the template's own text, background and extra accent colours.
    """
    colours = scheme_colours(brand)
    if roles_only:
        # Only the slots of the colours the brand file names: a brand that names none (a
        # freelance trainer's name and website) keeps the template's whole palette, as a
        # brand that names no font keeps the template's fonts; lessonpack's default blue
        # and red over a template's teal and raspberry were nobody's choice.
        named = brand.model_fields_set
        keep = {slot for role, slot in ROLE_SLOTS.items() if role in named}
        keep |= {"hlink"} if "secondary" in named else set()
        keep |= {"folHlink"} if "primary" in named else set()
        colours = {k: v for k, v in colours.items() if k in keep}
    # The colours and fonts are the brand's: a visiting team's palette keeps the team's name
    # (with --school, org_name is the host school's, and the trainer reusing the deck at the
    # next school would see their palette named after the last one).
    owner = name or brand.delivered_by.strip() or brand.org_name
    for master in prs.slide_masters:
        part = _theme_part(master)
        root = etree.fromstring(part.blob)
        elements = root.find(f"{{{A}}}themeElements")
        clr = elements.find(f"{{{A}}}clrScheme")
        clr.set("name", owner)
        _set_colours(clr, colours)
        fonts = elements.find(f"{{{A}}}fontScheme")
        fonts.set("name", owner)
        _set_fonts(fonts, brand.heading_font, brand.body_font)
        if name:
            root.set("name", name)
        set_part_bytes(part, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                            standalone=True))


def relink_to_theme(prs: Presentation) -> None:
    """Fixed colours and fonts equal to the theme's become theme references again, in every
    master and layout, so the brand's theme reaches text LibreOffice had frozen."""
    for master in prs.slide_masters:
        colours, heading, body = read_theme(master)
        by_value: dict[str, str] = {}
        for slot in ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4",
                     "accent5", "accent6"):
            if slot in colours:
                by_value.setdefault(colours[slot], SLOT_REFS.get(slot, slot))
        for element in (master.element, *(lay.element for lay in master.slide_layouts)):
            _relink_colours(element, by_value)
            _relink_fonts(element, heading, body)


def _relink_colours(root: etree._Element, by_value: dict[str, str]) -> None:
    for clr in list(root.iter(f"{{{A}}}srgbClr")):
        ref = by_value.get(clr.get("val", "").upper())
        if ref is None or clr.getparent() is None:
            continue
        scheme = etree.Element(f"{{{A}}}schemeClr", val=ref)
        scheme.extend(list(clr))  # keep alpha, lumMod and other adjustments
        clr.getparent().replace(clr, scheme)


def _is_title_text(latin: etree._Element) -> bool:
    for parent in latin.iterancestors():
        if parent.tag == f"{{{P}}}titleStyle":
            return True
        if parent.tag == f"{{{P}}}sp":
            ph = parent.find(f"{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
            return ph is not None and ph.get("type") in ("title", "ctrTitle")
    return False


def _relink_fonts(root: etree._Element, heading: str, body: str) -> None:
    for latin in root.iter(f"{{{A}}}latin"):
        face = latin.get("typeface", "")
        if face.startswith("+") or face not in (heading, body):
            continue
        title = _is_title_text(latin)
        if face == heading and (title or face != body):
            latin.set("typeface", "+mj-lt")
        elif face == body:
            latin.set("typeface", "+mn-lt")


def left_to_right(prs: Presentation) -> None:
    """A right-to-left template (ONLYOFFICE's ar-SA and he-IL decks) sets ``rtl="1"`` on its
    text styles, which shows the lessons' English mirrored ("?Zainab do", "free, 24) 1111
    0800"). Every paragraph style of the presentation, its masters and layouts is made
    left-to-right, and what was right-aligned because it was right-to-left is aligned left."""
    roots = [prs.element]
    for master in prs.slide_masters:
        roots.append(master.element)
        roots += [layout.element for layout in master.slide_layouts]
    for root in roots:
        for element in root.iter():
            if element.get("rtl") == "1" and element.tag.startswith(f"{{{A}}}"):
                element.set("rtl", "0")
                if element.get("algn") == "r":
                    element.set("algn", "l")
