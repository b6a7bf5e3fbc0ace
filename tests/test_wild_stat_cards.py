"""Parents' figures slide on a trainer's template: the cards start under a title that wraps,
and each figure's column holds it in the font a renderer without the heading font draws.

Before this rule, "Teenagers: sextortion /
reports the IWF acted on" wrapped to two lines and its second line ran behind the first card
(Coreoz, hexagons, German); German's numbers, sized by the estimate for Calibri Light (no
font file), broke in LibreOffice's DejaVu Sans: "79 / %", "15 / 3".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from lessonpack.check.measure import FALLBACK_FAMILY, text_width
from lessonpack.cli import main
from lessonpack.geometry import EMU_PT

WILD = Path(__file__).parent / "fixtures" / "wild"
TITLE = "Teenagers: sextortion"


@pytest.mark.parametrize("template", ["coreoz-ppt-templates", "lo-cft-hexagons",
                                      "pptx-blueprint-german"])
def test_figures_clear_a_wrapped_title_and_fit_their_column(tmp_path: Path,
                                                            template: str) -> None:
    assert main(["build", "-a", "parents", "-f", "pptx", "--out", str(tmp_path), "-q",
                 "-j", "1", "--template", str(WILD / f"{template}.pptx")]) == 0
    deck = Presentation(str(next(tmp_path.glob("live-streaming-parents/*-slides.pptx"))))
    slide = next(s for s in deck.slides if s.shapes.title is not None
                 and s.shapes.title.text_frame.text.startswith(TITLE))
    title = slide.shapes.title
    shapes = {sh.name: sh for sh in slide.shapes}
    tiles = [shapes[f"Statistic {n}"] for n in (1, 2, 3)]
    # Every card, and the points' panel beside them, below the whole title box (which a
    # two-line title fills: the cards started 0.3-0.5 in inside it).
    assert min(t.top for t in tiles) >= title.top + title.height, template
    assert shapes["Side"].top == tiles[0].top, template
    for n in (1, 2, 3):
        figure, label = shapes[f"Statistic {n} figure"], shapes[f"Statistic {n} label"]
        run = figure.text_frame.paragraphs[0].runs[0]
        assert run.font.size is not None and run.font.bold
        if template == "pptx-blueprint-german":
            # German's heading font, Calibri Light, has no file here (nor a metric twin):
            # the figure's column holds it on one line in the font LibreOffice draws instead.
            widest = text_width(run.text, FALLBACK_FAMILY, run.font.size.pt, True)
            assert figure.width >= Emu(int(widest * EMU_PT)), (run.text, figure.width)
        # Its words start right of its column.
        assert label.left >= figure.left + figure.width, template
