"""Shrinks placeholder text that would not fit its box, down to the 18 pt floor.

PowerPoint only re-fits text ("shrink on overflow") after a manual edit, so a generated deck
must already be the right size. We measure with real font metrics (lessonpack.textfit).
"""

from __future__ import annotations

from pptx.oxml.ns import qn
from pptx.shapes.placeholder import SlidePlaceholder
from pptx.util import Pt

from lessonpack.textfit import count_lines

MIN_PT = 18
LINE = 1.2  # rendered line height as a multiple of the font size (Arial/Liberation ~1.15)
EMU_PER_PT = 12700


def _layout_style(ph: SlidePlaceholder) -> tuple[float, bool, float, bool]:
    """Size, bold, space-before and whether it is bulleted, from the layout placeholder."""
    base = ph._base_placeholder
    lvl = base._element.find(f".//{qn('a:lstStyle')}/{qn('a:lvl1pPr')}") if base is not None \
        else None
    if lvl is None:
        return 24.0, False, 0.0, False
    rpr = lvl.find(qn("a:defRPr"))
    size = int(rpr.get("sz", "2400")) / 100 if rpr is not None else 24.0
    bold = rpr is not None and rpr.get("b") == "1"
    spc = lvl.find(f"{qn('a:spcBef')}/{qn('a:spcPts')}")
    space = int(spc.get("val", "0")) / 100 if spc is not None else 0.0
    return size, bold, space, lvl.find(qn("a:buChar")) is not None


def needed_height(paragraphs: list[tuple[str, bool]], family: str, size: float, width: float,
                  bold: bool, space: float) -> float:
    """Points of height the paragraphs take; each is (text, has bullet indent)."""
    total = 0.0
    for i, (text, indented) in enumerate(paragraphs):
        usable = width - (27 if indented else 0)
        total += count_lines(text, family, size, usable, bold) * size * LINE
        total += space if i else 0
    return total


def fit_placeholder(ph: SlidePlaceholder, family: str) -> float:
    """Set an explicit size on every run when the layout's size would overflow; returns it."""
    size, bold, space, bulleted = _layout_style(ph)
    frame = ph.text_frame
    paragraphs = []
    for para in frame.paragraphs:
        ppr = para._p.pPr
        plain = ppr is not None and ppr.find(qn("a:buNone")) is not None
        paragraphs.append((para.text, bulleted and not plain))
    width, height = ph.width / EMU_PER_PT, ph.height / EMU_PER_PT
    chosen = size
    while chosen > MIN_PT and needed_height(paragraphs, family, chosen, width, bold,
                                            space) > height:
        chosen -= 1
    if chosen != size:
        for para in frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(chosen)
    return chosen
