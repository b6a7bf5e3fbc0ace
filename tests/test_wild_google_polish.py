"""Three faults a trainer found on the real Google Slides export (10 x 5.625 in, scaled to
16:9; its title slide a pink band over the top 4.2 M EMU, its subtitle below it; cards
#424242; a 1 in title box over a short rule):

- the KS4 title slide's subtitle was stacked up across the band's edge, half on pink and
  half on white, under the template's red notch: it now keeps the layout's own box below
  the band, the kicker and title in the band;
- card headings were the theme's tx2 grey on the dark cards (3.5:1, large text passes 3:1):
  text in lessonpack's own boxes now reaches 4.5:1 where an ink can;
- two-line titles were shrunk to 24 pt on one line beside 40 pt ones: the title box now
  grows down into the gap over the template's rule before the text is fitted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from lessonpack import contrast
from lessonpack.check.pptx_shapes import open_deck
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import backdrop
from squeezed_template import slides_on

FIXTURE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("google-ks4")
    return slides_on(out, "ks4", FIXTURE)


def test_title_slide_subtitle_keeps_clear_of_the_band_edge(deck: Path) -> None:
    slide = Presentation(str(deck)).slides[0]
    shapes = {shape.name: shape for shape in slide.shapes}
    width = slide.part.package.presentation_part.presentation.slide_width
    band = max((s for s in slide.slide_layout.shapes
                if not s.is_placeholder and s.width >= 0.9 * width), key=lambda s: s.height)
    edge = band.top + band.height
    sub, title = shapes["Subtitle 2"], shapes["Title 1"]
    assert sub.top >= edge, (sub.top, edge)  # wholly on white, below the band
    layout_sub = next(p for p in slide.slide_layout.placeholders
                      if p.placeholder_format.type == 4)  # SUBTITLE
    assert sub.top == layout_sub.top
    assert shapes["Kicker"].top < title.top < title.top + title.height <= edge
    assert sub.text_frame.text.startswith("Recognising sextortion")


def test_card_headings_reach_4_5_to_1_on_their_cards(deck: Path) -> None:
    view = open_deck(deck, "deck")
    headings = 0
    for slide in view.slides:
        for index, item in enumerate(slide.items):
            if not (item.name.startswith("Card ") and item.name.endswith(" heading")):
                continue
            frame = text_frame(item, slide)
            colours = backdrop(slide, item, [*slide.beneath, *slide.items[:index]])
            assert frame is not None and colours
            for para in frame.paras:
                for run in para.runs:
                    if run.text.strip() and run.colour is not None:
                        headings += 1
                        worst = min(contrast.ratio(run.colour[0], back) for back in colours)
                        assert worst >= contrast.AA_NORMAL_TEXT, (slide.number, run.text, worst)
    assert headings >= 6  # the key words' two slides at least


def test_long_titles_take_the_room_over_the_rule_not_a_smaller_size(deck: Path) -> None:
    prs = Presentation(str(deck))
    titled = {s.shapes.title.text: s for s in prs.slides if s.shapes.title is not None}
    slide = titled["How it escalated this time: warning-sign sort"]
    title = slide.shapes.title
    sizes = {int(r.get("sz")) for r in title.element.iter(qn("a:rPr")) if r.get("sz")}
    assert sizes and min(sizes) >= 2800, sizes  # 24 pt before
    layout_title = next(p for p in slide.slide_layout.placeholders
                        if p.placeholder_format.type == 1)
    assert title.top == layout_title.top and title.height > layout_title.height
    rule = next(s for s in slide.slide_layout.shapes if not s.is_placeholder)
    assert title.top + title.height < rule.top  # the template's rule stays clear
    short = titled["Key words"].shapes.title
    assert short.height == layout_title.height  # a title that fits keeps its box
