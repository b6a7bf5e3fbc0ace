"""Decks built on real templates from public repositories, with open licences (their
sources and licences: tests/fixtures/wild/NOTICE): every one gives a deck whose text reads.

A dark 4:3 LibreOffice template (lo-cft "Smooth black"), an 11 x 6.2 in one with a red title
band (lo-cft "FireRed"), a French PowerPoint 4:3 template (Coreoz's) and a German
PowerPoint 16:9 one (pptx-blueprint's, German layout names). For each, the key
stage 2 lesson and the parents' workshop are built and `lessonpack check` finds on them no
text below WCAG AA on what it is drawn on, none over its box, hidden under a shape or off
the slide, and nothing smaller than 18 pt outside the footers. Built from the files in the
repository: no network.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.check import Options, check_file
from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"
TEMPLATES = ("lo-cft-smooth-black.pptx", "lo-cft-fire-red.pptx", "coreoz-ppt-templates.pptx",
             "pptx-blueprint-german.pptx")
# Contrast, type size, overflow, hidden and off-slide: what makes a slide unreadable.
UNREADABLE = ("LPC201", "LPC202", "LPC301", "LPC305", "LPC306")


@pytest.fixture(scope="module", params=TEMPLATES)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[str, list[Path]]:
    name = request.param
    out = tmp_path_factory.mktemp(name.removesuffix(".pptx"))
    code = main(["build", "-a", "ks2", "-a", "parents", "-f", "pptx", "-q", "-j", "1",
                 "--out", str(out), "--template", str(WILD / name)])
    assert code == 0, name
    decks = sorted(out.glob("*/*-slides.pptx"))
    assert len(decks) == 2, decks
    return name, decks


def test_every_deck_built_on_a_real_template_reads(built: tuple[str, list[Path]]) -> None:
    name, decks = built
    for deck in decks:
        found = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())
                 if f.code in UNREADABLE]
        assert not found, (name, deck.name, found[:5])


def test_every_fixture_has_its_licence_noted() -> None:
    notice = (WILD / "NOTICE").read_text(encoding="utf-8")
    readme = (WILD / "README.md").read_text(encoding="utf-8")
    for path in WILD.glob("*.pptx"):
        assert path.name in notice and path.name in readme, path.name


def test_parents_workshop_reads_on_a_google_slides_sized_deck(tmp_path: Path) -> None:
    """A real Google Slides export (10 x 5.625 in): the parents' workshop's text holds 18 pt
    on every slide. The story beside its questions, not over them; the points beside the
    figures widened (their words whole in each tile) or run the area's height; the steps
    as numbered rows where four narrow cards overflowed; ground-rule rows as tall as their
    words; each of these overflowed (LPC301) or was covered (LPC305) on the short slide."""
    out = tmp_path / "google"
    assert main(["build", "-a", "parents", "-f", "pptx", "-q", "-j", "1", "--out", str(out),
                 "--template", str(WILD / "google-slides-export.pptx")]) == 0
    deck = next(out.glob("*/*-slides.pptx"))
    found = [f"{f.code} {f.location} {f.message}" for f in check_file(deck, Options())
             if f.code in UNREADABLE]
    assert not found, found[:5]
