"""Which fonts a deck on a trainer's template uses, per role (heading, body), where the
template's palette is a stock one (Office's): a template that chose its colours is a house
style and keeps its fonts and colours whole (tests/test_house_style.py).

A font the template chose stays (its layouts were designed round it); where the template's
theme names only a default (Office's Calibri, Google's Arial), the brand file's font for that
role wins. A brand file that names no font leaves the template's fonts alone. Each case is
built and the .pptx reopened: the theme's font scheme and the fonts runs resolve to.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from lessonpack.check.pptx_shapes import open_deck
from lessonpack.check.pptx_text import text_frame
from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "examples/templates/brightpath-training/deck.pptx"
BRAND = ROOT / "examples/brands/northshire-online-safety/brand.yml"  # Arial / Arial


# Office 2013-2022's first two accents: a palette nobody chose (deck_house_style).
STOCK = {"accent1": "4472C4", "accent2": "ED7D31"}


def _template_with_fonts(folder: Path, heading: str, body: str) -> Path:
    """Brightpath's deck with its theme's heading and body fonts set to the given faces and
    Office's stock accents, so the brand's fonts and colours may fill in."""
    out = folder / "template.pptx"
    with zipfile.ZipFile(TEMPLATE) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("ppt/theme/theme"):
                text = data.decode("utf-8")
                for tag, face in (("majorFont", heading), ("minorFont", body)):
                    text = re.sub(rf'(<a:{tag}><a:latin typeface=")[^"]*"', rf'\g<1>{face}"',
                                  text)
                for slot, value in STOCK.items():
                    text = re.sub(rf'(<a:{slot}><a:srgbClr val=")[0-9A-Fa-f]{{6}}"',
                                  rf'\g<1>{value}"', text)
                data = text.encode("utf-8")
            dst.writestr(item, data)
    return out


def _build(tmp: Path, template: Path, brand: Path) -> Path:
    out = tmp / "out"
    code = main(["build", "-a", "ks1", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--brand", str(brand), "--template", str(template)])
    assert code == 0
    return out / "live-streaming-ks1" / "live-streaming-ks1-slides.pptx"


def _theme_fonts(path: Path) -> tuple[str, str]:
    theme = Presentation(str(path)).slide_masters[0].part.part_related_by(RT.THEME).blob
    faces = [re.search(rf'<a:{tag}><a:latin typeface="([^"]*)"', theme.decode()).group(1)
             for tag in ("majorFont", "minorFont")]
    return faces[0], faces[1]


def _resolved(path: Path) -> tuple[set[str], set[str]]:
    """(fonts of title runs, fonts of body placeholders' runs) as `check` resolves them."""
    deck = open_deck(path, path.name)
    titles: set[str] = set()
    body: set[str] = set()
    for view in deck.slides:
        for item in view.items:
            frame = text_frame(item, view)
            if frame is None or item.ph is None:
                continue
            fonts = {run.font for para in frame.paras for run in para.runs}
            if item.ph.type in ("title", "ctrTitle"):
                titles |= fonts
            elif item.ph.type == "body":
                body |= fonts
    return titles, body


@pytest.fixture(scope="module")
def chosen_heading(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template chose Georgia for headings and left Office's Calibri for text."""
    tmp = tmp_path_factory.mktemp("chosen-heading")
    return _build(tmp, _template_with_fonts(tmp, "Georgia", "Calibri"), BRAND)


def test_a_font_the_template_chose_stays(chosen_heading: Path) -> None:
    heading, _body = _theme_fonts(chosen_heading)
    titles, _ = _resolved(chosen_heading)
    assert heading == "Georgia"
    assert titles == {"Georgia"}


def test_the_brands_font_replaces_an_office_default(chosen_heading: Path) -> None:
    _heading, body = _theme_fonts(chosen_heading)
    _, texts = _resolved(chosen_heading)
    assert body == "Arial"
    assert texts == {"Arial"}


def test_a_brand_without_fonts_keeps_the_templates(tmp_path: Path) -> None:
    brand = tmp_path / "brand.yml"
    text = BRAND.read_text(encoding="utf-8")
    text = re.sub(r"^(heading_font|body_font):.*\n", "", text, flags=re.M)
    text = text.replace("logo: logo.png", f"logo: {BRAND.parent / 'logo.png'}")
    brand.write_text(text, encoding="utf-8")
    path = _build(tmp_path, _template_with_fonts(tmp_path, "Calibri", "Calibri"), brand)
    assert _theme_fonts(path) == ("Calibri", "Calibri")
    titles, texts = _resolved(path)
    assert titles | texts == {"Calibri"}


def _theme_colours(path: Path) -> dict[str, str]:
    theme = Presentation(str(path)).slide_masters[0].part.part_related_by(RT.THEME).blob
    return dict(re.findall(r'<a:(dk2|lt2|accent\d|hlink|folHlink)><a:srgbClr val="([0-9A-F]{6})"',
                           theme.decode()))


def test_a_brand_without_colours_keeps_the_templates_palette(tmp_path: Path) -> None:
    """Colours behave as fonts do: a brand file naming only its organisation and trainer
    (a freelance trainer's) leaves every theme colour of the template as it was, where
    lessonpack's default blue and red used to replace its teal and raspberry; a brand
    naming its four colours still sets those four slots."""
    brand = tmp_path / "brand.yml"
    brand.write_text("org_name: Sam Carter Online Safety\ntrainer_name: Sam Carter\n",
                     encoding="utf-8")
    stock = _template_with_fonts(tmp_path, "Calibri", "Calibri")
    path = _build(tmp_path, stock, brand)
    assert _theme_colours(path) == _theme_colours(stock)
    named = _build(tmp_path / "named", stock, BRAND)
    assert _theme_colours(named)["dk2"] != _theme_colours(stock)["dk2"]
    assert _theme_colours(named)["accent1"] == "5B2A86"  # Northshire's purple
