"""Pictures crisp when projected: a 13.33 in slide shown 1920 px wide is 144 px an inch, so a
512 px library picture is sharp up to 3.56 in. The few decks place wider (the stop sign, the
LIVE badge, the helping hand, footprints, star, heart) have 1024 px copies drawn from the same
vector source (tools/vendor_pictures.py --large), embedded only where placed that wide.
Decks are built and reopened: each placed picture's pixels against its size on the slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.content.picture_library import builtin_library

ROOT = Path(__file__).resolve().parents[1]
PICTURES = ROOT / "src" / "lessonpack" / "pictures"
EMU_IN = 914400
PROJECTOR_PPI = 1920 / 13.333


def test_large_copies_are_catalogued_pictures_at_1024_px() -> None:
    large = sorted((PICTURES / "large").glob("*.png"))
    assert large
    files = {Path(p.path).name for p in builtin_library().pictures.values()}
    for path in large:
        assert path.name in files, path.name  # the same picture, its alt text from the catalogue
        with Image.open(path) as image:
            assert image.size == (1024, 1024), path.name
    notice = (PICTURES / "NOTICE").read_text(encoding="utf-8")
    assert "large/*.png" in notice and "1024 x 1024" in notice


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("large")
    assert main(["build", "-k", "ks1", "-k", "ks2", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(out)]) == 0
    return sorted(out.rglob("*-slides.pptx"))


def _placed(deck: Path) -> list[tuple[str, float, int]]:
    """(name, inches wide on the slide, pixels wide) of every picture on every slide."""
    found = []

    def walk(shapes) -> None:
        for shape in shapes:
            if shape.shape_type == 6:  # a group
                walk(shape.shapes)
            elif shape.shape_type == 13 and shape.crop_left == 0:  # not a cropped photo
                found.append((shape.name, shape.width / EMU_IN, shape.image.size[0]))

    for slide in Presentation(str(deck)).slides:
        walk(slide.shapes)
    return found


def test_every_picture_is_sharp_at_its_size_on_a_projector(decks: list[Path]) -> None:
    wide = 0
    for deck in decks:
        for name, inches, pixels in _placed(deck):
            assert pixels / inches >= PROJECTOR_PPI * 0.98, (deck.name, name, inches, pixels)
            wide += inches > 3.6
    assert wide >= 4  # the stop sign, the LIVE badge, the helping hand, footprints...


def test_small_placements_keep_the_small_copy(decks: list[Path]) -> None:
    """A picture with a large copy placed small embeds 512 px: no pack carries 1024 px where
    nobody sees them."""
    heroes = {p.stem for p in (PICTURES / "large").glob("*.png")}
    small = [(name, pixels) for deck in decks for name, inches, pixels in _placed(deck)
             if inches <= 3.5 and any(name.endswith(f": {h}") for h in heroes)]
    assert small and all(pixels == 512 for _name, pixels in small), small
