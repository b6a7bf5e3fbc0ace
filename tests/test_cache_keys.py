"""The caches one process keeps between builds (finished decks, kept slides, drawn shapes)
are keyed by a hand-kept list of what a deck depends on (render/pptx.py ``_kept_for``): a
look built after another, differing in one input, must come out byte for byte as that look
built alone, in a fresh process. An input the key forgets fails here, not in a school's
pack (a real school's names built after the example school's once kept its fill-in tint)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lessonpack import api
from lessonpack.content.model import Audience

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = ROOT / "examples/brands/oakfield-primary"
TRAINER = ROOT / "examples/templates/brightpath-training"

# One input changed a case: {the brand file's text as written: as changed}, and whether the
# deck is drawn on a trainer's template (where the theme and the drawing areas are keyed).
CASES = {
    "example mark": ({"example: true\n": ""}, None),
    "logo": ({"logo: logo.png\n": "", "logo_shows_name: true\n": ""}, TRAINER),
    "colours": ({'primary: "#1E4D2B"': 'primary: "#5B2A6E"'}, TRAINER),
    "fonts": ({"body_font: Calibri": "body_font: Arial"}, None),
}

FRESH = """
import sys
from pathlib import Path
from lessonpack import api
brand, template, out = sys.argv[1:4]
report = api.build(api.pack(audiences=["ks1"], brand=Path(brand), formats=["pptx"],
                            template=Path(template) if template else None), out=Path(out))
assert report.ok, report.problems
"""


def _deck(out: Path) -> bytes:
    (deck,) = out.rglob("*.pptx")
    return deck.read_bytes()


def _build(brand: Path, template: Path | None, out: Path) -> bytes:
    report = api.build(api.pack(audiences=[Audience.KS1], brand=brand, formats=["pptx"],
                                template=template), out=out)
    assert report.ok, report.problems
    return _deck(out)


@pytest.mark.parametrize("case", CASES)
def test_a_look_built_after_another_is_the_look_built_alone(case: str, tmp_path: Path) -> None:
    changes, template = CASES[case]
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(OAKFIELD, first)
    shutil.copytree(OAKFIELD, second)
    text = (OAKFIELD / "brand.yml").read_text(encoding="utf-8")
    for was, now in changes.items():
        assert was in text, case
        text = text.replace(was, now)
    (second / "brand.yml").write_text(text, encoding="utf-8")
    _build(first / "brand.yml", template, tmp_path / "out-first")
    after = _build(second / "brand.yml", template, tmp_path / "out-after")
    subprocess.run([sys.executable, "-c", FRESH, str(second / "brand.yml"),
                    str(template or ""), str(tmp_path / "out-alone")], check=True)
    assert after == _deck(tmp_path / "out-alone"), f"{case}: the cache kept the first look"
