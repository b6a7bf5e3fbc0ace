"""A template layout whose shape has no p:cNvPr (its id and name, which the schema requires;
ONLYOFFICE's Greek "new.pptx") stopped the build with an internal error: python-pptx cannot
read such a shape's name. The build now gives it one. The template is python-pptx's default
deck with the id and name taken off a placeholder of its "Two Content" layout, in the test."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack.cli import main
from lessonpack.render.deck_unnamed import name_unnamed_shapes


def _unnamed_template(folder: Path) -> Path:
    prs = Presentation()
    layout = next(lo for lo in prs.slide_layouts if lo.name == "Two Content")
    c_nv_pr = layout.placeholders[2].element.find(f"{qn('p:nvSpPr')}/{qn('p:cNvPr')}")
    c_nv_pr.getparent().remove(c_nv_pr)
    path = folder / "unnamed.pptx"
    prs.save(str(path))
    return path


def test_a_shape_without_id_or_name_is_given_both(tmp_path: Path) -> None:
    prs = Presentation(str(_unnamed_template(tmp_path)))
    assert name_unnamed_shapes(prs) == 1
    layout = next(lo for lo in prs.slide_layouts if lo.name == "Two Content")
    ids = [shape.shape_id for shape in layout.shapes]
    assert len(set(ids)) == len(ids)
    assert all(shape.name for shape in layout.shapes)
    assert name_unnamed_shapes(prs) == 0


def test_a_template_with_such_a_shape_builds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(_unnamed_template(tmp_path))]) == 0
    assert (out / "live-streaming-ks2" / "live-streaming-ks2-slides.pptx").is_file()
