"""KS1's two story scenes (Pip's video call, Olly watching a show) in a trainer's short
content area: the child and the grown-up stand beside the tablet, not in a thin row under
it, so the story's child is at least as big as anyone on the screen (designer s9mid #4: Pip
was about 30 px tall with the name pills on the footer), and the scene stays in its area.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
IN = 914400


@pytest.fixture(scope="module")
def brightpath_ks1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("scenes")
    code = main(["build", "-a", "ks1", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--brand", str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--school", str(ROOT / "examples/schools/ashgrove-primary/school.yml")])
    assert code == 0
    return out / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"


def _scene(path: Path, name: str):
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP and shape.name == name:
                return shape
    raise AssertionError(f"no {name!r} group")


@pytest.mark.parametrize(("scene", "child", "screen_people"),
                         [("Video call", "Pip", ("Granny", "Grandad")),
                          ("Watching a show", "Olly", ("the show's star",))])
def test_the_story_child_is_the_biggest_person_in_a_short_area(
        brightpath_ks1: Path, scene: str, child: str, screen_people: tuple[str, ...]) -> None:
    group = _scene(brightpath_ks1, scene)
    shapes = {s.name: s for s in group.shapes}
    me = shapes[f"Picture: {child}"]
    assert me.height >= 1.5 * IN, f"{child} is {me.height / IN:.2f} in tall"
    for other in screen_people:
        assert me.height >= shapes[f"Picture: {other}"].height * 0.95, other
    # Beside the tablet, not under it: the child's picture starts right of the tablet.
    tablet = shapes["Tablet"]
    assert me.left >= tablet.left + tablet.width
    # Every name pill inside the scene's own area (not on the footer).
    for s in group.shapes:
        if s.name.startswith("Name: "):
            assert s.top + s.height <= group.top + group.height + 1, s.name
