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
from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = ROOT / "examples/brands/oakfield-primary"
TRAINER = ROOT / "examples/templates/brightpath-training"
# A second trainer's template: its own bytes, theme and layouts.
DARK = ROOT / "tests/fixtures/wild/lo-cft-smooth-black.pptx"
# The accent a brand that names none is drawn with.
DEFAULT_ACCENT = Brand.model_fields["accent"].default

# The brand's own colours on a trainer's template: without it the template's house style
# replaces them (render/deck_house_style), and a colour change leaves the deck as it was.
OWN_PALETTE = {"\nexample: true\n": "\nexample: true\npalette: brand\n"}

# One input changed a case: the brand file's edits for both decks and {its text: as changed}
# for the second, the template the first deck is drawn on (None: the built-in one; a
# trainer's, where the theme and the drawing areas are keyed), and the second deck's
# template when it is another.
Edits = dict[str, str]
CASES: dict[str, tuple[Edits, Edits, Path | None, Path | None]] = {
    "example mark": ({}, {"example: true\n": ""}, None, None),
    "logo": ({}, {"logo: logo.png\n": "", "logo_shows_name: true\n": ""}, TRAINER, None),
    "colours": (OWN_PALETTE, {'primary: "#1E4D2B"': 'primary: "#5B2A6E"'}, TRAINER, None),
    "fonts": ({}, {"body_font: Calibri": "body_font: Arial"}, None, None),
    # A trainer's template keeps its own accent for call-out bars unless the brand names
    # one (render/deck_accent.set_callout): the default colour, named, moves the bars to
    # another theme slot (slides 3, 8, 13 and 26 of the KS1 deck change).
    "callout": ({**OWN_PALETTE, 'accent: "#A8321A"': ""}, {"\nexample: true\n":
                f'\nexample: true\naccent: "{DEFAULT_ACCENT}"\n'}, TRAINER, None),
    # The same brand on another trainer's template: the template's bytes are keyed.
    "template": ({}, {}, TRAINER, DARK),
}

FRESH = """
import sys
from pathlib import Path
from lessonpack import api
from lessonpack.content.brand import Brand
brand, template, out = sys.argv[1:4]
report = api.build(api.pack(audiences=["ks1"], brand=Path(brand), formats=["pptx"],
                            template=Path(template) if template else None), out=Path(out))
assert report.ok, report.problems
"""


def _edited(text: str, edits: Edits) -> str:
    for was, now in edits.items():
        assert was in text, was
        text = text.replace(was, now)
    return text


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
    both, changes, template, other = CASES[case]
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(OAKFIELD, first)
    shutil.copytree(OAKFIELD, second)
    text = _edited((OAKFIELD / "brand.yml").read_text(encoding="utf-8"), both)
    (first / "brand.yml").write_text(text, encoding="utf-8")
    (second / "brand.yml").write_text(_edited(text, changes), encoding="utf-8")
    first_deck = _build(first / "brand.yml", template, tmp_path / "out-first")
    template = other or template
    after = _build(second / "brand.yml", template, tmp_path / "out-after")
    # The change shows in the deck: a case whose input the build ignores tests no key.
    assert after != first_deck, f"{case}: the change left the deck as it was"
    subprocess.run([sys.executable, "-c", FRESH, str(second / "brand.yml"),
                    str(template or ""), str(tmp_path / "out-alone")], check=True)
    assert after == _deck(tmp_path / "out-alone"), f"{case}: the cache kept the first look"
