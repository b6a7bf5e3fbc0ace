"""A trainer's and a school's logo plates on one layout become one white strip
(render/deck_master.py), and a plate with no box of its own (placed by inheritance from its
layout) leaves both as they were: never an error, whatever a trainer's template holds."""

from __future__ import annotations

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Inches

from lessonpack.render.deck_master import TRAINER_PANEL, _one_plate


def _layout_with_plates(trainer_box: bool):
    """A layout holding the two plates (made on a slide, moved to the layout: python-pptx
    adds no shapes to a layout)."""
    prs = Presentation()
    layout = prs.slide_layouts[6]
    slide = prs.slides.add_slide(layout)
    for name, left in (("Logo panel", 10), (TRAINER_PANEL, 11.1)):
        plate = slide.shapes.add_textbox(Inches(left), Inches(0.2), Inches(1), Inches(0.8))
        plate.name = name
        if name == TRAINER_PANEL and not trainer_box:
            xfrm = plate.element.spPr.find(qn("a:xfrm"))
            xfrm.getparent().remove(xfrm)
        layout.shapes._spTree.append(plate.element)
    return layout


def _names(layout) -> list[str]:
    return [sh.name for sh in layout.shapes]


def test_two_plates_become_one_strip() -> None:
    layout = _layout_with_plates(trainer_box=True)
    _one_plate(layout, [])
    assert TRAINER_PANEL not in _names(layout)
    school = next(sh for sh in layout.shapes if sh.name == "Logo panel")
    assert (school.left, school.width) == (Inches(10), Inches(2.1))


def test_a_plate_without_its_own_box_leaves_both() -> None:
    layout = _layout_with_plates(trainer_box=False)
    _one_plate(layout, [])
    assert {"Logo panel", TRAINER_PANEL} <= set(_names(layout))


def test_a_cover_showing_its_master_gets_the_school_s_crest_in_a_corner() -> None:
    """A visiting trainer's template whose cover layout shows its master (PowerPoint's own
    Title Slide): the master carries the trainer's logo, the cover adds the school's crest on
    its own plate, and no other layout gets a plate (they show the master's logo)."""
    from pathlib import Path

    from lessonpack.content.brand import DEFAULT_BRAND
    from lessonpack.render.deck_master import TRAINER_LOGO, brand_masters, logo_alt

    examples = Path(__file__).resolve().parents[1] / "examples"
    brand = DEFAULT_BRAND.model_copy(update={
        "org_name": "Ashgrove Primary School",
        "logo": examples / "schools" / "ashgrove-primary" / "crest.png",
        "delivered_by": "Northshire Online Safety",
        "delivered_by_logo": examples / "brands" / "northshire-online-safety" / "logo.png"})
    prs = Presentation()
    notes = brand_masters(prs, brand, "Live streaming")
    master = prs.slide_masters[0]
    assert TRAINER_LOGO in _names(master) and notes == []
    cover, *others = prs.slide_layouts
    assert cover.name == "Title Slide"
    crest = next(sh for sh in cover.shapes if sh.name == "Logo")
    assert crest.element.nvPicPr.cNvPr.get("descr") == logo_alt(brand)
    assert "Logo panel" in _names(cover) and TRAINER_PANEL not in _names(cover)
    assert not [lay.name for lay in others if "Logo panel" in _names(lay)]
