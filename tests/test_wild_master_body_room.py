"""A LibreOffice template whose slides take their master's title and text body (one master
per design) and whose slide number sits in a corner circle inside the foot of that body's box
(lo "kaohsiung"): the goal's panel was drawn over the master's whole body box and ran under
the number (LPC307, KS2 slides 3 and 36). Such a body copied onto the slide is now moved to
its area clear of the title rule and the footers, as a layout's own body is. Built from klee2
(tests/fixtures/wild/NOTICE), a two-master LibreOffice conversion, with a slide number added
in the second design's corner, over its body's foot."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Inches

from lessonpack.check import Options, check_file
from squeezed_template import built_on, saved

KLEE2 = Path(__file__).parent / "fixtures" / "wild" / "klee2-libreoffice.pptx"
NUMBER = (8.6, 7.55, 0.75, 0.45)  # inches: over the foot of the body box (1.57 to 7.87 in)
SLIDE_NUMBER_SP = (
    '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<p:nvSpPr><p:cNvPr id="90" name="Slide number"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
    '</p:cNvSpPr><p:nvPr><p:ph type="sldNum" idx="12"/></p:nvPr></p:nvSpPr><p:spPr>'
    '<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
    '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/>'
    '<a:p><a:pPr algn="ctr"/><a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" '
    'type="slidenum"><a:rPr sz="1400"/><a:t>&lt;#&gt;</a:t></a:fld></a:p></p:txBody></p:sp>')


def _numbered_template(folder: Path) -> Path:
    prs = Presentation(str(KLEE2))
    master = prs.slide_masters[1]  # the design with its title at the top
    box = {k: int(Inches(v)) for k, v in zip("xywh", NUMBER, strict=True)}
    number = etree.fromstring(SLIDE_NUMBER_SP.format(**box))
    for tree in [master, *master.slide_layouts]:
        tree.shapes._spTree.append(copy.deepcopy(number))
    return saved(prs, folder / "numbered-corner.pptx")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("master-body-room")
    return built_on(folder, "ks2", _numbered_template(folder))


def test_the_goal_panel_keeps_above_the_slide_number(pack: Path) -> None:
    prs = Presentation(str(pack / "live-streaming-ks2-slides.pptx"))
    number_top = int(Inches(NUMBER[1]))
    panels = []
    for n, slide in enumerate(prs.slides, 1):
        numbered = any(ph.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER
                       for ph in slide.placeholders)
        for shape in slide.shapes:
            if shape.name == "Outcome panel" and numbered:
                panels.append(n)
                assert shape.top + shape.height <= number_top, (n, shape.top + shape.height)
    assert panels  # the goal and the key messages are drawn on this design


def test_check_finds_nothing_over_the_slide_number(pack: Path) -> None:
    findings = [f"{f.location} {f.message}"
                for f in check_file(pack / "live-streaming-ks2-slides.pptx", Options())
                if f.code in ("LPC305", "LPC307")]
    assert not findings, findings
