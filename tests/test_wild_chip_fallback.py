"""Sort chips keep their names on one line where the heading font is missing.

pptx-blueprint-german's heading font is Calibri Light, which no metric twin covers: LibreOffice
draws it in DejaVu Sans, far wider than the estimate the chips were sized by, and "Shows who or
/ where" and "Gives nothing / away" wrapped and were cut off in their chips. The chips' names
are now measured in the font they are drawn with here (check.measure.drawn_family).
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from lessonpack.check.measure import FALLBACK_FAMILY, drawn_family, font_path, text_width
from squeezed_template import slides_on

GERMAN = Path(__file__).resolve().parent / "fixtures" / "wild" / "pptx-blueprint-german.pptx"


def test_a_missing_font_is_measured_as_drawn() -> None:
    assert drawn_family("Arial") == "Arial"  # its twin, Liberation Sans, is measured
    if font_path(FALLBACK_FAMILY, False) is not None and font_path("Calibri Light", False) is None:
        assert drawn_family("Calibri Light") == FALLBACK_FAMILY
        assert text_width("Shows who or where", FALLBACK_FAMILY, 20, True) > text_width(
            "Shows who or where", "Calibri Light", 20, True)  # the estimate was narrower


def test_sort_chip_names_fit_one_line_as_drawn(tmp_path: Path) -> None:
    deck = Presentation(str(slides_on(tmp_path, "ks2", GERMAN)))
    names = [shape for slide in deck.slides for shape in slide.shapes
             if shape.name.startswith("Sort column") and shape.name.endswith(" name")]
    assert len(names) >= 2
    for shape in names:
        (run,) = [r for p in shape.text_frame.paragraphs for r in p.runs]
        drawn = text_width(run.text, drawn_family(run.font.name), run.font.size.pt, True)
        assert drawn <= shape.width / 12700, (run.text, drawn, shape.width / 12700)
