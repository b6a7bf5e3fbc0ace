"""A sort's steps listed over its key and cards take the size that balances theirs with the
cards' as the slide draws them: under a key whose names wrap to two lines (0.85 in chips,
not 0.55), the cards have less room than under a one-line key, and steps sized for the
one-line key's cards came out at 22 pt over 18 pt cards."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Inches

from lessonpack.content.brand import Brand
from lessonpack.kinds.look import LOOKS
from lessonpack.kinds.task import TaskCard, TaskSlide
from lessonpack.kinds.task.drawing import TWO_LINE_CHIP_H, draw_in

COLUMNS = ("Worrying: tell a trusted adult straight away", "Probably fine but keep an eye on it",
           "Not sure yet")
CARDS = ("Asks which school you go to", "Says you look older", "Sends a gift",
         "Asks to add them on another app", "Says keep it secret")
STEPS = ("Read each card with your partner and decide where it goes.",
         "Put it under the group it belongs to.", "Be ready to say why.")


def _size(shape: object) -> float:
    return max(r.font.size.pt for p in shape.text_frame.paragraphs  # type: ignore[attr-defined]
               for r in p.runs)


def test_steps_over_a_two_line_key_balance_the_cards_as_drawn() -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    task = TaskSlide(steps=STEPS, minutes=5, columns=tuple((c, None) for c in COLUMNS),
                     cards=tuple(TaskCard(c) for c in CARDS))
    region = (int(Inches(0.5)), int(Inches(1.8)), int(Inches(11)), int(Inches(5)))
    draw_in(slide, region, task, Brand(), LOOKS["ks3"])
    shapes = {sh.name: sh for sh in slide.shapes}
    assert shapes["Sort column 1"].height == TWO_LINE_CHIP_H  # the case this is about
    steps, cards = _size(shapes["Task step 1"]), _size(shapes["Task card 1 text"])
    # Measured under a one-line key the steps took 22 pt and left the cards 18.
    assert min(steps, cards) >= 20, (steps, cards)
    assert abs(steps - cards) <= 2, (steps, cards)
