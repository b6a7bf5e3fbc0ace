""""Leave this slide up while pupils pack away" is said on the last slide shown (the help
slides follow the key messages), never on a slide another follows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.cli import main
from lessonpack.plan.deck.help import PACK_AWAY

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("stage", ["ks1", "ks2"])
def test_pack_away_is_said_on_the_last_slide_shown(tmp_path: Path, stage: str) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["build", "-k", stage, "-f", "pptx", "--out", str(tmp_path), "-q"]) == 0
    finally:
        os.chdir(cwd)
    deck = Presentation(str(next((tmp_path / f"live-streaming-{stage}").glob("*.pptx"))))
    shown = [s for s in deck.slides if s._element.get("show") != "0"]
    said = [i for i, s in enumerate(shown)
            if s.has_notes_slide and PACK_AWAY in s.notes_slide.notes_text_frame.text]
    assert said == [len(shown) - 1]
