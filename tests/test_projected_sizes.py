"""What a class or a hall reads from the back of the room, measured in the built decks:
help cards (text size, cards shared evenly over the slides, a short slide centred at the
full slide's card size), card sorts, and the parents' figures (designer review s5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from lessonpack.cli import main

ROOT = Path(__file__).resolve().parents[1]
OAKFIELD = ROOT / "examples" / "brands" / "oakfield-primary" / "brand.yml"


@pytest.fixture(scope="module")
def oakfield(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("oak")
    assert main(["build", "--all", "--brand", str(OAKFIELD), "--out", str(out), "-q",
                 "-j", "1", "-f", "pptx"]) == 0
    return out


def _decks(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*-slides.pptx"))


def _runs(shape):  # type: ignore[no-untyped-def]
    return [r for p in shape.text_frame.paragraphs for r in p.runs if r.text.strip()]


def _help_slides(deck: Path) -> list[list]:  # type: ignore[type-arg]
    """The cards (their rounded shapes) of each help slide, in slide order."""
    out = []
    for slide in Presentation(str(deck)).slides:
        cards = [sh for sh in slide.shapes if sh.name.startswith("Help card ")
                 and sh.name.split()[-1].isdigit()]
        if cards:
            out.append((slide, cards))
    return out


@pytest.mark.parametrize("which", ["default", "oakfield"])
def test_help_cards_are_shared_evenly_and_read_from_the_back(
        which: str, built_packs: Path, oakfield: Path) -> None:
    folder = built_packs if which == "default" else oakfield
    for deck in _decks(folder):
        slides = _help_slides(deck)
        assert slides, deck.name
        counts = [len(cards) for _slide, cards in slides]
        # 7 cards: 4 and 3, never 3/2/2; 5: 3 and 2; never one card alone.
        assert max(counts) - min(counts) <= 1 and (len(counts) == 1 or min(counts) >= 2), (
            deck.name, counts)
        assert counts == sorted(counts, reverse=True), (deck.name, counts)
        assert len(counts) == -(-sum(counts) // 4), (deck.name, counts)  # as few as hold them
        width = slides[0][1][0].width
        for slide, cards in slides:
            # One card size over the run: a short slide is not two cards stretched wide.
            assert {c.width for c in cards} == {width}, (deck.name, counts)
            left = min(c.left for c in cards)
            right = max(c.left + c.width for c in cards)
            middle = (left + right) / 2
            assert abs(middle - Presentation(str(deck)).slide_width / 2) < Emu(914400 * 0.1), (
                deck.name, "help cards not centred")
            for shape in slide.shapes:
                if shape.name.startswith("Help card") and shape.has_text_frame:
                    for run in _runs(shape):
                        assert run.font.size is not None and run.font.size.pt >= 16, (
                            deck.name, shape.name, run.text)
