"""A layout that swaps the colour map (bg1 dark, tx1 light) makes its slides dark: PowerPoint
and LibreOffice draw a slide that keeps "the master's mapping" (a:masterClrMapping, what
python-pptx writes) with its layout's map. Apache POI "aascu" (Office's "Concourse") has such
a section layout: the build wrote the section's text in bg1, read through the master's map as
white, and it was drawn black on the black background; `check`, reading it the same way,
passed it. The template here is python-pptx's default deck with its "Section Header" and
"Title Only" layouts made dark that way, in the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.util import Inches, Pt

from lessonpack.check import Options, check_file
from lessonpack.check.colour import hex_rgb
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.cli import main
from lessonpack.contrast import ratio

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DARK_LAYOUTS = ("Section Header", "Title Only")
SWAPPED = {"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2",
           **{f"accent{n}": f"accent{n}" for n in range(1, 7)},
           "hlink": "hlink", "folHlink": "folHlink"}


def _make_dark(layout: etree._Element) -> None:
    """Give a layout a bg1 background and a colour map where bg1 is the theme's dark 1."""
    c_sld = layout.find(f"{{{P}}}cSld")
    bg = etree.SubElement(c_sld, f"{{{P}}}bg")
    c_sld.remove(bg)
    c_sld.insert(0, bg)
    ref = etree.SubElement(bg, f"{{{P}}}bgRef", idx="1001")
    etree.SubElement(ref, f"{{{A}}}schemeClr", val="bg1")
    over = layout.find(f"{{{P}}}clrMapOvr")
    for child in list(over):
        over.remove(child)
    etree.SubElement(over, f"{{{A}}}overrideClrMapping", **SWAPPED)


def dark_section_template(folder: Path) -> Path:
    prs = Presentation()
    for layout in prs.slide_layouts:
        if layout.name in DARK_LAYOUTS:
            _make_dark(layout.element)
    path = folder / "dark-section.pptx"
    prs.save(str(path))
    return path


def _text_in(slide, colour_slot: str, name: str) -> None:  # type: ignore[no-untyped-def]
    box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
    box.name = name
    run = box.text_frame.paragraphs[0].add_run()
    run.text = "Good attention, bad attention"
    run.font.size = Pt(28)
    r_pr = run._r.get_or_add_rPr()
    fill = etree.SubElement(r_pr, f"{{{A}}}solidFill")
    etree.SubElement(fill, f"{{{A}}}schemeClr", val=colour_slot)


def test_check_reads_a_slides_colours_through_its_layouts_map(tmp_path: Path) -> None:
    prs = Presentation(str(dark_section_template(tmp_path)))
    layout = next(lo for lo in prs.slide_layouts if lo.name == "Section Header")
    slide = prs.slides.add_slide(layout)
    _text_in(slide, "bg1", "Dark on dark")
    _text_in(slide, "tx1", "Light on dark")
    deck = tmp_path / "deck.pptx"
    prs.save(str(deck))
    view = open_deck(deck, "deck").slides[0]
    assert view.clr_map["bg1"] == "dk1" and view.clr_map["tx1"] == "lt1"
    flagged = [f.message for f in check_file(deck, Options()) if f.code == "LPC201"]
    assert any("Dark on dark" in m for m in flagged), flagged
    assert not any("Light on dark" in m for m in flagged), flagged


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dark-section")
    out = folder / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(dark_section_template(folder))]) == 0
    return out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx"


def test_text_on_a_dark_layout_is_drawn_light(built: Path) -> None:
    view = open_deck(built, "deck")
    dark = [s for s in view.slides if s.name in DARK_LAYOUTS]
    assert len(dark) >= 4, [s.name for s in view.slides]
    theme = dark[0].theme
    black, white = hex_rgb(theme.colours["dk1"]), hex_rgb(theme.colours["lt1"])
    assert black is not None and white is not None and ratio(black, white) > 15
    prs = Presentation(str(built))
    titles = 0
    for slide_view in dark:
        title = prs.slides[slide_view.number - 1].shapes.title
        assert title is not None
        slots = {el.get("val") for el in title._element.iter(f"{{{A}}}schemeClr")}
        colours = {SWAPPED.get(slot, slot) for slot in slots}
        # Whatever slot the title's words name, it is a light one through the layout's map.
        assert colours <= {"lt1", "lt2"}, (slide_view.number, slots)
        titles += 1
    assert titles >= 4
    found = [f"{f.location} {f.message}" for f in check_file(built, Options())
             if f.code == "LPC201"]
    assert not found, found
