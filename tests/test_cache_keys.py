"""The caches one process keeps between builds (finished decks, kept slides, drawn shapes)
are keyed by a hand-kept list of what a deck depends on (render/pptx.py ``_kept_for``): a
look built after another, differing in one input, must come out byte for byte as that look
built alone, in a fresh process. An input the key forgets fails here, not in a school's
pack (a real school's names built after the example school's once kept its fill-in tint)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack import api
from lessonpack.build.look import prepare_look
from lessonpack.cli import main
from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.io.zipnorm import zip_time
from lessonpack.plan.model import DeckPlan
from lessonpack.plan.pack import plan_pack
from lessonpack.render import slide_cache
from lessonpack.render.pptx import render_pptx

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


def _first_slide_text(deck: bytes) -> str:
    return " ".join(sh.text_frame.text for sh in Presentation(io.BytesIO(deck)).slides[0].shapes
                    if sh.has_text_frame)


# A deck for every year telling only the youngest years' stories leads its Draft strip with
# words of its own (plan/class_fit.deck_years).
YEARS_LEAD = "Years 1\u20132 stories (Years 3\u20134 too: see the plan)."


def test_the_same_slides_for_other_years_get_their_own_draft_strip() -> None:
    """A deck made only of kept slides takes its finish (the Draft strip, the sizes evened
    over the deck) from the last deck of those slides (render/pptx._FINISHED). The strip's
    leading words (DeckPlan.years) are not in the slides, so a deck of the same slides with
    them must come out as it does built alone, not with the first deck's strip. (The KS1
    deck: every one of its slides is kept, so its second build takes the kept finish.)"""
    index = api.load()
    look = prepare_look(brand_file=None, template=None)
    plan = plan_pack(index.items["live-streaming-ks1"].item, index.facts, look.brand).decks[0]
    assert plan.years == ("", "")
    other = replace(plan, years=(YEARS_LEAD, ""))

    def render(deck: DeckPlan) -> bytes:
        return render_pptx(deck, look.brand, look.templates.deck, zip_time(None))

    slide_cache.forget()
    alone = render(other)
    slide_cache.forget()
    render(plan)
    plain = render(plan)  # every slide kept: its finish kept under their keys
    after = render(other)
    assert YEARS_LEAD not in _first_slide_text(plain) and after != plain
    assert YEARS_LEAD in _first_slide_text(after), "the first deck's Draft strip was kept"
    assert after == alone


GOOGLE = ROOT / "tests/fixtures/wild/google-slides-export.pptx"


def test_a_deck_built_again_in_one_process_is_the_deck_built_alone(tmp_path: Path) -> None:
    """A trainer's second build of the same deck in one process (an ``--all`` batch, the next
    school's same lesson) is made of kept slides and a kept finish: it must come out byte for
    byte as the deck built alone, layout edits included (the section layout's stray rule,
    taken off while a section slide was drawn, stayed on every deck after the first)."""
    args = ["build", "-k", "ks2", "-f", "pptx", "-q", "-j", "1", "--template", str(GOOGLE)]
    for run in ("first", "second"):
        assert main([*args, "--out", str(tmp_path / run)]) == 0
    subprocess.run([sys.executable, "-m", "lessonpack", *args, "--out", str(tmp_path / "alone")],
                   check=True)
    alone = _deck(tmp_path / "alone")
    assert _deck(tmp_path / "first") == alone
    assert _deck(tmp_path / "second") == alone, "the second build differs from the deck alone"
