"""A quiz's answer panels hold their letter above their words; on a trainer's template whose
content area is short (python-pptx "lyt-shapes", 4:3, at KS4) the words need more lines at
18 pt than the panel has. Their box used to grow alone, out of the panel's foot and under
the "how to answer" strip drawn below (LPC305, 21 findings). Now the row of panels grows
with the words, and the strip moves down, when the slide has room below; without room
nothing moves and the build says the words do not fit."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Inches, Pt

from lessonpack.check import Options, check_file
from lessonpack.render.deck_contrast import refit_text

ANSWERS = ("Private chat apps usually charge money for every video call made",
           "Private chats are less moderated and nobody else can see them",
           "Moving chats always breaks the platform's age rules")


def _quiz_slide(top_in: float):  # type: ignore[no-untyped-def]
    """Three panels 1.6 in tall from ``top_in``, each with a letter and its words at the
    foot (as render/deck_cards draws them), and the strip 0.15 in under them."""
    prs = Presentation()  # 10 x 7.5 in
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for n, words in enumerate(ANSWERS):
        letter = "ABC"[n]
        left = 0.5 + n * 3.1
        panel = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left),
                                       Inches(top_in), Inches(2.9), Inches(1.6))
        panel.name = f"Answer {letter} panel"
        disc = slide.shapes.add_shape(MSO_SHAPE.OVAL, Inches(left + 1.15), Inches(top_in + 0.2),
                                      Inches(0.6), Inches(0.6))
        disc.name = f"Answer {letter} letter"
        label = slide.shapes.add_textbox(Inches(left + 0.2), Inches(top_in + 0.9),
                                         Inches(1.9), Inches(0.5))
        label.name = f"Answer {letter}"
        label.text_frame.word_wrap = True
        label.text_frame.auto_size = MSO_AUTO_SIZE.NONE  # as lessonpack's labels
        run = label.text_frame.paragraphs[0].add_run()
        run.text = words
        run.font.size = Pt(18)
        run.font.name = "Liberation Sans"
    strip = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.5),
                                   Inches(top_in + 1.75), Inches(9.1), Inches(0.8))
    strip.name = "How to answer panel"
    return prs, slide


def _boxes(slide) -> dict[str, tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    return {s.name: (s.left, s.top, s.width, s.height) for s in slide.shapes}


def test_the_row_of_panels_grows_with_its_words(tmp_path: Path) -> None:
    prs, slide = _quiz_slide(1.5)
    assert refit_text(slide) == []
    boxes = _boxes(slide)
    panels = [boxes[f"Answer {letter} panel"] for letter in "ABC"]
    assert len({(p[1], p[3]) for p in panels}) == 1  # the row stays level and even
    assert panels[0][3] > Inches(1.6)
    foot = panels[0][1] + panels[0][3]
    for letter, panel in zip("ABC", panels, strict=True):
        _x, y, _w, h = boxes[f"Answer {letter}"]
        assert panel[1] <= y and y + h <= foot, letter  # the words inside their panel
        assert boxes[f"Answer {letter} letter"][1] == Inches(1.7)  # the letter stays
    assert boxes["How to answer panel"][1] >= foot  # the strip under the row
    deck = tmp_path / "quiz.pptx"
    prs.save(str(deck))
    found = [f"{f.code} {f.message}" for f in check_file(deck, Options())
             if f.code in ("LPC301", "LPC305")]
    assert not found, found


def test_without_room_below_nothing_moves_and_the_misfit_is_said() -> None:
    # The strip ends 0.05 in above the slide's foot: no room for the panels to grow into.
    _prs, slide = _quiz_slide(7.5 - 2.6)
    before = _boxes(slide)
    misfits = refit_text(slide)
    assert any("Answer A" in m for m in misfits), misfits
    after = _boxes(slide)
    for name in ("How to answer panel", "Answer A panel", "Answer B panel", "Answer A"):
        assert after[name] == before[name], name


def _beside_slide(top_in: float):  # type: ignore[no-untyped-def]
    """Three wide, short panels (13.33 x 7.5 in) from ``top_in``, each with its letter on the
    left and its words beside it, room for the reveal's tick on the right (as render/
    deck_cards draws panels wider than tall: shana/talks "agiletesters" at KS4), and the
    strip 0.15 in under them."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for n, words in enumerate(ANSWERS):
        letter = "ABC"[n]
        left = 0.98 + n * 3.87
        panel = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left),
                                       Inches(top_in), Inches(3.63), Inches(1.87))
        panel.name = f"Answer {letter} panel"
        disc = slide.shapes.add_shape(MSO_SHAPE.OVAL, Inches(left + 0.22),
                                      Inches(top_in + 0.51), Inches(0.85), Inches(0.85))
        disc.name = f"Answer {letter} letter"
        label = slide.shapes.add_textbox(Inches(left + 1.29), Inches(top_in + 0.11),
                                         Inches(1.46), Inches(1.65))
        label.name = f"Answer {letter}"
        label.text_frame.word_wrap = True
        label.text_frame.auto_size = MSO_AUTO_SIZE.NONE
        run = label.text_frame.paragraphs[0].add_run()
        run.text = words
        run.font.size = Pt(18)
        run.font.name = "Liberation Sans"
    strip = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.98),
                                   Inches(top_in + 2.02), Inches(11.38), Inches(0.86))
    strip.name = "How to answer panel"
    return prs, slide


def test_words_beside_their_letter_grow_the_row(tmp_path: Path) -> None:
    prs, slide = _beside_slide(2.0)
    assert refit_text(slide) == []
    boxes = _boxes(slide)
    panels = [boxes[f"Answer {letter} panel"] for letter in "ABC"]
    assert len({(p[1], p[3]) for p in panels}) == 1
    foot = panels[0][1] + panels[0][3]
    assert panels[0][3] > Inches(1.87)
    for letter, panel in zip("ABC", panels, strict=True):
        _x, y, _w, h = boxes[f"Answer {letter}"]
        assert panel[1] <= y and y + h <= foot, letter
    assert boxes["How to answer panel"][1] >= foot
    deck = tmp_path / "beside.pptx"
    prs.save(str(deck))
    found = [f"{f.code} {f.message}" for f in check_file(deck, Options())
             if f.code in ("LPC301", "LPC305")]
    assert not found, found


def test_words_beside_their_letter_without_room_stay_in_their_panel() -> None:
    # The strip ends 0.04 in above the slide's foot: the words cannot grow the row.
    _prs, slide = _beside_slide(7.5 - 2.92)
    before = _boxes(slide)
    misfits = refit_text(slide)
    assert any("Answer A" in m for m in misfits), misfits
    after = _boxes(slide)
    for name in ("How to answer panel", "Answer A panel", "Answer A"):
        assert after[name] == before[name], name
