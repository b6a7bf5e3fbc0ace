"""Colours: theme and colour-map lookup, DrawingML and WordprocessingML colour values, fills
and alpha blending. The WCAG maths (luminance, ratio, large text) is lessonpack.contrast's."""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from lessonpack.contrast import RGB, to_linear

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WHITE: RGB = (1.0, 1.0, 1.0)
BLACK: RGB = (0.0, 0.0, 0.0)

# PowerPoint's default colour map, used when a master has none.
DEFAULT_CLR_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
# Word names theme colours differently from DrawingML; this is Word's default mapping.
WORD_THEME_NAMES = {
    "dark1": "dk1", "light1": "lt1", "dark2": "dk2", "light2": "lt2",
    "text1": "dk1", "background1": "lt1", "text2": "dk2", "background2": "lt2",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
    **{f"accent{n}": f"accent{n}" for n in range(1, 7)},
}
_PRESET = {
    "black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "008000", "blue": "0000FF",
    "yellow": "FFFF00", "gray": "808080", "grey": "808080", "silver": "C0C0C0",
    "navy": "000080", "darkBlue": "00008B", "darkGray": "A9A9A9", "lightGray": "D3D3D3",
    "orange": "FFA500", "purple": "800080", "maroon": "800000", "lime": "00FF00",
}
_SYSTEM = {"windowText": "000000", "window": "FFFFFF", "btnText": "000000", "btnFace": "F0F0F0"}
HIGHLIGHTS = {
    "yellow": "FFFF00", "green": "00FF00", "cyan": "00FFFF", "magenta": "FF00FF",
    "blue": "0000FF", "red": "FF0000", "darkBlue": "000080", "darkCyan": "008080",
    "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000",
    "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0", "black": "000000",
    "white": "FFFFFF",
}


@dataclass(frozen=True)
class Theme:
    colours: dict[str, str]  # scheme slot (dk1, lt1, accent1…) -> RRGGBB
    major_font: str = "Calibri Light"
    minor_font: str = "Calibri"
    # The theme's background fill styles (a:bgFillStyleLst), which a p:bgRef of 1001 and up
    # names: often a gradient of the colour the reference gives (phClr).
    bg_fills: tuple[Any, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Paint:
    """What a fill puts behind text: solid (one colour), gradient (its stops), or unknown
    (a picture or pattern, whose colours we cannot know). Empty ``colours`` = no fill."""

    colours: tuple[RGB, ...] = ()
    alpha: float = 1.0
    unknown: bool = False
    # A picture fill's a:blipFill: its colours can be measured where the text sits
    # (check/picture_colour.py); unknown until then.
    picture: Any = field(default=None, compare=False)

    @property
    def transparent(self) -> bool:
        return not self.colours and not self.unknown


NO_FILL = Paint()
UNKNOWN_FILL = Paint(unknown=True)


def hex_rgb(value: str) -> RGB | None:
    value = value.strip().lstrip("#")
    if len(value) != 6:
        return None
    try:
        return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)
    except ValueError:
        return None


def rgb_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in rgb)


def parse_theme(xml: bytes | None) -> Theme:
    """Colour scheme and major/minor Latin fonts of a DrawingML theme part."""
    if not xml:
        return Theme({})
    root = etree.fromstring(xml)
    colours: dict[str, str] = {}
    scheme = root.find(f".//{{{A}}}clrScheme")
    if scheme is not None:
        for slot in scheme:
            value = _scheme_slot_value(slot)
            if value:
                colours[etree.QName(slot).localname] = value
    fonts = {}
    for kind in ("majorFont", "minorFont"):
        latin = root.find(f".//{{{A}}}fontScheme/{{{A}}}{kind}/{{{A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface", "")
    styles = root.find(f".//{{{A}}}fmtScheme/{{{A}}}bgFillStyleLst")
    return Theme(colours, fonts.get("majorFont", "Calibri Light"),
                 fonts.get("minorFont", "Calibri"),
                 tuple(styles) if styles is not None else ())


def _scheme_slot_value(slot: etree._Element) -> str | None:
    for child in slot:
        name = etree.QName(child).localname
        if name == "srgbClr":
            return child.get("val")
        if name == "sysClr":
            return child.get("lastClr") or _SYSTEM.get(child.get("val", ""))
    return None


def clr_map_of(element: etree._Element | None, inherited: dict[str, str]) -> dict[str, str]:
    """The colour map of a master (p:clrMap) or the override of a layout/slide (p:clrMapOvr)."""
    if element is None:
        return inherited
    tag = etree.QName(element).localname
    if tag == "clrMapOvr":
        override = element.find(f"{{{A}}}overrideClrMapping")
        return dict(override.attrib) if override is not None else inherited
    return dict(element.attrib) or inherited


# ------------------------------------------------------------------ DrawingML colours

def _to_srgb(c: float) -> float:
    c = max(0.0, min(1.0, c))
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def _pct(element: etree._Element) -> float:
    return int(element.get("val", "100000")) / 100000


def _apply_modifiers(rgb: RGB, colour: etree._Element) -> tuple[RGB, float]:
    """lumMod/lumOff (HSL lightness), tint/shade (towards white/black in linear light), alpha.
    Other modifiers (hue, saturation) barely change luminance and are ignored."""
    alpha = 1.0
    for mod in colour:
        name = etree.QName(mod).localname
        if name in ("lumMod", "lumOff"):
            h, lightness, s = colorsys.rgb_to_hls(*rgb)
            lightness = lightness * _pct(mod) if name == "lumMod" else lightness + _pct(mod)
            rgb = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness)), s)
        elif name in ("tint", "shade"):
            t = _pct(mod)
            lin = [to_linear(c) for c in rgb]
            lin = [c * t + (1 - t) for c in lin] if name == "tint" else [c * t for c in lin]
            rgb = (_to_srgb(lin[0]), _to_srgb(lin[1]), _to_srgb(lin[2]))
        elif name == "alpha":
            alpha = _pct(mod)
    return rgb, alpha


def drawing_colour(colour: etree._Element, theme: Theme, clr_map: dict[str, str],
                   placeholder: RGB | None = None) -> tuple[RGB, float] | None:
    """RGB and alpha of a DrawingML colour element (srgbClr, schemeClr, sysClr, prstClr,
    scrgbClr, hslClr); None when it cannot be known (e.g. phClr without a context)."""
    name = etree.QName(colour).localname
    rgb: RGB | None = None
    if name == "srgbClr":
        rgb = hex_rgb(colour.get("val", ""))
    elif name == "schemeClr":
        slot = colour.get("val", "")
        if slot == "phClr":
            rgb = placeholder
        else:
            slot = clr_map.get(slot, DEFAULT_CLR_MAP.get(slot, slot))
            rgb = hex_rgb(theme.colours.get(slot, ""))
    elif name == "sysClr":
        rgb = hex_rgb(colour.get("lastClr") or _SYSTEM.get(colour.get("val", ""), ""))
    elif name == "prstClr":
        rgb = hex_rgb(_PRESET.get(colour.get("val", ""), ""))
    elif name == "scrgbClr":
        rgb = tuple(_to_srgb(int(colour.get(k, "0")) / 100000) for k in "rgb")  # type: ignore[assignment]
    elif name == "hslClr":
        rgb = colorsys.hls_to_rgb(int(colour.get("hue", "0")) / 21600000,
                                  int(colour.get("lum", "0")) / 100000,
                                  int(colour.get("sat", "0")) / 100000)
    if rgb is None:
        return None
    return _apply_modifiers(rgb, colour)


def first_colour(parent: etree._Element | None, theme: Theme, clr_map: dict[str, str],
                 placeholder: RGB | None = None) -> tuple[RGB, float] | None:
    """The colour of the first colour child of ``parent`` (a solidFill, a style ref…)."""
    if parent is None:
        return None
    for child in parent:
        found = drawing_colour(child, theme, clr_map, placeholder)
        if found is not None:
            return found
    return None


def fill_of(sp_pr: etree._Element | None, theme: Theme, clr_map: dict[str, str]
            ) -> Paint | None:
    """The fill set in a shape-properties element; None when it sets none (inherit)."""
    if sp_pr is None:
        return None
    for child in sp_pr:
        name = etree.QName(child).localname
        if name == "noFill":
            return NO_FILL
        if name == "solidFill":
            found = first_colour(child, theme, clr_map)
            return Paint((found[0],), found[1]) if found else UNKNOWN_FILL
        if name == "gradFill":
            stops = [drawing_colour(c, theme, clr_map) for gs in child.iter(f"{{{A}}}gs")
                     for c in gs]
            known = [s for s in stops if s is not None]
            if not known:
                return UNKNOWN_FILL
            return Paint(tuple(s[0] for s in known), min(s[1] for s in known))
        if name == "blipFill":
            return Paint(unknown=True, picture=child)
        if name == "pattFill":
            # A pattern is drawn in its two colours: text must stand out from both.
            pair = [first_colour(child.find(f"{{{A}}}{t}"), theme, clr_map)
                    for t in ("fgClr", "bgClr")]
            if any(f is None for f in pair):
                return UNKNOWN_FILL
            return Paint(tuple(f[0] for f in pair if f is not None),
                         min(f[1] for f in pair if f is not None))
        if name == "grpFill":
            return UNKNOWN_FILL
    return None


def background_ref_fill(ref: etree._Element | None, theme: Theme, clr_map: dict[str, str]
                        ) -> Paint:
    """What a p:bgRef paints: the theme's background fill style it names (idx 1001 is the
    first), in the colour it gives for phClr; a gradient is its stops, so text is checked
    against each (a radial grey-to-black read as black alone). A picture style, or one the
    theme lacks, is the colour given (unknown without one)."""
    colour = first_colour(ref, theme, clr_map)
    idx = int(ref.get("idx", "0")) if ref is not None else 0
    if 1001 <= idx < 1001 + len(theme.bg_fills):
        paint = _style_paint(theme.bg_fills[idx - 1001], theme, clr_map,
                             colour[0] if colour else None)
        if paint is not None:
            return paint
    # A picture style (or none): its colour as given, as before the styles were read.
    return Paint((colour[0],), colour[1]) if colour else UNKNOWN_FILL


def _style_paint(style: etree._Element, theme: Theme, clr_map: dict[str, str],
                 placeholder: RGB | None) -> Paint | None:
    """A theme fill style's paint with phClr as ``placeholder``: a solid colour, or a
    gradient's stops; None for a picture or pattern."""
    name = etree.QName(style).localname
    if name == "solidFill":
        found = first_colour(style, theme, clr_map, placeholder)
        return Paint((found[0],), found[1]) if found else UNKNOWN_FILL
    if name != "gradFill":
        return None
    stops = [drawing_colour(c, theme, clr_map, placeholder)
             for gs in style.iter(f"{{{A}}}gs") for c in gs]
    known = [s for s in stops if s is not None]
    return Paint(tuple(s[0] for s in known), min(s[1] for s in known)) if known else None


# ------------------------------------------------------------------ WordprocessingML colours

def word_colour(val: str | None, theme_name: str | None, tint: str | None, shade: str | None,
                theme: Theme) -> RGB | None:
    """A w:color / w:shd colour: the theme colour (with its tint or shade) wins over the
    literal value, as in Word; None for "auto" (Word then picks black or white itself)."""
    rgb = None
    if theme_name:
        rgb = hex_rgb(theme.colours.get(WORD_THEME_NAMES.get(theme_name, theme_name), ""))
    if rgb is None:
        if not val or val.lower() == "auto":
            return None
        rgb = hex_rgb(val)
    if rgb is None:
        return None
    h, lightness, s = colorsys.rgb_to_hls(*rgb)
    if tint:
        t = int(tint, 16) / 255
        lightness = lightness * t + (1 - t)
    elif shade:
        lightness = lightness * int(shade, 16) / 255
    return colorsys.hls_to_rgb(h, lightness, s)


# ------------------------------------------------------------------ blending

def blend(top: RGB, alpha: float, bottom: RGB) -> RGB:
    """``top`` at ``alpha`` opacity over an opaque ``bottom`` (sRGB-space, as Office draws)."""
    return (top[0] * alpha + bottom[0] * (1 - alpha), top[1] * alpha + bottom[1] * (1 - alpha),
            top[2] * alpha + bottom[2] * (1 - alpha))
