"""A template whose slides are far larger, or clearly smaller, than PowerPoint's, scaled to its
size.

lessonpack sets type in points for a slide 13.33 in wide (18 pt and up, titles 36 pt). A
template exported at 26.67 x 15 in (Keynote's 1920 x 1080 pt slides) shows that text at half
the size it reads as: 18 pt looks like 9 pt on the projector. Where a template is more than
1.5 times PowerPoint's width, its masters and layouts are scaled as PowerPoint's Design >
Slide Size > Widescreen (Ensure Fit) scales them: every position and size, every font size,
inset, indent, line width and spacing in the same proportion, the aspect kept; with them the
theme (line widths, shadows, the defaults of a new shape and text box) and the table styles,
and in the masters' tables their cell margins, columns and rows; the deck is then built on
the scaled template, at 13.33 in wide, and one warning says so.

The same the other way: a template clearly smaller than PowerPoint's widescreen slide (Google
Slides' 10 x 5.625 in, a LibreOffice 11 x 6.2 in) is scaled up until it meets 13.33 x 7.5 in,
its aspect kept. lessonpack's slides hold the same words at 18 pt and up on any template;
on a 10 x 5.625 in slide 18 pt is a third larger against the slide than in lessonpack's own
decks, and a KS4 sort's seven cards, a timeline's seven steps or a reply task no longer fit
(their words ran out of their cards). Scaled, the trainer's design keeps its proportions
(its own type grows with it) and lessonpack's drawings get the room they are made for. A 4:3
10 x 7.5 in template is as tall as widescreen and is left at its size.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree
from pptx.util import Inches

from lessonpack.render.deck_layouts import MIN_SLIDE

INCH = int(Inches(1))
WIDE = 12192000  # EMU: PowerPoint's widescreen slide, 13.33 in
TALL = 6858000  # EMU: PowerPoint's widescreen slide, 7.5 in
OVERSIZED_W = int(1.5 * WIDE)  # wider than this, a template is scaled down to WIDE
# A template that can grow by this much or more to meet WIDE x TALL is scaled up (Google's
# 10 x 5.625 in by 1.33, LibreOffice's 11 x 6.2 in by 1.21); less is left as it is.
UNDERSIZED = 1.15

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
# Attributes holding a length (EMU) or a size (hundredths of a point), by element: all
# scale by the same factor. Percentages, angles and colours are left as they are.
_SCALED: dict[str, tuple[str, ...]] = {
    f"{{{_A}}}off": ("x", "y"), f"{{{_A}}}ext": ("cx", "cy"),
    f"{{{_A}}}chOff": ("x", "y"), f"{{{_A}}}chExt": ("cx", "cy"),
    f"{{{_A}}}bodyPr": ("lIns", "tIns", "rIns", "bIns", "spcCol"),
    f"{{{_A}}}ln": ("w",),
    f"{{{_A}}}spcPts": ("val",), f"{{{_A}}}buSzPts": ("val",), f"{{{_A}}}tab": ("pos",),
    f"{{{_A}}}outerShdw": ("blurRad", "dist"), f"{{{_A}}}innerShdw": ("blurRad", "dist"),
    f"{{{_A}}}glow": ("rad",), f"{{{_A}}}softEdge": ("rad",),
    f"{{{_A}}}reflection": ("blurRad", "dist"), f"{{{_A}}}prstShdw": ("dist",),
    f"{{{_A}}}tcPr": ("marL", "marR", "marT", "marB"), f"{{{_A}}}gridCol": ("w",),
    f"{{{_A}}}tr": ("h",), f"{{{_A}}}tile": ("tx", "ty"),
    **{f"{{{_A}}}{name}": ("sz", "spc", "kern") for name in ("rPr", "defRPr", "endParaRPr")},
    **{f"{{{_A}}}{name}": ("marL", "marR", "indent", "defTabSz")
       for name in ("pPr", "defPPr", *(f"lvl{n}pPr" for n in range(1, 10)))},
}


def slide_size(data: bytes) -> tuple[int, int] | None:
    """A .pptx/.potx's slide size (EMU) from its presentation part; None when unreadable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            name = next((n for n in archive.namelist()
                         if n.startswith("ppt/") and n.endswith("presentation.xml")), None)
            if name is None:
                return None
            root = etree.fromstring(archive.read(name))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, KeyError):
        return None
    size = root.find(f"{{{_P}}}sldSz")
    if size is None:
        return None
    return int(size.get("cx", "0")), int(size.get("cy", "0"))


def _scale(root: Any, factor: float) -> None:
    for element in root.iter(*_SCALED):
        for name in _SCALED[element.tag]:
            value = element.get(name)
            if value is None or not value.lstrip("-").isdigit():
                continue
            scaled = round(int(value) * factor)
            if name == "sz":
                scaled = max(100, scaled)  # the schema's least type size, 1 pt
            element.set(name, str(scaled))


def _factor(width: int, height: int) -> float | None:
    """How much a template of this size is scaled by, or None when it is left as it is:
    down to WIDE when over 1.5 times as wide; up until it meets WIDE x TALL when it can grow
    by UNDERSIZED or more."""
    if width <= 0 or height <= 0:
        return None
    if width > OVERSIZED_W:
        return WIDE / width
    if width < MIN_SLIDE[0] or height < MIN_SLIDE[1]:
        return None  # a thumbnail-sized test deck: refused in one line (deck_layouts)
    grow = min(WIDE / width, TALL / height)
    return grow if grow >= UNDERSIZED else None


def fit_to_widescreen(prs: Any) -> bool:
    """The lean template (no slides) scaled to PowerPoint's widescreen size when it is far
    larger or clearly smaller (_factor): its masters, layouts and default text style, with
    its theme and table styles; True when it was."""
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    factor = _factor(width, height)
    if factor is None:
        return False
    for master in prs.slide_masters:
        _scale(master.element, factor)
        for layout in master.slide_layouts:
            _scale(layout.element, factor)
    default = prs.element.find(f"{{{_P}}}defaultTextStyle")
    if default is not None:
        _scale(default, factor)
    # The parts the masters draw with, in proportion too: a theme's line widths, shadows and
    # the object defaults a new shape or text box takes (its insets, its outline), and the
    # table styles' borders. Scaled alone, the masters kept a 26.67 in template's 6 pt
    # rules and shadows at twice their weight on the 13.33 in slide.
    seen: set[str] = set()
    for part in (prs.part.package.iter_parts()):
        name = str(part.partname)
        if name in seen or not (name.startswith("/ppt/theme/") or
                                name == "/ppt/tableStyles.xml"):
            continue
        seen.add(name)
        _scale_blob(part, factor)
    prs.slide_width, prs.slide_height = round(width * factor), round(height * factor)
    return True


def _scale_blob(part: Any, factor: float) -> None:
    """A part python-pptx keeps as bytes (a theme, the table styles), scaled in place."""
    element = getattr(part, "_element", None)
    if element is not None:  # a part python-pptx parsed (read as XML)
        _scale(element, factor)
        return
    try:
        root = etree.fromstring(part.blob)
    except etree.XMLSyntaxError:
        return
    _scale(root, factor)
    # python-pptx keeps these parts as bytes and has no setter for them.
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",  # noqa: SLF001
                                standalone=True)


def resized_warning(data: bytes) -> list[str]:
    """The line for a template scaled by ``fit_to_widescreen``: its size, and what was done."""
    size = slide_size(data)
    factor = _factor(*size) if size is not None else None
    if size is None or factor is None:
        return []
    width, height = size
    new_w, new_h = width * factor, height * factor
    # One short line: what was found and done, then what to do (an aside on "the
    # same words at 18 pt" took a trainer two reads).
    found = ("smaller than PowerPoint's 13.33 x 7.5 in" if factor > 1
             else f"{width / WIDE:.1f} times PowerPoint's 13.33 x 7.5 in")
    # The template may come from Google Slides or Impress as often as from PowerPoint: each
    # app's own menu, and Impress's size in centimetres (its "16:9" is 28 x 15.75 cm).
    size_in = f"{new_w / INCH:.2f} x {new_h / INCH:.2f} in"
    size_cm = f"{new_w / INCH * 2.54:.2f} x {new_h / INCH * 2.54:.2f} cm"
    preset = "Widescreen" if abs(new_h / INCH - 7.5) < 0.01 else "Custom Slide Size"
    return [f"the template's slides are {width / INCH:.2f} x {height / INCH:.2f} in, {found}; "
            f"scaled to {size_in}; to stop this, make it {size_in}: in PowerPoint, Design > "
            f"Slide Size > {preset} (Ensure Fit); in Google Slides, File > Page setup > "
            f"Custom; in Impress, Slide > Slide Properties ({size_cm})"]
