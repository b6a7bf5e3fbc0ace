"""A fill-in's tint is chosen against what it is drawn on: on a template's pale yellow or
cream slide the pale tint was the slide's own colour and a field showed only its brackets
(klee2's "[DSL's name]"). Each slide is reopened and the run's highlight read back."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches

from lessonpack.check.colour import hex_rgb
from lessonpack.render.deck_fill_in_tint import DISTINCT, deepen_fill_ins, distance
from lessonpack.render.deck_fill_ins import mark_fill_ins
from lessonpack.render.fill_in_marks import DEEP_TINT, INK, TINT


def _tint_on(background: str) -> str:
    """The tint a fill-in gets on a slide painted ``background``, read from the saved file."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = RGBColor.from_string(background)
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1))
    box.text_frame.text = "Ask [DSL's name] in [DSL's room]."
    assert mark_fill_ins(slide.shapes.element) == 2
    deepen_fill_ins(slide)
    saved = io.BytesIO()
    prs.save(saved)
    reopened = Presentation(io.BytesIO(saved.getvalue())).slides[0]
    marks = {el.get("val") for el in reopened.shapes[0].element.iter()
             if el.tag.endswith("}srgbClr") and el.getparent().tag.endswith("}highlight")}
    assert len(marks) == 1, marks
    return marks.pop()


def test_the_pale_tint_stays_on_white() -> None:
    assert _tint_on("FFFFFF") == TINT


def test_a_pale_yellow_slide_gets_the_deeper_tint() -> None:
    assert _tint_on("FAFAC8") == DEEP_TINT  # klee2's content background


def test_a_cream_slide_gets_the_deeper_tint() -> None:
    assert _tint_on("EEECE1") == DEEP_TINT  # klee2's card colour


def test_the_deeper_tint_stands_out_where_the_pale_did_not_and_ink_reads_on_it() -> None:
    from lessonpack.contrast import contrast_ratio

    for background in ("FAFAC8", "EEECE1", "FFF3C4"):
        rgb = hex_rgb(background)
        assert rgb is not None
        assert distance(hex_rgb(DEEP_TINT), rgb) >= DISTINCT  # type: ignore[arg-type]
    assert contrast_ratio(f"#{INK}", f"#{DEEP_TINT}") >= 7.0
