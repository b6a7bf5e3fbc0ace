"""A template whose own slides all paint over its master's background is named in a note.

FireRed's master is dark grey (#434343) and both its slides are white: the deck, built on
the master, looked nothing like the trainer's slides, and nothing said why.
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
    assert "#FFFFFF" in note and "#434343" in note and "Slide Master" in note


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
