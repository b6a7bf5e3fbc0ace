"""A quiz's reveal shows the answer on a dark trainer's template too.

On a Google Slides export (charcoal cards, a slate first accent) the wrong answers were
recoloured full white for contrast, losing their fade, and the right answer's outline was
the slate accent on charcoal: the "Answer:" slide looked like the question. The deck is
reopened and each reveal read as ``lessonpack check`` reads colours: the wrong answers'
words drawn faded yet at 4.5:1 on their panel, the right answer's outline at 3:1.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack import contrast
from lessonpack.check.colour import blend, hex_rgb
from lessonpack.check.pptx_shapes import shape_fill
from lessonpack.check.pptx_text import text_frame
from lessonpack.cli import main
from lessonpack.render.deck_contrast import view_of

pytestmark = pytest.mark.integration

GOOGLE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"


def test_the_reveal_fades_the_wrong_answers_and_outlines_the_right_one(tmp_path: Path
                                                                       ) -> None:
    assert main(["build", "-a", "ks2", "-f", "pptx", "--out", str(tmp_path), "-q", "-j", "1",
                 "--template", str(GOOGLE)]) == 0
    deck = Presentation(str(next(tmp_path.glob("live-streaming-ks2/*-slides.pptx"))))
    reveals = 0
    for slide in deck.slides:
        names = {shape.name for shape in slide.shapes}
        if not any(name.endswith(" tick") and name.startswith("Answer ") for name in names):
            continue
        reveals += 1
        view = view_of(slide)
        items = {item.name: item for item in view.items}
        right = next(name.split()[1] for name in names
                     if name.startswith("Answer ") and name.endswith(" tick"))
        letters = sorted({name.split()[1] for name in names
                          if name.startswith("Answer ") and name.endswith(" letter")})
        assert right in letters and len(letters) >= 2
        for letter in letters:
            panel = shape_fill(items[f"Answer {letter} panel"], view.theme,
                               view.clr_maps["slide"]).colours[0]
            frame = text_frame(items[f"Answer {letter}"], view)
            assert frame is not None
            for para in frame.paras:
                for run in para.runs:
                    assert run.colour is not None
                    rgb, alpha = run.colour
                    seen = blend(rgb, alpha, panel) if alpha < 0.999 else rgb
                    assert contrast.ratio(seen, panel) >= 4.5, (letter, run.text)
                    if letter == right:
                        assert alpha > 0.999, run.text
                    else:
                        assert alpha < 0.9, (letter, run.text)  # faded, as in every template
            if letter == right:
                line = items[f"Answer {letter} panel"].el.find(
                    "{*}spPr/{*}ln/{*}solidFill/{*}schemeClr")
                outline = view.theme.colours[line.get("val")]
                rgb_line = hex_rgb(outline)
                assert rgb_line is not None
                assert contrast.ratio(rgb_line, panel) >= 3.0, outline
    assert reveals >= 3
