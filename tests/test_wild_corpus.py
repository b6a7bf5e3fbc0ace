"""Decks built on real templates from public repositories, with open licences (their
sources and licences: tests/fixtures/wild/NOTICE): every one gives a deck whose text reads.

A dark 4:3 LibreOffice template (lo-cft "Smooth black"), an 11 x 6.2 in one with a red title
band (lo-cft "FireRed"), a French PowerPoint 4:3 template (Coreoz's), a German
PowerPoint 16:9 one (pptx-blueprint's, German layout names), a dark 16:9 LibreOffice one
(lo-cft "Hexagons") and ONLYOFFICE's Arabic, right-to-left one. For each, the key
stage 2 lesson and the parents' workshop are built and `lessonpack check` finds on them no
text below WCAG AA on what it is drawn on, none over its box, hidden under a shape or off
the slide, and nothing smaller than 18 pt outside the footers. Built from the files in the
repository: no network.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lessonpack.check import Options, check_file
from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"
TEMPLATES = ("lo-cft-smooth-black.pptx", "lo-cft-fire-red.pptx", "coreoz-ppt-templates.pptx",
             "pptx-blueprint-german.pptx", "lo-cft-hexagons.pptx", "onlyoffice-ar-SA.pptx")
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


def test_timeline_stage_names_stay_on_their_arrow_on_a_four_by_three_template(
        tmp_path: Path) -> None:
    """KS4's warning-sign timeline on a 4:3 LibreOffice template (klee2): a stage's name
    ("Fake or too-fast trust") took two lines of 22 pt in its 2.4 in column and ran out of
    the 0.46 in arrow; its plate made it black on the arrow's navy (2.3:1, LPC201). The
    names now share one size and the arrow is as deep as their lines."""
    assert main(["build", "-a", "ks4", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / "klee2-libreoffice.pptx")]) == 0
    deck = tmp_path / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"
    from pptx import Presentation

    arrows = 0
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        shapes = {sh.name: sh for sh in slide.shapes}
        arrow = shapes.get("Timeline arrow")
        if arrow is None:
            continue
        arrows += 1
        names = [sh for name, sh in shapes.items() if name.startswith("Stage ")
                 and name.endswith(" name")]
        assert len({r.font.size for sh in names for p in sh.text_frame.paragraphs
                    for r in p.runs}) == 1, number
        for name in names:
            assert arrow.top <= name.top and \
                name.top + name.height <= arrow.top + arrow.height, (number, name.name)
    assert arrows
    found = [f"{f.location} {f.message}" for f in check_file(deck, Options())
             if f.code == "LPC201"]
    assert not found, found[:3]


def test_a_reply_task_fits_beside_a_narrower_timer_on_a_four_by_three_template(
        tmp_path: Path) -> None:
    """KS4's "Amara's reply" on the same 4:3 template: a timer tile beside the steps left
    them too narrow (the checklist step over its box at 18 pt, LPC301). On a narrow slide
    the timer is a short band over the steps, and the steps and the message share the slide,
    the steps the wider part."""
    assert main(["build", "-a", "ks4", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / "klee2-libreoffice.pptx")]) == 0
    deck = tmp_path / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"
    from pptx import Presentation
    from pptx.util import Inches

    replies = {number: {sh.name: sh for sh in slide.shapes}
               for number, slide in enumerate(Presentation(str(deck)).slides, 1)
               if {"Message text", "Task step 1"} <= {sh.name for sh in slide.shapes}}
    assert replies  # the reply task's slide (not the question after it: Nia's message)
    for shapes in replies.values():
        band, step, screen = (shapes["Task timer tile"], shapes["Task step 1"],
                              shapes["Message screen"])
        assert band.height < Inches(1.0) and band.width == step.width
        assert band.top + band.height <= step.top
        assert step.left + step.width <= screen.left and step.width > screen.width
    over = [f"{f.location} {f.message}" for f in check_file(deck, Options())
            if f.code == "LPC301" and any(re.match(rf"slide {n}\b", f.location)
                                          for n in replies)]
    assert not over, over[:3]
