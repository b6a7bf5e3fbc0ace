"""Quiz answers are the text pupils read to vote: at least 22 pt, never smaller than the
"Show A, B or C" strip under them, on trainers' templates too.

On FireRed (scaled 11 x 6.2 in), ONLYOFFICE and the Office-default German template, three
answers in three columns, each letter above its words, set the answers at 18 pt in cards
mostly empty, under a 22-24 pt instruction. Where columns would set any of the deck's
questions under 22 pt, the answers go one a row (the letter beside words a slide's width
long), and the strip gives up height before the answers shrink.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.cli import main

WILD = Path(__file__).parent / "fixtures" / "wild"


def _pt(shape) -> float:  # type: ignore[no-untyped-def]
    return min(r.font.size.pt for p in shape.text_frame.paragraphs for r in p.runs
               if r.font.size is not None)


@pytest.mark.parametrize("template", ["lo-cft-fire-red", "onlyoffice-ar-SA",
                                      "pptx-blueprint-german"])
def test_answers_are_22_pt_and_not_under_the_instruction(tmp_path: Path, template: str) -> None:
    assert main(["build", "-k", "ks4", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(WILD / f"{template}.pptx")]) == 0
    deck = tmp_path / "live-streaming-ks4" / "live-streaming-ks4-slides.pptx"
    seen = 0
    for n, slide in enumerate(Presentation(str(deck)).slides, 1):
        shapes = {s.name: s for s in slide.shapes}
        if "Answer A" not in shapes or "How to answer" not in shapes:
            continue  # a reveal (its reason is a step smaller), or no quiz
        answers = min(_pt(shapes[f"Answer {c}"]) for c in "ABC" if f"Answer {c}" in shapes)
        assert answers >= 22, (n, answers)
        assert answers >= _pt(shapes["How to answer"]), (n, answers)
        # The words fill their panel: a panel at most twice its words' height.
        words = max(shapes[f"Answer {c}"].height for c in "ABC" if f"Answer {c}" in shapes)
        assert shapes["Answer A panel"].height <= 2 * words + 12700 * 20, n
        seen += 1
    assert seen >= 5
