"""A flow's steps (kinds/checklist/drawing.py, ``_flow``) keep their pictures only where a
picture can be read: on a 4:3 template or a narrow body area the cards are too narrow, so the
pictures are left out, the words stay and a misfit says so; no shape is ever drawn with a zero
or negative size (invalid OOXML)."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches

from lessonpack.content.brand import Brand
from lessonpack.content.model import Audience
from lessonpack.content.picture_library import builtin_library
from lessonpack.kinds.checklist.drawing import _flow
from lessonpack.kinds.look import look_for

STEPS = ["Stop", "Tell", "Save", "Report"]


def _draw(slide_w: float, slide_h: float, box_w: float) -> tuple[list[str], list]:
    prs = Presentation()  # python-pptx's own template: 10 x 7.5 in, 4:3
    prs.slide_width, prs.slide_height = Inches(slide_w), Inches(slide_h)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    pictures = list(builtin_library().pictures.values())[:len(STEPS)]
    box = (int(Inches(0.5)), int(Inches(1.5)), int(Inches(box_w)), int(Inches(slide_h - 2.2)))
    misfits = _flow(slide, box, STEPS, pictures, Brand(), look_for(Audience("parents")))
    return misfits, list(slide.shapes)


def _pictures(shapes: list) -> list[str]:
    return [s.name for s in shapes if s.name.endswith((" disc", " picture"))]


def test_four_steps_two_by_two_carry_one_marker_each() -> None:
    """A number badge and a picture on every card doubled the markers: two by two, the
    steps carry their number only (they are taken in order)."""
    misfits, shapes = _draw(13.333, 7.5, 12.3)
    assert misfits == [] and _pictures(shapes) == []
    assert not [s for s in shapes if s.name.endswith(" disc")]
    assert len([s for s in shapes if s.name.endswith(" number")]) == len(STEPS)


def test_a_4_3_slide_leaves_the_pictures_out_and_says_so() -> None:
    misfits, shapes = _draw(10, 7.5, 9)
    assert _pictures(shapes) == []
    assert len(misfits) == 1 and "pictures of the steps are left out" in misfits[0]
    words = [s for s in shapes if s.name.endswith(" text")]
    assert [w.text_frame.text for w in words] == STEPS


def test_a_narrow_body_draws_nothing_with_a_zero_or_negative_size() -> None:
    """Four steps in a 6.5 in body (a portrait or narrow trainer's template): each card is
    about 1.29 in wide, where the picture's size used to come out below zero."""
    misfits, shapes = _draw(7.5, 10, 6.5)
    assert _pictures(shapes) == [] and misfits
    assert all(s.width > 0 and s.height > 0 for s in shapes), \
        [(s.name, s.width, s.height) for s in shapes if s.width <= 0 or s.height <= 0]


def test_four_steps_on_a_wide_slide_are_two_by_two() -> None:
    """Four narrow columns of 6-7 centred lines. Two by two, each step's words
    left-aligned, at most three lines at the parents' body size or larger; the badge before
    the words, on their first line."""
    from pptx.enum.text import PP_ALIGN

    from lessonpack.check.measure import count_lines
    from lessonpack.kinds.checklist.drawing import GRID_LINES

    misfits, shapes = _draw(13.333, 7.5, 12.3)
    named = {s.name: s for s in shapes}
    cards = [named[f"Step {n}"] for n in range(1, 5)]
    assert misfits == []
    assert len({c.left for c in cards}) == 2 and len({c.top for c in cards}) == 2
    assert len({(c.width, c.height) for c in cards}) == 1
    for n in range(1, 5):
        badge, words = (named[f"Step {n} {part}"] for part in ("number", "text"))
        # The badge before the words, centred on their first line.
        assert words.left >= badge.left + badge.width
        run = words.text_frame.paragraphs[0].runs[0]
        line = run.font.size.pt * 1.2 * 12700
        assert abs(badge.top + badge.height / 2 - (words.top + line / 2)) <= 0.05 * 914400
        assert words.text_frame.paragraphs[0].alignment == PP_ALIGN.LEFT
        assert run.font.size.pt >= 24
        assert count_lines(words.text_frame.text, run.font.name, run.font.size.pt,
                           words.width / 12700) <= GRID_LINES
    assert not any(s.name.endswith(" arrow") for s in shapes)
