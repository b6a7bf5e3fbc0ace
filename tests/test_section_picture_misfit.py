"""A section slide's text squeezed beside its picture is measured, for the build's warning,
by an estimate in the brand's font. On a trainer's template the finished slide is measured
again as `lessonpack check` measures it (deck_contrast.refit_text), which reports what still
does not fit; the estimate alone warned of subtitles that did fit (pandoc's reference deck,
an Apache POI 4:3 deck: "the subtitle text does not fit beside the picture", check clean).
So the estimate's misfit is a TextMisfit, the kind a trainer's template measures again.
"""

from __future__ import annotations

from types import SimpleNamespace

from pptx import Presentation
from pptx.util import Pt

from lessonpack.content.brand import Brand
from lessonpack.content.picture_library import builtin_library
from lessonpack.render.deck_cover_art import section_picture
from lessonpack.render.deck_fit import TextMisfit


def test_text_squeezed_beside_the_picture_is_measured_again_on_a_trainers_template() -> None:
    prs = Presentation()
    layout = prs.slide_layouts[0]  # title + subtitle, across the whole 4:3 slide
    slide = prs.slides.add_slide(layout)
    title, subtitle = slide.placeholders[0], slide.placeholders[1]
    title.text_frame.text = "Good attention, bad attention"
    # Far too long for the half slide left beside the picture, at any size from 18 pt.
    subtitle.text_frame.text = " ".join(["I can sort live-stream comments and explain."] * 12)
    for para in subtitle.text_frame.paragraphs:
        for run in para.runs:
            run.font.size = Pt(28)
    picture = builtin_library().get(builtin_library().names()[0])
    assert picture is not None
    filler = SimpleNamespace(slide=slide, slots={"title": 0, "subtitle": 1}, brand=Brand(),
                             resolved=SimpleNamespace(layout=layout), misfits=[])
    section_picture(filler, picture, look=None)  # type: ignore[arg-type]
    assert filler.misfits, "the subtitle cannot fit: the estimate says so"
    assert all(isinstance(m, TextMisfit) for m in filler.misfits)
