"""A quiz question asked above its answer panels keeps its last line clear of them.

On onlyoffice-ar-SA (KS4 slides 13 and 14) and lo-cft-fire-red (KS4 slides 30 and 31) the
question's box was sized to the lines our font metrics counted, with 1.5 pt to spare on its
longest line; LibreOffice wrapped one line sooner ("genuine?", "this?") and drew that line
under the A/B/C panels, and `lessonpack check` found nothing. The
question's lines are now counted a little narrower than the box (measure.wrap_width), so the
panels start below the line a renderer may add; `check` counts lines the same way and reports
a line run under a shape drawn over it (LPC305), even when it is a small share of the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu, Pt

from lessonpack.check import Options, check_file
from lessonpack.check.measure import LINE, count_lines, font_path, wrap_width
from lessonpack.geometry import EMU_PT
from squeezed_template import built_on

ROOT = Path(__file__).resolve().parents[1]
WILD = ROOT / "tests" / "fixtures" / "wild"
QUESTION = "Question asked"
PANELS = ("Answer A panel", "Answer B panel", "Answer C panel")

needs_fonts = pytest.mark.skipif(
    font_path("Arial", True) is None,
    reason="Liberation Sans (Arial's metric twin) is not installed: widths are estimates")


def _question_slides(deck: Path) -> list[tuple[int, object, list[object]]]:
    """(slide number, question shape, its panels) for every slide that asks a question."""
    found = []
    for number, slide in enumerate(Presentation(str(deck)).slides, 1):
        shapes = {s.name: s for s in slide.shapes}
        if QUESTION in shapes:
            found.append((number, shapes[QUESTION], [shapes[p] for p in PANELS
                                                     if p in shapes]))
    return found


def _drawn_foot(question) -> int:  # type: ignore[no-untyped-def]
    """Where (EMU) the question's last line ends, its lines counted as the renderer that
    wraps soonest may draw them (the repo's own measure, narrowed by wrap_width)."""
    frame = question.text_frame
    run = frame.paragraphs[0].runs[0]
    body = frame._txBody.bodyPr
    insets = sum(int(body.get(side, "91440")) for side in ("lIns", "rIns"))
    width = wrap_width((question.width - insets) / EMU_PT)
    size = run.font.size.pt
    lines = count_lines(frame.text, run.font.name, size, width, bool(run.font.bold))
    return question.top + int(body.get("tIns", "45720")) + int(lines * size * LINE * EMU_PT)


@needs_fonts
@pytest.mark.parametrize(("template", "titles"), [
    ("onlyoffice-ar-SA", ("Spotting a fake profile",)),
    ("lo-cft-fire-red", ("Tricked at sixteen", "Answer: Tricked at sixteen")),
])
def test_the_question_ends_above_its_answers(tmp_path: Path, template: str,
                                             titles: tuple[str, ...]) -> None:
    deck = built_on(tmp_path, "ks4", WILD / f"{template}.pptx") / "live-streaming-ks4-slides.pptx"
    asked = _question_slides(deck)
    numbers = [n for n, _q, _p in asked]
    # The slides the reader saw it on, by title: numbers move as the deck changes.
    named = {n: s.shapes.title.text_frame.text.replace("\v", " ")
             for n, s in enumerate(Presentation(str(deck)).slides, 1)
             if s.shapes.title is not None}
    assert set(titles) <= {named.get(n) for n in numbers}, [named.get(n) for n in numbers]
    for number, question, panels in asked:
        assert len(panels) == 3, number
        top = min(p.top for p in panels)  # type: ignore[attr-defined]
        foot = _drawn_foot(question)
        assert foot <= top, (template, number, question.text_frame.text,  # type: ignore[attr-defined]
                             f"last line ends {(foot - top) / EMU_PT:.1f} pt below the panels")
        # The box holds those lines, so nothing it draws runs past it either.
        assert foot <= question.top + question.height + Pt(1), number  # type: ignore[attr-defined]
    hidden = [f"{f.location} {f.message}" for f in check_file(deck, Options())
              if f.code in ("LPC301", "LPC305")]
    assert not hidden, hidden


def _edge_deck(path: Path, spare_pt: float) -> Path:
    """One slide: a 26 pt bold question in a box ``spare_pt`` wider than its one line, as
    tall as one line, and three panels drawn after it right under that line."""
    text = "Which detail best suggests the “Jess” profile may not be genuine?"
    from lessonpack.check.measure import text_width

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = "Spotting a fake profile"
    width = int((text_width(text, "Arial", 26, True) + spare_pt) * EMU_PT)
    box = slide.shapes.add_textbox(Emu(300000), Emu(1800000), Emu(width),
                                   Emu(int(26 * LINE * EMU_PT) + 1))
    box.name = QUESTION
    body = box.text_frame._txBody.bodyPr
    for side in ("lIns", "rIns", "tIns", "bIns"):
        body.set(side, "0")
    box.text_frame.word_wrap = True
    run = box.text_frame.paragraphs[0].add_run()
    run.text, run.font.size, run.font.bold, run.font.name = text, Pt(26), True, "Arial"
    for n in range(3):
        panel = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(300000 + n * 2900000),
                                       Emu(1800000 + int(26 * LINE * EMU_PT) + 60000),
                                       Emu(2800000), Emu(1800000))
        panel.name = PANELS[n]
    prs.save(str(path))
    return path


@needs_fonts
def test_check_finds_a_line_a_renderer_wraps_under_the_panels(tmp_path: Path) -> None:
    """The onlyoffice-ar-SA deck's case: the metrics say one line with 1.5 pt to spare
    (LibreOffice drew two), the panels start under it. LPC305 names the question and the
    panel; with room for the rounding (20 pt to spare), nothing is found."""
    tight = check_file(_edge_deck(tmp_path / "tight.pptx", 1.5), Options())
    found = [f for f in tight if f.code == "LPC305"]
    assert len(found) == 1 and f'"{QUESTION}"' in found[0].message, [f.message for f in tight]
    assert '"Answer A panel"' in found[0].message and found[0].location == "slide 1"
    assert not [f for f in tight if f.code == "LPC301"]  # its box fits the counted line
    roomy = check_file(_edge_deck(tmp_path / "roomy.pptx", 20.0), Options())
    assert not [f for f in roomy if f.code == "LPC305"], [f.message for f in roomy]
