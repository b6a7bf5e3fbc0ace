"""Lines are never counted as breaking at a no-break space. The build holds words together
with one (a checklist's "fault\u00a0·", a name, a phone number's groups, a title's last two
words) and PowerPoint wraps only at ordinary spaces; the build's line count broke there too
(str.split()), so on shana/talks "template" at KS4 (Apex New, measured by estimate) the
reply task's second step was given five lines' height where it is drawn, and `check` counts,
six (LPC301, 143 pt needed in 121 pt)."""

from __future__ import annotations

from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.util import Inches, Pt

from lessonpack.check.measure import count_lines, count_styled_lines, text_width
from lessonpack.check.pptx_text import text_frame
from lessonpack.check.pptx_text_rules import overflow
from lessonpack.render.deck_contrast import view_of
from lessonpack.render.deck_nobreak import hold_compounds

STEP = ("Checklist: not your fault\u00a0\u00b7 tell an adult\u00a0\u00b7 stop replying, "
        "don\u2019t pay\u00a0\u00b7 save messages, not images\u00a0\u00b7 report.")
FAMILIES = ("Liberation Sans", "a font this machine lacks")


def test_a_no_break_space_holds_its_words_on_one_line() -> None:
    held = "Ofcom\u00a0research"
    for family in FAMILIES:
        width = text_width("Ofcom", family, 18) + 2  # room for the first word only
        assert count_lines(held, family, 18, width) == 1
        assert count_lines("Ofcom research", family, 18, width) == 2


def test_the_build_and_check_count_the_same_lines() -> None:
    for family in FAMILIES:
        for width in range(120, 480, 7):
            built = count_lines(STEP, family, 18, float(width))
            checked = count_styled_lines([(STEP, (family, 18.0, False))], float(width))
            assert built == checked, (family, width, built, checked)


def test_the_reply_step_is_counted_as_drawn() -> None:
    # The step's text box on that deck: 3.03 in wide; six lines by the estimate.
    assert count_lines(STEP, "Apex New", 18, 3.03 * 72) == 6


def _step_box(height_pt: float):  # type: ignore[no-untyped-def]
    """A slide with the step's words (ordinary spaces before the dots, as filled) in a
    3.03 in box in Apex New at 18 pt, no insets: five lines as filled, six once held."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(3.03), Pt(height_pt))
    frame = box.text_frame
    frame.word_wrap, frame.auto_size = True, MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    run = frame.paragraphs[0].add_run()
    run.text = STEP.replace("\u00a0", " ")
    run.font.size, run.font.name = Pt(18), "Apex New"
    return slide, box


def test_dots_are_held_only_where_the_box_keeps_its_lines() -> None:
    for height, held in ((118.0, False), (140.0, True)):
        slide, box = _step_box(height)
        hold_compounds(slide)
        assert ("\u00a0\u00b7" in box.text_frame.text) is held, height
        view = view_of(slide)
        item = next(i for i in view.items if i.name == box.name)
        frame = text_frame(item, view)
        assert frame is not None and overflow(item, frame) is None, height
