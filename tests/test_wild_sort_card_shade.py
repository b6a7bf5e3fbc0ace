"""Word cards to sort are fitted with a shade of width to spare: LibreOffice sets a line a
little wider than lessonpack measures it, and on the 11 x 6.2 in FireRed template KS2's
card 1 ("The picture pinned on the wall") fitted its one-line pill within a point at
23 pt, wrapped to two lines when shown and spilled out of the pill onto card 2. Built from
the fixtures in the repository: no network.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check.measure import LINE, count_lines
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_fire_red_sort_cards_fit_their_pills_with_room_to_spare(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks2", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / "lo-cft-fire-red.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob("*/*-slides.pptx"))))
    checked = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            if not (shape.name.startswith("Task card") and shape.name.endswith(" text")):
                continue
            run = shape.text_frame.paragraphs[0].runs[0]
            pt = run.font.size.pt
            # Measured two per cent narrower than the box: still as many lines as it holds.
            lines = count_lines(shape.text_frame.text, run.font.name or "Arial", pt,
                                shape.width * 0.98 / EMU_PT)
            assert lines * pt * LINE * EMU_PT <= shape.height + 1, (shape.name, pt,
                                                                   shape.text_frame.text)
            checked += 1
    assert checked >= 7  # slide 20's seven cards at least
