"""A short exit quiz's answers slide (a Year 3-4 class's two questions): each answer checked
whole, the answer the strongest text, why under it and the question a small label above,
the rows sharing the whole body area (the question once read larger than its answer, and
the bottom third of the slide was empty)."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches

from lessonpack.content.brand import DEFAULT_BRAND
from lessonpack.kinds.look import LOOKS
from lessonpack.kinds.payloads import Answer
from lessonpack.render.deck_answers import draw_answers

BODY = (int(Inches(0.6)), int(Inches(1.75)), int(Inches(12.1)), int(Inches(4.8)))  # our layout's
ANSWERS = (
    Answer(1, "Which comment is a red flag?", "Great cake! Let's chat privately, just us.",
           "Asking for a private chat wants something private: a red flag. The remarks "
           "about the gran and the icing want nothing personal.", "A"),
    Answer(2, "A viewer says, 'I'll send you coins if you do a dare.' What comes first?",
           "Stop, and tell a grown-up you trust",
           "Coins for a dare is a trick. Stop and tell a grown-up. They save the words "
           "(never pictures), then report and block.", "C"),
)


def _drawn() -> dict[str, object]:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    misfits = draw_answers(slide, BODY, ANSWERS, DEFAULT_BRAND, LOOKS["ks2"])
    assert misfits == []
    return {shape.name: shape for shape in slide.shapes}


def _size(shape: object) -> float:
    (size,) = {r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
               for r in p.runs}
    return size


def test_each_answer_is_the_largest_text_with_why_under_it_and_its_question_over_it() -> None:
    shapes = _drawn()
    for n, answer in enumerate(ANSWERS, 1):
        question = shapes[f"Checked answer {n} question"]
        said = shapes[f"Checked answer {n}"]
        why = shapes[f"Checked answer {n} why"]
        assert said.text_frame.text == answer.answer  # type: ignore[attr-defined]
        assert why.text_frame.text == answer.explanation  # type: ignore[attr-defined]
        assert said.text_frame.paragraphs[0].runs[0].font.bold  # type: ignore[attr-defined]
        # The answer reads first and largest; why is body text a projector carries.
        assert _size(said) > _size(why) > _size(question) >= 18
        assert _size(why) >= 22
        # Top to bottom: question, answer, why.
        assert question.top < said.top < why.top  # type: ignore[attr-defined]
        assert question.top + question.height <= said.top  # type: ignore[attr-defined]
        assert said.top + said.height <= why.top  # type: ignore[attr-defined]


def test_the_rows_share_the_whole_body_area() -> None:
    shapes = _drawn()
    rows = [shapes[f"Checked answer {n} row"] for n in (1, 2)]
    _x, y, _w, h = BODY
    assert rows[0].top == y  # type: ignore[attr-defined]
    bottom = rows[1].top + rows[1].height  # type: ignore[attr-defined]
    assert bottom >= y + h - Inches(0.05)
    # Each row's words sit inside it.
    for n, row in enumerate(rows, 1):
        why = shapes[f"Checked answer {n} why"]
        assert row.top <= shapes[f"Checked answer {n} question"].top  # type: ignore
        assert why.top + why.height <= row.top + row.height  # type: ignore[attr-defined]
