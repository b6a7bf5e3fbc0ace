"""A trainer's cover circle filled by its pictures (two small emoji in a large circle read
as a placeholder), yet clear of its edge (characters touching the rim read as jammed in),
and legible: the pictures sit on a light disc in the circle, as on the section slides, not
straight on the template's dark circle (the camera's dark body sank into it), and clear of
the template's own ornament over the circle."""

from __future__ import annotations

import math
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


def _small_circle_clearance(cover) -> float:
    """From the picture disc's edge to the template's small circle's edge, in EMU."""
    small = next(sh for sh in cover.slide_layout.shapes if sh.name == "Circle small")
    disc = next(sh for sh in cover.shapes if sh.name == "Picture disc")
    (dx, dy), (sx, sy) = _centre(disc), _centre(small)
    return math.hypot(dx - sx, dy - sy) - disc.width / 2 - small.width / 2


def test_characters_fill_their_disc(covers: dict) -> None:
    cover = covers["ks1"]
    pictures = [sh for sh in cover.shapes if sh.shape_type == 13]
    assert len(pictures) == 2
    span = max(p.left + p.width for p in pictures) - min(p.left for p in pictures)
    # KS1's disc is the other decks' (the test below): the two characters fill it, inside
    # its rim.
    disc = next(sh for sh in cover.shapes if sh.name == "Picture disc")
    assert span >= 0.85 * disc.width
    for pic in pictures:
        assert disc.left <= pic.left and pic.left + pic.width <= disc.left + disc.width


def test_every_decks_disc_is_the_same(covers: dict) -> None:
    """The same template, the same disc: KS1's covered the ring where the others' sat
    stepped aside in it."""
    boxes = {a: next((sh.left, sh.top, sh.width) for sh in covers[a].shapes
                     if sh.name == "Picture disc") for a in AUDIENCES}
    assert len(set(boxes.values())) == 1, boxes


@pytest.mark.parametrize("audience", AUDIENCES)
def test_cover_pictures_sit_centred_on_a_light_disc_clear_of_the_ornament(
        covers: dict, audience: str) -> None:
    """Brightpath's layout draws a small translucent circle over its cover circle's edge.
    The disc sits on the circle's centre, so the ring of the circle's colour round it is
    even (stepped aside from the small circle, the ring read as a crescent), and as large as
    the ring allows: shrunk to clear that circle it held KS1's characters at a third of
    their size elsewhere. It goes plainly over the small circle (barely touching, the two
    read as one blob with an odd shadow)."""
    cover = covers[audience]
    circle = next(sh for sh in cover.slide_layout.shapes if sh.name == "Circle")
    disc = next(sh for sh in cover.shapes if sh.name == "Picture disc")
    assert disc.fill.fore_color.theme_color == MSO_THEME_COLOR.BACKGROUND_1
    # On the circle's centre, with a ring round it.
    (cx, cy), (dx, dy) = _centre(circle), _centre(disc)
    assert math.hypot(dx - cx, dy - cy) <= circle.width / 200
    assert 0.84 * circle.width <= disc.width <= 0.86 * circle.width
    # Over the small circle by a sixth of it or more, never just touching it.
    small = next(sh for sh in cover.slide_layout.shapes if sh.name == "Circle small")
    assert _small_circle_clearance(cover) <= -small.width / 6
    # The template's circles drawn as it draws them: no copy of the cover circle on top.
    assert not any(sh.name == "Cover circle" for sh in cover.shapes)
    pictures = [sh for sh in cover.shapes if sh.shape_type == 13]
    left = min(p.left for p in pictures)
    right = max(p.left + p.width for p in pictures)
    top = min(p.top for p in pictures)
    bottom = max(p.top + p.height for p in pictures)
    tolerance = circle.width // 100
    assert abs((left + right) // 2 - dx) <= tolerance
    assert abs((top + bottom) // 2 - dy) <= tolerance
    # The drawing order: the disc under the pictures.
    order = list(cover.shapes)
    assert all(order.index(disc) < order.index(p) for p in pictures)
    if len(pictures) == 1:
        assert pictures[0].width >= 0.65 * disc.width


def test_a_disc_is_centred_and_shrinks_only_to_clear_an_ornament() -> None:
    from lessonpack.render.deck_cover_disc import RING_SHARE, clear_disc

    circle = (1000, 2000, 3000, 3000)
    assert clear_disc(circle, []) == (1210, 2210, 2580, 2580)
    assert clear_disc(circle, [])[2] == round(3000 * RING_SHARE)
    # A square ornament over the right edge shrinks the disc, which stays centred and
    # clear of it.
    x, y, d, _ = clear_disc(circle, [((3700, 3000, 800, 800), False)])
    assert d < 2580 and x + d <= 3700
    assert abs(x + d / 2 - 2500) <= 1 and abs(y + d / 2 - 3500) <= 1
    # One so near the centre that the disc would be too small for its picture (under
    # LEAST_SHARE of the circle): the disc keeps its size and goes over it. Brightpath's
    # small circle once left a disc 0.6 of the circle: its two characters a third of their
    # size on the other covers.
    assert clear_disc(circle, [((2600, 3400, 200, 200), True)])[2] == 2580
    assert clear_disc(circle, [((3500, 3000, 800, 800), False)])[2] == 2580
