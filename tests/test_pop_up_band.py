"""KS1's video call with the family standing beside the tablet: what pops up is a wide band
across the top of the call's screen, its words on one line or two, two broken where a
sentence ends. A third of the screen's width beside the callers set "You won a prize! Tap here!" on
four lines in a narrow column, on the story's key picture."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pptx import Presentation

from lessonpack.check.measure import count_lines
from lessonpack.geometry import EMU_PT


def _call(built: Path) -> Any:
    deck = Presentation(str(next((built / "live-streaming-ks1").glob("*slides.pptx"))))
    return next(sh for slide in deck.slides for sh in slide.shapes if sh.name == "Video call")


def test_the_call_pop_up_is_a_band_over_the_callers(built_packs: Path) -> None:
    call = _call(built_packs)
    parts = {sh.name: sh for sh in call.shapes}
    pop, words, screen = parts["Pop-up"], parts["Pop-up words"], parts["Tablet screen"]
    # Across the screen's width, over the callers' words.
    assert pop.width >= 2 * pop.height and pop.width >= 0.9 * screen.width
    assert all(pop.top + pop.height <= sh.top for name, sh in parts.items()
               if name.endswith(" says"))
    run = words.text_frame.paragraphs[0].runs[0]
    text = words.text_frame.text.replace("\v", " ")  # python-pptx's soft break
    lines = count_lines(text, run.font.name, run.font.size.pt, words.width / EMU_PT, True)
    assert lines <= 2 and run.font.size.pt >= 22
    # Two lines are broken by hand after "prize!": no word left alone on the second.
    first = words.text_frame.paragraphs[0].runs[0].text
    assert (first == text) == (lines == 1) and (lines == 1 or first.endswith("prize!"))
