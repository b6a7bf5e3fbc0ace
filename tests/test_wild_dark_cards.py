"""Text on the cards and rows lessonpack draws on a real Google Slides export (its theme's
dark 1 is pink, #E91D63, its cards dark grey, #424242; 10 x 5.625 in).

Red text on dark grey on the Big ideas, Check your work and ground-rules
slides, unreadable, and `check` passed it: the words had outgrown their row onto the white
slide, so the check took the slide, not the row, as what they sat on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from lessonpack.check import Options, check_file
from lessonpack.geometry import EMU_PT
from squeezed_template import slides_on

FIXTURE = Path(__file__).parent / "fixtures" / "wild" / "google-slides-export.pptx"


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("google-ks2")
    return slides_on(out, "ks2", FIXTURE)


def test_no_text_lessonpack_placed_misses_contrast(deck: Path) -> None:
    found = [f"{f.location} {f.message}" for f in check_file(deck, Options())
             if f.code == "LPC201"]
    assert not found, found


def test_a_rows_words_stay_on_their_row(deck: Path) -> None:
    """Every numbered row's words lie inside the row drawn for them (grown with them where
    they needed a second line), so they are read on the row's colour: a checklist's rows and
    the Big ideas' cards (their lead and their words) alike."""
    rows = 0
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        shapes = {shape.name: shape for shape in slide.shapes}
        for name, label in shapes.items():
            if not (name.startswith(("Check ", "Idea ")) and name.endswith((" text", " lead"))):
                continue
            row = shapes[name.rsplit(" ", 1)[0]]
            rows += 1
            assert row.top <= label.top and \
                label.top + label.height <= row.top + row.height + EMU_PT, (number, name)
            assert row.top + row.height <= slide.part.package.presentation_part \
                .presentation.slide_height, (number, name)
    assert rows >= 12


def test_the_check_sees_text_that_runs_off_its_card(tmp_path: Path) -> None:
    """A label on a dark card whose box runs past the card's foot: the check counts the card
    as well as the slide beneath (it took the slide alone, and passed pink on grey)."""
    from pptx.dml.color import RGBColor
    from pptx.util import Inches, Pt

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    card = slide.shapes.add_shape(1, Inches(1), Inches(1), Inches(6), Inches(0.7))
    card.fill.solid()
    card.fill.fore_color.rgb = RGBColor(0x42, 0x42, 0x42)
    label = slide.shapes.add_textbox(Inches(1.2), Inches(1.1), Inches(5.6), Inches(0.75))
    label.text_frame.word_wrap = True
    run = label.text_frame.paragraphs[0].add_run()
    run.text = "Going live to the public is not for your age."
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0xE9, 0x1D, 0x63)
    path = tmp_path / "card.pptx"
    prs.save(str(path))
    found = [f.message for f in check_file(path, Options()) if f.code == "LPC201"]
    assert any("#424242" in message for message in found), found


def test_no_words_lessonpack_drew_take_the_theme_s_pink_text_colour(deck: Path) -> None:
    """The export's dark 1 (its theme's text colour) is pink: chat messages, chip words and
    card text in it read as pink body text. Each run of the shapes lessonpack drew is
    pinned to a colour; none is dark 1 (by its slot or its value)."""
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    runs = pink = 0
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        for shape in slide.shapes:
            if shape.is_placeholder:
                continue
            for fill in shape.element.iter(f"{a}rPr"):
                colour = fill.find(f"{a}solidFill/*")
                if colour is None:
                    continue
                runs += 1
                if colour.get("val") in ("tx1", "dk1", "E91D63"):
                    pink += 1
                    print(number, shape.name, colour.get("val"))
    assert runs > 200
    assert pink == 0
