"""A slide background taken from the theme's background styles (p:bgRef 1002: Office's
"Concourse", Apache POI "aascu") is often a gradient of the colour the reference gives; it
was read as that one colour, so white text over the gradient's light grey centre passed as
white on black. `check` and the build's colour choice now see each of the gradient's stops.
The deck is python-pptx's default, its theme and a slide's background set in the test."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.util import Inches, Pt

from lessonpack.check import Options, check_file
from lessonpack.check.colour import background_ref_fill, parse_theme

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
# The second background style: a radial gradient from a light tint of phClr to its shade.
STYLES = (f'<a:bgFillStyleLst xmlns:a="{A}"><a:solidFill><a:schemeClr val="phClr"/>'
          '</a:solidFill><a:gradFill rotWithShape="1"><a:gsLst>'
          '<a:gs pos="0"><a:schemeClr val="phClr"><a:tint val="40000"/></a:schemeClr></a:gs>'
          '<a:gs pos="100000"><a:schemeClr val="phClr"><a:shade val="20000"/></a:schemeClr>'
          '</a:gs></a:gsLst><a:path path="circle"/></a:gradFill></a:bgFillStyleLst>')


def _with_gradient_styles(prs) -> None:  # type: ignore[no-untyped-def]
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME)
    xml = re.sub(rb"<a:bgFillStyleLst>.*?</a:bgFillStyleLst>", STYLES.replace(
        f' xmlns:a="{A}"', "").encode(), theme.blob, flags=re.S)
    theme._blob = xml


def test_a_background_style_gradient_is_its_stops() -> None:
    theme = parse_theme(f'<a:theme xmlns:a="{A}"><a:themeElements><a:fmtScheme>'
                        f'{STYLES}</a:fmtScheme></a:themeElements></a:theme>'.encode())
    ref = etree.fromstring(f'<p:bgRef xmlns:p="{P}" xmlns:a="{A}" idx="1002">'
                           '<a:srgbClr val="000000"/></p:bgRef>')
    paint = background_ref_fill(ref, theme, {})
    assert len(paint.colours) == 2
    assert max(paint.colours)[0] > 0.5 and min(paint.colours)[0] < 0.1, paint.colours
    solid = etree.fromstring(f'<p:bgRef xmlns:p="{P}" xmlns:a="{A}" idx="1001">'
                             '<a:srgbClr val="000000"/></p:bgRef>')
    assert background_ref_fill(solid, theme, {}).colours == ((0.0, 0.0, 0.0),)


def test_white_text_over_the_light_stop_is_found(tmp_path: Path) -> None:
    prs = Presentation()
    _with_gradient_styles(prs)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    c_sld = slide.element.find(f"{{{P}}}cSld")
    c_sld.insert(0, etree.fromstring(f'<p:bg xmlns:p="{P}" xmlns:a="{A}"><p:bgRef '
                                     'idx="1002"><a:srgbClr val="000000"/></p:bgRef></p:bg>'))
    box = slide.shapes.add_textbox(Inches(1), Inches(3), Inches(8), Inches(1))
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "White words over a grey-to-black gradient"
    run.font.size, run.font.color.rgb = Pt(28), RGBColor(0xFF, 0xFF, 0xFF)
    path = tmp_path / "gradient.pptx"
    prs.save(str(path))
    found = [f.message for f in check_file(path, Options()) if f.code == "LPC201"]
    assert any("White words" in m for m in found), found
