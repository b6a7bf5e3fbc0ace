"""The brand's accent where it carries meaning (render/deck_accent.py): a brand's accent on its
call-out bars unless it is a warning colour (Oakfield's brick red: its bars are its green),
while lessonpack's own look keeps its red for danger; the answer tick at 3:1 or more against
its panel (WCAG's ratio for graphics; Fluent's bright green was 1.8:1 on Oakfield's pale
green). Decks are built and reopened: the theme colour each bar names, the colours of the
picture each slide embeds."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from built_decks import pack_folders
from lessonpack.cli import main
from lessonpack.content.brand import Brand
from lessonpack.contrast import contrast_ratio
from lessonpack.render.deck_accent import LIVE_RED, TICK_GREEN, tick_colour
from lessonpack.render.deck_callout import callout_role, warns

# Built looks reached through request.getfixturevalue, which the conftest's marking
# cannot see: these build whole packs, so they stay out of the unit loop.
pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = ROOT / "examples/brands/oakfield-primary/brand.yml"


def _build(out: Path, *brand: str) -> dict[str, Path]:
    assert main(["build", "-k", "ks1", "-k", "ks2", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(out), *brand]) == 0
    # Each pack's deck, by its folder: Oakfield's Year 4 and Year 6 KS2 packs both.
    return {folder.name: folder / f"{folder.name}-slides.pptx"
            for a in ("ks1", "ks2") for folder in pack_folders(out, a)}


@pytest.fixture(scope="module")
def oakfield(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _build(tmp_path_factory.mktemp("oakfield"), "--brand", str(OAKFIELD))


@pytest.fixture(scope="module")
def default(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _build(tmp_path_factory.mktemp("default"))


def _theme(prs) -> dict[str, str]:
    blob = prs.slide_masters[0].part.part_related_by(RT.THEME).blob.decode()
    return dict(re.findall(r'<a:(dk2|lt2|accent\d)><a:srgbClr val="([0-9A-F]{6})"', blob))


def _bar_colours(prs) -> set[str]:
    """The theme colour of every call-out bar a slide shows (its layout's or its own)."""
    found = set()
    for slide in prs.slides:
        for shape in [*slide.slide_layout.shapes, *slide.shapes]:
            if shape.name in ("Message accent", "Write-on panel bar", "Outcome panel bar"):
                found |= set(re.findall(r'schemeClr val="(\w+)"', shape.element.xml))
    return found


def _ink(picture) -> tuple[int, int, int]:
    """The commonest opaque colour of a placed picture's image."""
    image = Image.open(io.BytesIO(picture.image.blob)).convert("RGBA")
    counts = Counter({colour[:3]: n for n, colour in image.getcolors(1 << 20)
                      if colour[3] == 255})
    return counts.most_common(1)[0][0]


def _hex(rgb: tuple[int, int, int]) -> str:
    return "".join(f"{c:02X}" for c in rgb)


def _pictures(prs, prefix: str, suffix: str = "") -> list:
    return [sh for s in prs.slides for sh in s.shapes
            if sh.shape_type == 13 and sh.name.startswith(prefix) and sh.name.endswith(suffix)]


def test_oakfields_call_out_bars_are_its_green_not_its_warning_red(
        oakfield: dict[str, Path]) -> None:
    assert len(oakfield) == 3  # KS1, and KS2's Year 4 and Year 6 classes
    for audience, path in oakfield.items():
        prs = Presentation(str(path))
        # One slot for every bar, the same whatever the brand (the slide cache's rule)...
        assert _bar_colours(prs) == {"accent6"}, audience
        # ... holding Oakfield's leaf green: its brick red accent would read as an error bar
        # on the goal and the key messages, good news both.
        theme = _theme(prs)
        assert theme["accent6"] == "2A6B30" != theme["accent2"], audience


@pytest.mark.parametrize(("accent", "role"), [
    ("#A8321A", "secondary"),  # brick red: a warning
    ("#E67E22", "secondary"),  # orange: a warning
    ("#B0174F", "accent"),  # raspberry: a brand colour
    ("#1F7A8C", "accent"),  # teal
    ("#F1C40F", "accent"),  # yellow
])
def test_call_out_bars_take_the_accent_unless_it_warns(accent: str, role: str) -> None:
    brand = Brand(org_name="A school", accent=accent)
    assert warns(accent) is (role == "secondary")
    assert callout_role(brand) == role
    # A brand that names no accent keeps lessonpack's own: bars in the secondary colour.
    assert callout_role(Brand(org_name="A school")) == "secondary"


def test_lessonpacks_own_look_keeps_its_red_for_danger(default: dict[str, Path]) -> None:
    for audience, path in default.items():
        prs = Presentation(str(path))
        theme = _theme(prs)
        assert _bar_colours(prs) == {"accent6"}, audience
        assert theme["accent6"] == theme["accent1"] != theme["accent2"], audience


def test_the_live_badge_picture_is_the_streams_red(oakfield: dict[str, Path]) -> None:
    """LIVE is one red in every brand: the picture's ink is the drawn streams' badge red,
    never the brand's accent (Oakfield's brick beside crimson read as two signals)."""
    prs = Presentation(str(oakfield["live-streaming-ks1"]))
    badges = _pictures(prs, "Picture: live-badge")
    assert badges, "KS1's 'what is live' slide shows the LIVE badge"
    assert {_hex(_ink(b)) for b in badges} == {LIVE_RED} != {_theme(prs)["accent2"]}


@pytest.mark.parametrize("look", ["oakfield", "default"])
def test_the_answer_tick_reads_on_its_panel(look: str, request: pytest.FixtureRequest) -> None:
    for path in request.getfixturevalue(look).values():
        prs = Presentation(str(path))
        ticks = _pictures(prs, "Answer ", " tick")
        assert ticks
        panel = _theme(prs)["lt2"]
        for tick in ticks:
            assert contrast_ratio(f"#{_hex(_ink(tick))}", f"#{panel}") >= 3.0


def test_the_tick_takes_the_secondary_where_green_would_not_read() -> None:
    assert tick_colour("EEF6EC", "2A6B30") == TICK_GREEN
    assert tick_colour("4C8C50", "FFFFFF") == "FFFFFF"  # a mid-green panel: not green on it
