"""Text on a see-through plate of its own (the build puts one behind text over a busy
backdrop) reads on the plate, not on a band that runs under part of the text beneath it: lo51
"midnight-blue"'s slide number, black on a 90 % white plate over its navy footer band and
the white slide, was reported as black on navy (1.9:1) on every slide of the built deck.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

from lessonpack.check import Options, check_file

A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _deck(tmp_path: Path, plate_alpha: int | None) -> Path:
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    band = slide.shapes.add_shape(1, Inches(0), Inches(6.9), Inches(10), Inches(0.6))
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor(0x2C, 0x3E, 0x50)
    band.line.fill.background()
    # A number's box half on the white slide, half on the band.
    box = slide.shapes.add_textbox(Inches(9), Inches(6.6), Inches(0.8), Inches(0.6))
    box.text_frame.text = "3"
    run = box.text_frame.paragraphs[0].runs[0]
    run.font.size = Pt(20)
    run.font.color.rgb = RGBColor(0, 0, 0)
    if plate_alpha is not None:
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        srgb = box.fill._xPr.find(f"{{{A}}}solidFill/{{{A}}}srgbClr")
        etree.SubElement(srgb, f"{{{A}}}alpha", val=str(plate_alpha))
    path = tmp_path / "plate.pptx"
    prs.save(str(path))
    return path


@pytest.mark.parametrize(("plate_alpha", "reported"), [(90000, False), (None, True)])
def test_text_reads_on_its_own_plate_over_a_band_under_part_of_it(
        tmp_path: Path, plate_alpha: int | None, reported: bool) -> None:
    found = [f for f in check_file(_deck(tmp_path, plate_alpha), Options())
             if f.code == "LPC201"]
    assert bool(found) is reported, found
