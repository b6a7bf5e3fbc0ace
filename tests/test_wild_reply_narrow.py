"""A reply to write on a narrow slide (a 4:3 template with a painted border): a tall timer
tile, the steps and the phone's message took three columns of 3 in or less, so the
checklist step wrapped to seven lines of two words. The timer is now a short band over the
steps, which take over half the width, and the message the rest, inside the layout's body.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_a_narrow_reply_slide_puts_the_timer_over_wide_steps(tmp_path: Path) -> None:
    assert main(["build", "-k", "ks4", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / "klee2-libreoffice.pptx")]) == 0
    deck = Presentation(str(tmp_path / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"))
    (slide,) = [s for s in deck.slides if s.shapes.title is not None
                and s.shapes.title.text_frame.text == "Amara’s reply"]
    shapes = {s.name: s for s in slide.shapes}
    tile, phone = shapes["Task timer tile"], shapes["Message screen"]
    steps = [shapes[f"Task step {n}"] for n in (1, 2, 3)]
    assert tile.top + tile.height <= steps[0].top  # the timer over the steps
    assert tile.left == steps[0].left and tile.width == steps[0].width
    assert all(s.width >= Inches(4.5) for s in steps), [s.width for s in steps]
    assert shapes["Task step 2 text"].width >= Inches(3.4)
    assert steps[0].left + steps[0].width < phone.left  # the message beside them
    # A "Title Only" layout: the master's body box is the area drawn in.
    body = next(p for p in slide.slide_layout.slide_master.placeholders
                if p.placeholder_format.type == 2)  # BODY
    for shape in (tile, phone, *steps):
        assert body.left <= shape.left and shape.left + shape.width <= body.left + body.width
        assert body.top <= shape.top and shape.top + shape.height <= body.top + body.height
    assert not any(s.name == "Task panel" for s in slide.shapes)  # no tall tile
