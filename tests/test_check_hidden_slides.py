"""``lessonpack check`` reads hidden slides too, and a built deck's hidden slide passes it.

A hidden slide is skipped when the deck is presented, but the teacher reads it to prepare
("Before you teach: fill these in"), so unreadable text there is a real fault. Findings on
it say "hidden slide N", so nobody looks for it in the slide show.
"""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

from lessonpack.check import Options, check_file
from lessonpack.check.pptx_shapes import open_deck
from squeezed_template import slides_on

WILD = Path(__file__).resolve().parent / "fixtures" / "wild"


def _pale_deck(path: Path) -> Path:
    """Two slides: the first readable and shown, the second hidden with pale grey text."""
    prs = Presentation()
    for n, colour in ((1, RGBColor(0, 0, 0)), (2, RGBColor(0xCC, 0xCC, 0xCC))):
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
        slide.shapes.title.text = f"Slide {n}"
        box = slide.shapes.add_textbox(Inches(1), Inches(2.5), Inches(8), Inches(1))
        run = box.text_frame.paragraphs[0].add_run()
        run.text = "Type the safeguarding lead's name here before the lesson."
        run.font.size, run.font.color.rgb = Pt(24), colour
    prs.slides[1].element.set("show", "0")
    prs.save(str(path))
    return path


def test_hidden_slide_is_checked_and_named_as_hidden(tmp_path: Path) -> None:
    path = _pale_deck(tmp_path / "pale.pptx")
    deck = open_deck(path, "pale")
    assert [(v.number, v.hidden) for v in deck.slides] == [(1, False), (2, True)]
    assert [v.number for v in deck.shown] == [1]
    found = [(f.code, f.location) for f in check_file(path, Options())]
    assert ("LPC201", "hidden slide 2") in found
    assert "slide 2" not in [loc for _, loc in found]


def test_fire_red_teacher_slide_reads_on_its_dark_background(tmp_path: Path) -> None:
    # FireRed's layout list style is black on the master's #434343: the hidden slide's body,
    # footer and number were 2.1:1 while its title was light.
    deck = slides_on(tmp_path, "ks2", WILD / "lo-cft-fire-red.pptx")
    hidden = [v for v in open_deck(deck, deck.name).slides if v.hidden]
    assert len(hidden) == 1 and hidden[0].number == len(open_deck(deck, deck.name).slides)
    found = [f for f in check_file(deck, Options()) if f.location.startswith("hidden")]
    assert found == [], [f.message for f in found]
