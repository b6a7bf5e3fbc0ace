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


Box = tuple[float, float, float, float]  # left, top, width, height in inches


def _answer(slide, letter: str, words: str, panel: Box, disc: Box,  # type: ignore[no-untyped-def]
            label: Box) -> None:
    """One answer as render/deck_options draws it: its panel, its letter's disc and its words
    in a fixed-size label."""
    for name, box, shape in ((f"Answer {letter} panel", panel, MSO_SHAPE.ROUNDED_RECTANGLE),
                             (f"Answer {letter} letter", disc, MSO_SHAPE.OVAL)):
        slide.shapes.add_shape(shape, *(Inches(v) for v in box)).name = name
    box = slide.shapes.add_textbox(*(Inches(v) for v in label))
    box.name = f"Answer {letter}"
    box.text_frame.word_wrap = True
    box.text_frame.auto_size = MSO_AUTO_SIZE.NONE  # as lessonpack's labels
    run = box.text_frame.paragraphs[0].add_run()
    run.text = words
    run.font.size = Pt(18)
    run.font.name = "Liberation Sans"


def _strip(slide, box: Box) -> None:  # type: ignore[no-untyped-def]
    slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE,
                           *(Inches(v) for v in box)).name = "How to answer panel"


def _row_slide(width_in: float, left_in: float, step_in: float, top_in: float,  # type: ignore[no-untyped-def]
               panel: tuple[float, float], disc: Box, label: Box, strip: Box):
    """Three answers across a slide ``width_in`` by 7.5 in, from (``left_in``, ``top_in``)
    and ``step_in`` apart: each ``panel`` (width, height) with its ``disc`` and ``label``
    (left, top, width, height from the panel's corner), and the ``strip`` (top from
    ``top_in``)."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(width_in), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for n, words in enumerate(ANSWERS):
        x = left_in + n * step_in
        _answer(slide, "ABC"[n], words, (x, top_in, *panel),
                (x + disc[0], top_in + disc[1], disc[2], disc[3]),
                (x + label[0], top_in + label[1], label[2], label[3]))
    _strip(slide, (strip[0], top_in + strip[1], strip[2], strip[3]))
    return prs, slide


def _quiz_slide(top_in: float):  # type: ignore[no-untyped-def]
    """Three panels 1.6 in tall from ``top_in`` on a 10 in slide, each with a letter and its
    words at the foot (as render/deck_options draws them), and the strip 0.15 in under them."""
    return _row_slide(10, 0.5, 3.1, top_in, (2.9, 1.6), (1.15, 0.2, 0.6, 0.6),
                      (0.2, 0.9, 1.9, 0.5), (0.5, 1.75, 9.1, 0.8))


def _boxes(slide) -> dict[str, tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    return {s.name: (s.left, s.top, s.width, s.height) for s in slide.shapes}


def _grown_row(prs, slide, taller_than: float, deck: Path):  # type: ignore[no-untyped-def]
    """The boxes of ``slide`` after refitting, once its row of panels has grown past
    ``taller_than`` inches, level and even, each answer's words inside its panel and the
    strip under the row, and the saved deck passes check (no LPC301/LPC305)."""
    assert refit_text(slide) == []
    boxes = _boxes(slide)
    panels = [boxes[f"Answer {letter} panel"] for letter in "ABC"]
    assert len({(p[1], p[3]) for p in panels}) == 1  # the row stays level and even
    assert panels[0][3] > Inches(taller_than)
    foot = panels[0][1] + panels[0][3]
    for letter, panel in zip("ABC", panels, strict=True):
        _x, y, _w, h = boxes[f"Answer {letter}"]
        assert panel[1] <= y and y + h <= foot, letter  # the words inside their panel
    assert boxes["How to answer panel"][1] >= foot  # the strip under the row
    prs.save(str(deck))
    found = [f"{f.code} {f.message}" for f in check_file(deck, Options())
             if f.code in ("LPC301", "LPC305")]
    assert not found, found
    return boxes


def test_the_row_of_panels_grows_with_its_words(tmp_path: Path) -> None:
    boxes = _grown_row(*_quiz_slide(1.5), 1.6, tmp_path / "quiz.pptx")
    for letter in "ABC":
        assert boxes[f"Answer {letter} letter"][1] == Inches(1.7)  # the letter stays


def _stays_and_says(slide, names: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Refitting ``slide`` moves none of ``names`` and says answer A does not fit."""
    before = _boxes(slide)
    misfits = refit_text(slide)
    assert any("Answer A" in m for m in misfits), misfits
    after = _boxes(slide)
    for name in names:
        assert after[name] == before[name], name


def test_without_room_below_nothing_moves_and_the_misfit_is_said() -> None:
    # The strip ends 0.05 in above the slide's foot: no room for the panels to grow into.
    _stays_and_says(_quiz_slide(7.5 - 2.6)[1],
                    ("How to answer panel", "Answer A panel", "Answer B panel", "Answer A"))


def _beside_slide(top_in: float):  # type: ignore[no-untyped-def]
    """Three wide, short panels (13.33 x 7.5 in) from ``top_in``, each with its letter on the
    left and its words beside it, room for the reveal's tick on the right (as render/
    deck_options draws panels wider than tall: shana/talks "agiletesters" at KS4), and the
    strip 0.15 in under them."""
    return _row_slide(13.333, 0.98, 3.87, top_in, (3.63, 1.87), (0.22, 0.51, 0.85, 0.85),
                      (1.29, 0.11, 1.46, 1.65), (0.98, 2.02, 11.38, 0.86))


def test_words_beside_their_letter_grow_the_row(tmp_path: Path) -> None:
    _grown_row(*_beside_slide(2.0), 1.87, tmp_path / "beside.pptx")


def test_words_beside_their_letter_without_room_stay_in_their_panel() -> None:
    # The strip ends 0.04 in above the slide's foot: the words cannot grow the row.
    _stays_and_says(_beside_slide(7.5 - 2.92)[1],
                    ("How to answer panel", "Answer A panel", "Answer A"))
