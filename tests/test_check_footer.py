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


WRAP = Path(__file__).parent / "check_fixtures" / "footer-wrap.pptx"


def _lpc308(path: Path) -> list[str]:
    return [f.message for f in check_file(path, Options()) if f.code == "LPC308"]


def test_a_footer_on_two_lines_is_found_though_its_box_holds_them() -> None:
    (message,) = _lpc308(WRAP)
    assert message.startswith('footer "Oakfield Primary School')
    assert message.endswith('in "Footer Placeholder 3" runs to 2 lines in its box')
    # The box is tall enough for both lines: the overflow rule has nothing to say.
    assert not [f for f in check_file(WRAP, Options()) if f.code == "LPC301"]


def test_the_same_footer_shortened_to_one_line_is_not(tmp_path: Path) -> None:
    deck = Presentation(str(WRAP))
    footer = next(sh for sh in deck.slides[3].shapes if sh.name == "Footer Placeholder 3")
    footer.text_frame.paragraphs[0].runs[0].text = "Live streaming"
    short = tmp_path / "short.pptx"
    deck.save(str(short))
    assert _lpc308(short) == []


def test_a_footer_broken_onto_two_lines_is_measured_not_a_crash(tmp_path: Path) -> None:
    # A line break in a footer (a:br, as the build once wrote "(ages" / "14–16)"): check
    # measured the break as text and exited 3; it is a second line like any other.
    deck = Presentation(str(WRAP))
    footer = next(sh for sh in deck.slides[3].shapes if sh.name == "Footer Placeholder 3")
    para = footer.text_frame.paragraphs[0]
    para.runs[0].text = "Live streaming"
    para.add_line_break()
    para.add_run().text = "Key Stage 4"
    broken = tmp_path / "broken.pptx"
    deck.save(str(broken))
    (message,) = _lpc308(broken)
    assert "runs to 2 lines" in message
