"""The one builder of the plate behind a logo (render/deck_plate): the master's plates and the
plates slipped under a template's faint logos are the same shape, differing only where the
callers mean them to (colour, rounding, where in the shape tree)."""

from __future__ import annotations

from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Inches

from lessonpack.render.deck_plate import ROUND, WHITE, add_plate

_DECORATIVE = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"


def _layout_tree():  # type: ignore[no-untyped-def]
    prs = Presentation()
    return prs, prs.slide_layouts[6].shapes


def test_a_plate_is_added_last_under_the_logo_to_come() -> None:
    _prs, shapes = _layout_tree()
    before = len(shapes)
    ids = {int(sh.shape_id) for sh in shapes}
    sp = add_plate(shapes.element, (10, 20, 300, 400), "Logo panel")
    assert len(shapes) == before + 1 and shapes[-1].name == "Logo panel"
    plate = shapes[-1]
    assert (plate.left, plate.top, plate.width, plate.height) == (10, 20, 300, 400)
    assert plate.shape_id not in ids and plate.shape_id > max(ids, default=0)
    assert sp.find(f".//{qn('a:prstGeom')}").get("prst") == "roundRect"
    assert sp.find(f".//{qn('a:solidFill')}/{qn('a:schemeClr')}").get("val") == "bg1"
    assert sp.find(f".//{qn('a:ln')}/{qn('a:noFill')}") is not None
    assert sp.find(f".//{_DECORATIVE}") is not None  # screen readers skip it


def test_a_plate_slipped_under_a_logo_already_there() -> None:
    prs = Presentation()
    shapes = prs.slides.add_slide(prs.slide_layouts[6]).shapes
    logo = shapes.add_shape(1, Inches(1), Inches(1), Inches(1), Inches(1))
    logo.name = "Crest"
    after = shapes.add_shape(1, Inches(3), Inches(1), Inches(1), Inches(1))
    sp = add_plate(shapes.element, (0, 0, 100, 100), "Logo plate", fill=WHITE, radius=ROUND,
                   before=logo.element)
    names = [sh.name for sh in shapes]
    assert names.index("Logo plate") == names.index("Crest") - 1
    assert names[-1] == after.name
    assert sp.find(f".//{qn('a:srgbClr')}").get("val") == "FFFFFF"
    assert sp.find(f".//{qn('a:gd')}").get("fmla") == f"val {ROUND}"
    ids = [int(sh.shape_id) for sh in shapes]
    assert len(ids) == len(set(ids))
