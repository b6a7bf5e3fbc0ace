"""LPC307 measures a footer's words, not its box: a slide-number placeholder is far wider
than its number, and a shape reaching only the empty part of it meets nothing."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.check import Options, check_file

FIXTURE = Path(__file__).parent / "check_fixtures" / "footer-overlap.pptx"


def _lpc307(path: Path) -> list[str]:
    return [f.message for f in check_file(path, Options()) if f.code == "LPC307"]


def test_a_shape_over_the_number_is_found_with_slide_and_shape() -> None:
    (message,) = _lpc307(FIXTURE)
    assert message.startswith('slide number "‹#›" in "Slide Number Placeholder 4" meets "Panel"')


def test_a_shape_over_only_the_empty_part_of_the_numbers_box_is_not(tmp_path: Path) -> None:
    deck = Presentation(str(FIXTURE))
    slide = deck.slides[3]
    number = next(sh for sh in slide.shapes if sh.name.startswith("Slide Number"))
    panel = next(sh for sh in slide.shapes if sh.name == "Panel")
    # The number is right-aligned in its box: the panel now ends 1 in inside the box's left
    # edge, well short of the number at its right.
    panel.width = number.left + Inches(1) - panel.left
    assert panel.left + panel.width > number.left
    moved = tmp_path / "moved.pptx"
    deck.save(str(moved))
    assert _lpc307(moved) == []
