"""A trainer's cover circle filled by its pictures (two small emoji in a large circle read
as a placeholder), yet clear of its edge (characters touching the rim read as jammed in),
and legible: the pictures sit on a light disc centred in the circle, as on the section
slides, not straight on the template's dark circle (the camera's dark body sank into it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR

from built_decks import slides_file
from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
AUDIENCES = ("ks1", "ks2", "parents")


@pytest.fixture(scope="module")
def covers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("covers")
    args = [a for audience in AUDIENCES for a in ("-a", audience)]
    assert main(["build", *args, "-f", "pptx", "-j", "1", "--brand",
                 str(ROOT / "examples/brands/northshire-online-safety/brand.yml"),
                 "--template", str(ROOT / "examples/templates/brightpath-training"),
                 "--out", str(out), "--quiet"]) == 0
    return {a: Presentation(str(out / f"live-streaming-{a}" / slides_file(a))
                            ).slides[0] for a in AUDIENCES}


def _centre(shape) -> tuple[int, int]:
    return shape.left + shape.width // 2, shape.top + shape.height // 2


def test_characters_fill_the_trainers_circle(covers: dict) -> None:
    cover = covers["ks1"]
    circle = next(sh for sh in cover.slide_layout.shapes if sh.name == "Circle")
    pictures = [sh for sh in cover.shapes if sh.shape_type == 13]
    assert len(pictures) == 2
    span = max(p.left + p.width for p in pictures) - min(p.left for p in pictures)
    assert span >= 0.7 * circle.width  # at 0.64 they read as "tiny"
    margin = 0.08 * circle.width
    for pic in pictures:  # inside it, clear of the rim
        assert circle.left + margin <= pic.left
        assert pic.left + pic.width <= circle.left + circle.width - margin


@pytest.mark.parametrize("audience", AUDIENCES)
def test_cover_pictures_sit_centred_on_a_light_disc(covers: dict, audience: str) -> None:
    cover = covers[audience]
    circle = next(sh for sh in cover.slide_layout.shapes if sh.name == "Circle")
    disc = next(sh for sh in cover.shapes if sh.name == "Picture disc")
    assert disc.fill.fore_color.theme_color == MSO_THEME_COLOR.BACKGROUND_1
    cx, cy = _centre(circle)
    tolerance = circle.width // 100
    assert abs(_centre(disc)[0] - cx) <= tolerance and abs(_centre(disc)[1] - cy) <= tolerance
    assert 0.8 * circle.width <= disc.width < circle.width  # a ring of the template's colour
    pictures = [sh for sh in cover.shapes if sh.shape_type == 13]
    left = min(p.left for p in pictures)
    right = max(p.left + p.width for p in pictures)
    top = min(p.top for p in pictures)
    bottom = max(p.top + p.height for p in pictures)
    assert abs((left + right) // 2 - cx) <= tolerance
    assert abs((top + bottom) // 2 - cy) <= tolerance
    # The drawing order: the disc under the pictures.
    order = list(cover.shapes)
    assert all(order.index(disc) < order.index(p) for p in pictures)
    if len(pictures) == 1:
        assert pictures[0].width >= 0.55 * circle.width


@pytest.mark.parametrize("audience", AUDIENCES)
def test_the_templates_small_circle_sits_behind_the_cover_circle(covers: dict,
                                                                 audience: str) -> None:
    """Brightpath's layout draws a small translucent circle over its cover circle's edge;
    over the picture disc's edge it read as a misplaced shape. The cover circle is drawn
    again on the slide, opaque, under the disc: the small circle is behind it."""
    cover = covers[audience]
    ellipses = [sh for sh in cover.slide_layout.shapes
                if sh.name in ("Circle", "Circle small")]
    circle, small = ellipses
    order = list(cover.shapes)
    copy = next(sh for sh in order if sh.name == "Cover circle")
    disc = next(sh for sh in order if sh.name == "Picture disc")
    assert (copy.left, copy.top, copy.width, copy.height) == (
        circle.left, circle.top, circle.width, circle.height)
    assert order.index(copy) < order.index(disc)
    fill = copy.element.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}"
                             "solidFill")
    assert fill is not None and not list(fill.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/main}alpha"))
    # The small circle reaches into the cover circle (else nothing needed covering).
    assert small.top < circle.top + circle.height and small.left < circle.left + circle.width
