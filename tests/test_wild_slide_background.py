"""A template whose own slides all paint over its master's background: the deck follows
the slides, and a note says so.

FireRed's master is dark grey (#434343) with white words, and both its slides are white
with dark-red (#A61C00) words: the deck, built on the master, was flat grey with no red,
nothing like the trainer's slides.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lessonpack.render.deck_slide_background import background_note
from lessonpack.render.pptx import open_deck

WILD = Path(__file__).resolve().parent / "fixtures" / "wild"


def test_fire_red_is_told_its_slides_are_white_and_its_master_grey() -> None:
    note = background_note(open_deck(WILD / "lo-cft-fire-red.pptx", "fire-red.pptx"),
                           "fire-red.pptx")
    assert note is not None
    assert note.startswith("fire-red.pptx: ")
    assert "#FFFFFF" in note and "#434343" in note and "follows your slides" in note


@pytest.mark.parametrize("name", ["coreoz-ppt-templates", "lo-cft-smooth-black",
                                  "google-slides-export", "pptx-blueprint-german"])
def test_templates_whose_slides_follow_their_master_get_no_note(name: str) -> None:
    path = WILD / f"{name}.pptx"
    assert background_note(open_deck(path, name), name) is None


def test_the_build_says_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from lessonpack.cli import main

    assert main(["build", "-k", "ks2", "-f", "pptx", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / "lo-cft-fire-red.pptx")]) == 0
    said = capsys.readouterr()
    lines = [line for line in (said.out + said.err).splitlines() if "#434343" in line]
    assert len(lines) == 1 and lines[0].startswith("note: "), lines


def test_the_deck_takes_the_slides_background_and_their_red(tmp_path: Path) -> None:
    from pptx import Presentation

    from lessonpack.cli import main

    assert main(["build", "-k", "ks2", "-f", "pptx", "-j", "1", "-q", "--out", str(tmp_path),
                 "--template", str(WILD / "lo-cft-fire-red.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    for master in deck.slide_masters:
        assert master.element.xpath("./p:cSld/p:bg/p:bgPr/a:solidFill/a:srgbClr/@val") == [
            "FFFFFF"]
        # No white words left on the master or its layouts, now on white.
        for owner in (master, *master.slide_layouts):
            colours = {str(v).upper() for v in owner.element.xpath(
                ".//p:sp//p:txBody//a:solidFill/a:srgbClr/@val")}
            assert "FFFFFF" not in colours
    titled = [s.shapes.title for s in deck.slides if s.shapes.title is not None
              and s.shapes.title.text_frame.text == "Our ground rules"]
    assert titled
    # The title's colour, as the slide shows it: its layout's list style (the run sets
    # none of its own where that reads) is the slides' dark red.
    title = titled[0]
    runs = title.element.xpath(".//a:r/a:rPr/a:solidFill/a:srgbClr/@val")
    styled = title.element.xpath(".//a:lstStyle//a:defRPr/a:solidFill/a:srgbClr/@val")
    assert "A61C00" in {str(v).upper() for v in [*runs, *styled]}
