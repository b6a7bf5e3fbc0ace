"""Statements to tick are fitted with a shade of width to spare: on the ONLYOFFICE 16:9
template KS4's statement 3 ("If someone shared something under pressure, it is partly
their fault.") measured two lines at 23 pt within a point, LibreOffice set three, and they
ran past the text's box to the edges of the grey row (slides 7 and 37). Built from the
fixtures in the repository: no network.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check.measure import LINE, count_lines
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT

WILD = Path(__file__).parent / "fixtures" / "wild"


def test_onlyoffice_statements_fit_their_rows_with_room_to_spare(tmp_path: Path) -> None:
    assert main(["build", "-a", "ks4", "-f", "pptx", "-q", "-j", "1", "--out", str(tmp_path),
                 "--template", str(WILD / "onlyoffice-ar-SA.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob("*/*-slides.pptx"))))
    checked = 0
    for slide in deck.slides:
        for shape in slide.shapes:
            if not (shape.name.startswith("Statement") and shape.name.endswith(" text")):
                continue
            run = shape.text_frame.paragraphs[0].runs[0]
            pt = run.font.size.pt
            # Measured two per cent narrower than the box: still as many lines as it holds.
            lines = count_lines(shape.text_frame.text, run.font.name or "Arial", pt,
                                shape.width * 0.98 / EMU_PT)
            assert lines * pt * LINE * EMU_PT <= shape.height + 1, (shape.name, pt,
                                                                   shape.text_frame.text)
            checked += 1
    assert checked >= 6  # three statements on the starter and on the look back
