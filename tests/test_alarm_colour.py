"""A trap pop-up in a story ("Don't tell your dad!", "You won a prize!") keeps its alarm red
and white words in every brand: a brand whose accent is green or brick must not turn the
warning into the school's own colour, and the words stay readable on the red."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pptx import Presentation

from lessonpack import api
from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.content.model import Audience
from lessonpack.contrast import contrast_ratio
from lessonpack.render.deck_accent import ALARM_RED, ALARM_TEXT

TEXT_RATIO = 4.5  # WCAG 1.4.3 for text


def _shapes(shapes: Any) -> Iterator[Any]:
    for shape in shapes:
        yield shape
        if shape.shape_type == 6:  # a group
            yield from _shapes(shape.shapes)


def test_alarm_pair_reads() -> None:
    assert contrast_ratio(f"#{ALARM_TEXT}", f"#{ALARM_RED}") >= TEXT_RATIO


def test_pop_ups_stay_alarm_red_in_a_green_brand(tmp_path: Path) -> None:
    green = DEFAULT_BRAND.model_copy(update={"accent": "#1F7A5C", "secondary": "#2E8B57"})
    api.build(api.pack(audiences=[Audience.KS1], formats=("pptx",)), out=tmp_path, brand=green)
    deck = Presentation(str(next(tmp_path.rglob("*-slides.pptx"))))
    pops = words = 0
    for slide in deck.slides:
        for shape in _shapes(slide.shapes):
            if shape.name == "Pop-up":
                assert str(shape.fill.fore_color.rgb) == ALARM_RED
                pops += 1
            elif shape.name == "Pop-up words":
                runs = [r for p in shape.text_frame.paragraphs for r in p.runs]
                assert runs and all(str(r.font.color.rgb) == ALARM_TEXT for r in runs)
                words += 1
    assert pops >= 2 and words == pops  # KS1's two stories with a trap pop-up
