"""LPC108: `lessonpack check` warns about a deck with fields to fill in and no "Draft" mark
on its first slide, and a built deck (whose strip is that mark) passes."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.check import Options, check_file
from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _draft_findings(path: Path) -> list[str]:
    return [f"{f.location}: {f.message}" for f in check_file(path, Options())
            if f.code == "LPC108"]


def test_a_deck_whose_strip_is_gone_or_off_the_slide_is_warned_about(tmp_path: Path) -> None:
    # A trainer's dark cover with no free edge: the build's strip is the only mark.
    wild = ROOT / "tests" / "fixtures" / "wild" / "lo-cft-hexagons.pptx"
    assert main(["build", "-a", "ks2", "-f", "pptx", "--template", str(wild), "--out",
                 str(tmp_path / "built"), "--quiet"]) == 0
    built = next((tmp_path / "built").rglob("*-slides.pptx"))
    assert _draft_findings(built) == []

    deck = Presentation(str(built))
    cover = deck.slides[0]
    (strip,) = [sh for sh in cover.shapes if sh.name == "Draft strip"]
    strip.top = int(deck.slide_height or 0) + Inches(1)  # parked below the slide: not seen
    parked = tmp_path / "parked.pptx"
    deck.save(str(parked))
    (found,) = _draft_findings(parked)
    assert found.startswith("slide 1: "), found
    assert "([DSL's name], [where to find them], [deputy DSL's name] on slide 36)" in found, found

    strip._element.getparent().remove(strip._element)
    gone = tmp_path / "gone.pptx"
    deck.save(str(gone))
    assert _draft_findings(gone) == [found]


def test_a_deck_with_its_fields_filled_in_needs_no_mark(tmp_path: Path) -> None:
    brand = ROOT / "examples" / "brands" / "oakfield-primary" / "brand.yml"
    assert main(["build", "-a", "ks4", "-f", "pptx", "--brand", str(brand), "--out",
                 str(tmp_path), "--quiet"]) == 0
    deck = next(tmp_path.rglob("*-slides.pptx"))
    assert not any(sh.name == "Draft strip" for sh in Presentation(str(deck)).slides[0].shapes)
    assert _draft_findings(deck) == []
