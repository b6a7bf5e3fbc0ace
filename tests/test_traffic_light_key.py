"""One amber everywhere: the KS1 sort key on the slide draws its traffic lights in the
printed cards' and worksheet's colours, with the cards' signs, on neutral chips (an orange
"amber" dot beside red on the slide had read as a second red, beside a yellow amber on the
cards)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from built_decks import built_deck
from lessonpack.cli import main
from lessonpack.plan.picture_sheet import LIGHTS

OAKFIELD = "examples/brands/oakfield-primary/brand.yml"


def _luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _key_lights(deck: object) -> dict[str, tuple[str, bool]]:
    """Each sort-key light on the deck's task slides: its word -> (fill, has a drawn sign)."""
    found: dict[str, tuple[str, bool]] = {}
    for slide in deck.slides:  # type: ignore[attr-defined]
        for shape in slide.shapes:
            if shape.shape_type != MSO_SHAPE_TYPE.GROUP or "light" not in shape.name:
                continue
            disc = next(s for s in shape.shapes if not s.name.endswith(": sign"))
            word = disc.name.rsplit(": ", 1)[1]
            sign = next(s for s in shape.shapes if s.name.endswith(": sign"))
            found[word] = (str(disc.fill.fore_color.rgb),
                           sign.element.find(f".//{qn('a:custGeom')}") is not None)
    return found


def test_slide_lights_are_the_printed_lights(built_packs: Path) -> None:
    lights = _key_lights(built_deck(built_packs, "ks1"))
    assert set(lights) == {"green", "amber", "red"}
    for word, (fill, signed) in lights.items():
        assert fill == LIGHTS[word].lstrip("#"), word
        assert signed, word
    cards = zipfile.ZipFile(built_packs / "live-streaming-ks1" /
                            "live-streaming-ks1-cards.docx").read("word/document.xml").decode()
    assert f'val="{LIGHTS["amber"].lstrip("#")}"' in cards


def test_amber_and_red_differ_in_lightness() -> None:
    # Colour-blind pupils tell them apart by lightness (and by the sign): at least 2:1.
    amber, red = _luminance(LIGHTS["amber"]), _luminance(LIGHTS["red"])
    assert (amber + 0.05) / (red + 0.05) >= 2


@pytest.fixture(scope="module")
def oakfield_ks1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oak")
    assert main(["build", "-a", "ks1", "--brand", OAKFIELD, "--out", str(out), "--quiet"]) == 0
    return out


def test_brand_chips_are_neutral(oakfield_ks1: Path) -> None:
    deck = built_deck(oakfield_ks1, "ks1")
    assert set(_key_lights(deck)) == {"green", "amber", "red"}
    chips = [s for slide in deck.slides for s in slide.shapes
             if s.name.startswith("Sort column") and s.name.count(" ") == 2]
    assert len(chips) == 3
    for chip in chips:  # white, not the brand's green under a green light
        assert chip.fill.fore_color.theme_color.name == "BACKGROUND_1"
