"""Words in a fitted box keep a shade of width to spare: LibreOffice sets a line a little
wider than lessonpack measures it. On the 11 x 6.2 in FireRed template KS2's card 1 ("The
picture pinned on the wall") fitted its one-line pill within a point at 23 pt, wrapped to two
lines when shown and spilled out onto card 2; on ONLYOFFICE's KS4 statement 3 did the same
in its row. Built from the fixtures in the repository: no network.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.check.measure import LINE, count_lines
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT

WILD = Path(__file__).parent / "fixtures" / "wild"


@pytest.mark.parametrize(("template", "audience", "prefix", "at_least"), [
    ("lo-cft-fire-red.pptx", "ks2", "Task card", 7),  # slide 20's seven cards at least
    ("onlyoffice-ar-SA.pptx", "ks4", "Statement", 6),  # three on the starter, three looking back
])
def test_fitted_words_hold_their_box_with_room_to_spare(
        tmp_path: Path, template: str, audience: str, prefix: str, at_least: int) -> None:
    assert main(["build", "-a", audience, "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / template)]) == 0
    deck = Presentation(str(next(tmp_path.glob("*/*-slides.pptx"))))
    checked = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            if not (shape.name.startswith(prefix) and shape.name.endswith(" text")):
                continue
            run = shape.text_frame.paragraphs[0].runs[0]
            pt = run.font.size.pt
            # Measured two per cent narrower than the box: still as many lines as it holds.
            lines = count_lines(shape.text_frame.text, run.font.name or "Arial", pt,
                                shape.width * 0.98 / EMU_PT)
            assert lines * pt * LINE * EMU_PT <= shape.height + 1, (shape.name, pt,
                                                                   shape.text_frame.text)
            checked += 1
    assert checked >= at_least
